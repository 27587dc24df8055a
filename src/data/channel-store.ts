// Channels of one agent in its Durable Object's SQLite: message log (bounded) and aggregate.
import { mergePatch, type Json } from "./merge-patch.ts";
import { idKey, nextSnowflake, snowflakeAt, snowflakeTime } from "./snowflake.ts";
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

const SCHEMA = `
CREATE TABLE IF NOT EXISTS channels (
  name TEXT PRIMARY KEY,
  agg_data TEXT NOT NULL DEFAULT '{}',
  agg_attachments TEXT NOT NULL DEFAULT '[]',
  last_updated INTEGER,
  version INTEGER NOT NULL DEFAULT 0,
  last_id TEXT,
  msg_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS messages (
  channel TEXT NOT NULL,
  id TEXT NOT NULL,
  author_id TEXT NOT NULL,
  data TEXT NOT NULL,
  attachments TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (channel, id)
) WITHOUT ROWID;
`;

type ChannelRow = {
  name: string;
  agg_data: string;
  agg_attachments: string;
  last_updated: number | null;
  version: number;
  last_id: string | null;
  msg_count: number;
};
type MessageRow = { channel: string; id: string; author_id: string; data: string; attachments: string };

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

function sizeProblem(text: string, what: string): Failure | null {
  // Cheap bound first: a UTF-16 length ≤ max/3 cannot exceed max bytes in UTF-8.
  if (text.length <= MAX_STORED_JSON_BYTES / 3) return null;
  if (new TextEncoder().encode(text).byteLength <= MAX_STORED_JSON_BYTES) return null;
  return fail(413, "payload_too_large", `${what} would exceed ${MAX_STORED_JSON_BYTES} bytes`);
}

/** Clock skew tolerated for a client-supplied `ts` ahead of the server clock. */
const FUTURE_TS_SLACK_MS = 60_000;

export class ChannelStore {
  constructor(
    private readonly sql: SqlStorage,
    private readonly agentId: string,
    private readonly retention: number,
  ) {
    sql.exec(SCHEMA);
  }

  list(): Channel[] {
    return this.sql
      .exec<ChannelRow>("SELECT * FROM channels ORDER BY name")
      .toArray()
      .map((row) => this.channelView(row));
  }

  get(name: string): Channel | null {
    const row = this.row(name);
    return row ? this.channelView(row) : null;
  }

  aggregate(name: string): Aggregate | null {
    const row = this.row(name);
    return row ? aggregateView(row) : null;
  }

  createMessage(name: string, write: MessageWrite): Outcome<Message> {
    const meta = this.meta(name);
    const last = meta?.last_id ? BigInt(meta.last_id) : null;
    const ms = write.ts ?? write.now;
    if (write.ts !== undefined) {
      if (write.ts > write.now + FUTURE_TS_SLACK_MS)
        return fail(422, "validation_failed", "ts: more than 60 s in the future");
      if (last !== null && snowflakeAt(write.ts) < snowflakeAt(snowflakeTime(last)))
        return fail(
          409,
          "out_of_order",
          `ts: older than the newest message of channel '${name}'; ids are strictly increasing`,
        );
    }
    const data = JSON.stringify(write.data);
    const tooBig = sizeProblem(data, "message data");
    if (tooBig) return tooBig;
    const id = nextSnowflake(ms, last);
    this.ensure(name);
    this.sql.exec(
      "INSERT INTO messages (channel, id, author_id, data) VALUES (?, ?, ?, ?)",
      name,
      idKey(id),
      write.author_id,
      data,
    );
    this.sql.exec("UPDATE channels SET last_id = ?, msg_count = msg_count + 1 WHERE name = ?", id.toString(), name);
    this.prune(name, (meta?.msg_count ?? 0) + 1);
    return ok(this.messageView({ channel: name, id: idKey(id), author_id: write.author_id, data, attachments: "[]" }));
  }

  listMessages(name: string, page: PageQuery): Message[] | null {
    if (!this.meta(name)) return null;
    const clauses = ["channel = ?"];
    const args: string[] = [name];
    if (page.before !== undefined) {
      clauses.push("id < ?");
      args.push(idKey(page.before));
    }
    if (page.after !== undefined) {
      clauses.push("id > ?");
      args.push(idKey(page.after));
    }
    // Forward paging (after without before) lists the oldest messages newer than `after`.
    const order = page.after !== undefined && page.before === undefined ? "ASC" : "DESC";
    return this.sql
      .exec<MessageRow>(
        `SELECT * FROM messages WHERE ${clauses.join(" AND ")} ORDER BY id ${order} LIMIT ?`,
        ...args,
        page.limit,
      )
      .toArray()
      .map((r) => this.messageView(r));
  }

