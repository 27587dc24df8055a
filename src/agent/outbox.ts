// The transactional outbox of an agent's Durable Object. A write whose channels a processor
// subscribes to records its deliveries in its own journal row (`d`), so a delivery is durable
// exactly when its write is — no extra row. The outbox sends them to the deliveries queue a moment
// later, many per queue message (deliveries of writes that arrive meanwhile ride along), and keeps
// a watermark: no entry up to it has a delivery left to send (entries without deliveries move it
// too, so it follows the journal). The watermark rides in each later entry (`x`) and in every
// checkpoint, so a wake reads again only the entries after it that the checkpoint does not cover
// — those not yet sent, never the history — and re-sends them (the runtime de-duplicates by
// delivery key). A failed send is retried by the object's alarm, with backoff.
import { entryParts, type Entry, type Row } from "./journal.ts";
import { isPlainObject } from "../shared/merge-patch.ts";
import { snowflakeTime } from "../shared/snowflake.ts";
import { subscribedChannels, type ProcessorInstall } from "../processors/processor-installs.ts";
import type { DeliveryItem } from "../processors/delivery.ts";

/** How long deliveries wait for others to share their queue message. */
export const FLUSH_DELAY_MS = 100;
/** When an object with unsent deliveries and no alarm wakes anyway, should it have stopped. */
export const OUTBOX_BACKSTOP_MS = 30_000;
/** Deliveries that make a send worth doing at once. */
const FLUSH_AT = 200;
/** Retry backoff of failed sends: 1, 2, 4 … seconds, at most 5 minutes. */
export const retryDelayMs = (failures: number): number => Math.min(300_000, 1000 * 2 ** (failures - 1));

/** Delivers items (in the object, or to the queue); throws when they must be tried again. */
export type Deliver = (items: DeliveryItem[]) => Promise<void>;

export class Outbox {
  #installs = new Map<string, ProcessorInstall>();
  #byChannel = new Map<string, ProcessorInstall[]>();
  /** Entries with deliveries after the watermark, oldest first. */
  #pending: Row[] = [];
  /** No entry up to it has a delivery left to send. */
  #sent = -1n;
  /** The newest entry committed (or replayed). */
  #last = -1n;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #flushing: Promise<boolean> | null = null;
  #failures = 0;

  constructor(
    private readonly agentId: string,
    private readonly send: Deliver,
    /** When the alarm should retry a failed send (null: no retry needed). */
    private readonly retryAt: (at: number | null) => void,
    /** Whether an install's deliveries run in this object (nothing to wait and pack them for). */
    private readonly runsHere: (installId: string) => boolean = () => false,
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
      // A joined write's history message: its write is the part delivered.
      if (part.message?.h) continue;
      const channel = part.op?.c ?? part.message?.c ?? "";
      for (const install of this.#byChannel.get(channel) ?? []) {
        if (channel === "tag_values" && part.op && isPlainObject(part.op.d) && install.app_key in part.op.d) continue;
        out ??= {};
        (out[install.install_id] ??= []).push(part.index);
      }
    }
    return out;
  }

  /** The watermark an entry carries (`x`): only where processors are bound, the rest need none. */
  watermark(): string | null {
    return this.#sent >= 0n && this.#installs.size > 0 ? this.#sent.toString() : null;
  }

  /** The watermark a checkpoint keeps, written with entry `seq`: that entry's own, when it can be. */
  checkpointWatermark(entry: Entry, seq: bigint): string {
    return (this.#pending.length === 0 && !entry.d ? seq : this.#sent).toString();
  }

  /** A committed entry: its deliveries are sent shortly. */
  committed(seq: bigint, entry: Entry): void {
    this.#last = seq;
    if (!entry.d) {
      if (this.#pending.length === 0) this.#sent = seq;
      return;
    }
    this.#pending.push({ seq, entry });
    // While the queue refuses, the retry timer (with its backoff) sends; not every write.
    if (this.#failures > 0) return;
    if (this.#pending.length >= FLUSH_AT) void this.flush();
    else {
      // Deliveries that run here have no queue message to share: at once (after the answer).
      const here = Object.keys(entry.d).every((id) => this.runsHere(id));
      this.#timer ??= setTimeout(() => void this.flush(), here ? 0 : FLUSH_DELAY_MS);
    }
  }

  /**
   * At wake, before the replay: the watermark the checkpoint (as of entry `checkpointSeq`) kept,
   * and the entries between the two that have deliveries — sent or not before the object
   * stopped; a re-send is a duplicate the runtime drops. A checkpoint from before the watermark
   * was always kept has none: then every entry up to it is read, this once.
   */
  restore(
    checkpointed: string | undefined,
    checkpointSeq: bigint,
    read: (after: bigint, until: bigint) => Iterable<Row>,
  ): void {
    const sent = checkpointed === undefined ? -1n : BigInt(checkpointed);
    this.#sent = sent;
    this.#last = checkpointSeq;
    this.#pending =
      sent < checkpointSeq ? [...read(sent, checkpointSeq)].filter((row) => row.entry.d !== undefined) : [];
  }

  /** A replayed entry (at wake): its deliveries, and the watermark it carried. */
  replayed(seq: bigint, entry: Entry): void {
    if (entry.x !== undefined && BigInt(entry.x) > this.#sent) {
      this.#sent = BigInt(entry.x);
      const sent = this.#sent;
      this.#pending = this.#pending.filter((row) => row.seq > sent);
    }
    this.committed(seq, entry);
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
    const items = rows.flatMap((row) => this.itemsOf(row));
    try {
      if (items.length > 0) await this.send(items);
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
    // Entries after the last one sent have no deliveries (they would be pending).
    if (this.#pending.length === 0 && this.#last > this.#sent) this.#sent = this.#last;
    return true;
  }

  /** One entry's deliveries as sent (to installs still bound; an uninstalled one gets none). */
  itemsOf(row: Row): DeliveryItem[] {
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
