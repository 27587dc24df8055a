// The current state of an agent's channels (aggregates, versions), held in memory and checkpointed
// to SQLite every CHECKPOINT_EVERY journal entries: a restart loads the checkpoint and replays the
// journal entries after it, so each write costs its journal row plus a share of a checkpoint.
// Each stored channel row carries the id up to which it is current (`seq`), so a write that needs
// no journal row (an aggregate write without log) can store its channel directly: one row.
import type { AggregateOp, Entry } from "./journal.ts";
import { mergePatch, type Json } from "../shared/merge-patch.ts";
import { idKey } from "../shared/snowflake.ts";

export const CHANNEL_STATE_SCHEMA = `
CREATE TABLE IF NOT EXISTS channel_state (
  name TEXT PRIMARY KEY, agg TEXT NOT NULL, updated INTEGER, version INTEGER NOT NULL, seq TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS journal_meta (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID;
`;

/** Entries between checkpoints: a checkpoint writes one row per changed channel, plus one (and its
 * segment's event keys when they grew). 64: a wake replays at most 63 entries (rows read are cheap);
 * each entry pays 1/64 of a checkpoint (rows written are not; issue 18). */
export const CHECKPOINT_EVERY = 64;

export interface ChannelState {
  agg: Json;
  /** Epoch ms of the last aggregate write; null for a channel that only has messages. */
  updated: number | null;
  version: number;
  /**
   * Events on the channel so far (aggregate writes and messages): the gateway's per-channel
   * sequence `s`, gapless, so a subscriber sees a missed event as a jump.
   */
  events: number;
}

const EMPTY: ChannelState = { agg: {}, updated: null, version: 0, events: 0 };

/** Gateway events a journal op makes: an aggregate update, and its message when logged. */
export const opEvents = (op: AggregateOp): number => (op.l ? 2 : 1);

/** A channel's state after one aggregate write (no validation: the caller did it). */
export function applyOp(state: ChannelState | undefined, op: AggregateOp, now: number): ChannelState {
  const current = state ?? EMPTY;
  return {
    agg: op.m === "patch" ? mergePatch(current.agg, op.d) : op.d,
    updated: now,
    version: current.version + 1,
    events: current.events + opEvents(op),
  };
}

export class ChannelStates {
  readonly map = new Map<string, ChannelState>();
  /** Per stored channel: the id its stored row is current to (replay skips older entries). */
  readonly #storedAt = new Map<string, bigint>();
  /** Channels changed since the last checkpoint. */
  readonly #dirty = new Set<string>();
  #sinceCheckpoint = 0;
  /** The last journal seq the checkpoint includes, and the highest message id issued then. */
  checkpointSeq = -1n;
  lastId = -1n;
  /** What other parts of the agent keep in the checkpoint (outbox watermark, last seen). */
  extra: Record<string, string> = {};
  /** The journal's newest segment and its row count as of the checkpoint (Journal.restore). */
  position: { n: number; count: number } | null = null;

  constructor(private readonly sql: SqlStorage) {
    sql.exec(CHANNEL_STATE_SCHEMA);
    // Stores from before the gateway's sequence gain the column (their channels count from here).
    if (
      !sql
        .exec<{ name: string }>("PRAGMA table_info(channel_state)")
        .toArray()
        .some((c) => c.name === "events")
    )
      sql.exec("ALTER TABLE channel_state ADD COLUMN events INTEGER NOT NULL DEFAULT 0");
    for (const row of sql.exec<{
      name: string;
      agg: string;
      updated: number | null;
      version: number;
      events: number;
      seq: string;
    }>("SELECT name, agg, updated, version, events, seq FROM channel_state")) {
      this.map.set(row.name, {
        agg: JSON.parse(row.agg) as Json,
        updated: row.updated,
        version: row.version,
        events: row.events,
      });
      const seq = BigInt(row.seq);
      this.#storedAt.set(row.name, seq);
      if (seq > this.lastId) this.lastId = seq;
    }
    const meta = sql.exec<{ v: string }>("SELECT v FROM journal_meta WHERE k = 'checkpoint'").toArray()[0];
    if (meta) {
      const { seq, last_id, extra, position } = JSON.parse(meta.v) as {
        seq: string;
        last_id: string;
        extra?: Record<string, string>;
        position?: { n: number; count: number };
      };
      this.extra = extra ?? {};
      this.position = position ?? null;
      this.checkpointSeq = BigInt(seq);
      if (BigInt(last_id) > this.lastId) this.lastId = BigInt(last_id);
    }
  }

