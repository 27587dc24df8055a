// Channels of one agent in its Durable Object: every write is one journal row (src/data/journal.ts)
// and the channels' current state lives in memory, checkpointed now and then (channel-state.ts).
// Message ids are snowflakes, strictly increasing across the whole agent.
import { ChannelStates, type ChannelState } from "./channel-state.ts";
import { migrateLegacyChannels } from "./legacy-migration.ts";
import { entryMessages, idsOf, Journal, type Entry, type Row } from "./journal.ts";
import { mergePatch, type Json } from "./merge-patch.ts";
import { nextSnowflake, snowflakeAt, snowflakeTime } from "./snowflake.ts";
import {
  fail,
  ok,
  type Aggregate,
  type Channel,
  type Failure,
  type Message,
  type Outcome,
  type PageQuery,
} from "./types.ts";

export interface AggregateWrite {
  mode: "patch" | "put";
  data: Json;
  author_id: string;
  if_match?: number | "*";
  log_update?: boolean;
  now: number;
}

export interface MessageWrite {
  author_id: string;
  data: Json;
  ts?: number;
  now: number;
}

/**
 * Largest stored JSON value (an aggregate or one message's data), in UTF-8 bytes. Durable Object
 * SQLite refuses values over 2 MB; refusing at 1 MiB gives a clear 413 instead of a failed write.
 */
export const MAX_STORED_JSON_BYTES = 1024 * 1024;
/** A journal row holds a whole write; beyond this the write is refused (413) as one too large. */
const MAX_ENTRY_BYTES = 2_000_000 - 4096;

function tooLarge(text: string, max: number): boolean {
  // Cheap bound first: a UTF-16 length ≤ max/3 cannot exceed max bytes in UTF-8.
  if (text.length <= max / 3) return false;
  return new TextEncoder().encode(text).byteLength > max;
}

function sizeProblem(value: Json, what: string): Failure | null {
  return tooLarge(JSON.stringify(value), MAX_STORED_JSON_BYTES)
    ? fail(413, "payload_too_large", `${what} would exceed ${MAX_STORED_JSON_BYTES} bytes`)
    : null;
}

/** Clock skew tolerated for a client-supplied `ts` ahead of the server clock. */
const FUTURE_TS_SLACK_MS = 60_000;

/** How long an event key is remembered: a repeat inside it has no second effect. */
export const EVENT_DEDUP_MS = 24 * 3600 * 1000;

export interface EventWrite {
  /** Scoped event key (install, credential, event id), or null for an event nobody will repeat. */
  key: string | null;
  author_id: string;
  /** `{ "<app_key>": { "<tag>": value | null } }`: only the keys the invocation touched. */
  tag_patch: Record<string, Record<string, Json>> | null;
  messages: { channel: string; data: Json }[];
  /** First outcome, answered to repeats of the key. */
  outcome?: unknown;
  now: number;
}

/** Part of a list as JSON: `items` joined by commas; `last` is where the next part starts. */
export interface JsonPage {
  items: string;
  count: number;
  last: string | null;
  /** Stopped by `maxBytes` with more to come (not by the end or the limit). */
  more: boolean;
}

function toPage<T>(values: Iterable<T>, limit: number, maxBytes: number, keyOf: (v: T) => string): JsonPage {
  const parts: string[] = [];
  let bytes = 0;
  let last: string | null = null;
  for (const value of values) {
    if (parts.length >= limit) break;
    if (parts.length > 0 && bytes >= maxBytes) return { items: parts.join(","), count: parts.length, last, more: true };
    const text = JSON.stringify(value);
    parts.push(text);
    bytes += text.length;
    last = keyOf(value);
  }
  return { items: parts.join(","), count: parts.length, last, more: false };
}

export class ChannelStore {
  readonly #journal: Journal;
  readonly #states: ChannelStates;
  /**
   * Per channel, an upper bound of its aggregate's JSON length (UTF-16 units): a merge patch adds
   * at most its own length, so most writes need not serialise the aggregate to check its size.
   */
  readonly #bounds = new Map<string, number>();
  /** Event key → seq of its entry; loaded on the first keyed write. */
  #keys: Map<string, bigint> | null = null;

  constructor(
    private readonly sql: SqlStorage,
    private readonly agentId: string,
    retention: number,
    private readonly transaction: <T>(work: () => T) => T,
  ) {
    this.#journal = new Journal(sql, retention);
    transaction(() =>
      migrateLegacyChannels(sql, (seq, channel, entry) =>
        this.#journal.append(seq, seq, [channel], null, JSON.stringify(entry)),
      ),
    );
    this.#states = new ChannelStates(sql);
    this.replay();
  }

