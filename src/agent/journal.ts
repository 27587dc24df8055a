// An agent's write journal in its Durable Object's SQLite: one row per write (an event's whole
// batch, a REST message or aggregate write), in segment tables `journal_<n>`. Retention drops whole
// segments with DROP TABLE, which writes no rows; an insert into a WITHOUT ROWID table writes one.
// With an archive (src/agent/archive.ts), retention only marks the segment due, in memory (no row,
// no schema change: a wake finds the same segments due by the same rule); message paging still reads
// it until its upload succeeded, then it is dropped.
import type { Json } from "../shared/merge-patch.ts";
import type { RunNote } from "../shared/invocation-records.ts";
import { idKey } from "../shared/snowflake.ts";

/** One aggregate write of an entry; `l`: also logged as a message of the channel. */
export interface AggregateOp {
  c: string;
  m: "patch" | "put";
  d: Json;
  l?: 1;
  /** Author when it is not the entry's (a processor batch carries several installs' writes). */
  a?: string;
}

/** A message of an entry; `a` as in AggregateOp. */
export interface MessageOp {
  c: string;
  d: Json;
  a?: string;
  /** The history message of a joined aggregate write (event-entry.ts joinParts): not delivered. */
  h?: 1;
}

/** What one journal row holds. Message ids are `seq + i` over `w` (logged ones) then `m`. */
export interface Entry {
  /** Server time of the write (ms): the aggregate's last_updated. */
  t: number;
  /** Author of every message of the entry. */
  a: string;
  w?: AggregateOp[];
  m?: MessageOp[];
  /** Messages edited or deleted (null) later, by index; the writes themselves stay as they were. */
  o?: Record<string, Json | null>;
  /** First outcome of a keyed event, answered to its repeats. */
  r?: unknown;
  /**
   * Outbox: processor installs to deliver parts of this entry to, by part index (over `w` then
   * `m`). Recorded in the write's own row, so a delivery is durable exactly when its write is.
   */
  d?: Record<string, number[]>;
  /** The outbox watermark when this entry was written: every delivery up to it had been sent. */
  x?: string;
  /** The agent was seen by this write (an ingestion): its connection's last_seen. */
  v?: 1;
  /**
   * Processor runs this row commits, by their write key (`p:<install>:<delivery key>`): the
   * invocation log's record of a successful run, written with its effect (no row of its own).
   */
  u?: Record<string, RunNote>;
}

export interface Row {
  seq: bigint;
  entry: Entry;
}

/** A row as stored: with its event keys and the segment holding it. */
export interface StoredRow extends Row {
  keys: string[];
  n: number;
}

/**
 * Message views of an entry: `[index, channel, data, author]`, edits applied, deleted ones left
 * out.
 */
export function entryMessages(entry: Entry): [number, string, Json, string][] {
  const out: [number, string, Json, string][] = [];
  let i = 0;
  const push = (channel: string, data: Json, author: string | undefined) => {
    const override = entry.o?.[String(i)];
    if (override !== null) out.push([i, channel, override === undefined ? data : override, author ?? entry.a]);
    i++;
  };
  for (const op of entry.w ?? []) if (op.l) push(op.c, op.d, op.a);
  for (const m of entry.m ?? []) push(m.c, m.d, m.a);
  return out;
}

/**
 * The parts of an entry (aggregate ops, then messages) with their message id offsets: a logged
 * op or a message has one (`seq + offset`), an unlogged op none.
 */
export function entryParts(
  entry: Entry,
): { index: number; offset: number | null; op?: AggregateOp; message?: MessageOp }[] {
  const out: { index: number; offset: number | null; op?: AggregateOp; message?: MessageOp }[] = [];
  let offset = 0;
  for (const op of entry.w ?? []) out.push({ index: out.length, offset: op.l ? offset++ : null, op });
  for (const message of entry.m ?? []) out.push({ index: out.length, offset: offset++, message });
  return out;
}

/** Several event keys ride in one row's `k`, one per line (a processor batch's deliveries). */
export const KEY_SEPARATOR = "\n";

