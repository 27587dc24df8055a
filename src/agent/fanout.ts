// The gateway fan-out of one agent's Durable Object: which gateway objects (one per credential,
// durable-objects/gateway.ts) hold subscribers to which of its channels, and the events each write
// sends them — built once per write, one call per gateway however many sockets it serves. The
// list is a small table (written on subscribe and when the gateway releases a channel, never per
// event), so an evicted agent still knows; each credential gets a bounded share of it.
import type { ChannelState } from "./channel-state.ts";
import { opEvents } from "./channel-state.ts";
import { entryParts, type Entry } from "./journal.ts";
import type { Aggregate } from "../shared/channel-types.ts";
import { aggregateUpdate, frame, type ChannelEvent } from "../shared/gateway-frames.ts";
import { ADMIN_GATEWAY, MAX_CHANNELS_PER_CREDENTIAL, MAX_GATEWAY_SUBS } from "../shared/gateway-limits.ts";

const SCHEMA =
  "CREATE TABLE IF NOT EXISTS gateway_subs (channel TEXT NOT NULL, gateway TEXT NOT NULL, PRIMARY KEY (channel, gateway)) WITHOUT ROWID;";

export type Deliver = (gateway: string, events: ChannelEvent[]) => Promise<string[]>;

/** Retries of a deliver a gateway did not take (all failing: the agent forgets that gateway). */
const RETRY_MS = [500, 2000, 5000];

/**
 * Budgets (src/shared/gateway-limits.ts, SPEC §2 "no credential can deny another"): each gateway
 * object (= one credential) holds at most MAX_CHANNELS_PER_CREDENTIAL rows here, token
 * credentials MAX_GATEWAY_SUBS in all, the admin's share apart. Rows are the gateway's live
 * subscriptions: it releases them as its sockets close, unsubscribe, lose their grant or are
 * revoked (gatewayUnsubscribe), reconciles them when they disagree (gatewayHeld), and a gateway
 * the agent cannot reach is forgotten. Memory: one entry per row, nothing per refused subscribe.
 */
export class Fanout {
  /** Rows by channel: gateway → the generation of its subscription (the clock at the last subscribe). */
  readonly #byChannel = new Map<string, Map<string, number>>();
  /** Rows by gateway: its channels here. */
  readonly #byGateway = new Map<string, Set<string>>();
  /** Rows of token credentials (the admin's are counted apart). */
  #rows = 0;
  /**
   * Bumped by every subscribe: a gateway's "nobody wants it" answer to an earlier deliver, or an
   * earlier failed one, does not drop a subscription made since.
   */
  #clock = 0;

  constructor(
    private readonly sql: SqlStorage,
    private readonly agentId: string,
    /** Sends events to a gateway; it answers the channels it no longer wants. */
    private readonly deliver: Deliver,
  ) {
    sql.exec(SCHEMA);
    for (const row of sql.exec<{ channel: string; gateway: string }>("SELECT channel, gateway FROM gateway_subs"))
      this.add(row.gateway, row.channel);
  }