  /** Applies the entries written after the checkpoint, as their commits did. */
  private replay(): void {
    for (const { seq, entry } of this.#journal.after(this.#states.checkpointSeq)) {
      const hi = seq + BigInt(idsOf(entry)) - 1n;
      this.#states.accept(
        this.#states.next(entry, seq),
        seq,
        hi > this.#states.lastId ? hi : this.#states.lastId,
        false,
      );
    }
  }

  get(name: string): Channel | null {
    return this.#states.map.has(name) ? this.channelView(name) : null;
  }

  aggregate(name: string): Aggregate | null {
    const state = this.#states.map.get(name);
    return state ? aggregateView(state) : null;
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
    // Without a logged message there is nothing for the journal: store the channel itself.
    const committed = write.log_update ? this.commit(entry, write.now, null) : this.storeDirectly(name, entry);
    if (!committed.ok) return committed;
    return ok(aggregateView(this.#states.map.get(name) ?? { agg: {}, updated: null, version: 0 }));
  }

  /**
   * One invocation's writes to this agent in one journal row: the merge of the touched tag keys
   * (logged as one `tag_values` message) and its channel messages. A repeated key has no second
   * effect and answers the first outcome.
   */
  commitEvent(write: EventWrite): Outcome<{ applied: boolean; outcome: unknown }> {
    if (write.key !== null) {
      const first = this.firstOutcome(write.key, write.now);
      if (first) return ok({ applied: false, outcome: first.entry.r ?? null });
    }
    const tags = write.tag_patch && Object.keys(write.tag_patch).length > 0 ? write.tag_patch : null;
    const entry: Entry = {
      t: write.now,
      a: write.author_id,
      ...(tags ? { w: [{ c: "tag_values", m: "patch" as const, d: tags, l: 1 as const }] } : {}),
      ...(write.messages.length ? { m: write.messages.map((m) => ({ c: m.channel, d: m.data })) } : {}),
      ...(write.key !== null && write.outcome !== undefined ? { r: write.outcome } : {}),
    };
    const committed = this.commit(entry, write.now, write.key);
    return committed.ok ? ok({ applied: true, outcome: write.outcome ?? null }) : committed;
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
  messagesPage(name: string, page: PageQuery, maxBytes: number): JsonPage | null {
    if (!this.#states.map.has(name)) return null;
    return toPage(this.messages(name, page), page.limit, maxBytes, (m) => m.id);
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
      const found = entryMessages(row.entry).filter(([, channel]) => channel === name);
      if (!forward) found.reverse();
      for (const [index, , data] of found) {
        const id = row.seq + BigInt(index);
        if (before !== null && id >= before) continue;
        if (after !== null && id <= after) {
          if (forward) continue;
          return;
        }
        yield this.messageView(row, index, name, data);
      }
    }
  }

  getMessage(name: string, id: string): Message | null {
    const found = this.locate(name, id);
    return found ? this.messageView(found.row, found.index, name, found.data) : null;
  }

  updateMessage(name: string, id: string, mode: "patch" | "put", data: Json): Outcome<Message> {
    const found = this.locate(name, id);
    if (!found) return fail(404, "not_found", `message ${id} not found`);
    const next = mode === "patch" ? mergePatch(found.data, data) : data;
    const tooBig = sizeProblem(next, "message data");
    if (tooBig) return tooBig;
    const entry: Entry = { ...found.row.entry, o: { ...found.row.entry.o, [String(found.index)]: next } };
    this.#journal.rewrite(found.row.seq, entry);
    return ok(this.messageView(found.row, found.index, name, next));
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

  private locate(name: string, id: string): { row: Row; index: number; data: Json } | null {
    const wanted = BigInt(id);
    const row = this.#journal.find(wanted);
    if (!row) return null;
    const index = Number(wanted - row.seq);
    const hit = entryMessages(row.entry).find(([i, channel]) => i === index && channel === name);
    return hit ? { row, index, data: hit[2] } : null;
  }

  /** The entry of a key seen within the dedup window. */
  private firstOutcome(key: string, now: number): Row | null {
    if (!this.#keys) this.#keys = new Map(this.#journal.keys());
    const seq = this.#keys.get(key);
    if (seq === undefined || snowflakeTime(seq) < now - EVENT_DEDUP_MS) return null;
    return this.#journal.byKey(key);
  }

  /**
   * Writes an entry as one journal row at id time `ms` (plus a checkpoint when one is due) in one
   * transaction, then takes its effect into memory. Nothing changes if any of it fails.
   */
  private commit(entry: Entry, ms: number, key: string | null): Outcome<Row> {
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
    const write = () => {
      const result = this.#journal.append(seq, hi, [...next.keys()], key, text);
      if (checkpoint) this.#states.checkpoint(next, seq, hi);
      return result;
    };
    // One INSERT is atomic by itself; a transaction only when a checkpoint or segment comes along.
    const { dropped } = checkpoint || !this.#journal.nextAppendIsInsertOnly ? this.transaction(write) : write();
    this.#states.accept(next, seq, hi, checkpoint);
    for (const [name, bound] of bounds) this.#bounds.set(name, bound);
    if (this.#keys) {
      for (const k of dropped) this.#keys.delete(k);
      if (key !== null) this.#keys.set(key, seq);
    }
    return ok({ seq, entry });
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
    return ok(null);
  }

  private channelView(name: string): Channel {
    return {
      name,
      owner_id: this.agentId,
      agent_id: this.agentId,
      is_private: false,
      aggregate: aggregateView(this.#states.map.get(name) ?? { agg: {}, updated: null, version: 0 }),
    };
  }

  private messageView(row: Row, index: number, name: string, data: Json): Message {
    const id = row.seq + BigInt(index);
    return {
      id: id.toString(),
      author_id: row.entry.a,
      channel: { agent_id: this.agentId, name },
      data,
      attachments: [],
      timestamp: snowflakeTime(id),
    };
  }
}

function aggregateView(state: ChannelState): Aggregate {
  return { data: state.agg, attachments: [], last_updated: state.updated, version: state.version };
}
