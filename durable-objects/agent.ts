// One Durable Object per agent: its channels (message log + aggregate), written and read over RPC.
import { DurableObject } from "cloudflare:workers";
import { ChannelStore, type AggregateWrite, type MessageWrite } from "../src/data/channel-store.ts";
import type { Json } from "../src/data/merge-patch.ts";
import type { Aggregate, Channel, Message, Outcome, PageQuery } from "../src/data/types.ts";
import { applyBatch, BATCH_SCHEMA, BatchRejected, type WriteBatch } from "../src/data/batch.ts";
import {
  claim,
  finish,
  INVOCATIONS_SCHEMA,
  type Claim,
  type InvocationLog,
  type StoredOutcome,
} from "../src/data/invocations.ts";

export class Agent extends DurableObject<Env> {
  #store: ChannelStore | undefined;

  /** The store is bound to the agent id the first caller names (the DO is addressed by that id). */
  private store(agentId: string): ChannelStore {
    if (!this.#store) {
      this.ctx.storage.sql.exec(BATCH_SCHEMA + INVOCATIONS_SCHEMA);
      this.#store = new ChannelStore(this.ctx.storage.sql, agentId, retentionOf(this.env));
    }
    return this.#store;
  }

  listChannels(agentId: string): Channel[] {
    return this.store(agentId).list();
  }

  getChannel(agentId: string, name: string): Channel | null {
    return this.store(agentId).get(name);
  }

  getAggregate(agentId: string, name: string): Aggregate | null {
    return this.store(agentId).aggregate(name);
  }

  writeAggregate(agentId: string, name: string, write: Omit<AggregateWrite, "now">): Outcome<Aggregate> {
    const store = this.store(agentId);
    return this.ctx.storage.transactionSync(() => store.writeAggregate(name, { ...write, now: Date.now() }));
  }

  createMessage(agentId: string, name: string, write: Omit<MessageWrite, "now">): Outcome<Message> {
    const store = this.store(agentId);
    return this.ctx.storage.transactionSync(() => store.createMessage(name, { ...write, now: Date.now() }));
  }

  listMessages(agentId: string, name: string, page: PageQuery): Message[] | null {
    return this.store(agentId).listMessages(name, page);
  }

  getMessage(agentId: string, name: string, id: string): Message | null {
    return this.store(agentId).getMessage(name, id);
  }

  updateMessage(agentId: string, name: string, id: string, mode: "patch" | "put", data: Json): Message | null {
    const store = this.store(agentId);
    return this.ctx.storage.transactionSync(() => store.updateMessage(name, id, mode, data));
  }

  deleteMessage(agentId: string, name: string, id: string): boolean {
    const store = this.store(agentId);
    return this.ctx.storage.transactionSync(() => store.deleteMessage(name, id));
  }

  /** One invocation's writes to this agent: atomic, and applied once per event id. */
  commitBatch(agentId: string, batch: WriteBatch): Outcome<{ applied: boolean }> {
    const store = this.store(agentId);
    try {
      return this.ctx.storage.transactionSync(() => {
        const result = applyBatch(this.ctx.storage.sql, store, batch, Date.now());
        // A failed batch must leave nothing behind: throwing rolls the transaction back.
        if (!result.ok) throw new BatchRejected(result);
        return result;
      });
    } catch (error) {
      if (error instanceof BatchRejected) return error.failure;
      throw error;
    }
  }

  claimInvocation(agentId: string, key: string, windowMs: number): Claim {
    this.store(agentId);
    return this.ctx.storage.transactionSync(() => claim(this.ctx.storage.sql, key, Date.now(), windowMs));
  }

  /** Keeps a queued event's body too large for a queue message until its invocation succeeds. */
  stashPayload(agentId: string, key: string, body: Uint8Array): void {
    this.store(agentId);
    this.ctx.storage.sql.exec(
      "INSERT OR REPLACE INTO stashed_payloads (key, body, at) VALUES (?, ?, ?)",
      key,
      body,
      Date.now(),
    );
  }

  stashedPayload(agentId: string, key: string): Uint8Array | null {
    this.store(agentId);
    const row = this.ctx.storage.sql
      .exec<{ body: ArrayBuffer }>("SELECT body FROM stashed_payloads WHERE key = ?", key)
      .toArray()[0];
    return row ? new Uint8Array(row.body) : null;
  }

  dropPayload(agentId: string, key: string): void {
    this.store(agentId);
    this.ctx.storage.sql.exec("DELETE FROM stashed_payloads WHERE key = ?", key);
  }

  /** Ends (or, with neither outcome nor log, releases) an invocation's claim. */
  finishInvocation(
    agentId: string,
    key: string | null,
    outcome: StoredOutcome | null,
    log: InvocationLog | null,
  ): void {
    const store = this.store(agentId);
    this.ctx.storage.transactionSync(() => finish(this.ctx.storage.sql, store, key, outcome, log, Date.now()));
  }
}

function retentionOf(env: Env): number {
  const n = Number(env.MESSAGE_RETENTION);
  return Number.isInteger(n) && n > 0 ? n : 10_000;
}
