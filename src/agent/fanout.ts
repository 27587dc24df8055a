// The gateway fan-out of one agent's Durable Object: which gateway objects (one per credential,
// durable-objects/gateway.ts) hold subscribers to which of its channels, and the events each write
// sends them — built once per write, one call per gateway however many sockets it serves. The
// list is a small table (written on subscribe, not per event), so an evicted agent still knows.
import type { ChannelState } from "./channel-state.ts";
import { opEvents } from "./channel-state.ts";
import { entryParts, type Entry } from "./journal.ts";
import type { Aggregate } from "../shared/channel-types.ts";
import { aggregateUpdate, frame, type ChannelEvent } from "../shared/gateway-frames.ts";

const SCHEMA =
  "CREATE TABLE IF NOT EXISTS gateway_subs (channel TEXT NOT NULL, gateway TEXT NOT NULL, PRIMARY KEY (channel, gateway)) WITHOUT ROWID;";

export type Deliver = (gateway: string, events: ChannelEvent[]) => Promise<string[]>;

/** Gateway subscriptions an agent keeps (rows of gateway_subs): beyond, subscribing is refused. */
export const MAX_GATEWAY_SUBS = 10_000;
/** Retries of a deliver a gateway did not take (its subscribers see the gap and resync if all fail). */
const RETRY_MS = [500, 2000, 5000];

export class Fanout {
  readonly #byChannel = new Map<string, Set<string>>();
  #rows = 0;
  /**
   * Per `channel\ngateway`, bumped by every subscribe: a gateway's "nobody wants it" answer to an
   * earlier deliver does not drop a subscription made since.
   */
  readonly #generation = new Map<string, number>();

  constructor(
    private readonly sql: SqlStorage,
    private readonly agentId: string,
    /** Sends events to a gateway; it answers the channels it no longer wants. */
    private readonly deliver: Deliver,
  ) {
    sql.exec(SCHEMA);
    for (const row of sql.exec<{ channel: string; gateway: string }>("SELECT channel, gateway FROM gateway_subs")) {
      this.gatewaysOf(row.channel).add(row.gateway);
      this.#rows++;
    }
  }

  private gatewaysOf(channel: string): Set<string> {
    let set = this.#byChannel.get(channel);
    if (!set) this.#byChannel.set(channel, (set = new Set()));
    return set;
  }

  /** False when the agent already keeps MAX_GATEWAY_SUBS subscriptions. */
  subscribe(gateway: string, channel: string): boolean {
    const k = `${channel}\n${gateway}`;
    this.#generation.set(k, (this.#generation.get(k) ?? 0) + 1);
    const set = this.gatewaysOf(channel);
    if (set.has(gateway)) return true;
    if (this.#rows >= MAX_GATEWAY_SUBS) return false;
    set.add(gateway);
    this.#rows++;
    this.sql.exec("INSERT OR IGNORE INTO gateway_subs (channel, gateway) VALUES (?, ?)", channel, gateway);
    return true;
  }

  /**
   * The gateway has no subscriber (nor resumable session) for these channels any more — unless one
   * subscribed since `generations` were taken.
   */
  drop(gateway: string, channels: string[], generations?: Map<string, number>): void {
    for (const channel of channels) {
      const k = `${channel}\n${gateway}`;
      if (generations && (this.#generation.get(k) ?? 0) !== (generations.get(k) ?? 0)) continue;
      if (!this.#byChannel.get(channel)?.delete(gateway)) continue;
      this.#rows--;
      this.sql.exec("DELETE FROM gateway_subs WHERE channel = ? AND gateway = ?", channel, gateway);
    }
  }

  /** Gateways with subscribers on any channel (one-shot messages, events). */
  wants(channel: string): boolean {
    return (this.#byChannel.get(channel)?.size ?? 0) > 0;
  }

  /**
   * A committed write: its events, numbered per channel, to every gateway subscribed to their
   * channels — after the commit, never holding it up.
   */
  published(
    entry: Entry,
    stateOf: (name: string) => ChannelState | undefined,
    viewOf: (name: string) => Aggregate,
    seq: bigint,
  ): void {
    if (this.#byChannel.size === 0) return;
    const parts = entryParts(entry);
    // This entry's events per channel, to number them back from the channel's count after it.
    const counts = new Map<string, number>();
    for (const part of parts) {
      const c = part.op?.c ?? part.message?.c ?? "";
      if (this.wants(c)) counts.set(c, (counts.get(c) ?? 0) + (part.op ? opEvents(part.op) : 1));
    }
    if (counts.size === 0) return;
    const next = new Map<string, number>();
    for (const [c, n] of counts) next.set(c, (stateOf(c)?.events ?? n) - n + 1);
    const take = (c: string): number => {
      const s = next.get(c) ?? 0;
      next.set(c, s + 1);
      return s;
    };
    const events: ChannelEvent[] = [];
    for (const part of parts) {
      const c = part.op?.c ?? part.message?.c ?? "";
      if (!counts.has(c)) continue;
      const ref = { agent_id: this.agentId, name: c };
      if (part.op) {
        const author = part.op.a ?? entry.a;
        events.push(aggregateUpdate(ref, author, part.op.d, viewOf(c), take(c)));
      }
      const data = part.op ? (part.op.l ? part.op.d : undefined) : part.message?.d;
      if (part.offset !== null && data !== undefined) {
        const id = (seq + BigInt(part.offset)).toString();
        const author = part.op?.a ?? part.message?.a ?? entry.a;
        const text = frame("MessageCreate", { id, author_id: author, channel: ref, data, attachments: [] }, take(c));
        events.push({ channel: c, full: text, diff: text });
      }
    }
    this.send(events);
  }

  /** A message for the channel's subscribers that is never stored (op 15). */
  oneShot(channel: string, author_id: string, data: unknown, s: number): void {
    const text = frame("OneShotMessage", { channel: { agent_id: this.agentId, name: channel }, author_id, data }, s);
    this.send([{ channel, full: text, diff: text }]);
  }

  /** An edited message (its channel's sequence does not move). */
  messageUpdated(channel: string, author_id: string, message: unknown, request_data: unknown, s: number): void {
    const ref = { agent_id: this.agentId, name: channel };
    const text = frame("MessageUpdate", { channel: ref, author_id, message, request_data }, s);
    this.send([{ channel, full: text, diff: text }]);
  }

  private send(events: ChannelEvent[]): void {
    const byGateway = new Map<string, ChannelEvent[]>();
    for (const event of events)
      for (const gateway of this.#byChannel.get(event.channel) ?? [])
        byGateway.set(gateway, [...(byGateway.get(gateway) ?? []), event]);
    for (const [gateway, list] of byGateway) {
      const generations = new Map<string, number>();
      for (const e of list) {
        const k = `${e.channel}\n${gateway}`;
        generations.set(k, this.#generation.get(k) ?? 0);
      }
      void this.sendTo(gateway, list, generations, 0);
    }
  }

  /** One gateway's events, retried a few times (all failing: its subscribers see a gap later). */
  private async sendTo(
    gateway: string,
    list: ChannelEvent[],
    generations: Map<string, number>,
    attempt: number,
  ): Promise<void> {
    try {
      this.drop(gateway, await this.deliver(gateway, list), generations);
    } catch (error) {
      const wait = RETRY_MS[attempt];
      if (wait === undefined) {
        console.error(`agent ${this.agentId}: gateway ${gateway} unreachable; events dropped`, error);
        return;
      }
      await new Promise((r) => setTimeout(r, wait));
      await this.sendTo(gateway, list, generations, attempt + 1);
    }
  }
}
