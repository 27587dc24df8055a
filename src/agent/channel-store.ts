// Channels of one agent in its Durable Object: every write is one journal row (src/agent/journal.ts)
// and the channels' current state lives in memory, checkpointed now and then (channel-state.ts).
// Message ids are snowflakes, strictly increasing across the whole agent.
import { ChannelStates, type ChannelState } from "./channel-state.ts";
import { migrateLegacyChannels } from "./legacy-migration.ts";
import { EventKeys } from "./event-key-digests.ts";
import { toPage, toPageAsync, type JsonPage } from "../shared/json-page.ts";
import { MAX_ENTRY_BYTES, MAX_STORED_JSON_BYTES, sizeProblem, tooLarge } from "./value-limits.ts";
import { entryMessages, idsOf, Journal, KEY_SEPARATOR, type AggregateOp, type Entry, type Row } from "./journal.ts";
import { dropNoOps, joinParts, partOps, runNotes, type EventPart, type EventWrite } from "./event-entry.ts";
import { processorSuccess, type InvocationLog } from "../shared/invocation-records.ts";
import { mergePatch, type Json } from "../shared/merge-patch.ts";
import type { AggregateWrite, MessageWrite } from "../contracts/agent-records.ts";
import { nextSnowflake, snowflakeAt, snowflakeTime } from "../shared/snowflake.ts";
import {
  fail,
  ok,
  type Aggregate,
  type Channel,
  type Message,
  type Outcome,
  type PageQuery,
} from "../shared/channel-types.ts";

export type { JsonPage };

/** Clock skew tolerated for a client-supplied `ts` ahead of the server clock. */
const FUTURE_TS_SLACK_MS = 60_000;

/** How long an event key is remembered: a repeat inside it has no second effect. */
export const EVENT_DEDUP_MS = 24 * 3600 * 1000;

/** An event about to be committed with what processors running here add (ChannelStore.planEvent). */
export interface PlannedEvent {
  entry: Entry;
  /** The seq it gets if nothing is written before it. */
  seq: bigint;
  /** The agent's newest id when planned. */
  lastId: bigint;
  write: EventWrite;
  /** `tag_values` after the event. */
  tags: Json;
}

/** What the agent around the store adds to its entries and views (outbox, connection status). */
export interface StoreHooks {
  /** Processor deliveries of an entry about to be written (part indexes by install), or null. */
  deliveries(entry: Entry): Record<string, number[]> | null;
  /** Aggregate ops the agent adds to an entry (e.g. a connection coming online), or none. */
  extraOps(entry: Entry): AggregateOp[];
  /** Written into a checkpoint (with the entry `seq` it comes with): the outbox watermark and last seen. */
  checkpointExtra(entry: Entry, seq: bigint): Record<string, string>;
  /**
   * At wake, before the entries after the checkpoint are replayed: what the checkpoint carried,
   * and a reader of the journal between two seqs (the outbox re-reads what it had not sent).
   */
  restored(
    checkpointSeq: bigint,
    extra: Record<string, string>,
    read: (after: bigint, until: bigint) => Iterable<Row>,
  ): void;
  watermark(): string | null;
  /** A committed (or, at wake, replayed) entry. */
  committed(seq: bigint, entry: Entry, replayed: boolean): void;
  /** A channel's aggregate data as shown (doover_connection shows last_seen). */
  view(name: string, data: Json): Json;
}

/**
 * The journal's archive as the store sees it (archive.ts): told when a commit let segments go, and
 * read for messages older than the journal holds (archive-read.ts archivedRows).
 */
export interface ArchiveLink {
  /** A commit marked segments due for the archive (journal.ts): upload them. */
  due(): void;
  /** Archived rows touching `channel` with `fromSeq ≤ seq ≤ toSeq`, in `order`. */
  rows(channel: string, fromSeq: bigint, toSeq: bigint, order: "asc" | "desc"): AsyncIterable<Row>;
}

/** An entry has fewer message ids than bytes: the row holding id `after` starts no earlier. */
const MAX_IDS_PER_ENTRY = BigInt(MAX_ENTRY_BYTES);

