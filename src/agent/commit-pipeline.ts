// The Agent object's commit pipeline: its channel store and everything a commit sets in motion,
// wired into the store's hooks (channel-store.ts, StoreHooks) — the connection status (the ops a
// sighting adds, the last-seen a checkpoint keeps, the offline deadline), the outbox of processor
// deliveries (their watermark in entries and checkpoints, the backstop wake) and the gateway
// fan-out — and the device's downlink queue, whose changes commit with the journal row that
// publishes them. durable-objects/agent.ts forwards its channel, commit and gateway calls here.
import { Archive } from "./archive.ts";
import { ChannelStore, type PlannedEvent, type StoreHooks } from "./channel-store.ts";
import { ConnectionTracker } from "./connection.ts";
import { DownlinkStore } from "./downlink-store.ts";
import { DOWNLINKS_CHANNEL, Downlinks, planWrite, type DownlinkPlan } from "./downlinks.ts";
import type { EventPart, EventWrite } from "./event-entry.ts";
import { Fanout, type Deliver as GatewayDeliver } from "./fanout.ts";
import { FLUSH_DELAY_MS, OUTBOX_BACKSTOP_MS, Outbox, type Deliver } from "./outbox.ts";
import type { Timers } from "./timers.ts";
import type { AggregateWrite, MessageWrite } from "../contracts/agent-records.ts";
import type { ChannelSync } from "../contracts/agent-rpc.ts";
import { gatewayStub } from "../contracts/stubs.ts";
import type { ProcessorInstall } from "../processors/processor-installs.ts";
import { CONNECTION_CHANNEL, ok, type Aggregate, type Message, type Outcome } from "../shared/channel-types.ts";
import type { Json } from "../shared/merge-patch.ts";

const EMPTY_AGGREGATE: Aggregate = { data: {}, attachments: [], last_updated: null, version: 0 };

type EventOutcome = Outcome<{ applied: boolean; outcome: unknown }>;

/** What the rest of the agent's object lends its commit pipeline. */
export interface PipelineSide {
  agentId: string;
  env: Env;
  sql: SqlStorage;
  transaction: <T>(work: () => T) => T;
  timers: Timers;
  /** Runs or queues deliveries (agent-processors.ts); throws when they must be tried again. */
  deliver: Deliver;
  /** Whether an install's deliveries run in this object. */
  runsHere(installId: string): boolean;
  /** The processor installs covering this agent, as held now. */
  installs(): ProcessorInstall[];
  /**
   * An event with the writes of processors running here, in one row; null: commit it plainly.
   * `downlinks`: the event's own downlink plan, already joined to `write`, written with the row.
   */
  commitInline(write: EventWrite, downlinks?: DownlinkPlan): Promise<EventOutcome | null> | null;
}

export class CommitPipeline {
  /** Reads, and the writes whose effects the hooks carry. */
  readonly store: ChannelStore;
  readonly outbox: Outbox;
  readonly downlinks: Downlinks;
  /** The journal's archive (R2), when the ARCHIVE binding is there. */
  readonly archive: Archive | null;
  readonly #connection = new ConnectionTracker(undefined);
  readonly #fanout: Fanout;

  constructor(private readonly side: PipelineSide) {
    const { agentId, env, sql, timers } = side;
    this.outbox = new Outbox(
      agentId,
      (items) => side.deliver(items),
      (at) => {
        timers.want("outbox", at);
        if (at !== null) void timers.arm();
      },
      (installId) => side.runsHere(installId),
    );
    this.outbox.setInstalls(side.installs());
    this.#fanout = new Fanout(sql, agentId, gatewayDeliver(env, agentId));
    this.archive = env.ARCHIVE
      ? new Archive({
          bucket: env.ARCHIVE,
          agentId,
          journal: () => this.store.journal,
          timers,
          retentionDays: archiveDaysOf(env),
        })
      : null;
    this.store = new ChannelStore(sql, agentId, retentionOf(env), side.transaction, this.hooks(), this.archive);
    // Segments a former run of the object left due (it stopped before their upload).
    if (this.archive?.pending) void this.archive.run();
    this.#connection.restore(this.store.checkpointExtra.seen);
    this.downlinks = new Downlinks(
      new DownlinkStore(sql, this.store.tables, side.transaction),
      () => this.store.state(DOWNLINKS_CHANNEL)?.agg,
    );
    this.armDownlinks();
    // Deliveries after the watermark: sent with the next write's (or alone, shortly).
    if (this.outbox.pending > 0) setTimeout(() => void this.outbox.flush(), FLUSH_DELAY_MS);
  }