  getMessage(name: string, id: string): Message | null {
    const row = this.sql
      .exec<MessageRow>("SELECT * FROM messages WHERE channel = ? AND id = ?", name, idKey(id))
      .toArray()[0];
    return row ? this.messageView(row) : null;
  }

  updateMessage(name: string, id: string, mode: "patch" | "put", data: Json): Outcome<Message> {
    const current = this.getMessage(name, id);
    if (!current) return fail(404, "not_found", `message ${id} not found`);
    const next = mode === "patch" ? mergePatch(current.data, data) : data;
    const text = JSON.stringify(next);
    const tooBig = sizeProblem(text, "message data");
    if (tooBig) return tooBig;
    this.sql.exec("UPDATE messages SET data = ? WHERE channel = ? AND id = ?", text, name, idKey(id));
    return ok({ ...current, data: next });
  }

  deleteMessage(name: string, id: string): boolean {
    const cursor = this.sql.exec("DELETE FROM messages WHERE channel = ? AND id = ?", name, idKey(id));
    if (cursor.rowsWritten === 0) return false;
    this.sql.exec("UPDATE channels SET msg_count = msg_count - 1 WHERE name = ?", name);
    return true;
  }

  writeAggregate(name: string, write: AggregateWrite): Outcome<Aggregate> {
    const row = this.sql
      .exec<{ agg_data: string; version: number }>("SELECT agg_data, version FROM channels WHERE name = ?", name)
      .toArray()[0];
    const version = row?.version ?? 0;
    // `*` (RFC 9110): only if the aggregate has been written before.
    const conflict =
      write.if_match === "*" ? version === 0 : write.if_match !== undefined && write.if_match !== version;
    if (conflict) return fail(409, "version_conflict", `If-Match ${write.if_match} does not match version ${version}`);
    const current = row ? (JSON.parse(row.agg_data) as Json) : {};
    const next = write.mode === "patch" ? mergePatch(current, write.data) : write.data;
    const text = JSON.stringify(next);
    const tooBig = sizeProblem(text, "the aggregate");
    if (tooBig) return tooBig;
    this.ensure(name);
    this.sql.exec(
      "UPDATE channels SET agg_data = ?, last_updated = ?, version = version + 1 WHERE name = ?",
      text,
      write.now,
      name,
    );
    if (write.log_update) {
      const logged = this.createMessage(name, { author_id: write.author_id, data: write.data, now: write.now });
      if (!logged.ok) return logged;
    }
    return ok({ data: next, attachments: [], last_updated: write.now, version: version + 1 });
  }

  /** What the write path needs about a channel, without reading its aggregate. */
  private meta(name: string): { last_id: string | null; msg_count: number } | undefined {
    return this.sql
      .exec<{ last_id: string | null; msg_count: number }>(
        "SELECT last_id, msg_count FROM channels WHERE name = ?",
        name,
      )
      .toArray()[0];
  }

  private row(name: string): ChannelRow | undefined {
    return this.sql.exec<ChannelRow>("SELECT * FROM channels WHERE name = ?", name).toArray()[0];
  }

  private ensure(name: string): void {
    this.sql.exec("INSERT OR IGNORE INTO channels (name) VALUES (?)", name);
  }

  /** Bounded retention: drop the oldest messages beyond the limit, so storage cannot grow without end. */
  private prune(name: string, count: number): void {
    if (count <= this.retention) return;
    const excess = count - this.retention;
    this.sql.exec(
      "DELETE FROM messages WHERE channel = ? AND id IN (SELECT id FROM messages WHERE channel = ? ORDER BY id ASC LIMIT ?)",
      name,
      name,
      excess,
    );
    this.sql.exec("UPDATE channels SET msg_count = msg_count - ? WHERE name = ?", excess, name);
  }

  private channelView(row: ChannelRow): Channel {
    return {
      name: row.name,
      owner_id: this.agentId,
      agent_id: this.agentId,
      is_private: false,
      aggregate: aggregateView(row),
    };
  }

  private messageView(row: MessageRow): Message {
    const id = BigInt(row.id).toString();
    return {
      id,
      author_id: row.author_id,
      channel: { agent_id: this.agentId, name: row.channel },
      data: JSON.parse(row.data) as Json,
      attachments: JSON.parse(row.attachments) as Json[],
      timestamp: snowflakeTime(id),
    };
  }
}

function aggregateView(row: ChannelRow): Aggregate {
  return {
    data: JSON.parse(row.agg_data) as Json,
    attachments: JSON.parse(row.agg_attachments) as Json[],
    last_updated: row.last_updated,
    version: row.version,
  };
}
