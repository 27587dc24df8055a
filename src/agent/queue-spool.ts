// The local runtime's queue spool (EDGEHOOK_QUEUE_SPOOL=on: `npm start`, `npm run dev`, tests).
// Miniflare's queue broker keeps messages in memory, so a killed process loses what it held;
// Cloudflare's Queues are durable and run with the spool off (docs/decisions.md, "Queue spool").
// A message is kept in a row of the Durable Object that sends it (or sends it on a Worker's
// behalf) before it is sent, carrying a reference to that row; the consumer clears the row once
// the message is done with (src/shared/spooled-send.ts). Rows kept by an earlier process — whose
// queue is gone — are sent again when the object's alarm fires after the restart (the alarm is
// persisted); the consumers de-duplicate by event key, so a copy sent twice has one effect.

/** How often an object with kept messages looks at them (its alarm), while it has any. */
export const SPOOL_CHECK_MS = 5_000;
/** A message of this process not cleared after this long is sent again (its clear was lost). */
export const SPOOL_STALE_MS = 60 * 60 * 1000;
/** Rows re-sent per look (more: the next look, soon). */
const REDRIVE_MAX = 500;

import type { SpoolQueue } from "../contracts/agent-records.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS queue_spool (
  id TEXT PRIMARY KEY, queue TEXT NOT NULL, body TEXT NOT NULL, boot TEXT NOT NULL, at INTEGER NOT NULL
) WITHOUT ROWID;
`;

// This process's id: an isolate lives as long as its workerd process here, so a row with another
// id was kept by a process that is gone (with its in-memory queue).
let boot: string | null = null;
const bootId = (): string => (boot ??= crypto.randomUUID());

export type Send = (queue: SpoolQueue, body: object, delaySeconds?: number) => Promise<void>;

export class QueueSpool {
  constructor(
    private readonly sql: SqlStorage,
    private readonly agentId: string,
    private readonly send: Send,
  ) {
    sql.exec(SCHEMA);
  }

  /** Keeps each body, then sends it with its reference (`spool`: this object and the row). */
  async sendKept(queue: SpoolQueue, bodies: object[], delaySeconds?: number): Promise<void> {
    const now = Date.now();
    const kept = bodies.map((body) => {
      const withRef = { ...body, spool: { agent: this.agentId, id: crypto.randomUUID() } };
      this.sql.exec(
        "INSERT INTO queue_spool (id, queue, body, boot, at) VALUES (?, ?, ?, ?, ?)",
        withRef.spool.id,
        queue,
        JSON.stringify(withRef),
        bootId(),
        now,
      );
      return withRef;
    });
    for (const [i, body] of kept.entries()) {
      try {
        await this.send(queue, body, delaySeconds);
      } catch (error) {
        // Not sent, so not accepted: the caller retries (or refuses); a kept copy would arrive
        // later beside the retry, as a second event when it has no event id of its own.
        this.clear(kept.slice(i).map((b) => b.spool.id));
        throw error;
      }
    }
  }

  /** The consumer is done with these messages. */
  clear(ids: string[]): void {
    for (let i = 0; i < ids.length; i += 50) {
      const chunk = ids.slice(i, i + 50);
      this.sql.exec(`DELETE FROM queue_spool WHERE id IN (${chunk.map(() => "?").join(",")})`, ...chunk);
    }
  }

  get size(): number {
    return this.sql.exec<{ n: number }>("SELECT count(*) AS n FROM queue_spool").one().n;
  }

  /**
   * Sends again what an earlier process kept (its queue is gone) or what waited too long; each
   * row is then this process's. Returns how many were sent.
   */
  async redrive(now: number): Promise<number> {
    const rows = this.sql
      .exec<{ id: string; queue: SpoolQueue; body: string }>(
        "SELECT id, queue, body FROM queue_spool WHERE boot != ? OR at < ? LIMIT ?",
        bootId(),
        now - SPOOL_STALE_MS,
        REDRIVE_MAX,
      )
      .toArray();
    for (const row of rows) {
      await this.send(row.queue, JSON.parse(row.body) as object);
      this.sql.exec("UPDATE queue_spool SET boot = ?, at = ? WHERE id = ?", bootId(), now, row.id);
    }
    return rows.length;
  }
}