  /** What the connection, the outbox and the fan-out add to the store's commits and views. */
  private hooks(): StoreHooks {
    return {
      deliveries: (entry) => this.outbox.deliveries(entry),
      extraOps: (entry) => this.#connection.extraOps(entry, this.store.state(CONNECTION_CHANNEL)),
      checkpointExtra: (entry, seq) => {
        const extra: Record<string, string> = { sent: this.outbox.checkpointWatermark(entry, seq) };
        // The checkpoint's own entry is not replayed: its sighting must be in it.
        const seen = this.#connection.seenWith(entry);
        if (seen !== null) extra.seen = String(seen);
        return extra;
      },
      watermark: () => this.outbox.watermark(),
      restored: (checkpointSeq, extra, read) => this.outbox.restore(extra.sent, checkpointSeq, read),
      committed: (seq, entry, replayed) => {
        this.#connection.observe(entry);
        if (replayed) this.outbox.replayed(seq, entry);
        else {
          this.#fanout.published(
            entry,
            (name) => this.store.state(name),
            (name) => this.store.aggregate(name) ?? EMPTY_AGGREGATE,
            seq,
          );
          this.outbox.committed(seq, entry);
          // Should the object stop before the outbox sends, something must wake it: an alarm
          // already set does (a connection deadline); else a backstop, at most one per period.
          if (entry.d) void this.side.timers.ensureWake("outbox", Date.now() + OUTBOX_BACKSTOP_MS);
        }
      },
      view: (name, data) => (name === CONNECTION_CHANNEL ? this.#connection.view(data) : data),
    };
  }

  writeAggregate(name: string, write: Omit<AggregateWrite, "now">): Outcome<Aggregate> {
    return this.store.writeAggregate(name, { ...write, now: Date.now() });
  }

  createMessage(name: string, write: Omit<MessageWrite, "now">): Outcome<Message> {
    return this.store.createMessage(name, { ...write, now: Date.now() });
  }

  /** An edited message, and its event for the channel's gateway subscribers. */
  updateMessage(name: string, id: string, mode: "patch" | "put", data: Json, author_id: string): Outcome<Message> {
    const updated = this.store.updateMessage(name, id, mode, data);
    if (updated.ok)
      this.#fanout.messageUpdated(name, author_id, updated.value, data, this.store.state(name)?.events ?? 0);
    return updated;
  }

  /** One invocation's writes: with those of processors running here when they can join its row. */
  async commitEvent(event: Omit<EventWrite, "now">): Promise<EventOutcome> {
    const now = Date.now();
    const { dl, ...write } = event;
    // A repeated key answers its first outcome (the downlinks it handed out included).
    const fresh = write.key === null || !this.store.hasKey(write.key, now);
    const plan = dl && fresh ? planWrite(this.downlinks, dl, write.author_id, now) : null;
    // Processors running here join the event's row, with its downlink change (route, take) if any.
    const inline = plan
      ? this.side.commitInline(joinPlan({ ...write, outcome: withTaken(write.outcome, dl, plan) }, plan, now), plan)
      : this.side.commitInline({ ...write, now });
    const result = (inline && (await inline)) ?? this.commitPlain(write, dl, now);
    if (write.seen) await this.armConnection();
    return result;
  }

  /**
   * The event alone (no processor here, or the inline attempt fell back): its downlink change
   * planned again now, in the same synchronous step as its commit, so nothing in between is missed.
   */
  private commitPlain(write: EventPart, dl: EventWrite["dl"], now: number): EventOutcome {
    const fresh = write.key === null || !this.store.hasKey(write.key, now);
    const plan = dl && fresh ? planWrite(this.downlinks, dl, write.author_id, now) : null;
    if (!plan) return this.store.commitEvent({ ...write, now });
    return this.commitDownlinks({ ...write, outcome: withTaken(write.outcome, dl, plan) }, plan, now);
  }

