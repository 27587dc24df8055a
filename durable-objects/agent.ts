// One Durable Object per agent (addressed by the agent id as its name): its channels (message log
// + aggregate), the write batches of app invocations, and the install's invocation records.
import { DurableObject } from "cloudflare:workers";
import { meteredSql } from "../src/metering.ts";
import { applyBatch, BATCH_SCHEMA, BatchRejected, type WriteBatch } from "../src/data/batch.ts";
import { ChannelStore, type AggregateWrite, type MessageWrite } from "../src/data/channel-store.ts";
import {
  claim,
  finish,
  INVOCATIONS_SCHEMA,
  type Claim,
  type InvocationLog,
  type StoredOutcome,
} from "../src/data/invocations.ts";
import {
  addDeadLetter,
  DEAD_LETTERS_SCHEMA,
  deleteDeadLetter,
  getDeadLetter,
  listDeadLetters,
  type DeadLetter,
} from "../src/data/dead-letters.ts";
import type { Json } from "../src/data/merge-patch.ts";
import { ok, type Aggregate, type Channel, type Message, type Outcome, type PageQuery } from "../src/data/types.ts";

export class Agent extends DurableObject<Env> {
  readonly #store: ChannelStore;
  /** Metered in cost runs (src/metering.ts); the plain handle otherwise. */
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = meteredSql(ctx.storage.sql);
    // idFromName/getByName put the agent id on ctx.id.name (the only way Agent objects are made).
    const agentId = ctx.id.name ?? ctx.id.toString();
    this.sql.exec(BATCH_SCHEMA + INVOCATIONS_SCHEMA + DEAD_LETTERS_SCHEMA);
    this.#store = new ChannelStore(this.sql, agentId, retentionOf(env));
  }

  listChannels(): Channel[] {
    return this.#store.list();
  }

  getChannel(name: string): Channel | null {
    return this.#store.get(name);
  }

  getAggregate(name: string): Aggregate | null {
    return this.#store.aggregate(name);
  }

  writeAggregate(name: string, write: Omit<AggregateWrite, "now">): Outcome<Aggregate> {
    return this.ctx.storage.transactionSync(() => this.#store.writeAggregate(name, { ...write, now: Date.now() }));
  }

  createMessage(name: string, write: Omit<MessageWrite, "now">): Outcome<Message> {
    return this.ctx.storage.transactionSync(() => this.#store.createMessage(name, { ...write, now: Date.now() }));
  }

  listMessages(name: string, page: PageQuery): Message[] | null {
    return this.#store.listMessages(name, page);
  }

  getMessage(name: string, id: string): Message | null {
    return this.#store.getMessage(name, id);
  }

  updateMessage(name: string, id: string, mode: "patch" | "put", data: Json): Outcome<Message> {
    return this.ctx.storage.transactionSync(() => this.#store.updateMessage(name, id, mode, data));
  }

  deleteMessage(name: string, id: string): boolean {
    return this.ctx.storage.transactionSync(() => this.#store.deleteMessage(name, id));
  }

  /** One invocation's writes to this agent: atomic, and applied once per event id. */
  commitBatch(batch: WriteBatch): Outcome<{ applied: boolean }> {
    return this.atomically(() => applyBatch(this.sql, this.#store, batch, Date.now()));
  }

  claimInvocation(key: string, windowMs: number): Claim {
    return this.ctx.storage.transactionSync(() => claim(this.sql, key, Date.now(), windowMs));
  }

  /**
   * Ends an invocation in one transaction: the install agent's own writes (if any), the outcome
   * for the dedup window and the log entry. With neither outcome nor log it releases the claim.
   */
  finishInvocation(
    key: string | null,
    outcome: StoredOutcome | null,
    log: InvocationLog | null,
    batch: WriteBatch | null = null,
  ): Outcome<null> {
    return this.atomically(() => {
      const now = Date.now();
      if (batch) {
        const applied = applyBatch(this.sql, this.#store, batch, now);
        if (!applied.ok) return applied;
      }
      finish(this.sql, this.#store, key, outcome, log, now);
      return ok(null);
    });
  }

  /** Runs `work` in a transaction; a failure value rolls back everything it wrote. */
  private atomically<T>(work: () => Outcome<T>): Outcome<T> {
    try {
      return this.ctx.storage.transactionSync(() => {
        const result = work();
        if (!result.ok) throw new BatchRejected(result);
        return result;
      });
    } catch (error) {
      if (error instanceof BatchRejected) return error.failure;
      throw error;
    }
  }

  addDeadLetter(letter: DeadLetter): void {
    addDeadLetter(this.sql, letter);
  }

  listDeadLetters(installId: string, limit: number): DeadLetter[] {
    return listDeadLetters(this.sql, installId, limit);
  }

  getDeadLetter(installId: string, id: string): DeadLetter | null {
    return getDeadLetter(this.sql, installId, id);
  }

  deleteDeadLetter(installId: string, id: string): boolean {
    return deleteDeadLetter(this.sql, installId, id);
  }

  /**
   * Keeps a queued event's body too large for a queue message until its invocation succeeds,
   * in chunks: a Durable Object SQLite value is limited to 2 MB and bodies may be up to 10 MiB.
   */
  stashPayload(key: string, body: Uint8Array): void {
    const sql = this.sql;
    this.ctx.storage.transactionSync(() => {
      sql.exec("DELETE FROM stashed_payload_parts WHERE key = ?", key);
      for (let part = 0, at = 0; at < body.byteLength || part === 0; part++, at += STASH_CHUNK_BYTES)
        sql.exec(
          "INSERT INTO stashed_payload_parts (key, part, body, at) VALUES (?, ?, ?, ?)",
          key,
          part,
          body.subarray(at, at + STASH_CHUNK_BYTES),
          Date.now(),
        );
    });
  }

  stashedPayload(key: string): Uint8Array | null {
    const parts = this.sql
      .exec<{ body: ArrayBuffer }>("SELECT body FROM stashed_payload_parts WHERE key = ? ORDER BY part", key)
      .toArray()
      .map((row) => new Uint8Array(row.body));
    if (parts.length === 0) return null;
    const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.byteLength;
    }
    return out;
  }

  dropPayload(key: string): void {
    this.sql.exec("DELETE FROM stashed_payload_parts WHERE key = ?", key);
  }
}

const STASH_CHUNK_BYTES = 1024 * 1024;

function retentionOf(env: Env): number {
  const n = Number(env.MESSAGE_RETENTION);
  return Number.isInteger(n) && n > 0 ? n : 10_000;
}
