// One Durable Object per agent (addressed by the agent id as its name): its channels (a write
// journal + checkpointed state), the outbox of processor deliveries, connection status, the
// schedules and deployments of processor installs running as this agent, their invocation log,
// dead letters and stashed large payloads. A thin RPC surface over src/data/ and src/processors/;
// its one alarm serves every timer (src/data/timers.ts).
import { DurableObject } from "cloudflare:workers";
import {
  ChannelStore,
  type AggregateWrite,
  type JsonPage,
  type MessageWrite,
  type StoreHooks,
} from "../src/agent/channel-store.ts";
import { ConnectionTracker } from "../src/agent/connection.ts";
import { Timers } from "../src/agent/timers.ts";
import { Fanout } from "../src/agent/fanout.ts";
import { gatewayStub } from "../src/contracts/stubs.ts";
import type { DeliveryBatch } from "../src/processors/delivery.ts";
import { AgentProcessors } from "../src/agent/agent-processors.ts";
import { FLUSH_DELAY_MS, OUTBOX_BACKSTOP_MS, type Outbox } from "../src/agent/outbox.ts";
import {
  addDeadLetter,
  DEAD_LETTERS_SCHEMA,
  deleteDeadLetter,
  getDeadLetter,
  listDeadLetters,
  type DeadLetter,
} from "../src/agent/dead-letters.ts";
import { InvocationLogStore, PERSIST_EVERY_MS } from "../src/agent/invocation-log.ts";
import type { InvocationLog, Rejections } from "../src/shared/invocation-records.ts";
import type { Json } from "../src/shared/merge-patch.ts";
import { PayloadStash } from "../src/agent/payload-stash.ts";
import { parseEventBatch, parseEventWrite } from "../src/agent/event-write.ts";
import {
  CONNECTION_CHANNEL,
  fail,
  type Aggregate,
  type Channel,
  type Message,
  type Outcome,
  type PageQuery,
} from "../src/shared/channel-types.ts";
import { QueueSpool, SPOOL_CHECK_MS } from "../src/agent/queue-spool.ts";
import type { SpoolQueue } from "../src/shared/spooled-send.ts";
import { spooling } from "../src/shared/spooled-send.ts";
import { countCall, meteredEnv, meteredSql } from "../src/shared/metering.ts";
import type { ProcessorInstall } from "../src/processors/bindings.ts";

const EMPTY_AGGREGATE: Aggregate = { data: {}, attachments: [], last_updated: null, version: 0 };

