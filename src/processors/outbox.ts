// The transactional outbox of an agent's Durable Object. A write whose channels a processor
// subscribes to records its deliveries in its own journal row (`d`), so a delivery is durable
// exactly when its write is — no extra row. The outbox sends them to the deliveries queue a moment
// later, many per queue message (deliveries of writes that arrive meanwhile ride along), and keeps
// a watermark: every entry up to it has been sent. The watermark rides in each later entry (`x`)
// and in checkpoints, so on wake only entries after it are read again and re-sent (the runtime
// de-duplicates by delivery key). A failed send is retried by the object's alarm, with backoff.
import { entryParts, type Entry, type Row } from "../data/journal.ts";
import { isPlainObject } from "../data/merge-patch.ts";
import { snowflakeTime } from "../data/snowflake.ts";
import { subscribedChannels, type ProcessorInstall } from "./bindings.ts";
import { packDeliveries, type DeliveryBatch, type DeliveryItem } from "./delivery.ts";

/** How long deliveries wait for others to share their queue message. */
export const FLUSH_DELAY_MS = 100;
/** When an object with unsent deliveries and no alarm wakes anyway, should it have stopped. */
export const OUTBOX_BACKSTOP_MS = 30_000;
/** Deliveries that make a send worth doing at once. */
const FLUSH_AT = 200;
/** Retry backoff of failed sends: 1, 2, 4 … seconds, at most 5 minutes. */
export const retryDelayMs = (failures: number): number => Math.min(300_000, 1000 * 2 ** (failures - 1));

export type SendBatches = (bodies: DeliveryBatch[]) => Promise<void>;

export class Outbox {
  #installs = new Map<string, ProcessorInstall>();
  #byChannel = new Map<string, ProcessorInstall[]>();
  /** Entries with deliveries after the watermark, oldest first. */
  #pending: Row[] = [];
  #sent = -1n;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #flushing: Promise<boolean> | null = null;
  #failures = 0;

  constructor(
    private readonly agentId: string,
    private readonly send: SendBatches,
    /** When the alarm should retry a failed send (null: no retry needed). */
    private readonly retryAt: (at: number | null) => void,
  ) {}

  /** The processor installs covering this agent (SPEC §7 subscriptions). */
  setInstalls(installs: ProcessorInstall[]): void {
    this.#installs = new Map(installs.map((i) => [i.install_id, i]));
    this.#byChannel = new Map();
    for (const install of installs)
      for (const channel of subscribedChannels(install.config)) {
        const list = this.#byChannel.get(channel) ?? [];
        list.push(install);
        this.#byChannel.set(channel, list);
      }
  }

  get installs(): ReadonlyMap<string, ProcessorInstall> {
    return this.#installs;
  }

  /**
   * The deliveries of an entry about to be written: for each part on a subscribed channel, every
   * subscribing install — except an install whose own key a `tag_values` write carries (SPEC §6).
   */
  deliveries(entry: Entry): Record<string, number[]> | null {
    if (this.#byChannel.size === 0) return null;
    let out: Record<string, number[]> | null = null;
    for (const part of entryParts(entry)) {
      const channel = part.op?.c ?? part.message?.c ?? "";
      for (const install of this.#byChannel.get(channel) ?? []) {
        if (channel === "tag_values" && part.op && isPlainObject(part.op.d) && install.app_key in part.op.d) continue;
        out ??= {};
        (out[install.install_id] ??= []).push(part.index);
      }
    }
    return out;
  }

  watermark(): string | null {
    return this.#sent >= 0n ? this.#sent.toString() : null;
  }

  /** A committed entry: its deliveries are sent shortly. */
  committed(seq: bigint, entry: Entry): void {
    if (!entry.d) return;
    this.#pending.push({ seq, entry });
    // While the queue refuses, the retry timer (with its backoff) sends; not every write.
    if (this.#failures > 0) return;
    if (this.#pending.length >= FLUSH_AT) void this.flush();
    else this.#timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  }

  /** A replayed entry (at wake): the watermark it carried. */
  replayed(entry: Entry): void {
    if (entry.x !== undefined && BigInt(entry.x) > this.#sent) this.#sent = BigInt(entry.x);
  }

  /**
   * At wake, after replay: the watermark a checkpoint kept, then the entries after it that have
   * deliveries (sent or not before the object stopped — a re-send is a duplicate the runtime
   * drops). Returns whether there is anything to send.
   */
  recover(checkpointed: string | undefined, after: (seq: bigint) => Iterable<Row>): boolean {
    if (checkpointed !== undefined && BigInt(checkpointed) > this.#sent) this.#sent = BigInt(checkpointed);
    this.#pending = [...after(this.#sent)].filter((row) => row.entry.d !== undefined);
    return this.#pending.length > 0;
  }

  get pending(): number {
    return this.#pending.length;
  }

  /** Sends what is pending; false if the queue refused (the alarm retries). */
  async flush(): Promise<boolean> {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    while (this.#flushing) await this.#flushing;
    if (this.#pending.length === 0) return true;
    this.#flushing = this.sendPending();
    try {
      return await this.#flushing;
    } finally {
      this.#flushing = null;
    }
  }

  private async sendPending(): Promise<boolean> {
    const rows = this.#pending.slice();
    const items = rows.flatMap((row) => this.items(row));
    try {
      if (items.length > 0) await this.send(packDeliveries(items, this.#installs));
    } catch (error) {
      this.#failures++;
      console.error(`agent ${this.agentId}: delivery send failed (${this.#failures})`, error);
      this.retryAt(Date.now() + retryDelayMs(this.#failures));
      return false;
    }
    this.#failures = 0;
    this.retryAt(null);
    const last = rows.at(-1);
    if (last && last.seq > this.#sent) this.#sent = last.seq;
    this.#pending.splice(0, rows.length);
    return true;
  }

  /** One entry's deliveries as sent (to installs still bound; an uninstalled one gets none). */
  private items(row: Row): DeliveryItem[] {
    const parts = entryParts(row.entry);
    const out: DeliveryItem[] = [];
    for (const [installId, indexes] of Object.entries(row.entry.d ?? {})) {
      if (!this.#installs.has(installId)) continue;
      for (const index of indexes) {
        const part = parts[index];
        if (!part) continue;
        const key = `${this.agentId}:${row.seq}:${index}`;
        const id = (part.offset === null ? row.seq : row.seq + BigInt(part.offset)).toString();
        const base = { install_id: installId, key, agent_id: this.agentId, attempts: 0 };
        if (part.op)
          out.push({
            ...base,
            event: {
              type: "aggregate",
              id,
              channel: part.op.c,
              author_id: part.op.a ?? row.entry.a,
              mode: part.op.m,
              request: part.op.d,
              timestamp: row.entry.t,
            },
          });
        else if (part.message)
          out.push({
            ...base,
            event: {
              type: "message",
              id,
              channel: part.message.c,
              author_id: part.message.a ?? row.entry.a,
              data: part.message.d,
              timestamp: snowflakeTime(BigInt(id)),
            },
          });
      }
    }
    return out;
  }
}