const NO_HOOKS: StoreHooks = {
  deliveries: () => null,
  extraOps: () => [],
  checkpointExtra: () => ({}),
  restored: () => undefined,
  watermark: () => null,
  committed: () => undefined,
  view: (_name, data) => data,
};

export class ChannelStore {
  readonly #journal: Journal;
  readonly #states: ChannelStates;
  /**
   * Per channel, an upper bound of its aggregate's JSON length (UTF-16 units): a merge patch adds
   * at most its own length, so most writes need not serialise the aggregate to check its size.
   */
  readonly #bounds = new Map<string, number>();
  readonly #keys: EventKeys;

  constructor(
    private readonly sql: SqlStorage,
    private readonly agentId: string,
    retention: number,
    private readonly transaction: <T>(work: () => T) => T,
    private readonly hooks: StoreHooks = NO_HOOKS,
    private readonly archive: ArchiveLink | null = null,
  ) {
    this.#journal = new Journal(sql, retention, archive !== null);
    transaction(() =>
      migrateLegacyChannels(sql, this.#journal.tables, (seq, channel, entry) =>
        this.#journal.append(seq, seq, [channel], null, JSON.stringify(entry)),
      ),
    );
    this.#states = new ChannelStates(sql);
    this.#journal.restore(this.#states.position);
    this.#keys = new EventKeys(sql, () => this.#journal.keyed());
    hooks.restored(this.#states.checkpointSeq, this.#states.extra, (after, until) => this.#journal.after(after, until));
    this.replay();
  }

  /** The object's tables when it woke (the journal read them: no further row). */
  get tables(): ReadonlySet<string> {
    return this.#journal.tables;
  }

  /** Applies the entries written after the checkpoint, as their commits did. */
  private replay(): void {
    for (const { seq, entry, keys, n } of this.#journal.after(this.#states.checkpointSeq)) {
      this.#journal.replayed(n);
      this.#keys.add(n, keys, seq);
      const hi = seq + BigInt(idsOf(entry)) - 1n;
      this.#states.accept(
        this.#states.next(entry, seq),
        seq,
        hi > this.#states.lastId ? hi : this.#states.lastId,
        false,
      );
      this.hooks.committed(seq, entry, true);
    }
  }

  /** The journal (the archive uploads and drops its due segments). */
  get journal(): Journal {
    return this.#journal;
  }

  /** What the agent's checkpoint carried besides channel state (see StoreHooks.checkpointExtra). */
  get checkpointExtra(): Record<string, string> {
    return this.#states.extra;
  }

  get(name: string): Channel | null {
    return this.#states.map.has(name) ? this.channelView(name) : null;
  }

  aggregate(name: string): Aggregate | null {
    const state = this.#states.map.get(name);
    return state ? this.aggregateView(name, state) : null;
  }

  /** A channel's stored state (no view overlay). */
  state(name: string): ChannelState | undefined {
    return this.#states.map.get(name);
  }

  /**
   * Writes aggregate ops the agent itself decides (a connection going offline) as one entry by
   * `author_id`; deliveries follow like any write's.
   */
  commitOps(ops: AggregateOp[], author_id: string, now: number): Outcome<Row> {
    return this.commit({ t: now, a: author_id, w: ops }, now, null);
  }

  createMessage(name: string, write: MessageWrite): Outcome<Message> {
    if (write.ts !== undefined) {
      if (write.ts > write.now + FUTURE_TS_SLACK_MS)
        return fail(422, "validation_failed", "ts: more than 60 s in the future");
      const last = this.#states.lastId;
      if (last >= 0n && snowflakeAt(write.ts) < snowflakeAt(snowflakeTime(last)))
        return fail(
          409,
          "out_of_order",
          `ts: older than the newest message of agent ${this.agentId}; ids are strictly increasing`,
        );
    }
    const tooBig = sizeProblem(write.data, "message data");
    if (tooBig) return tooBig;
    const entry: Entry = { t: write.now, a: write.author_id, m: [{ c: name, d: write.data }] };
    const committed = this.commit(entry, write.ts ?? write.now, null);
    if (!committed.ok) return committed;
    return ok(this.messageView(committed.value, 0, name, write.data));
  }

