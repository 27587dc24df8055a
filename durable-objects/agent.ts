// One Durable Object per agent: its channels (message log + aggregate), written and read over RPC.
import { DurableObject } from "cloudflare:workers";
import { ChannelStore, type AggregateWrite, type MessageWrite } from "../src/data/channel-store.ts";
import type { Json } from "../src/data/merge-patch.ts";
import type { Aggregate, Channel, Message, Outcome, PageQuery } from "../src/data/types.ts";

export class Agent extends DurableObject<Env> {
  #store: ChannelStore | undefined;

  /** The store is bound to the agent id the first caller names (the DO is addressed by that id). */
  private store(agentId: string): ChannelStore {
    this.#store ??= new ChannelStore(this.ctx.storage.sql, agentId, retentionOf(this.env));
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
}

function retentionOf(env: Env): number {
  const n = Number(env.MESSAGE_RETENTION);
  return Number.isInteger(n) && n > 0 ? n : 10_000;
}