  /** A processor batch's writes, one row; a part whose key was applied before is skipped. */
  async commitBatch(parts: EventPart[]): Promise<Outcome<{ applied: string[]; skipped: string[] }>> {
    const now = Date.now();
    const result = parts.some((p) => p.dl) ? this.commitBatchDownlinks(parts, now) : this.store.commitBatch(parts, now);
    if (parts.some((p) => p.seen)) await this.armConnection();
    return result;
  }

  /**
   * A change of the downlink queue: its rows written in the same transaction as the journal row
   * that carries its `downlinks` messages (with `part`'s own writes, if any), so either both are
   * durable or neither. Then the alarm is wanted for the next send or expiry.
   */
  commitDownlinks(part: EventPart, plan: DownlinkPlan, now: number): EventOutcome {
    const write = joinPlan(part, plan, now);
    const empty = !write.ops?.length && !write.messages.length && !write.tag_patch && write.key === null;
    const alone: EventOutcome = ok({ applied: true, outcome: write.outcome ?? null });
    return this.writePlanned(plan, () => (empty ? alone : this.store.commitEvent(write))) ?? alone;
  }

  /** A processor batch some of whose parts queue downlinks: their plan joins the last such part. */
  private commitBatchDownlinks(parts: EventPart[], now: number): Outcome<{ applied: string[]; skipped: string[] }> {
    const fresh = parts.filter((p) => p.key === null || !this.store.hasKey(p.key, now));
    const { plan, carrier } = this.planParts(fresh, now);
    const joined = parts.map((p) => (p === carrier ? joinPlan(p, plan, now) : p));
    return this.writePlanned(plan, () => this.store.commitBatch(joined, now)) ?? ok({ applied: [], skipped: [] });
  }

  /** The downlink change of processor parts (queued, updated), and the last part that carries one. */
  private planParts(parts: EventPart[], now: number): { plan: DownlinkPlan; carrier: EventPart | undefined } {
    const changes = this.downlinks.begin(now);
    for (const part of parts)
      for (const request of part.dl?.queue ?? []) changes.queueDownlink(request, part.author_id);
    for (const part of parts) for (const update of part.dl?.updates ?? []) changes.update(update);
    return { plan: changes.plan(), carrier: parts.findLast((p) => p.dl) };
  }

  /**
   * An event planned with the writes of processors running here (inline-runs.ts), some of which
   * queue downlinks or update them: the queue's rows in the same transaction as the one journal row,
   * its messages joined to the last such part. Null (nothing committed) when the store refuses the
   * plan (a write came in between): the caller falls back to the plain path.
   */
  commitPlannedDownlinks(
    planned: PlannedEvent,
    parts: EventPart[],
    done: Record<string, number[]>,
    eventPlan?: DownlinkPlan,
  ): EventOutcome | null {
    // The event's own change is in `planned` already; with the processors' too, fall back (rare).
    if (eventPlan)
      return parts.some((p) => p.dl)
        ? null
        : this.writePlanned(eventPlan, () => this.store.commitPlanned(planned, parts, done));
    const { now } = planned.write;
    const { plan, carrier } = this.planParts(parts, now);
    const joined = parts.map((p) => (p === carrier ? joinPlan(p, plan, now) : p));
    return this.writePlanned(plan, () => this.store.commitPlanned(planned, joined, done));
  }

  /** A downlink plan's rows and a planned row in one transaction; null when the store refused the plan. */
  private writePlanned<R extends Outcome<unknown>>(plan: DownlinkPlan, commit: () => R | null): R | null {
    let result: R | null = null;
    try {
      this.side.transaction(() => {
        this.downlinks.write(plan);
        result = commit();
        if (!result?.ok) throw new RolledBack();
      });
    } catch (error) {
      if (error instanceof RolledBack) return result;
      throw error;
    }
    this.downlinks.accept(plan);
    this.armDownlinks();
    return result;
  }