  /**
   * The states an entry leads to, for the channels it touches (the map is left unchanged). In a
   * replay (`seq` given) a channel whose stored row is already current past `seq` is left out.
   */
  next(entry: Entry, seq?: bigint): Map<string, ChannelState> {
    const out = new Map<string, ChannelState>();
    const stale = (name: string) => seq !== undefined && (this.#storedAt.get(name) ?? -1n) >= seq;
    for (const op of entry.w ?? [])
      if (!stale(op.c)) out.set(op.c, applyOp(out.get(op.c) ?? this.map.get(op.c), op, entry.t));
    for (const m of entry.m ?? []) {
      if (stale(m.c)) continue;
      const current = out.get(m.c) ?? this.map.get(m.c) ?? EMPTY;
      out.set(m.c, { ...current, events: current.events + 1 });
    }
    return out;
  }

  /**
   * Stores one channel's new state as of id `seq` without a journal entry (inside the caller's
   * transaction), for a write that logs no message: one row.
   */
  store(name: string, state: ChannelState, seq: bigint): void {
    this.sql.exec(
      "INSERT OR REPLACE INTO channel_state (name, agg, updated, version, events, seq) VALUES (?, ?, ?, ?, ?, ?)",
      name,
      JSON.stringify(state.agg),
      state.updated,
      state.version,
      state.events,
      idKey(seq),
    );
  }

  /** Takes a directly stored channel state into memory. */
  stored(name: string, state: ChannelState, seq: bigint): void {
    this.map.set(name, state);
    this.#storedAt.set(name, seq);
    this.#dirty.delete(name);
    this.lastId = seq;
  }

  /** Whether the write being committed should carry a checkpoint. */
  get checkpointDue(): boolean {
    return this.#sinceCheckpoint + 1 >= CHECKPOINT_EVERY;
  }

  /**
   * Writes the checkpoint as of journal entry `seq` (inside the caller's transaction), with the
   * journal's position after it.
   */
  checkpoint(
    next: Map<string, ChannelState>,
    seq: bigint,
    lastId: bigint,
    extra: Record<string, string> = {},
    position: { n: number; count: number } | null = null,
  ): void {
    for (const name of new Set([...this.#dirty, ...next.keys()]))
      this.store(name, next.get(name) ?? this.map.get(name) ?? EMPTY, seq);
    this.sql.exec(
      "INSERT OR REPLACE INTO journal_meta (k, v) VALUES ('checkpoint', ?)",
      JSON.stringify({ seq: seq.toString(), last_id: lastId.toString(), extra, ...(position ? { position } : {}) }),
    );
    this.extra = extra;
    this.position = position;
  }

  /** Takes a committed write's states into memory; `checkpointed`: the commit carried a checkpoint. */
  accept(next: Map<string, ChannelState>, seq: bigint, lastId: bigint, checkpointed: boolean): void {
    for (const [name, state] of next) this.map.set(name, state);
    this.lastId = lastId;
    if (checkpointed) {
      for (const name of new Set([...this.#dirty, ...next.keys()])) this.#storedAt.set(name, seq);
      this.#dirty.clear();
      this.#sinceCheckpoint = 0;
      this.checkpointSeq = seq;
    } else {
      for (const name of next.keys()) this.#dirty.add(name);
      this.#sinceCheckpoint++;
    }
  }
}
