// The install's invocation log and its rejection counts, kept in its own agent's DO: they arrive in batches from the
// isolates that ran the invocations (src/invocation/log-buffer.ts), are held in memory and
// written as one row per install every PERSIST_EVERY_MS (by alarm) while busy, so no event costs
// a row here; an idle log writes a batch at once (InvocationLogStore.record: no alarm to pay for).
import type { Timers } from "./timers.ts";
import { mergeRejections, type InvocationLog, type Rejections } from "../shared/invocation-records.ts";

export const INVOCATION_LOG_SCHEMA = `
CREATE TABLE IF NOT EXISTS invocation_log (
  install_id TEXT NOT NULL, seq INTEGER NOT NULL, entries TEXT NOT NULL, PRIMARY KEY (install_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rejections (install_id TEXT PRIMARY KEY, summary TEXT NOT NULL) WITHOUT ROWID;
`;

/** Pending entries are written this long after the first of them arrived. */
export const PERSIST_EVERY_MS = 2_000;
/** Stored batches kept per install; trimmed when twice as many accumulate. */
const BATCHES_KEPT = 200;

export class InvocationLogStore {
  readonly #pending = new Map<string, InvocationLog[]>();
  /** Rejection summaries per install: loaded on first use, written with the next persist. */
  readonly #rejections = new Map<string, Rejections>();
  readonly #rejectionsDirty = new Set<string>();
  readonly #batches = new Map<string, number>();
  /** Row keys are write times, kept strictly increasing. */
  #lastSeq = 0;
  /** When the log was last written (0: not since this object started). */
  #writtenAt = 0;

  constructor(
    private readonly sql: SqlStorage,
    /** The object's timers: a busy log's `log` timer writes it. */
    private readonly timers: Timers,
  ) {
    sql.exec(INVOCATION_LOG_SCHEMA);
  }

  /**
   * Invocation records batched by an isolate. An idle log (nothing written for PERSIST_EVERY_MS)
   * writes them at once: one row and no alarm, for an install that hears from a few devices now
   * and then. A busy one keeps them in memory and the alarm writes them, one row per period.
   */
  async record(entries: InvocationLog[], rejections: Record<string, Rejections> = {}): Promise<void> {
    if (!this.add(entries, rejections)) return;
    const now = Date.now();
    if (now - this.#writtenAt >= PERSIST_EVERY_MS) {
      this.persist(now);
      return;
    }
    this.timers.want("log", this.#writtenAt + PERSIST_EVERY_MS);
    await this.timers.arm();
  }

  /** Takes entries into memory; true when nothing was pending (`record` writes or sets the alarm). */
  private add(entries: InvocationLog[], rejections: Record<string, Rejections> = {}): boolean {
    const wasIdle = this.#pending.size === 0 && this.#rejectionsDirty.size === 0;
    for (const entry of entries) {
      const list = this.#pending.get(entry.install_id) ?? [];
      list.push(entry);
      this.#pending.set(entry.install_id, list);
    }
    for (const [installId, summary] of Object.entries(rejections)) {
      this.#rejections.set(installId, mergeRejections(this.rejections(installId) ?? undefined, summary));
      this.#rejectionsDirty.add(installId);
    }
    return wasIdle && (this.#pending.size > 0 || this.#rejectionsDirty.size > 0);
  }

  /** What was refused before the handler, for an install (null: nothing yet). */
  rejections(installId: string): Rejections | null {
    let summary = this.#rejections.get(installId);
    if (!summary) {
      const row = this.sql
        .exec<{ summary: string }>("SELECT summary FROM rejections WHERE install_id = ?", installId)
        .toArray()[0];
      if (!row) return null;
      summary = JSON.parse(row.summary) as Rejections;
      this.#rejections.set(installId, summary);
    }
    return summary;
  }

  /** Writes what is pending: one row per install (the alarm, when the `log` timer is due). */
  persist(now: number): void {
    this.#lastSeq = Math.max(now, this.#lastSeq + 1);
    for (const [installId, entries] of this.#pending) {
      this.sql.exec(
        "INSERT INTO invocation_log (install_id, seq, entries) VALUES (?, ?, ?)",
        installId,
        this.#lastSeq,
        JSON.stringify(entries),
      );
      this.trim(installId);
    }
    this.#pending.clear();
    for (const installId of this.#rejectionsDirty) {
      const summary = this.#rejections.get(installId);
      if (summary)
        this.sql.exec(
          "INSERT OR REPLACE INTO rejections (install_id, summary) VALUES (?, ?)",
          installId,
          JSON.stringify(summary),
        );
    }
    this.#rejectionsDirty.clear();
    this.#writtenAt = now;
  }

  /** Newest first: what is still in memory, then the stored batches. */
  list(installId: string, limit: number): InvocationLog[] {
    const out = [...(this.#pending.get(installId) ?? [])].reverse();
    const rows = this.sql.exec<{ entries: string }>(
      "SELECT entries FROM invocation_log WHERE install_id = ? ORDER BY seq DESC",
      installId,
    );
    for (const row of rows) {
      if (out.length >= limit) break;
      out.push(...(JSON.parse(row.entries) as InvocationLog[]).reverse());
    }
    return out.slice(0, limit);
  }

  private trim(installId: string): void {
    let count = this.#batches.get(installId);
    count ??= this.sql
      .exec<{ c: number }>("SELECT count(*) AS c FROM invocation_log WHERE install_id = ?", installId)
      .one().c;
    count += 1;
    if (count > 2 * BATCHES_KEPT) {
      this.sql.exec(
        "DELETE FROM invocation_log WHERE install_id = ? AND seq <= (SELECT seq FROM invocation_log WHERE install_id = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)",
        installId,
        installId,
        BATCHES_KEPT,
      );
      count = BATCHES_KEPT;
    }
    this.#batches.set(installId, count);
  }
}
