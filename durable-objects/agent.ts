// One Durable Object per agent (addressed by the agent id as its name): the RPC surface of
// src/contracts/agent-rpc.ts, each call checked and forwarded to the part of src/agent/ it is for —
// its channels and what their commits set in motion (commit-pipeline.ts), the processor installs
// covering it (agent-processors.ts), and for an install's own agent its invocation log, dead
// letters, stashed payloads and queue spool. Its one alarm serves every timer (src/agent/alarm.ts).
import { DurableObject } from "cloudflare:workers";
import { AgentProcessors } from "../src/agent/agent-processors.ts";
import { runAlarm } from "../src/agent/alarm.ts";
import { CommitPipeline } from "../src/agent/commit-pipeline.ts";
import { DeadLetters } from "../src/agent/dead-letters.ts";
import { DownlinkRequests } from "../src/agent/downlink-requests.ts";
import { DownlinkSender } from "../src/agent/downlink-sender.ts";
import { exportColumns, exportPart } from "../src/agent/history-export.ts";
import { series } from "../src/agent/series.ts";
import { parseEventBatch, parseEventWrite } from "../src/agent/event-write.ts";
import { InvocationLogStore } from "../src/agent/invocation-log.ts";
import { PayloadStash } from "../src/agent/payload-stash.ts";
import { QueueSender } from "../src/agent/queue-sender.ts";
import { Timers } from "../src/agent/timers.ts";
import type { AggregateWrite, DeadLetter, MessageWrite, SpoolQueue } from "../src/contracts/agent-records.ts";
import type { AgentRpc, ChannelSync } from "../src/contracts/agent-rpc.ts";
import type {
  ColumnsPage,
  ExportPage,
  ExportQuery,
  HistoryRange,
  SeriesAnswer,
  SeriesQuery,
} from "../src/contracts/history-records.ts";
import type { DownlinkStatusUpdate, DownlinkView, QueuedDownlinkRequest } from "../src/contracts/downlink-records.ts";
import type { ProcessorInstall } from "../src/processors/processor-installs.ts";
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
import { countCall, meteredSql } from "../src/shared/metering.ts";