  /** The alarm at the queue's next send or expiry (only ever moved earlier: timers.ts). */
  armDownlinks(): void {
    const at = this.downlinks.nextWake();
    this.side.timers.want("downlinks", at);
    if (at !== null) void this.side.timers.arm();
  }

  /** The agent's tags, and which of the delivery keys it has applied already. */
  batchView(keys: string[]): { tags: Record<string, Json>; applied: string[] } {
    const data = this.store.aggregate("tag_values")?.data;
    const tags = data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, Json>) : {};
    return { tags, applied: keys.filter((k) => this.store.hasKey(k, Date.now())) };
  }

  /** A gateway subscribes to a channel; null when it holds its share, or the agent all it keeps. */
  gatewaySubscribe(gateway: string, name: string): ChannelSync | null {
    if (!this.#fanout.subscribe(gateway, name)) return null;
    return this.gatewaySync(name);
  }

  gatewayUnsubscribe(gateway: string, names: string[]): void {
    this.#fanout.drop(gateway, names);
  }

  gatewayHeld(gateway: string, names: string[]): void {
    this.#fanout.held(gateway, names);
  }

  gatewaySync(name: string): ChannelSync {
    return { aggregate: this.store.aggregate(name), s: this.store.state(name)?.events ?? 0 };
  }

  gatewayOneShot(name: string, author_id: string, data: Json): void {
    this.#fanout.oneShot(name, author_id, data, this.store.state(name)?.events ?? 0);
  }

  /** Sends the outbox's pending deliveries, if any (the alarm: retries, an offline flip's own). */
  async flushOutbox(): Promise<void> {
    if (this.outbox.pending > 0) await this.outbox.flush();
  }

  /** Marks the agent offline when its connection deadline has passed (one entry by the agent). */
  expireConnection(now: number): void {
    const expired = this.#connection.expire(this.store.state(CONNECTION_CHANNEL)?.agg, now);
    if (!expired) return;
    const committed = this.store.commitOps([expired], this.side.agentId, now);
    if (!committed.ok) console.error(`agent ${this.side.agentId}: could not mark offline`, committed.detail);
  }

  /** A connection that is online wants the alarm at its deadline (never moved later per event). */
  async armConnection(): Promise<void> {
    const { timers } = this.side;
    timers.want("connection", this.#connection.deadline(this.store.state(CONNECTION_CHANNEL)?.agg));
    await timers.arm();
  }
}

/** Thrown inside a transaction to undo it when the store refused the commit (returned, not thrown). */
class RolledBack extends Error {
  override readonly name = "RolledBack";
}

const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** Sends to gateway objects, one stub per gateway: calls on one stub arrive in order, so do events. */
function gatewayDeliver(env: Env, agentId: string): GatewayDeliver {
  const gateways = new Map<string, ReturnType<typeof gatewayStub>>();
  return async (gateway, events) => {
    let stub = gateways.get(gateway);
    if (!stub) gateways.set(gateway, (stub = gatewayStub(env, gateway)));
    try {
      return await stub.deliver(agentId, events);
    } catch (error) {
      gateways.delete(gateway);
      throw error;
    }
  };
}

function archiveDaysOf(env: Env): number {
  const n = Number(env.ARCHIVE_RETENTION_DAYS);
  return Number.isFinite(n) && n > 0 ? n : 400;
}

function retentionOf(env: Env): number {
  const n = Number(env.MESSAGE_RETENTION);
  return Number.isInteger(n) && n > 0 ? n : 10_000;
}

/** A write with a downlink plan's journal ops and `downlinks` messages added. */
function joinPlan(part: EventPart, plan: DownlinkPlan, now: number): EventWrite {
  return { ...part, ops: [...(part.ops ?? []), ...plan.ops], messages: [...part.messages, ...plan.messages], now };
}

/** An HTTP uplink's outcome with the downlinks it took (answered to it, and to its repeats). */
function withTaken(outcome: unknown, dl: EventWrite["dl"], plan: DownlinkPlan): unknown {
  return dl?.take ? { ...asObject(outcome), downlinks: plan.taken } : outcome;
}
