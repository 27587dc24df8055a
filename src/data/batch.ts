// One invocation's writes to one agent, applied atomically and at most once per event id:
// a merge of the touched tag keys (+ one tag_values history message) and any channel messages.
import type { ChannelStore } from "./channel-store.ts";
import type { Json } from "./merge-patch.ts";
import { fail, ok, type Failure, type Outcome } from "./types.ts";

export interface WriteBatch {
  event_id: string;
  author_id: string;
  /** `{ "<app_key>": { "<tag>": value | null } }`: only the keys the invocation touched. */
  tag_patch: Record<string, Record<string, Json>> | null;
  messages: { channel: string; data: Json }[];
}

export const BATCH_SCHEMA = `
CREATE TABLE IF NOT EXISTS applied_batches (event_id TEXT PRIMARY KEY, at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS applied_batches_at ON applied_batches (at);
`;

/** How long an applied event id is remembered: a redelivery inside it has no second effect. */
export const BATCH_DEDUP_MS = 24 * 3600 * 1000;

export function applyBatch(
  sql: SqlStorage,
  store: ChannelStore,
  batch: WriteBatch,
  now: number,
): Outcome<{ applied: boolean }> {
  sql.exec("DELETE FROM applied_batches WHERE at < ?", now - BATCH_DEDUP_MS);
  if (sql.exec("SELECT 1 FROM applied_batches WHERE event_id = ?", batch.event_id).toArray().length)
    return ok({ applied: false });
  if (batch.tag_patch && Object.keys(batch.tag_patch).length > 0) {
    const written = store.writeAggregate("tag_values", {
      mode: "patch",
      data: batch.tag_patch,
      author_id: batch.author_id,
      log_update: true,
      now,
    });
    if (!written.ok) return written;
  }
  for (const message of batch.messages) {
    const created = store.createMessage(message.channel, { author_id: batch.author_id, data: message.data, now });
    if (!created.ok) return fail(created.status, created.code, created.detail);
  }
  sql.exec("INSERT INTO applied_batches (event_id, at) VALUES (?, ?)", batch.event_id, now);
  return ok({ applied: true });
}

/** Thrown inside the transaction to roll it back; carries the failure to return. */
export class BatchRejected extends Error {
  override readonly name = "BatchRejected";
  constructor(readonly failure: Failure) {
    super(failure.detail);
  }
}
