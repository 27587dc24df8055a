// One-time move of an agent's channels from the earlier layout (a `channels` row per channel and a
// `messages` row per message) into the journal and checkpointed state, so a state directory made
// before the journal keeps its data. Ids stay as they were, except where two channels shared one
// (ids are now unique per agent): such a message gets the next free id.
import { CHANNEL_STATE_SCHEMA } from "./channel-state.ts";
import type { Entry } from "./journal.ts";
import type { Json } from "../shared/merge-patch.ts";
import { idKey } from "../shared/snowflake.ts";

type OldChannel = { name: string; agg_data: string; last_updated: number | null; version: number };
type OldMessage = { channel: string; id: string; author_id: string; data: string };

const LEGACY_TABLES = ["messages", "channels", "applied_batches", "invocation_outcomes", "invocation_claims"];

/** Moves the legacy tables' content (if any) through `append`, then drops them. */
export function migrateLegacyChannels(
  sql: SqlStorage,
  /** The object's tables (the journal lists them at wake anyway: one read of the schema). */
  present: ReadonlySet<string>,
  append: (seq: bigint, channel: string, entry: Entry) => void,
): void {
  if (!present.has("messages") || !present.has("channels")) return;
  sql.exec(CHANNEL_STATE_SCHEMA);
  let last = -1n;
  for (const m of sql.exec<OldMessage>("SELECT channel, id, author_id, data FROM messages ORDER BY id, channel")) {
    const id = BigInt(m.id) > last ? BigInt(m.id) : last + 1n;
    append(id, m.channel, {
      t: Number(BigInt(m.id) >> 22n) + 1735689600000,
      a: m.author_id,
      m: [{ c: m.channel, d: JSON.parse(m.data) as Json }],
    });
    last = id;
  }
  for (const c of sql.exec<OldChannel>("SELECT name, agg_data, last_updated, version FROM channels"))
    sql.exec(
      "INSERT OR REPLACE INTO channel_state (name, agg, updated, version, seq) VALUES (?, ?, ?, ?, ?)",
      c.name,
      c.agg_data,
      c.last_updated,
      c.version,
      idKey(last < 0n ? 0n : last),
    );
  sql.exec(
    "INSERT OR REPLACE INTO journal_meta (k, v) VALUES ('checkpoint', ?)",
    JSON.stringify({ seq: (last < 0n ? -1n : last).toString(), last_id: (last < 0n ? -1n : last).toString() }),
  );
  for (const name of LEGACY_TABLES) if (present.has(name)) sql.exec(`DROP TABLE ${name}`);
}