export class Agent extends DurableObject<Env> {
  readonly #store: ChannelStore;
  readonly #log: InvocationLogStore;
  readonly #stash: PayloadStash;
  readonly #agentId: string;
  readonly #timers: Timers;
  readonly #outbox: Outbox;
  readonly #connection = new ConnectionTracker(undefined);
  readonly #processors: AgentProcessors;
  readonly #fanout: Fanout;
  /** The local runtime's queue spool (null on Cloudflare, whose queues are durable). */
  readonly #spool: QueueSpool | null;
  /** When the invocation log was last written (0: not since this object started). */
  #logWrittenAt = 0;
  /** Metered in cost runs (src/metering.ts); the plain handle otherwise. */
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = meteredSql(ctx.storage.sql);
    // idFromName/getByName put the agent id on ctx.id.name (the only way Agent objects are made).
    const agentId = ctx.id.name ?? ctx.id.toString();
    this.#agentId = agentId;
    this.sql.exec(DEAD_LETTERS_SCHEMA);
    this.#timers = new Timers(ctx.storage);
    this.#processors = new AgentProcessors({
      agentId,
      env,
      sql: this.sql,
      timers: this.#timers,
      store: () => this.#store,
      send: (bodies) => this.sendBatches(bodies),
      batchView: (keys) => this.batchView(keys),
      commitBatchText: (text) => this.commitBatchText(text),
    });
    this.#outbox = this.#processors.outbox;
    // One stub per gateway: calls on one stub arrive in order, so do this agent's events.
    const gateways = new Map<string, ReturnType<typeof gatewayStub>>();
    this.#fanout = new Fanout(this.sql, agentId, async (gateway, events) => {
      let stub = gateways.get(gateway);
      if (!stub) gateways.set(gateway, (stub = gatewayStub(this.env, gateway)));
      try {
        return await stub.deliver(agentId, events);
      } catch (error) {
        gateways.delete(gateway);
        throw error;
      }
    });
    this.#store = new ChannelStore(
      this.sql,
      agentId,
      retentionOf(env),
      (work) => ctx.storage.transactionSync(work),
      this.hooks(),
    );
    this.#connection.restore(this.#store.checkpointExtra.seen);
    // Deliveries after the watermark: sent with the next write's (or alone, shortly).
    if (this.#outbox.pending > 0) setTimeout(() => void this.#outbox.flush(), FLUSH_DELAY_MS);
    this.#log = new InvocationLogStore(this.sql);
    this.#stash = new PayloadStash(this.sql, (work) => ctx.storage.transactionSync(work));
    this.#spool = spooling(env)
      ? new QueueSpool(this.sql, agentId, (queue, body, delaySeconds) => this.queueSend(queue, body, delaySeconds))
      : null;
  }

  private hooks(): StoreHooks {
    return {
      deliveries: (entry) => this.#outbox.deliveries(entry),
      extraOps: (entry, store) => this.#connection.extraOps(entry, store.state(CONNECTION_CHANNEL)),
      checkpointExtra: (entry, seq) => {
        const extra: Record<string, string> = { sent: this.#outbox.checkpointWatermark(entry, seq) };
        // The checkpoint's own entry is not replayed: its sighting must be in it.
        const seen = this.#connection.seenWith(entry);
        if (seen !== null) extra.seen = String(seen);
        return extra;
      },
      watermark: () => this.#outbox.watermark(),
      restored: (checkpointSeq, extra, read) => this.#outbox.restore(extra.sent, checkpointSeq, read),
      committed: (seq, entry, replayed) => {
        this.#connection.observe(entry);
        if (replayed) this.#outbox.replayed(seq, entry);
        else {
          this.#fanout.published(
            entry,
            (name) => this.#store.state(name),
            (name) => this.#store.aggregate(name) ?? EMPTY_AGGREGATE,
            seq,
          );
          this.#outbox.committed(seq, entry);
          // Should the object stop before the outbox sends, something must wake it: an alarm
          // already set does (a connection deadline); else a backstop, at most one per period.
          if (entry.d) void this.#timers.ensureWake("outbox", Date.now() + OUTBOX_BACKSTOP_MS);
        }
      },
      view: (name, data) => (name === CONNECTION_CHANNEL ? this.#connection.view(data) : data),
    };
  }

  /** Sends delivery batches to the processors' queue. */
  private async sendBatches(bodies: DeliveryBatch[]): Promise<void> {
    await this.spoolSend("DELIVERIES", bodies);
  }

  private async queueSend(queue: SpoolQueue, body: object, delaySeconds?: number): Promise<void> {
    await meteredEnv(this.env)[queue].send(body, { contentType: "json", ...(delaySeconds ? { delaySeconds } : {}) });
  }

  /**
   * Sends messages to a queue, kept here first when the queue is not durable (the local runtime;
   * src/spool/queue-spool.ts): for a Worker's `?wait=false` events and re-sends too.
   */
  async spoolSend(queue: SpoolQueue, bodies: object[], delaySeconds?: number): Promise<void> {
    if (!this.#spool) {
      for (const body of bodies) await this.queueSend(queue, body, delaySeconds);
      return;
    }
    await this.#spool.sendKept(queue, bodies, delaySeconds);
    this.#timers.want("spool", Date.now() + SPOOL_CHECK_MS);
    await this.#timers.arm();
  }

  /** A consumer is done with these kept messages. */
  clearSpool(ids: string[]): void {
    this.#spool?.clear(ids);
  }

  getChannel(name: string): Channel | null {
    return this.#store.get(name);
  }

  getAggregate(name: string): Aggregate | null {
    return this.#store.aggregate(name);
  }

  writeAggregate(name: string, write: Omit<AggregateWrite, "now">): Outcome<Aggregate> {
    return this.#store.writeAggregate(name, { ...write, now: Date.now() });
  }

  createMessage(name: string, write: Omit<MessageWrite, "now">): Outcome<Message> {
    return this.#store.createMessage(name, { ...write, now: Date.now() });
  }

  messagesPage(name: string, page: PageQuery, maxBytes: number): JsonPage | null {
    return this.#store.messagesPage(name, page, maxBytes);
  }

  channelsPage(after: string | null, maxBytes: number): JsonPage {
    return this.#store.channelsPage(after, maxBytes);
  }

  getMessage(name: string, id: string): Message | null {
    return this.#store.getMessage(name, id);
  }

  updateMessage(name: string, id: string, mode: "patch" | "put", data: Json, author_id = ""): Outcome<Message> {
    const updated = this.#store.updateMessage(name, id, mode, data);
    if (updated.ok)
      this.#fanout.messageUpdated(name, author_id, updated.value, data, this.#store.state(name)?.events ?? 0);
    return updated;
  }

  /**
   * A gateway subscribes to one of this agent's channels: its state now, and its sequence; null
   * when the gateway holds its share, or the agent all it keeps (src/shared/gateway-limits.ts).
   */
  gatewaySubscribe(gateway: string, name: string): { aggregate: Aggregate | null; s: number } | null {
    if (!this.#fanout.subscribe(gateway, name)) return null;
    return this.gatewaySync(name);
  }

  /** The gateway has nobody left for these channels (unsubscribed, sessions gone). */
  gatewayUnsubscribe(gateway: string, names: string[]): void {
    this.#fanout.drop(gateway, names);
  }

  /** The gateway's subscribers hold exactly these channels here: its other rows go. */
  gatewayHeld(gateway: string, names: string[]): void {
    this.#fanout.held(gateway, names);
  }

  gatewaySync(name: string): { aggregate: Aggregate | null; s: number } {
    return { aggregate: this.#store.aggregate(name), s: this.#store.state(name)?.events ?? 0 };
  }

  /** A message for the channel's subscribers, never stored (gateway op 15). */
  gatewayOneShot(name: string, author_id: string, data: Json): void {
    this.#fanout.oneShot(name, author_id, data, this.#store.state(name)?.events ?? 0);
  }

  deleteMessage(name: string, id: string): boolean {
    return this.#store.deleteMessage(name, id);
  }

  /**
   * One invocation's writes to this agent, sent as JSON text (src/sdk/write-buffer.ts: one string
   * crosses RPC, not an object graph): one journal row, applied once per event key.
   */
  async commitEventText(text: string): Promise<Outcome<{ applied: boolean; outcome: unknown }>> {
    const write = parseEventWrite(text);
    if (!write) return fail(422, "validation_failed", "malformed event write");
    const now = Date.now();
    // With the writes of processors running here, in the same row, when they can join it.
    const inline = this.#processors.commitInline({ ...write, now });
    const result = (inline && (await inline)) ?? this.#store.commitEvent({ ...write, now });
    if (write.seen) await this.armConnection();
    return result;
  }

  /**
   * A processor batch's writes to this agent (src/processors/consumer.ts), JSON text: one journal
   * row for all of them; a part whose delivery key was applied before is skipped.
   */
  async commitBatchText(text: string): Promise<Outcome<{ applied: string[]; skipped: string[] }>> {
    const batch = parseEventBatch(text);
    if (!batch) return fail(422, "validation_failed", "malformed event batch");
    const result = this.#store.commitBatch(batch.parts, Date.now());
    if (batch.parts.some((p) => p.seen)) await this.armConnection();
    return result;
  }

  /**
   * What a processor batch reads of this agent (src/processors/batch-view.ts): its tags, and which
   * of the batch's delivery keys it has applied already.
   */
  batchView(keys: string[]): { tags: Record<string, Json>; applied: string[] } {
    const data = this.#store.aggregate("tag_values")?.data;
    const tags = data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, Json>) : {};
    return { tags, applied: keys.filter((k) => this.#store.hasKey(k, Date.now())) };
  }

  /** A connection that is online wants the alarm at its deadline (never moved later per event). */
  private async armConnection(): Promise<void> {
    this.#timers.want("connection", this.#connection.deadline(this.#store.state(CONNECTION_CHANNEL)?.agg));
    await this.#timers.arm();
  }

  /**
   * Invocation records batched by an isolate. An idle log (nothing written for PERSIST_EVERY_MS)
   * writes them at once: one row and no alarm, for an install that hears from a few devices now
   * and then. A busy one keeps them in memory and the alarm writes them, one row per period.
   */
  async recordInvocations(entries: InvocationLog[], rejections: Record<string, Rejections> = {}): Promise<void> {
    if (!this.#log.add(entries, rejections)) return;
    const now = Date.now();
    if (now - this.#logWrittenAt >= PERSIST_EVERY_MS) {
      this.#log.persist(now);
      this.#logWrittenAt = now;
      return;
    }
    this.#timers.want("log", this.#logWrittenAt + PERSIST_EVERY_MS);
    await this.#timers.arm();
  }

  listInvocations(installId: string, limit: number): InvocationLog[] {
    return this.#log.list(installId, limit);
  }

  rejections(installId: string): Rejections | null {
    return this.#log.rejections(installId);
  }

  /** Every timer of this agent: the log, outbox retries, the connection deadline, schedules. */
  override async alarm(): Promise<void> {
    countCall(`agent:${this.#agentId}#alarm`); // billed as a Durable Object request
    this.#timers.fired();
    const now = Date.now();
    const due = new Set(this.#timers.due(now));
    if (due.has("log")) {
      this.#log.persist(now);
      this.#logWrittenAt = now;
    }
    if (this.#spool) {
      // After a restart, this alarm (persisted) is what re-sends the lost queue's messages; a
      // refused send leaves the rest for the next look, not the other timers undone.
      await this.#spool
        .redrive(now)
        .catch((error: unknown) => console.error(`agent ${this.#agentId}: re-drive`, error));
      this.#timers.want("spool", this.#spool.size > 0 ? now + SPOOL_CHECK_MS : null);
    }
    if (this.#outbox.pending > 0) await this.#outbox.flush();
    const expired = this.#connection.expire(this.#store.state(CONNECTION_CHANNEL)?.agg, now);
    if (expired) {
      const committed = this.#store.commitOps([expired], this.#agentId, now);
      if (!committed.ok) console.error(`agent ${this.#agentId}: could not mark offline`, committed.detail);
    }
    await this.#processors.runTimers(now);
    // The offline flip's own deliveries, at once.
    if (this.#outbox.pending > 0) await this.#outbox.flush();
    await this.armConnection();
  }

  /**
   * The processor installs whose scope covers this agent, as the registry has them now (a full
   * replacement): their subscriptions, and for installs running as this agent their schedules
   * and deployment.
   */
  async syncProcessors(installs: ProcessorInstall[]): Promise<void> {
    await this.#processors.sync(installs);
  }

  /** The processor installs this agent holds (tests, operators). */
  processorInstalls(): ProcessorInstall[] {
    return this.#processors.held.all;
  }

  /** Drops this object's memory (an eviction on demand); the next call rebuilds it from storage. */
  restart(): void {
    this.ctx.abort("restart requested");
  }

  addDeadLetter(letter: DeadLetter): void {
    addDeadLetter(this.sql, letter);
  }

  listDeadLetters(installId: string, limit: number): DeadLetter[] {
    return listDeadLetters(this.sql, installId, limit);
  }

  getDeadLetter(installId: string, id: string): DeadLetter | null {
    return getDeadLetter(this.sql, installId, id);
  }

  deleteDeadLetter(installId: string, id: string): boolean {
    return deleteDeadLetter(this.sql, installId, id);
  }

  stashPayload(key: string, body: Uint8Array): void {
    this.#stash.put(key, body);
  }

  stashedPayload(key: string): Uint8Array | null {
    return this.#stash.get(key);
  }

  dropPayload(key: string): void {
    this.#stash.drop(key);
  }
}

function retentionOf(env: Env): number {
  const n = Number(env.MESSAGE_RETENTION);
  return Number.isInteger(n) && n > 0 ? n : 10_000;
}