  private add(gateway: string, channel: string): void {
    let gateways = this.#byChannel.get(channel);
    if (!gateways) this.#byChannel.set(channel, (gateways = new Map()));
    gateways.set(gateway, this.#clock);
    let channels = this.#byGateway.get(gateway);
    if (!channels) this.#byGateway.set(gateway, (channels = new Set()));
    channels.add(channel);
    if (gateway !== ADMIN_GATEWAY) this.#rows++;
  }

  /** Forgets one row (memory and table); false if there was none. */
  private remove(gateway: string, channel: string): boolean {
    const gateways = this.#byChannel.get(channel);
    if (!gateways?.delete(gateway)) return false;
    if (gateways.size === 0) this.#byChannel.delete(channel);
    const channels = this.#byGateway.get(gateway);
    channels?.delete(channel);
    if (channels?.size === 0) this.#byGateway.delete(gateway);
    if (gateway !== ADMIN_GATEWAY) this.#rows--;
    this.sql.exec("DELETE FROM gateway_subs WHERE channel = ? AND gateway = ?", channel, gateway);
    return true;
  }

  /**
   * False when the gateway (its credential) already holds its share of this agent's channels, or
   * token credentials hold MAX_GATEWAY_SUBS in all. Nothing is kept for a refused subscribe.
   */
  subscribe(gateway: string, channel: string): boolean {
    const gateways = this.#byChannel.get(channel);
    if (gateways?.has(gateway)) {
      gateways.set(gateway, ++this.#clock);
      return true;
    }
    if ((this.#byGateway.get(gateway)?.size ?? 0) >= MAX_CHANNELS_PER_CREDENTIAL) return false;
    if (gateway !== ADMIN_GATEWAY && this.#rows >= MAX_GATEWAY_SUBS) return false;
    ++this.#clock;
    this.add(gateway, channel);
    this.sql.exec("INSERT OR IGNORE INTO gateway_subs (channel, gateway) VALUES (?, ?)", channel, gateway);
    return true;
  }

  /**
   * The gateway has no subscriber for these channels any more — unless one subscribed since
   * `generations` were taken (a deliver's answer).
   */
  drop(gateway: string, channels: string[], generations?: Map<string, number>): void {
    for (const channel of channels) {
      const now = this.#byChannel.get(channel)?.get(gateway);
      if (now === undefined) continue;
      if (generations && now !== generations.get(channel)) continue;
      this.remove(gateway, channel);
    }
  }

  /** The gateway's subscribers hold exactly these channels here (and what is in flight): the rest go. */
  held(gateway: string, channels: string[]): void {
    const keep = new Set(channels);
    for (const channel of this.#byGateway.get(gateway) ?? []) if (!keep.has(channel)) this.remove(gateway, channel);
  }

  /** Rows of one gateway here (tests, operators). */
  heldBy(gateway: string): number {
    return this.#byGateway.get(gateway)?.size ?? 0;
  }

  /** Entries kept in memory (tests): two per row, nothing else grows. */
  entries(): number {
    let n = this.#byChannel.size + this.#byGateway.size;
    for (const gateways of this.#byChannel.values()) n += gateways.size;
    for (const channels of this.#byGateway.values()) n += channels.size;
    return n;
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
      for (const gateway of this.#byChannel.get(event.channel)?.keys() ?? []) {
        let list = byGateway.get(gateway);
        if (!list) byGateway.set(gateway, (list = []));
        list.push(event);
      }
    for (const [gateway, list] of byGateway) {
      const generations = new Map<string, number>();
      for (const e of list) generations.set(e.channel, this.#byChannel.get(e.channel)?.get(gateway) ?? -1);
      void this.sendTo(gateway, list, generations, this.#clock, 0);
    }
  }

  /**
   * One gateway's events, retried a few times. All failing, the gateway is unreachable: the agent
   * forgets its subscriptions (made before this send), as it would a closed session's.
   */
  private async sendTo(
    gateway: string,
    list: ChannelEvent[],
    generations: Map<string, number>,
    clock: number,
    attempt: number,
  ): Promise<void> {
    try {
      this.drop(gateway, await this.deliver(gateway, list), generations);
    } catch (error) {
      const wait = RETRY_MS[attempt];
      if (wait === undefined) {
        console.error(
          `agent ${this.agentId}: gateway ${gateway} unreachable; its subscriptions here are dropped`,
          error,
        );
        for (const channel of this.#byGateway.get(gateway) ?? [])
          if ((this.#byChannel.get(channel)?.get(gateway) ?? Infinity) <= clock) this.remove(gateway, channel);
        return;
      }
      await new Promise((r) => setTimeout(r, wait));
      await this.sendTo(gateway, list, generations, clock, attempt + 1);
    }
  }
}
