// One Durable Object per agent (addressed by the agent id as its name): its channels (a write
// journal + checkpointed state), the invocation log of installs running as this agent, their dead
// letters and stashed large payloads. A thin RPC surface over the modules in src/data/.
import { DurableObject } from "cloudflare:workers";
import { ChannelStore, type AggregateWrite, type JsonPage, type MessageWrite } from "../src/data/channel-store.ts";
import {
  addDeadLetter,
  DEAD_LETTERS_SCHEMA,
  deleteDeadLetter,
  getDeadLetter,
  listDeadLetters,
  type DeadLetter,
} from "../src/data/dead-letters.ts";
import {
  InvocationLogStore,
  PERSIST_EVERY_MS,
  type InvocationLog,
  type Rejections,
} from "../src/data/invocation-log.ts";
import type { Json } from "../src/data/merge-patch.ts";
import { PayloadStash } from "../src/data/payload-stash.ts";
import { parseEventWrite } from "../src/data/event-write.ts";
import { fail, type Aggregate, type Channel, type Message, type Outcome, type PageQuery } from "../src/data/types.ts";
import { countCall, meteredSql } from "../src/metering.ts";
import type { ProcessorInstall } from "../src/processors/bindings.ts";

export class Agent extends DurableObject<Env> {
  readonly #store: ChannelStore;
  readonly #log: InvocationLogStore;
  readonly #stash: PayloadStash;
  #processors: ProcessorInstall[] = [];
  /** Metered in cost runs (src/metering.ts); the plain handle otherwise. */
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = meteredSql(ctx.storage.sql);
    // idFromName/getByName put the agent id on ctx.id.name (the only way Agent objects are made).
    const agentId = ctx.id.name ?? ctx.id.toString();
    this.sql.exec(DEAD_LETTERS_SCHEMA);
    this.#store = new ChannelStore(this.sql, agentId, retentionOf(env), (work) => ctx.storage.transactionSync(work));
    this.#log = new InvocationLogStore(this.sql);
    this.#stash = new PayloadStash(this.sql, (work) => ctx.storage.transactionSync(work));
  }

  getChannel(name: string): Channel | null {
    return this.#store.get(name);
  }

  getAggregate(name: string): Aggregate | null {
    return this.#store.aggregate(name);
  }

  writeAggregate(name: string, write: Omit<AggregateWrite, "now">): Outcome<Aggregate> {
    return this.#store.writeAggregate(name, { ...write, now: Date.now() });
  }

  createMessage(name: string, write: Omit<MessageWrite, "now">): Outcome<Message> {
    return this.#store.createMessage(name, { ...write, now: Date.now() });
  }

  messagesPage(name: string, page: PageQuery, maxBytes: number): JsonPage | null {
    return this.#store.messagesPage(name, page, maxBytes);
  }

  channelsPage(after: string | null, maxBytes: number): JsonPage {
    return this.#store.channelsPage(after, maxBytes);
  }

  getMessage(name: string, id: string): Message | null {
    return this.#store.getMessage(name, id);
  }

  updateMessage(name: string, id: string, mode: "patch" | "put", data: Json): Outcome<Message> {
    return this.#store.updateMessage(name, id, mode, data);
  }

  deleteMessage(name: string, id: string): boolean {
    return this.#store.deleteMessage(name, id);
  }

  /**
   * One invocation's writes to this agent, sent as JSON text (src/sdk/write-buffer.ts: one string
   * crosses RPC, not an object graph): one journal row, applied once per event key.
   */
  commitEventText(text: string): Outcome<{ applied: boolean; outcome: unknown }> {
    const write = parseEventWrite(text);
    if (!write) return fail(422, "validation_failed", "malformed event write");
    return this.#store.commitEvent({ ...write, now: Date.now() });
  }

  /** Invocation records batched by an isolate; kept in memory and written by the alarm. */
  async recordInvocations(entries: InvocationLog[], rejections: Record<string, Rejections> = {}): Promise<void> {
    if (this.#log.add(entries, rejections)) await this.ctx.storage.setAlarm(Date.now() + PERSIST_EVERY_MS);
  }

  listInvocations(installId: string, limit: number): InvocationLog[] {
    return this.#log.list(installId, limit);
  }

  rejections(installId: string): Rejections | null {
    return this.#log.rejections(installId);
  }

  override alarm(): void {
    countCall(`agent:${this.ctx.id.name ?? ""}#log`); // billed as a Durable Object request
    this.#log.persist(Date.now());
  }

  /**
   * The processor installs whose scope covers this agent, as the registry has them now (a full
   * replacement): their subscriptions, and for installs running as this agent their schedules
   * and deployment.
   */
  syncProcessors(installs: ProcessorInstall[]): void {
    this.#processors = installs;
  }

  /** The processor installs this agent holds (tests, operators). */
  processorInstalls(): ProcessorInstall[] {
    return this.#processors;
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

  stashPayload(key: string, body: Uint8Array): void {
    this.#stash.put(key, body);
  }

  stashedPayload(key: string): Uint8Array | null {
    return this.#stash.get(key);
  }

  dropPayload(key: string): void {
    this.#stash.drop(key);
  }
}

function retentionOf(env: Env): number {
  const n = Number(env.MESSAGE_RETENTION);
  return Number.isInteger(n) && n > 0 ? n : 10_000;
}
