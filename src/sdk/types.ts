// Shapes an app sees: the ingestion event, and how its class is described to the platform.
import type { ConfigIssue, JsonSchema } from "./config/types.ts";

/** What `onIngestionEndpoint(event)` receives (SPEC §6). */
export interface IngestionEvent<P = unknown> {
  id: string;
  ingestion_id: string;
  /** The install's agent, or the agent a mini-token is pinned to. */
  agent_id: string;
  organisation_id: string;
  payload: P;
  raw: Uint8Array;
  content_type: string | null;
  /** The URL that was called, extra query parameters included. */
  invocation_url: string;
  source_ip: string;
  received_at: number;
  /**
   * The few request headers apps may read, lower-case (src/invocation/forwarded-headers.ts): The
   * Things Stack's `x-downlink-apikey`, `x-downlink-push`, `x-downlink-replace`. Empty when none.
   */
  forwarded_headers: Readonly<Record<string, string>>;
}

/** The part of a config schema the platform relies on. */
export interface ConfigSchemaLike {
  toJsonSchema(): JsonSchema;
  validate(
    input: unknown,
  ): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly errors: ConfigIssue[] };
}

export type AppKind = "integration" | "processor";

/** What `onMessageCreate(event)` receives: a message on a channel the processor subscribes to. */
export interface MessageCreateEvent<D = unknown> {
  /** The message id (snowflake, decimal string). */
  id: string;
  agent_id: string;
  channel: string;
  author_id: string;
  data: D;
  /** Epoch ms of the message (derived from its id). */
  timestamp: number;
}

/** What `onAggregateUpdate(event)` receives: a write to a subscribed channel's aggregate. */
export interface AggregateUpdateEvent<D = unknown> {
  /** The write's id: its logged message id, or the id it was stored under. */
  id: string;
  agent_id: string;
  channel: string;
  author_id: string;
  /** `patch`: `request` is an RFC 7396 merge patch; `put`: the new aggregate. */
  mode: "patch" | "put";
  request: D;
  timestamp: number;
}

/** What `onSchedule(event)` receives. */
export interface ScheduleEvent {
  /** The schedule's `name` in `dv_proc_schedules`. */
  name: string;
  schedule: string;
  /** The run time it fired for (epoch ms). */
  scheduled_at: number;
}

/** What `onDeployment(event)` receives: the install was created or its config changed. */
export interface DeploymentEvent {
  install_id: string;
  app_key: string;
  agent_id: string;
  reason: "install" | "config";
}

/** `pingConnection` options (SPEC §7), the seed's `ping_connection` in camelCase. */
export interface PingOptions {
  /** When the device came online (default: now, or kept if it already was online). */
  onlineAt?: number;
  connectionStatus?: ConnectionStatus;
  /** When the device should be taken as offline (default: by its connection type). */
  offlineAt?: number;
  connectionType?: ConnectionType;
  /** Periodic devices: the expected interval between reports (ms); the deadline is twice it. */
  expectedInterval?: number;
  agentId?: string;
}

export type ConnectionStatus =
  | "ContinuousOnline"
  | "ContinuousOnlineNoPing"
  | "ContinuousOffline"
  | "ContinuousPending"
  | "PeriodicUnknown"
  | "Unknown";
export type ConnectionType = "Continuous" | "PeriodicContinuous" | "Periodic";
