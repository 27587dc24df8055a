// One Durable Object per agent (addressed by the agent id as its name): the RPC surface of
// src/contracts/agent-rpc.ts, each call checked and forwarded to the part of src/agent/ it is for —
// its channels and what their commits set in motion (commit-pipeline.ts), the processor installs
// covering it (agent-processors.ts), and for an install's own agent its invocation log, dead
// letters, stashed payloads and queue spool. Its one alarm serves every timer (src/agent/timers.ts).
import { DurableObject } from "cloudflare:workers";
import { AgentProcessors } from "../src/agent/agent-processors.ts";
import { CommitPipeline } from "../src/agent/commit-pipeline.ts";
import {
  addDeadLetter,
  DEAD_LETTERS_SCHEMA,
  deleteDeadLetter,
  getDeadLetter,
  listDeadLetters,
} from "../src/agent/dead-letters.ts";
import { parseEventBatch, parseEventWrite } from "../src/agent/event-write.ts";
import { InvocationLogStore, PERSIST_EVERY_MS } from "../src/agent/invocation-log.ts";
import { PayloadStash } from "../src/agent/payload-stash.ts";
import { QueueSpool, SPOOL_CHECK_MS } from "../src/agent/queue-spool.ts";
import { Timers } from "../src/agent/timers.ts";
import type { AggregateWrite, DeadLetter, MessageWrite, SpoolQueue } from "../src/contracts/agent-records.ts";
import type { AgentRpc, ChannelSync } from "../src/contracts/agent-rpc.ts";
import type { ProcessorInstall } from "../src/processors/bindings.ts";
import type { DeliveryBatch } from "../src/processors/delivery.ts";
import {
  fail,
  type Aggregate,
  type Channel,
  type Message,
  type Outcome,
  type PageQuery,
} from "../src/shared/channel-types.ts";
import type { InvocationLog, Rejections } from "../src/shared/invocation-records.ts";
import type { JsonPage } from "../src/shared/json-page.ts";
import type { Json } from "../src/shared/merge-patch.ts";
import { countCall, meteredEnv, meteredSql } from "../src/shared/metering.ts";
import { spooling } from "../src/shared/spooled-send.ts";

