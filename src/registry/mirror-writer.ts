// The registry's side of the KV mirror: every change stages the mirror keys it touches in
// `mirror_pending`, in the same transaction as the change; `flush` writes them to KV (awaited by
// the method that made the change) and the object's alarm retries whatever KV refused. A row is
// removed only once KV took the value it names, so a failed write never leaves the mirror wrong
// for good. Values are read from SQLite when written (never stale), one key at a time in order.
import { DrainLoop, retryBackoffMs } from "./drain-loop.ts";
import type { AlarmSlot } from "./alarm-slot.ts";
import { MIRROR_FORMAT, MIRROR_PREFIX, READY_KEY, TOMBSTONE_TTL_S, type MirrorEntry } from "../kv-mirror/layout.ts";

export const MIRROR_SCHEMA = `
CREATE TABLE IF NOT EXISTS mirror_pending (
  key TEXT PRIMARY KEY, seq INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0, not_before INTEGER NOT NULL DEFAULT 0
);
`;

/** What the registry's tables say a mirror key holds (null: gone), and every key they fill. */
export interface MirrorSource {
  valueOf(key: string): unknown;
  allKeys(): Iterable<string>;
}

/** KV takes about one write per second per key: a key written sooner waits for the alarm. */
const KEY_SPACING_MS = 1_000;
/** Keys written per round, and per invocation (an invocation may make only so many KV calls). */
const ROUND = 100;
const PER_INVOCATION = 500;
/** If the object stops between a change and its flush, the alarm still comes. */
const BACKSTOP_MS = 30_000;

// The ready marker is written only once nothing staged before it is still pending.
const WRITABLE = `(key != '${READY_KEY}' OR NOT EXISTS (SELECT 1 FROM mirror_pending q WHERE q.seq < p.seq))`;
const SELECT_DUE = `SELECT key, seq, attempts FROM mirror_pending p WHERE not_before <= ? AND ${WRITABLE} ORDER BY seq LIMIT ?`;
const NEXT_DUE = `SELECT MIN(not_before) AS at FROM mirror_pending p WHERE ${WRITABLE}`;

type PendingRow = { key: string; seq: number; attempts: number };

export class MirrorWriter {
  #seq = 0;
  readonly #loop = new DrainLoop(
    { round: ROUND, perInvocation: PER_INVOCATION },
    (limit) => this.#round(limit),
    () => this.#schedule(),
  );
  /** When each key was last written from this instance (KV's per-key write rate). */
  readonly #lastPut = new Map<string, number>();

  constructor(
    private readonly sql: SqlStorage,
    private readonly alarm: AlarmSlot,
    private readonly kv: () => KVNamespace,
    private readonly source: MirrorSource,
  ) {}

  /** Creates the table; state from before the mirror (or an older layout) is staged whole, once. */
  init(): void {
    this.sql.exec(MIRROR_SCHEMA);
    const meta = (k: string) => this.sql.exec<{ v: string }>("SELECT v FROM meta WHERE k = ?", k).toArray()[0]?.v;
    this.#seq = Number(meta("mirror_seq") ?? 0);
    if (meta("mirror_format") === String(MIRROR_FORMAT)) {
      if (this.sql.exec("SELECT 1 FROM mirror_pending LIMIT 1").toArray().length) this.#backstop(0);
      return;
    }
    this.#stageAll(this.source.allKeys());
    // Staged after every record (a higher sequence), so it is written after all of them.
    this.stage(READY_KEY);
    this.sql.exec(
      "INSERT INTO meta (k, v) VALUES ('mirror_format', ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v",
      String(MIRROR_FORMAT),
    );
    this.#backstop(0);
  }

  /** Marks keys for writing; call inside the transaction of the change that touched them. */
  stage(...keys: (string | null | undefined)[]): void {
    this.#stageAll(keys.filter((k): k is string => typeof k === "string" && k.length > 0));
  }

  /** One sequence number for the lot; streams, so a backfill never holds every key at once. */
  #stageAll(keys: Iterable<string>): void {
    let seq = 0;
    for (const key of keys) {
      if (seq === 0) {
        seq = this.#seq += 1;
        this.sql.exec(
          "INSERT INTO meta (k, v) VALUES ('mirror_seq', ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v",
          String(seq),
        );
      }
      this.sql.exec(
        `INSERT INTO mirror_pending (key, seq) VALUES (?, ?)
         ON CONFLICT(key) DO UPDATE SET seq = excluded.seq, not_before = 0`,
        key,
        seq,
      );
    }
    if (seq !== 0) this.#backstop(BACKSTOP_MS);
  }

  /**
   * The current value of a mirror key, versioned with the change sequence: a value read now
   * reflects every change up to it. What a reader gets when it asks the registry itself.
   */
  read(key: string): MirrorEntry {
    return { v: this.#seq, d: key === READY_KEY ? MIRROR_FORMAT : (this.source.valueOf(key) ?? null) };
  }

  /** Writes every due key; concurrent callers share one loop. Never throws: failures wait for the alarm. */
  flush(): Promise<void> {
    return this.#loop.flush();
  }

  pending(): number {
    return this.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM mirror_pending").one().n;
  }

  async #round(limit: number): Promise<number> {
    const now = Date.now();
    const rows = this.sql.exec<PendingRow>(SELECT_DUE, now, limit).toArray();
    if (rows.length === limit) this.#loop.again();
    const due: PendingRow[] = [];
    for (const row of rows) {
      const last = this.#lastPut.get(row.key) ?? 0;
      if (now - last >= KEY_SPACING_MS) due.push(row);
      else this.sql.exec("UPDATE mirror_pending SET not_before = ? WHERE key = ?", last + KEY_SPACING_MS, row.key);
    }
    await Promise.all(due.map((row) => this.#write(row)));
    return due.length;
  }

  async #write(row: PendingRow): Promise<void> {
    const entry = this.read(row.key);
    this.#lastPut.set(row.key, Date.now());
    if (this.#lastPut.size > 10_000) this.#lastPut.delete(this.#lastPut.keys().next().value ?? "");
    try {
      await this.kv().put(
        MIRROR_PREFIX + row.key,
        JSON.stringify(entry),
        entry.d === null ? { expirationTtl: TOMBSTONE_TTL_S } : undefined,
      );
    } catch (error) {
      this.sql.exec(
        "UPDATE mirror_pending SET attempts = attempts + 1, not_before = ? WHERE key = ?",
        Date.now() + retryBackoffMs(row.attempts),
        row.key,
      );
      console.error(`registry mirror: writing ${row.key} failed (attempt ${row.attempts + 1}); will retry`, error);
      return;
    }
    // Staged again while the write was under way: the row stays, and the newer value follows.
    this.sql.exec("DELETE FROM mirror_pending WHERE key = ? AND seq = ?", row.key, row.seq);
  }

  async #schedule(): Promise<void> {
    const next = this.sql.exec<{ at: number | null }>(NEXT_DUE).one().at;
    await this.alarm.set("mirror", next);
  }

  #backstop(ms: number): void {
    void this.alarm.noLaterThan("mirror", Date.now() + ms);
  }
}