/** How many message ids an entry consumes (at least one: the row's own key). */
export function idsOf(entry: Entry): number {
  return Math.max(1, (entry.w ?? []).filter((op) => op.l).length + (entry.m ?? []).length);
}

const SEGMENT = /^journal_(\d+)$/;
const table = (n: number): string => `journal_${n}`;
/** Rows a message scan reads at once from a segment, at first and at most. */
const SCAN_BATCH = 16;
const SCAN_BATCH_MAX = 256;

/** A segment due for the archive, as its rows are uploaded (archive.ts). */
export interface ArchiveRow {
  seq: string;
  hi: string;
  chans: string;
  k: string | null;
  e: string;
}

interface Segment {
  n: number;
  /** Rows in the segment; null until counted (only the newest is ever counted, see restore()). */
  count: number | null;
}

// Ids are 63-bit: stored as zero-padded text (idKey), which sorts as the numbers do and keeps
// every digit (a JS number would not).
type RowData = { seq: string; e: string; k: string | null };

/**
 * The journal's segments. Keeps at least `retention` entries; drops the oldest whole segment
 * once the rest still hold that many, so storage stays within retention + one segment.
 */
export class Journal {
  readonly #segments: Segment[] = [];
  /** The object's tables when it woke (read once: the schema is read per row). */
  readonly tables: ReadonlySet<string>;
  readonly #segmentSize: number;
  /** Segments retention let go while an archive waits for them (oldest first): read, not counted. */
  readonly #due: number[] = [];