export class Agent extends DurableObject<Env> implements AgentRpc {
  readonly #agentId: string;
  readonly #timers: Timers;
  readonly #processors: AgentProcessors;
  readonly #pipeline: CommitPipeline;
  readonly #log: InvocationLogStore;
  readonly #stash: PayloadStash;
  /** The local runtime's queue spool (null on Cloudflare, whose queues are durable). */
  readonly #spool: QueueSpool | null;
  /** When the invocation log was last written (0: not since this object started). */
  #logWrittenAt = 0;
  /** Metered in cost runs (src/shared/metering.ts); the plain handle otherwise. */
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    const sql = (this.sql = meteredSql(ctx.storage.sql));
    const transaction = <T>(work: () => T): T => ctx.storage.transactionSync(work);
    // idFromName/getByName put the agent id on ctx.id.name (the only way Agent objects are made).
    const agentId = (this.#agentId = ctx.id.name ?? ctx.id.toString());
    sql.exec(DEAD_LETTERS_SCHEMA);
    const timers = (this.#timers = new Timers(ctx.storage));
    this.#processors = new AgentProcessors({
      agentId,
      env,
      sql,
      timers,
      pipeline: () => this.#pipeline,
      send: (bodies) => this.sendBatches(bodies),
      batchView: (keys) => this.batchView(keys),
      commitBatchText: (text) => this.commitBatchText(text),
    });
    this.#pipeline = new CommitPipeline({
      agentId,
      env,
      sql,
      transaction,
      timers,
      deliver: (items) => this.#processors.deliver(items),
      runsHere: (installId) => this.#processors.runsHere(installId),
      installs: () => this.#processors.held.all,
      commitInline: (write) => this.#processors.commitInline(write),
    });
    this.#log = new InvocationLogStore(sql);
    this.#stash = new PayloadStash(sql, transaction);
    this.#spool = spooling(env)
      ? new QueueSpool(sql, agentId, (queue, body, delaySeconds) => this.queueSend(queue, body, delaySeconds))
      : null;
  }

  /** Sends delivery batches to the processors' queue. */
  private async sendBatches(bodies: DeliveryBatch[]): Promise<void> {
    await this.spoolSend("DELIVERIES", bodies);
  }

  private async queueSend(queue: SpoolQueue, body: object, delaySeconds?: number): Promise<void> {
    await meteredEnv(this.env)[queue].send(body, { contentType: "json", ...(delaySeconds ? { delaySeconds } : {}) });
  }

  /**
   * Sends messages to a queue, kept here first when the queue is not durable (the local runtime;
   * src/agent/queue-spool.ts): for a Worker's `?wait=false` events and re-sends too.
   */
  async spoolSend(queue: SpoolQueue, bodies: object[], delaySeconds?: number): Promise<void> {
    if (!this.#spool) {
      for (const body of bodies) await this.queueSend(queue, body, delaySeconds);
      return;
    }
    await this.#spool.sendKept(queue, bodies, delaySeconds);
    this.#timers.want("spool", Date.now() + SPOOL_CHECK_MS);
    await this.#timers.arm();
  }

  clearSpool(ids: string[]): void {
    this.#spool?.clear(ids);
  }

  getChannel(name: string): Channel | null {
    return this.#pipeline.store.get(name);
  }

  getAggregate(name: string): Aggregate | null {
    return this.#pipeline.store.aggregate(name);
  }

  writeAggregate(name: string, write: Omit<AggregateWrite, "now">): Outcome<Aggregate> {
    return this.#pipeline.writeAggregate(name, write);
  }

  createMessage(name: string, write: Omit<MessageWrite, "now">): Outcome<Message> {
    return this.#pipeline.createMessage(name, write);
  }

  messagesPage(name: string, page: PageQuery, maxBytes: number): JsonPage | null {
    return this.#pipeline.store.messagesPage(name, page, maxBytes);
  }

  channelsPage(after: string | null, maxBytes: number): JsonPage {
    return this.#pipeline.store.channelsPage(after, maxBytes);
  }

  getMessage(name: string, id: string): Message | null {
    return this.#pipeline.store.getMessage(name, id);
  }

  updateMessage(name: string, id: string, mode: "patch" | "put", data: Json, author_id = ""): Outcome<Message> {
    return this.#pipeline.updateMessage(name, id, mode, data, author_id);
  }

  deleteMessage(name: string, id: string): boolean {
    return this.#pipeline.store.deleteMessage(name, id);
  }

  /** Null when the agent keeps as many gateway subscriptions as it will (MAX_GATEWAY_SUBS). */
  gatewaySubscribe(gateway: string, name: string): ChannelSync | null {
    return this.#pipeline.gatewaySubscribe(gateway, name);
  }

  /** The gateway has nobody left for these channels (unsubscribed, sessions gone). */
  gatewayUnsubscribe(gateway: string, names: string[]): void {
    this.#pipeline.gatewayUnsubscribe(gateway, names);
  }

  gatewaySync(name: string): ChannelSync {
    return this.#pipeline.gatewaySync(name);
  }

  gatewayOneShot(name: string, author_id: string, data: Json): void {
    this.#pipeline.gatewayOneShot(name, author_id, data);
  }

  /**
   * One invocation's writes to this agent, sent as JSON text (src/sdk/write-buffer.ts): one
   * journal row, applied once per event key.
   */
  async commitEventText(text: string): Promise<Outcome<{ applied: boolean; outcome: unknown }>> {
    const write = parseEventWrite(text);
    if (!write) return fail(422, "validation_failed", "malformed event write");
    return this.#pipeline.commitEvent(write);
  }

  /** A processor batch's writes to this agent (src/queues/deliveries.ts), JSON text: one row. */
  async commitBatchText(text: string): Promise<Outcome<{ applied: string[]; skipped: string[] }>> {
    const batch = parseEventBatch(text);
    if (!batch) return fail(422, "validation_failed", "malformed event batch");
    return this.#pipeline.commitBatch(batch.parts);
  }

  batchView(keys: string[]): { tags: Record<string, Json>; applied: string[] } {
    return this.#pipeline.batchView(keys);
  }

  /**
   * Invocation records batched by an isolate. An idle log (nothing written for PERSIST_EVERY_MS)
   * writes them at once: one row and no alarm, for an install that hears from a few devices now
   * and then. A busy one keeps them in memory and the alarm writes them, one row per period.
   */
  async recordInvocations(entries: InvocationLog[], rejections: Record<string, Rejections> = {}): Promise<void> {
    if (!this.#log.add(entries, rejections)) return;
    const now = Date.now();
    if (now - this.#logWrittenAt >= PERSIST_EVERY_MS) {
      this.#log.persist(now);
      this.#logWrittenAt = now;
      return;
    }
    this.#timers.want("log", this.#logWrittenAt + PERSIST_EVERY_MS);
    await this.#timers.arm();
  }

  listInvocations(installId: string, limit: number): InvocationLog[] {
    return this.#log.list(installId, limit);
  }

  rejections(installId: string): Rejections | null {
    return this.#log.rejections(installId);
  }

  /** Every timer of this agent: the log, the spool, outbox retries, the connection, schedules. */
  override async alarm(): Promise<void> {
    countCall(`agent:${this.#agentId}#alarm`); // billed as a Durable Object request
    this.#timers.fired();
    const now = Date.now();
    const due = new Set(this.#timers.due(now));
    if (due.has("log")) {
      this.#log.persist(now);
      this.#logWrittenAt = now;
    }
    if (this.#spool) {
      // After a restart, this alarm (persisted) is what re-sends the lost queue's messages; a
      // refused send leaves the rest for the next look, not the other timers undone.
      await this.#spool
        .redrive(now)
        .catch((error: unknown) => console.error(`agent ${this.#agentId}: re-drive`, error));
      this.#timers.want("spool", this.#spool.size > 0 ? now + SPOOL_CHECK_MS : null);
    }
    await this.#pipeline.flushOutbox();
    this.#pipeline.expireConnection(now);
    await this.#processors.runTimers(now);
    // The offline flip's own deliveries, at once.
    await this.#pipeline.flushOutbox();
    await this.#pipeline.armConnection();
  }

  /** The processor installs covering this agent, as the registry has them now (a full replacement). */
  async syncProcessors(installs: ProcessorInstall[]): Promise<void> {
    await this.#processors.sync(installs);
  }

  processorInstalls(): ProcessorInstall[] {
    return this.#processors.held.all;
  }

  restart(): void {
    this.ctx.abort("restart requested");
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