export class Agent extends DurableObject<Env> implements AgentRpc {
  readonly #agentId: string;
  readonly #timers: Timers;
  readonly #deadLetters: DeadLetters;
  readonly #queues: QueueSender;
  readonly #processors: AgentProcessors;
  readonly #pipeline: CommitPipeline;
  readonly #log: InvocationLogStore;
  readonly #stash: PayloadStash;
  readonly #downlinks: DownlinkRequests;
  readonly #sender: DownlinkSender;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    // Metered in cost runs (src/shared/metering.ts); the plain handle otherwise.
    const sql = meteredSql(ctx.storage.sql);
    const transaction = <T>(work: () => T): T => ctx.storage.transactionSync(work);
    // idFromName/getByName put the agent id on ctx.id.name (the only way Agent objects are made).
    const agentId = (this.#agentId = ctx.id.name ?? ctx.id.toString());
    this.#deadLetters = new DeadLetters(sql);
    const timers = (this.#timers = new Timers(ctx.storage));
    this.#queues = new QueueSender(env, agentId, timers);
    this.#processors = new AgentProcessors({
      agentId,
      env,
      sql,
      timers,
      pipeline: () => this.#pipeline,
      send: (bodies) => this.#queues.send("DELIVERIES", bodies),
      batchView: (keys) => this.batchView(keys),
      commitBatchText: (text) => this.commitBatchText(text),
      logRuns: (entries) => this.#log.record(entries),
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
      commitInline: (write, downlinks) => this.#processors.commitInline(write, downlinks),
    });
    this.#log = new InvocationLogStore(sql, timers);
    this.#stash = new PayloadStash(sql, transaction);
    this.#queues.openSpool(sql);
    this.#downlinks = new DownlinkRequests(this.#pipeline);
    this.#sender = new DownlinkSender(this.#pipeline, env, agentId);
  }

  /**
   * Sends messages to a queue, kept here first when the queue is not durable (the local runtime;
   * src/agent/queue-spool.ts): for a Worker's `?wait=false` events and re-sends too.
   */
  async spoolSend(queue: SpoolQueue, bodies: object[], delaySeconds?: number): Promise<void> {
    await this.#queues.send(queue, bodies, delaySeconds);
  }

  clearSpool(ids: string[]): void {
    this.#queues.clear(ids);
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

  messagesPage(name: string, page: PageQuery, maxBytes: number): Promise<JsonPage | null> {
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

  series(name: string, query: SeriesQuery): Promise<Outcome<SeriesAnswer> | null> {
    return series(this.#pipeline.store, name, query);
  }

  exportColumns(name: string, range: HistoryRange, after: string | null): Promise<Outcome<ColumnsPage> | null> {
    return exportColumns(this.#pipeline.store, name, range, after);
  }

  exportPart(name: string, query: ExportQuery, maxBytes: number): Promise<Outcome<ExportPage> | null> {
    return exportPart(this.#pipeline.store, name, query, maxBytes);
  }

  /** Null when the gateway holds its share, or the agent all it keeps (src/shared/gateway-limits.ts). */
  gatewaySubscribe(gateway: string, name: string): ChannelSync | null {
    return this.#pipeline.gatewaySubscribe(gateway, name);
  }

  /** The gateway has nobody left for these channels (unsubscribed, sessions gone). */
  gatewayUnsubscribe(gateway: string, names: string[]): void {
    this.#pipeline.gatewayUnsubscribe(gateway, names);
  }

  /** The gateway's subscribers hold exactly these channels here: its other rows go. */
  gatewayHeld(gateway: string, names: string[]): void {
    this.#pipeline.gatewayHeld(gateway, names);
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

  /** Invocation records batched by an isolate (src/invocation/log-buffer.ts). */
  async recordInvocations(entries: InvocationLog[], rejections: Record<string, Rejections> = {}): Promise<void> {
    await this.#log.record(entries, rejections);
  }

  /**
   * Newest first: the records sent here (integrations' invocations, processors' failed runs) and
   * the successful runs of a processor running as this agent, read from the rows that committed
   * them (src/agent/channel-store.ts processorRuns).
   */
  listInvocations(installId: string, limit: number): InvocationLog[] {
    const logged = this.#log.list(installId, limit);
    const held = this.#processors.held.byId.get(installId);
    if (held?.agent_id !== this.#agentId) return logged;
    const runs = this.#pipeline.store.processorRuns(installId, limit);
    return [...logged, ...runs].sort((a, b) => b.at - a.at).slice(0, limit);
  }

  rejections(installId: string): Rejections | null {
    return this.#log.rejections(installId);
  }

  /** Every timer of this agent: the log, the spool, outbox retries, the connection, schedules. */
  override async alarm(): Promise<void> {
    countCall(`agent:${this.#agentId}#alarm`); // billed as a Durable Object request
    await runAlarm({
      timers: this.#timers,
      log: this.#log,
      queues: this.#queues,
      pipeline: this.#pipeline,
      processors: this.#processors,
      downlinks: this.#sender,
    });
  }

  /** The processor installs covering this agent, as the registry has them now (a full replacement). */
  async syncProcessors(installs: ProcessorInstall[]): Promise<void> {
    await this.#processors.sync(installs);
  }

  /** The registry deleted this agent's record (src/registry/agent-changes.ts): it holds no installs, and its archive goes. */
  async agentDeleted(): Promise<void> {
    await this.#processors.sync([]);
    await this.#pipeline.archive?.deleteAll();
  }

  processorInstalls(): ProcessorInstall[] {
    return this.#processors.held.all;
  }

  restart(): void {
    this.ctx.abort("restart requested");
  }

  addDeadLetter(letter: DeadLetter): void {
    this.#deadLetters.add(letter);
  }

  listDeadLetters(installId: string, limit: number): DeadLetter[] {
    return this.#deadLetters.list(installId, limit);
  }

  getDeadLetter(installId: string, id: string): DeadLetter | null {
    return this.#deadLetters.get(installId, id);
  }

  deleteDeadLetter(installId: string, id: string): boolean {
    return this.#deadLetters.delete(installId, id);
  }

  queueDownlink(request: QueuedDownlinkRequest, by: string, key: string | null): Outcome<DownlinkView> {
    return this.#downlinks.queue(request, by, key);
  }

  listDownlinks(limit: number): DownlinkView[] {
    return this.#downlinks.list(limit);
  }

  getDownlink(id: string): DownlinkView | null {
    return this.#downlinks.get(id);
  }

  cancelDownlink(id: string, author_id: string): Outcome<null> {
    return this.#downlinks.cancel(id, author_id);
  }

  updateDownlink(update: DownlinkStatusUpdate, author_id: string): Outcome<DownlinkView | null> {
    return this.#downlinks.update(update, author_id);
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
