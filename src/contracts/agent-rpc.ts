// The Agent object's RPC surface, as its callers see it (durable-objects/agent.ts implements it;
// src/contracts/stubs.ts types its stubs from it, each result made async). One object per agent:
// its channels, the processor installs covering it, and — for an install's own agent — the
// install's invocation log, dead letters, stashed payloads and spooled queue messages.
import type { AggregateWrite, DeadLetter, MessageWrite, SpoolQueue } from "./agent-records.ts";
import type { DownlinkStatusUpdate, DownlinkView, QueuedDownlinkRequest } from "./downlink-records.ts";
import type {
  ColumnsPage,
  ExportPage,
  ExportQuery,
  HistoryRange,
  SeriesAnswer,
  SeriesQuery,
} from "./history-records.ts";
import type { Aggregate, Channel, Message, Outcome, PageQuery } from "../shared/channel-types.ts";
import type { InvocationLog, Rejections } from "../shared/invocation-records.ts";
import type { JsonPage } from "../shared/json-page.ts";
import type { Json } from "../shared/merge-patch.ts";
import type { ProcessorInstall } from "../processors/processor-installs.ts";

/** A channel's state as a gateway subscriber starts from: its aggregate, and its event sequence. */
export interface ChannelSync {
  aggregate: Aggregate | null;
  s: number;
}

export interface AgentRpc {
  // Queue sends, kept first by this object when the queue is not durable (the local runtime).
  spoolSend(queue: SpoolQueue, bodies: object[], delaySeconds?: number): Promise<void>;
  /** A consumer is done with these kept messages. */
  clearSpool(ids: string[]): void;

  // Channels.
  getChannel(name: string): Channel | null;
  getAggregate(name: string): Aggregate | null;
  writeAggregate(name: string, write: Omit<AggregateWrite, "now">): Outcome<Aggregate>;
  createMessage(name: string, write: Omit<MessageWrite, "now">): Outcome<Message>;
  /** Async: past the journal's oldest row, the page goes on in the archive (R2). */
  messagesPage(name: string, page: PageQuery, maxBytes: number): Promise<JsonPage | null>;
  channelsPage(after: string | null, maxBytes: number): JsonPage;
  getMessage(name: string, id: string): Message | null;
  updateMessage(name: string, id: string, mode: "patch" | "put", data: Json, author_id?: string): Outcome<Message>;
  deleteMessage(name: string, id: string): boolean;

  // A channel's history over a time range (src/agent/series.ts, history-export.ts); null: no channel.
  series(name: string, query: SeriesQuery): Promise<Outcome<SeriesAnswer> | null>;
  exportColumns(name: string, range: HistoryRange, after: string | null): Promise<Outcome<ColumnsPage> | null>;
  exportPart(name: string, query: ExportQuery, maxBytes: number): Promise<Outcome<ExportPage> | null>;

  // Gateway subscriptions (durable-objects/gateway.ts).
  /** A channel's state and sequence; null when the gateway holds its share or the agent all it keeps. */
  gatewaySubscribe(gateway: string, name: string): ChannelSync | null;
  gatewayUnsubscribe(gateway: string, names: string[]): void;
  /** The gateway's subscribers hold exactly these channels (reconciliation): its other rows go. */
  gatewayHeld(gateway: string, names: string[]): void;
  gatewaySync(name: string): ChannelSync;
  /** A message for the channel's subscribers, never stored (gateway op 15). */
  gatewayOneShot(name: string, author_id: string, data: Json): void;

  // Ingestion and processor writes, as JSON text (one string crosses RPC, not an object graph).
  commitEventText(text: string): Promise<Outcome<{ applied: boolean; outcome: unknown }>>;
  commitBatchText(text: string): Promise<Outcome<{ applied: string[]; skipped: string[] }>>;
  /** What a processor batch reads of this agent: its tags, and which delivery keys it applied. */
  batchView(keys: string[]): { tags: Record<string, Json>; applied: string[] };

  // An install's invocation log and rejections (kept by the install's own agent).
  recordInvocations(entries: InvocationLog[], rejections?: Record<string, Rejections>): Promise<void>;
  listInvocations(installId: string, limit: number): InvocationLog[];
  rejections(installId: string): Rejections | null;

  // Processor installs covering this agent.
  syncProcessors(installs: ProcessorInstall[]): Promise<void>;
  /** The registry deleted this agent: it holds no installs, and its archive is deleted (retried until done). */
  agentDeleted(): Promise<void>;
  processorInstalls(): ProcessorInstall[];

  /** Drops this object's memory (an eviction on demand); the next call rebuilds it from storage. */
  restart(): void;

  // Dead letters of an install's queued events.
  addDeadLetter(letter: DeadLetter): void;
  listDeadLetters(installId: string, limit: number): DeadLetter[];
  getDeadLetter(installId: string, id: string): DeadLetter | null;
  deleteDeadLetter(installId: string, id: string): boolean;

  // The device's downlinks (src/agent/downlinks.ts); routes and SDK writes come with commits.
  /** `by`: the credential queueing it (its share of the queue); `key`: its idempotency key, or null. */
  queueDownlink(request: QueuedDownlinkRequest, by: string, key: string | null): Outcome<DownlinkView>;
  /** Newest first. */
  listDownlinks(limit: number): DownlinkView[];
  getDownlink(id: string): DownlinkView | null;
  /** 404 not_found, or 409 downlink_not_queued when it is no longer queued. */
  cancelDownlink(id: string, author_id: string): Outcome<null>;
  /** A network server's status event (idempotent; never moves a downlink backwards). */
  updateDownlink(update: DownlinkStatusUpdate, author_id: string): Outcome<DownlinkView | null>;

  // Queued events' large bodies, stashed until their invocation succeeds.
  stashPayload(key: string, body: Uint8Array): void;
  stashedPayload(key: string): Uint8Array | null;
  dropPayload(key: string): void;
}
