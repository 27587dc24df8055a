// Per-install invocation records in the install agent's DO: the dedup window (first outcome of an
// event id is replayed) and the invocation log channel `dv-proc-inv-<install_id>`.
import type { ChannelStore } from "./channel-store.ts";
import type { Json } from "./merge-patch.ts";

export const INVOCATIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS invocation_outcomes (
  key TEXT PRIMARY KEY, status INTEGER NOT NULL, body TEXT NOT NULL, content_type TEXT, at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS invocation_outcomes_at ON invocation_outcomes (at);
CREATE TABLE IF NOT EXISTS invocation_claims (key TEXT PRIMARY KEY, at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS stashed_payload_parts (
  key TEXT NOT NULL, part INTEGER NOT NULL, body BLOB NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (key, part)
) WITHOUT ROWID;
`;

export type StoredOutcome = {
  status: number;
  body: string;
  content_type: string | null;
};

export type Claim = { state: "claimed" } | { state: "done"; outcome: StoredOutcome } | { state: "in_progress" };

/** A claim older than this is taken to belong to a crashed invocation and may be taken over. */
const CLAIM_TIMEOUT_MS = 30_000;

export const invocationChannel = (installId: string): string => `dv-proc-inv-${installId}`;

export function claim(sql: SqlStorage, key: string, now: number, windowMs: number): Claim {
  sql.exec("DELETE FROM invocation_outcomes WHERE at < ?", now - windowMs);
  const done = sql
    .exec<StoredOutcome>("SELECT status, body, content_type FROM invocation_outcomes WHERE key = ?", key)
    .toArray()[0];
  if (done) return { state: "done", outcome: done };
  const held = sql.exec<{ at: number }>("SELECT at FROM invocation_claims WHERE key = ?", key).toArray()[0];
  if (held && held.at > now - CLAIM_TIMEOUT_MS) return { state: "in_progress" };
  sql.exec("INSERT OR REPLACE INTO invocation_claims (key, at) VALUES (?, ?)", key, now);
  return { state: "claimed" };
}

export interface InvocationLog {
  install_id: string;
  event_id: string;
  outcome: "ok" | "error";
  status: number;
  code: string | null;
  duration_ms: number;
  source_ip: string;
  queued: boolean;
  /** ≤ 1 KB of the body, for failures only. */
  body_excerpt?: string;
}

/**
 * Ends an invocation: the log entry is written when given; the outcome is remembered only when it
 * is final (success or a client error), so a retry after `handler_failed` runs the handler again.
 */
export function finish(
  sql: SqlStorage,
  store: ChannelStore,
  key: string | null,
  outcome: StoredOutcome | null,
  log: InvocationLog | null,
  now: number,
): void {
  if (key !== null) {
    sql.exec("DELETE FROM invocation_claims WHERE key = ?", key);
    if (outcome)
      sql.exec(
        // First outcome wins: a second run that took over a stale claim must not replace it.
        "INSERT OR IGNORE INTO invocation_outcomes (key, status, body, content_type, at) VALUES (?, ?, ?, ?, ?)",
        key,
        outcome.status,
        outcome.body,
        outcome.content_type,
        now,
      );
  }
  if (log)
    store.createMessage(invocationChannel(log.install_id), {
      author_id: log.install_id,
      data: log as unknown as Json,
      now,
    });
}