  constructor(
    private readonly sql: SqlStorage,
    private readonly retention: number,
    /** Retention marks segments due for the archive instead of dropping them. */
    private readonly archiving = false,
  ) {
    this.#segmentSize = Math.max(1, Math.ceil(retention / 8));
    this.tables = new Set(
      sql
        .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
        .toArray()
        .map((r) => r.name),
    );
    const names = [...this.tables]
      .map((name) => Number(SEGMENT.exec(name)?.[1] ?? NaN))
      .filter((n) => Number.isInteger(n))
      .sort((a, b) => a - b);
    // Segments are opened only when the newest is full, so every older one holds a full segment.
    // The newest is counted from the checkpoint (restore()), so a wake reads no segment whole.
    // (After MESSAGE_RETENTION changes, older segments of the former size are taken for the new
    // size until they are dropped; retention is coarse anyway.)
    names.forEach((n, i) => this.#segments.push({ n, count: i === names.length - 1 ? null : this.#segmentSize }));
  }

  /**
   * Segments due for the archive, oldest first. At wake, those retention lets go are found by the
   * rule that marked them (older segments full, the newest as the checkpoint counted it).
   */
  get due(): readonly number[] {
    if (this.archiving && this.#segments.at(-1)?.count !== null) this.trim();
    return this.#due;
  }

  /** A due segment's rows, oldest first (read once, by its upload). */
  *dueRows(n: number): Generator<ArchiveRow> {
    yield* this.sql.exec<{ seq: string; hi: string; chans: string; k: string | null; e: string }>(
      `SELECT seq, hi, chans, k, e FROM ${table(n)} ORDER BY seq`,
    );
  }

  /** A due segment is in the archive: drops it (no row written). */
  archived(n: number): void {
    const i = this.#due.indexOf(n);
    if (i < 0) return;
    this.sql.exec(`DROP TABLE IF EXISTS ${table(n)}`);
    this.#due.splice(i, 1);
  }

  /**
   * The oldest seq the journal still holds (due segments included): the archive is read below
   * it, so a segment uploaded but not yet dropped is never listed twice. One index probe.
   */
  oldestSeq(): bigint | null {
    const n = this.#due[0] ?? this.#segments[0]?.n;
    if (n === undefined) return null;
    const lo = this.sql.exec<{ lo: string | null }>(`SELECT min(seq) AS lo FROM ${table(n)}`).one().lo;
    return lo === null ? null : BigInt(lo);
  }

  /**
   * At wake: the newest segment's count as the checkpoint recorded it; the replay of the entries
   * after the checkpoint adds the rest (`replayed`), so no row is read to count. A segment opened
   * after the checkpoint holds only such rows. Without a record (a checkpoint from before this),
   * the segment is counted whole once, when the next append needs it.
   */
  restore(recorded: { n: number; count: number } | null): void {
    const last = this.#segments.at(-1);
    if (!last || last.count !== null || !recorded || recorded.n > last.n) return;
    last.count = recorded.n === last.n ? recorded.count : 0;
    this.#restored = true;
  }

  /** A replayed row of segment `n` (the rows after the checkpoint, each once). */
  replayed(n: number): void {
    const last = this.#segments.at(-1);
    if (this.#restored && last?.n === n && last.count !== null) last.count++;
  }

  /** The newest segment's count came from the checkpoint: the replay completes it. */
  #restored = false;

  /** The newest segment and its row count: what a checkpoint records for restore(). */
  position(): { n: number; count: number } | null {
    const last = this.#segments.at(-1);
    return last ? { n: last.n, count: this.countOf(last) } : null;
  }

  private countOf(segment: Segment): number {
    segment.count ??= this.sql.exec<{ c: number }>(`SELECT count(*) AS c FROM ${table(segment.n)}`).one().c;
    return segment.count;
  }

  private total(): number {
    return this.#segments.reduce((n, s) => n + this.countOf(s), 0);
  }

  /**
   * Appends an entry (its JSON); returns the segment it went to and the segments dropped to keep
   * retention.
   */
  append(
    seq: bigint,
    hi: bigint,
    channels: string[],
    key: string | null,
    entry: string,
  ): { n: number; dropped: number[] } {
    let last = this.#segments.at(-1);
    if (!last || this.countOf(last) >= this.#segmentSize) {
      const n = (last?.n ?? 0) + 1;
      this.sql.exec(
        `CREATE TABLE IF NOT EXISTS ${table(n)} (seq TEXT PRIMARY KEY, hi TEXT NOT NULL, chans TEXT NOT NULL, k TEXT, e TEXT NOT NULL) WITHOUT ROWID`,
      );
      last = { n, count: 0 };
      this.#segments.push(last);
    }
    this.sql.exec(
      `INSERT INTO ${table(last.n)} (seq, hi, chans, k, e) VALUES (?, ?, ?, ?, ?)`,
      idKey(seq),
      idKey(hi),
      `|${channels.join("|")}|`,
      key,
      entry,
    );
    last.count = this.countOf(last) + 1;
    return { n: last.n, dropped: this.trim() };
  }

  /** What the next append does besides its insert: open a segment, drop the oldest. */
  private plan(): { opens: boolean; drops: boolean } {
    const last = this.#segments.at(-1);
    const first = this.#segments[0];
    const opens = !last || this.countOf(last) >= this.#segmentSize;
    const segments = this.#segments.length + (opens ? 1 : 0);
    const total = this.total() + 1;
    return { opens, drops: first !== undefined && segments > 1 && total - this.countOf(first) >= this.retention };
  }

  /** Whether the next append is a single INSERT (atomic by itself: no transaction needed). */
  get nextAppendIsInsertOnly(): boolean {
    const { opens, drops } = this.plan();
    return !opens && !drops;
  }

  /** Whether the next append drops a segment holding entries after `seq` (not checkpointed). */
  dropWouldLose(seq: bigint): boolean {
    const first = this.#segments[0];
    if (first === undefined || !this.plan().drops) return false;
    const newest = this.sql.exec<{ hi: string | null }>(`SELECT max(seq) AS hi FROM ${table(first.n)}`).one().hi;
    return newest !== null && BigInt(newest) > seq;
  }

  /** Drops whole oldest segments while the rest hold the retention; returns their numbers. */
  private trim(): number[] {
    const dropped: number[] = [];
    let total = this.total();
    for (let first = this.#segments[0]; first && this.#segments.length > 1; first = this.#segments[0]) {
      if (total - this.countOf(first) < this.retention) break;
      if (this.archiving) this.#due.push(first.n);
      else this.sql.exec(`DROP TABLE ${table(first.n)}`);
      total -= this.countOf(first);
      dropped.push(first.n);
      this.#segments.shift();
    }
    return dropped;
  }

  /** Entries after `seq`, oldest first (replay after a checkpoint), up to `until` when given. */
  *after(seq: bigint, until?: bigint): Generator<StoredRow> {
    for (const s of this.#segments)
      for (const row of this.sql.exec<RowData>(
        `SELECT seq, e, k FROM ${table(s.n)} WHERE seq > ? AND seq <= ? ORDER BY seq`,
        seq < 0n ? "" : idKey(seq),
        until === undefined ? "~" : idKey(until),
      ))
        yield { ...toRow(row), keys: keysOf(row.k), n: s.n };
  }

  /** Every keyed entry (once per object: indexing a journal written before journal_keys). */
  *keyed(): Generator<{ n: number; seq: bigint; keys: string[] }> {
    for (const s of this.#segments)
      for (const row of this.sql.exec<{ k: string; seq: string }>(
        `SELECT k, seq FROM ${table(s.n)} WHERE k IS NOT NULL`,
      ))
        yield { n: s.n, seq: BigInt(row.seq), keys: keysOf(row.k) };
  }

  /** The entry at `seq`, with its keys: one primary-key probe per segment, newest first. */
  get(seq: bigint): StoredRow | null {
    for (const s of [...this.#segments].reverse()) {
      const row = this.sql.exec<RowData>(`SELECT seq, e, k FROM ${table(s.n)} WHERE seq = ?`, idKey(seq)).toArray()[0];
      if (row) return { ...toRow(row), keys: keysOf(row.k), n: s.n };
    }
    return null;
  }

  /**
   * Entries touching `channel`, newest first below `before` or oldest first above `after`.
   * `hi` (the entry's last id) lets forward paging find entries whose later ids pass `after`.
   */
  *scan(channel: string, order: "desc" | "asc", bound: bigint | null): Generator<Row> {
    // Due segments (older than every live one) are read until their upload dropped them.
    const all = [...this.#due, ...this.#segments.map((s) => s.n)].map(table);
    const segments = order === "desc" ? all.reverse() : all;
    const like = escapeLike(`%|${channel}|%`);
    const start = bound === null ? (order === "desc" ? "~" : "") : idKey(bound);
    for (const name of segments) {
      // In batches read whole (growing, so a short page reads little): a page that stops here
      // leaves no statement open on the segment, which the archive drops once uploaded.
      let from = order === "desc" ? start : "";
      for (let batch = SCAN_BATCH; ; batch = Math.min(batch * 2, SCAN_BATCH_MAX)) {
        const rows =
          order === "desc"
            ? this.sql
                .exec<RowData>(
                  `SELECT seq, e, k FROM ${name} WHERE chans LIKE ? ESCAPE '\\' AND seq < ? ORDER BY seq DESC LIMIT ?`,
                  like,
                  from,
                  batch,
                )
                .toArray()
            : this.sql
                .exec<RowData>(
                  `SELECT seq, e, k FROM ${name} WHERE chans LIKE ? ESCAPE '\\' AND hi > ? AND seq > ? ORDER BY seq ASC LIMIT ?`,
                  like,
                  start,
                  from,
                  batch,
                )
                .toArray();
        for (const row of rows) yield toRow(row);
        if (rows.length < batch) break;
        from = rows.at(-1)?.seq ?? from;
      }
    }
  }

  /**
   * Entries touching `channel` that hold a message id in [`fromSeq`, `toSeq`], in `order`: the
   * one reader of a range (history series and export), so rows read follow the range, never the
   * retained history. Each segment is one primary-key range scan (an empty one reads no row);
   * one probe finds an entry starting before `fromSeq` whose later ids reach into the range.
   * `stats.rowsRead` adds the rows the runtime counted.
   */
  *rowsInRange(
    channel: string,
    fromSeq: bigint,
    toSeq: bigint,
    order: "asc" | "desc",
    stats?: { rowsRead: number },
  ): Generator<Row> {
    if (toSeq < fromSeq) return;
    const like = escapeLike(`%|${channel}|%`);
    const counted = <T>(cursor: SqlStorageCursor<RowData & T>): (RowData & T)[] => {
      const rows = cursor.toArray();
      if (stats) stats.rowsRead += cursor.rowsRead;
      return rows;
    };
    // Due segments (older than every live one) are read until their upload dropped them.
    const oldestFirst = [...this.#due, ...this.#segments.map((s) => s.n)].map(table);
    const straddling = (): Row | null => {
      for (const name of [...oldestFirst].reverse()) {
        const [row] = counted<{ hi: string; chans: string }>(
          this.sql.exec(
            `SELECT seq, e, k, hi, chans FROM ${name} WHERE seq < ? ORDER BY seq DESC LIMIT 1`,
            idKey(fromSeq),
          ),
        );
        if (row) return BigInt(row.hi) >= fromSeq && row.chans.includes(`|${channel}|`) ? toRow(row) : null;
      }
      return null;
    };
    if (order === "asc") {
      const first = straddling();
      if (first) yield first;
    }
    const [lo, hi] = [idKey(fromSeq), idKey(toSeq)];
    for (const name of order === "asc" ? oldestFirst : [...oldestFirst].reverse()) {
      // In batches read whole (growing): a reader that stops early leaves no statement open on the
      // segment, which the archive drops once uploaded.
      let [from, to] = [lo, hi];
      for (let batch = SCAN_BATCH; ; batch = Math.min(batch * 2, SCAN_BATCH_MAX)) {
        const rows = counted(
          this.sql.exec<RowData>(
            `SELECT seq, e, k FROM ${name} WHERE seq >= ? AND seq <= ? AND chans LIKE ? ESCAPE '\\' ORDER BY seq ${order === "asc" ? "ASC" : "DESC"} LIMIT ?`,
            from,
            to,
            like,
            batch,
          ),
        );
        for (const row of rows) yield toRow(row);
        if (rows.length < batch) break;
        const last = BigInt(rows.at(-1)!.seq);
        if (order === "asc") from = idKey(last + 1n);
        else to = idKey(last - 1n);
      }
    }
    if (order === "desc") {
      const last = straddling();
      if (last) yield last;
    }
  }

  /** Rows whose event keys contain `fragment`, newest first (the invocation log's processor runs). */
  *withKey(fragment: string): Generator<Row> {
    const like = escapeLike(`%${fragment.replace(/[%\\]/g, "")}%`);
    for (const s of [...this.#segments].reverse())
      for (const row of this.sql.exec<RowData>(
        `SELECT seq, e, k FROM ${table(s.n)} WHERE k LIKE ? ESCAPE '\\' ORDER BY seq DESC`,
        like,
      ))
        yield toRow(row);
  }

  /** The entry holding message id `id` (the greatest seq ≤ id). */
  find(id: bigint): Row | null {
    for (const s of [...this.#segments].reverse()) {
      const row = this.sql
        .exec<RowData>(`SELECT seq, e, k FROM ${table(s.n)} WHERE seq <= ? ORDER BY seq DESC LIMIT 1`, idKey(id))
        .toArray()[0];
      if (row) return toRow(row);
    }
    return null;
  }

  /** Rewrites an entry in place (a message edited or deleted): one row. */
  rewrite(seq: bigint, entry: Entry): void {
    for (const s of this.#segments) {
      const cursor = this.sql.exec(`UPDATE ${table(s.n)} SET e = ? WHERE seq = ?`, JSON.stringify(entry), idKey(seq));
      if (cursor.rowsWritten > 0) return;
    }
  }
}

const keysOf = (k: string | null): string[] => (k === null ? [] : k.split(KEY_SEPARATOR));

function toRow(row: RowData): Row {
  return { seq: BigInt(row.seq), entry: JSON.parse(row.e) as Entry };
}

/** Channel names may hold `_`, a LIKE wildcard: match it literally. */
function escapeLike(pattern: string): string {
  return pattern.replace(/_/g, "\\_");
}