  writeAggregate(name: string, write: AggregateWrite): Outcome<Aggregate> {
    const version = this.#states.map.get(name)?.version ?? 0;
    // `*` (RFC 9110): only if the aggregate has been written before.
    const conflict =
      write.if_match === "*" ? version === 0 : write.if_match !== undefined && write.if_match !== version;
    if (conflict) return fail(409, "version_conflict", `If-Match ${write.if_match} does not match version ${version}`);
    if (write.log_update) {
      const tooBig = sizeProblem(write.data, "message data");
      if (tooBig) return tooBig;
    }
    const entry: Entry = {
      t: write.now,
      a: write.author_id,
      w: [{ c: name, m: write.mode, d: write.data, ...(write.log_update ? { l: 1 as const } : {}) }],
    };
    // Without a logged message or a delivery there is nothing for the journal: store the channel
    // itself.
    const journaled = write.log_update || this.hooks.deliveries(entry) !== null;
    const committed = journaled ? this.commit(entry, write.now, null) : this.storeDirectly(name, entry);
    if (!committed.ok) return committed;
    return ok(
      this.aggregateView(name, this.#states.map.get(name) ?? { agg: {}, updated: null, version: 0, events: 0 }),
    );
  }

  /**
   * One invocation's writes to this agent in one journal row: the merge of the touched tag keys
   * (logged as one `tag_values` message), its other aggregate writes and its channel messages. A
   * repeated key has no second effect and answers the first outcome.
   */
  commitEvent(write: EventWrite): Outcome<{ applied: boolean; outcome: unknown }> {
    const first = write.key === null ? null : this.findKey(write.key, write.now);
    if (first) return ok({ applied: false, outcome: first.entry.r ?? null });
    const entry = this.eventEntry(write);
    const committed = this.commit(entry, write.now, write.key);
    return committed.ok ? ok({ applied: true, outcome: write.outcome ?? null }) : committed;
  }

  /** One invocation's entry, before the agent adds to it. */
  private eventEntry(write: EventWrite): Entry {
    const entry: Entry = { t: write.now, a: write.author_id, ...partOps(write, undefined) };
    dropNoOps(entry, (c) => this.#states.map.get(c)?.agg);
    if (write.seen) entry.v = 1;
    if (write.key !== null && write.outcome !== undefined) entry.r = write.outcome;
    return entry;
  }

  /**
   * Several invocations' writes (a processor batch's, each keyed by its delivery) in one journal
   * row; parts whose key was applied before are left out. Returns the keys applied now.
   */
  commitBatch(parts: EventPart[], now: number): Outcome<{ applied: string[]; skipped: string[] }> {
    const fresh: EventPart[] = [];
    const skipped: string[] = [];
    const keys = new Set<string>();
    for (const part of parts) {
      if (part.key !== null && (keys.has(part.key) || this.findKey(part.key, now))) skipped.push(part.key);
      else {
        fresh.push(part);
        if (part.key !== null) keys.add(part.key);
      }
    }
    const entry: Entry = { t: now, a: fresh[0]?.author_id ?? "", w: [], m: [] };
    for (const part of fresh) {
      const ops = partOps(part, part.author_id === entry.a ? undefined : part.author_id);
      entry.w?.push(...(ops.w ?? []));
      entry.m?.push(...(ops.m ?? []));
    }
    if (fresh.some((p) => p.seen)) entry.v = 1;
    const runs = runNotes(fresh);
    if (runs) entry.u = runs;
    dropNoOps(entry, (c) => this.#states.map.get(c)?.agg);
    if (!entry.w?.length) delete entry.w;
    if (!entry.m?.length) delete entry.m;
    const applied = [...keys];
    if (!entry.w && !entry.m && applied.length === 0) return ok({ applied, skipped });
    const committed = this.commit(entry, now, applied.length ? applied.join(KEY_SEPARATOR) : null);
    return committed.ok ? ok({ applied, skipped }) : committed;
  }

  /**
   * The runs of an install's processor this agent committed (its own agent: every successful
   * run commits its key here), newest first: the invocation log's successful processor records,
   * read from the rows that hold their effect.
   */
  processorRuns(installId: string, limit: number): InvocationLog[] {
    const out: InvocationLog[] = [];
    const prefix = `p:${installId}:`;
    for (const { entry } of this.#journal.withKey(prefix)) {
      for (const key of Object.keys(entry.u ?? {}).reverse())
        if (key.startsWith(prefix))
          out.push(processorSuccess(installId, key.slice(prefix.length), entry.t, entry.u?.[key]));
      if (out.length >= limit) break;
    }
    return out.slice(0, limit);
  }

  listMessages(name: string, page: PageQuery): Message[] | null {
    if (!this.#states.map.has(name)) return null;
    const out: Message[] = [];
    for (const message of this.messages(name, page)) if (out.push(message) >= page.limit) break;
    return out;
  }

  /**
   * A page of messages as JSON text, cut short once `maxBytes` of it are written (at least one
   * message): the caller asks again from `last` for the rest, so a large page never has to
   * cross RPC (≤ 32 MiB) in one value, and is never silently shortened.
   */
  async messagesPage(name: string, page: PageQuery, maxBytes: number): Promise<JsonPage | null> {
    if (!this.#states.map.has(name)) return null;
    if (this.archive === null) return toPage(this.messages(name, page), page.limit, maxBytes, (m) => m.id);
    return toPageAsync(this.withArchive(name, page, this.archive), page.limit, maxBytes, (m) => m.id);
  }

  /**
   * Messages in page order over the archive and the journal: backward, the journal's then the
   * archive's below the journal's oldest row; forward, the archive's first. The archive is read
   * only below the journal's oldest seq, so a segment uploaded but not yet dropped is listed once.
   */
  private async *withArchive(name: string, page: PageQuery, archive: ArchiveLink): AsyncGenerator<Message> {
    const before = page.before !== undefined ? BigInt(page.before) : null;
    const after = page.after !== undefined ? BigInt(page.after) : null;
    const forward = after !== null && before === null;
    let oldest = this.#journal.oldestSeq();
    if (!forward) {
      // The journal's part runs without I/O: no other call changes the journal under it.
      for (const message of this.messages(name, page)) yield message;
      const below = oldest === null ? before : before === null || oldest < before ? oldest : before;
      const to = below === null ? (1n << 63n) - 1n : below - 1n;
      for await (const row of archive.rows(name, 0n, to, "desc")) {
        const { found, stop } = this.rowMessages(row, name, false, before, after);
        yield* found;
        if (stop) return;
      }
      return;
    }
    if (oldest !== null && after !== null && after < oldest) {
      let from = after - MAX_IDS_PER_ENTRY < 0n ? 0n : after - MAX_IDS_PER_ENTRY;
      // A segment uploaded and dropped while the archive was read: read its range too.
      for (;;) {
        for await (const row of archive.rows(name, from, oldest - 1n, "asc"))
          yield* this.rowMessages(row, name, true, before, after).found;
        const now = this.#journal.oldestSeq();
        if (now === null || now <= oldest) break;
        from = oldest;
        oldest = now;
      }
    }
    for (const message of this.messages(name, page)) yield message;
  }

  /** Channels with their aggregates, by name after `after`, as JSON text bounded like messagesPage. */
  channelsPage(after: string | null, maxBytes: number): JsonPage {
    const names = [...this.#states.map.keys()].filter((n) => after === null || n > after).sort();
    return toPage(this.channelViews(names), Infinity, maxBytes, (c) => c.name);
  }

  /** Views made as a page takes them: a part stops at maxBytes, not after every channel. */
  private *channelViews(names: string[]): Generator<Channel> {
    for (const name of names) yield this.channelView(name);
  }

  /** Messages of a channel in page order (newest first, or oldest first after `after`). */
  private *messages(name: string, page: PageQuery): Generator<Message> {
    const before = page.before !== undefined ? BigInt(page.before) : null;
    const after = page.after !== undefined ? BigInt(page.after) : null;
    // Forward paging (after without before) lists the oldest messages newer than `after`.
    const forward = after !== null && before === null;
    for (const row of this.#journal.scan(name, forward ? "asc" : "desc", forward ? after : before)) {
      const { found, stop } = this.rowMessages(row, name, forward, before, after);
      yield* found;
      if (stop) return;
    }
  }

  /**
   * Messages of a channel with ids in [`fromId`, `toId`], oldest first (history: series.ts and
   * history-export.ts): the archive's below the journal's oldest row (archive-read.ts), then the
   * journal's through its one range reader. `stats.rowsRead`: the journal rows read.
   */
  async *messagesInRange(
    name: string,
    fromId: bigint,
    toId: bigint,
    stats?: { rowsRead: number },
  ): AsyncGenerator<Message> {
    let oldest = this.#journal.oldestSeq();
    if (this.archive && (oldest === null || fromId < oldest)) {
      // An entry holds several ids: one starting a little before `fromId` may reach into the range.
      let from = fromId - MAX_IDS_PER_ENTRY < 0n ? 0n : fromId - MAX_IDS_PER_ENTRY;
      for (;;) {
        const to = oldest === null || toId < oldest ? toId : oldest - 1n;
        for await (const row of this.archive.rows(name, from, to, "asc")) yield* this.inRange(row, name, fromId, toId);
        // A segment uploaded and dropped while the archive was read: read its range there too.
        const now = this.#journal.oldestSeq();
        if (oldest === null || now === null || now <= oldest || toId < oldest) break;
        [from, oldest] = [oldest, now];
      }
      if (oldest === null || toId < oldest) return;
    }
    for (const row of this.#journal.rowsInRange(name, fromId, toId, "asc", stats))
      yield* this.inRange(row, name, fromId, toId);
  }

  /** A row's messages of `name` with ids in [`fromId`, `toId`]. */
  private *inRange(row: Row, name: string, fromId: bigint, toId: bigint): Generator<Message> {
    for (const [index, channel, data, author] of entryMessages(row.entry)) {
      const id = row.seq + BigInt(index);
      if (channel === name && id >= fromId && id <= toId) yield this.messageView(row, index, name, data, author);
    }
  }

  /** A row's messages of `name` within the page's bounds, in page order; `stop`: backward paging reached `after`. */
  private rowMessages(
    row: Row,
    name: string,
    forward: boolean,
    before: bigint | null,
    after: bigint | null,
  ): { found: Message[]; stop: boolean } {
    const parts = entryMessages(row.entry).filter(([, channel]) => channel === name);
    if (!forward) parts.reverse();
    const found: Message[] = [];
    for (const [index, , data, author] of parts) {
      const id = row.seq + BigInt(index);
      if (before !== null && id >= before) continue;
      if (after !== null && id <= after) {
        if (forward) continue;
        return { found, stop: true };
      }
      found.push(this.messageView(row, index, name, data, author));
    }
    return { found, stop: false };
  }

  getMessage(name: string, id: string): Message | null {
    const found = this.locate(name, id);
    return found ? this.messageView(found.row, found.index, name, found.data, found.author) : null;
  }

  updateMessage(name: string, id: string, mode: "patch" | "put", data: Json): Outcome<Message> {
    const found = this.locate(name, id);
    if (!found) return fail(404, "not_found", `message ${id} not found`);
    const next = mode === "patch" ? mergePatch(found.data, data) : data;
    const tooBig = sizeProblem(next, "message data");
    if (tooBig) return tooBig;
    const entry: Entry = { ...found.row.entry, o: { ...found.row.entry.o, [String(found.index)]: next } };
    this.#journal.rewrite(found.row.seq, entry);
    return ok(this.messageView(found.row, found.index, name, next, found.author));
  }

  deleteMessage(name: string, id: string): boolean {
    const found = this.locate(name, id);
    if (!found) return false;
    this.#journal.rewrite(found.row.seq, {
      ...found.row.entry,
      o: { ...found.row.entry.o, [String(found.index)]: null },
    });
    return true;
  }

  private locate(name: string, id: string): { row: Row; index: number; data: Json; author: string } | null {
    const wanted = BigInt(id);
    const row = this.#journal.find(wanted);
    if (!row) return null;
    const index = Number(wanted - row.seq);
    const hit = entryMessages(row.entry).find(([i, channel]) => i === index && channel === name);
    return hit ? { row, index, data: hit[2], author: hit[3] } : null;
  }

  /** Whether an event key was applied within the dedup window. */
  hasKey(key: string, now: number): boolean {
    return this.findKey(key, now) !== null;
  }

  /**
   * The entry that applied an event key within the dedup window: the key index's candidates
   * (src/agent/event-key-digests.ts), each confirmed by the entry's own keys.
   */
  private findKey(key: string, now: number): Row | null {
    for (const seq of this.#keys.candidates(key)) {
      if (snowflakeTime(seq) < now - EVENT_DEDUP_MS) break;
      const row = this.#journal.get(seq);
      if (row?.keys.includes(key)) return row;
    }
    return null;
  }

  /**
   * Writes an entry as one journal row at id time `ms` (plus a checkpoint when one is due) in one
   * transaction, then takes its effect into memory. Nothing changes if any of it fails.
   */
  private commit(entry: Entry, ms: number, key: string | null, prepared = false): Outcome<Row> {
    if (!prepared) this.prepare(entry);
    const watermark = this.hooks.watermark();
    if (watermark !== null) entry.x = watermark;
    const text = JSON.stringify(entry);
    if (tooLarge(text, MAX_ENTRY_BYTES))
      return fail(413, "payload_too_large", `one write's messages and tags together exceed ${MAX_ENTRY_BYTES} bytes`);
    // No part of an entry is larger than the entry: only a large one needs a look at each.
    if (text.length > MAX_STORED_JSON_BYTES / 3) {
      const parts = [...(entry.w ?? []).filter((op) => op.l).map((op) => op.d), ...(entry.m ?? []).map((m) => m.d)];
      for (const part of parts) {
        const tooBig = sizeProblem(part, "message data");
        if (tooBig) return tooBig;
      }
    }
    const next = this.#states.next(entry);
    const bounds = new Map<string, number>();
    for (const op of entry.w ?? []) {
      const state = next.get(op.c);
      if (!state || bounds.has(op.c)) continue;
      const bound = this.aggregateBound(op.c, state, text.length);
      if (bound === null)
        return fail(413, "payload_too_large", `the aggregate of '${op.c}' would exceed ${MAX_STORED_JSON_BYTES} bytes`);
      bounds.set(op.c, bound);
    }
    const seq = nextSnowflake(ms, this.#states.lastId >= 0n ? this.#states.lastId : null);
    const hi = seq + BigInt(idsOf(entry)) - 1n;
    // A dropped segment must not take entries the checkpoint does not yet hold.
    const checkpoint = this.#states.checkpointDue || this.#journal.dropWouldLose(this.#states.checkpointSeq);
    const keys = key === null ? [] : key.split(KEY_SEPARATOR);
    const write = () => {
      const result = this.#journal.append(seq, hi, [...next.keys()], key, text);
      this.#keys.dropRows(result.dropped);
      if (checkpoint) {
        // The keys up to the checkpoint are stored with it: a wake replays only those after.
        this.#keys.save({ n: result.n, keys, seq });
        this.#states.checkpoint(next, seq, hi, this.hooks.checkpointExtra(entry, seq), this.#journal.position());
      }
      return result;
    };
    // One INSERT is atomic by itself; a transaction only when a checkpoint or segment comes along.
    const { n, dropped } = checkpoint || !this.#journal.nextAppendIsInsertOnly ? this.transaction(write) : write();
    this.#states.accept(next, seq, hi, checkpoint);
    for (const [name, bound] of bounds) this.#bounds.set(name, bound);
    this.#keys.forget(dropped);
    if (checkpoint) this.#keys.saved();
    this.#keys.add(n, keys, seq, checkpoint);
    this.hooks.committed(seq, entry, false);
    if (dropped.length && this.archive) this.archive.due();
    return ok({ seq, entry });
  }

  /** What the agent adds to an entry before it is written: its own ops, the deliveries. */
  private prepare(entry: Entry): void {
    const extra = this.hooks.extraOps(entry);
    if (extra.length) entry.w = [...(entry.w ?? []), ...extra];
    const deliveries = this.hooks.deliveries(entry);
    if (deliveries) entry.d = deliveries;
  }

  /**
   * An event's entry as it would be written now, for processors running here to join
   * (src/agent/inline-runs.ts): its seq, and the tags after it. Null for a repeated key (the
   * plain commit answers it) or an event without deliveries.
   */
  planEvent(write: EventWrite): PlannedEvent | null {
    if (write.key !== null && this.findKey(write.key, write.now)) return null;
    const entry = this.eventEntry(write);
    this.prepare(entry);
    if (!entry.d) return null;
    const lastId = this.#states.lastId;
    const tags = this.#states.next(entry).get("tag_values")?.agg ?? this.#states.map.get("tag_values")?.agg ?? {};
    return { entry, seq: nextSnowflake(write.now, lastId >= 0n ? lastId : null), lastId, write, tags };
  }

  /**
   * A planned event with the parts of the processors that ran on it joined (one row), their
   * deliveries (`done`: install → the event's part indexes) left out of the outbox. Null when
   * another write came in between (the plan no longer holds: commit the event alone).
   */
  commitPlanned(
    plan: PlannedEvent,
    parts: EventPart[],
    done: Record<string, number[]>,
  ): Outcome<{ applied: boolean; outcome: unknown }> | null {
    if (this.#states.lastId !== plan.lastId) return null;
    const own = plan.entry.w?.length ?? 0;
    const { entry, shift } = joinParts(plan.entry, parts, (c) => this.#states.map.get(c)?.agg);
    const deliveries = this.hooks.deliveries(entry) ?? {};
    for (const [install, indexes] of Object.entries(done)) {
      const moved = new Set(indexes.map((i) => (i < own ? i : i + shift)));
      const left = (deliveries[install] ?? []).filter((i) => !moved.has(i));
      if (left.length) deliveries[install] = left;
      else delete deliveries[install];
    }
    if (Object.keys(deliveries).length) entry.d = deliveries;
    else delete entry.d;
    const runs = runNotes(parts);
    if (runs) entry.u = runs;
    const keys = [plan.write.key, ...parts.map((p) => p.key)].filter((k): k is string => k !== null);
    const committed = this.commit(entry, plan.write.now, keys.length ? keys.join(KEY_SEPARATOR) : null, true);
    return committed.ok ? ok({ applied: true, outcome: plan.write.outcome ?? null }) : committed;
  }

  /** The new bound of a channel's aggregate after a write of `added` characters; null: too large. */
  private aggregateBound(name: string, state: ChannelState, added: number): number | null {
    const bound = (this.#bounds.get(name) ?? Infinity) + added + 2;
    if (bound <= MAX_STORED_JSON_BYTES / 3) return bound;
    const exact = JSON.stringify(state.agg);
    return tooLarge(exact, MAX_STORED_JSON_BYTES) ? null : exact.length;
  }

  /** One aggregate write that logs nothing, as one channel_state row. */
  private storeDirectly(name: string, entry: Entry): Outcome<null> {
    const state = this.#states.next(entry).get(name);
    if (!state) return ok(null);
    const exact = JSON.stringify(state.agg);
    if (tooLarge(exact, MAX_STORED_JSON_BYTES))
      return fail(413, "payload_too_large", `the aggregate of '${name}' would exceed ${MAX_STORED_JSON_BYTES} bytes`);
    const seq = nextSnowflake(entry.t, this.#states.lastId >= 0n ? this.#states.lastId : null);
    this.#states.store(name, state, seq);
    this.#states.stored(name, state, seq);
    this.#bounds.set(name, exact.length);
    this.hooks.committed(seq, entry, false);
    return ok(null);
  }

  private channelView(name: string): Channel {
    return {
      name,
      owner_id: this.agentId,
      agent_id: this.agentId,
      is_private: false,
      aggregate: this.aggregateView(
        name,
        this.#states.map.get(name) ?? { agg: {}, updated: null, version: 0, events: 0 },
      ),
    };
  }

  private aggregateView(name: string, state: ChannelState): Aggregate {
    return {
      data: this.hooks.view(name, state.agg),
      attachments: [],
      last_updated: state.updated,
      version: state.version,
    };
  }

  private messageView(row: Row, index: number, name: string, data: Json, author = row.entry.a): Message {
    const id = row.seq + BigInt(index);
    return {
      id: id.toString(),
      author_id: author,
      channel: { agent_id: this.agentId, name },
      data,
      attachments: [],
      timestamp: snowflakeTime(id),
    };
  }
}
