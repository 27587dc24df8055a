// The base class of edgehook apps, mirroring the seed's `Application` in camelCase so that its
// examples translate line by line.
import { decodeByContentType, type ProtoSetting } from "../codecs/by-content-type.ts";
import type { Json } from "../shared/merge-patch.ts";
import type { DownlinkRoute, DownlinkStatusUpdate } from "../contracts/downlink-records.ts";
import type { DownlinkBody } from "../shared/downlink-request.ts";
import type { InvocationContext, TagOptions } from "./context.ts";
import type { UiElement } from "./ui.ts";
import type {
  AggregateUpdateEvent,
  AppKind,
  ConfigSchemaLike,
  DeploymentEvent,
  IngestionEvent,
  MessageCreateEvent,
  PingOptions,
  ScheduleEvent,
} from "./types.ts";

/** What the platform needs to know about an app class. */
export interface AppClass {
  new (context: InvocationContext): Application;
  /** Registry name, also the prefix of install app keys (`<appName>_<n>`). */
  readonly appName: string;
  readonly kind: AppKind;
  readonly configSchema: ConfigSchemaLike;
  readonly description?: string;
  /**
   * An integration for HTTP devices: the answer to a device's synchronous uplink carries what is
   * queued for it (`"downlinks": [...]`, docs/wire.md), which is then `sent`.
   */
  readonly httpDownlinks?: boolean;
}

/**
 * Subclass it, give the class `static appName`, `kind` and `configSchema`, and override the
 * hooks you need.
 *
 * @example
 * class MyIntegration extends Application {
 *   static appName = "my_integration";
 *   static kind = "integration" as const;
 *   static configSchema = new MyIntegrationConfig();
 *   async onIngestionEndpoint(event: IngestionEvent) {
 *     const devices = (await this.getTag("devices", {})) as Record<string, string>;
 *     devices[event.payload.device_id] = event.agent_id;
 *     await this.setTag("devices", devices);
 *     await this.api.publishMessage(event.agent_id, "on_external_event", event.payload);
 *   }
 * }
 */
export abstract class Application<Config extends Record<string, unknown> = Record<string, unknown>> {
  readonly config: Config;
  readonly appKey: string;
  readonly agentId: string;
  readonly api: {
    /** Appends a message to `channel` on the install's agent (or `agentId`). */
    createMessage(channel: string, data: Json, opts?: { agentId?: string }): Promise<void>;
    /** Appends a message to `channel` on `agentId`; the seed's `publish_message`. */
    publishMessage(agentId: string, channel: string, data: Json): Promise<void>;
    /**
     * Writes a channel's aggregate on the install's agent (or `agentId`): a merge patch by
     * default (`mode: "put"` replaces it); `log: true` also records the write as a message.
     */
    /**
     * Queues a downlink on a device (needs write on it; committed with the invocation's other
     * writes, so a repeated event queues nothing twice). Resolves to its id.
     * @example await this.api.sendDownlink(deviceId, { f_port: 2, data: "AQ==" });
     */
    sendDownlink(agentId: string, body: DownlinkBody): Promise<{ id: string }>;
    /** Integrations: how a device is reached (from its uplinks); stored only when it changed. */
    setDownlinkRoute(agentId: string, route: DownlinkRoute): Promise<void>;
    /** Integrations: a network server's status event about a device's downlink. */
    updateDownlink(agentId: string, update: DownlinkStatusUpdate): Promise<void>;
    updateAggregate(
      channel: string,
      data: Json,
      opts?: { agentId?: string; mode?: "patch" | "put"; log?: boolean },
    ): Promise<void>;
  };

  constructor(protected readonly context: InvocationContext) {
    this.config = context.config as Config;
    this.appKey = context.install.app_key;
    this.agentId = context.install.agent_id;
    this.api = {
      createMessage: (channel, data, opts = {}) => context.createMessage(channel, data, opts.agentId),
      publishMessage: (agentId, channel, data) => context.createMessage(channel, data, agentId),
      sendDownlink: (agentId, body) => context.sendDownlink(agentId, body),
      setDownlinkRoute: (agentId, route) => context.setDownlinkRoute(agentId, route),
      updateDownlink: (agentId, update) => context.updateDownlink(agentId, update),
      updateAggregate: (channel, data, opts = {}) =>
        context.writeAggregate(channel, data, opts.agentId, opts.mode ?? "patch", opts.log ?? false),
    };
  }

  /** Runs before every hook of an invocation. */
  setup(): void | Promise<void> {}

  /**
   * Turns the raw body into `event.payload`. The default decodes by Content-Type (JSON,
   * base64-then-JSON, or the install's configured protobuf message); override for custom formats
   * and throw `PayloadUndecodableError` on bad input. `invocationUrl` is the URL that was called
   * (for senders that name the message type in a query parameter).
   */
  parseIngestionEventPayload(payload: Uint8Array, contentType: string | null, _invocationUrl?: string): unknown {
    return decodeByContentType(payload, contentType, protoSettingOf(this.config));
  }

  /**
   * The sender's own id of this event when its body carries one (1–200 visible ASCII characters),
   * else null. It replaces the request's event id (generated, or an `Idempotency-Key`), so a
   * redelivery of the same body has no second effect. Default: null.
   *
   * @example
   * override ingestionEventId(payload: MyEvent) {
   *   return payload.delivery_id ?? null;
   * }
   */
  ingestionEventId(_payload: unknown): string | null {
    return null;
  }

  /** Handles one ingestion event. Its return value is the body with `?json_response=true`. */
  onIngestionEndpoint(_event: IngestionEvent): unknown {
    return undefined;
  }

  /** A message on a subscribed channel (`dv_proc_subscriptions`). */
  onMessageCreate(_event: MessageCreateEvent): void | Promise<void> {}

  /** A write to a subscribed channel's aggregate (not for `tag_values` writes of this app's own key). */
  onAggregateUpdate(_event: AggregateUpdateEvent): void | Promise<void> {}

  /** A schedule of `dv_proc_schedules` came due. */
  onSchedule(_event: ScheduleEvent): void | Promise<void> {}

  /**
   * The install was created or its config changed. The default publishes `uiElements()` to the
   * install agent's `ui_state` under this app's key; call `super.onDeployment(event)` to keep it.
   */
  async onDeployment(_event: DeploymentEvent): Promise<void> {
    await this.context.publishUi(this.uiElements());
  }

  /**
   * The UI this app shows on its agent: variables bound to tags, status text, warnings, commands
   * (src/sdk/ui.ts). Published to `ui_state` on deployment.
   */
  uiElements(): UiElement[] {
    return [];
  }

  /**
   * Marks the install's agent (or `agentId`) as connected, the seed's `ping_connection`. The
   * agent flips it offline by itself at `offlineAt` (default: by its connection type).
   *
   * @example
   * await this.pingConnection({ connectionType: "Periodic", expectedInterval: 15 * 60_000 });
   */
  pingConnection(opts: PingOptions = {}): Promise<void> {
    return this.context.pingConnection(opts);
  }

  /**
   * A tag of this app (or `appKey`) on the install's agent (or `agentId`): the value at invocation
   * start, or this invocation's own latest `setTag`.
   *
   * @example
   * const devices = (await this.getTag<Record<string, string>>("devices", {})) ?? {};
   * const other = await this.getTag("counter", 0, { appKey: "other_app_1", agentId });
   */
  getTag<T extends Json>(key: string, fallback?: T, opts?: TagOptions): Promise<T | undefined> {
    return this.context.getTag(key, fallback, opts) as Promise<T | undefined>;
  }

  /**
   * Buffers a tag write; `null` deletes. Committed once when the handler returns, as a merge of
   * the touched keys under the app key (plus one `tag_values` history message per agent).
   *
   * @example
   * await this.setTag("latest_data", payload, { agentId: deviceId });
   * await this.setTag("stale_flag", null); // deletes the tag
   */
  setTag(key: string, value: Json, opts?: TagOptions): Promise<void> {
    return this.context.setTag(key, value, opts);
  }

  /**
   * Agents this install may write to besides its own (devices, nested groups, apps, all devices).
   *
   * @example
   * for (const agent of await this.getExtendedPermissionAgents())
   *   if ((await this.getSerialNumberMatch(agent)) === payload.device_id) await this.setTag("seen", true, { agentId: agent });
   */
  getExtendedPermissionAgents(): Promise<string[]> {
    return this.context.permissions.agents();
  }

  /**
   * The serial number of an agent, to match against the external system's device id.
   *
   * @example
   * const serial = await this.getSerialNumberMatch(event.agent_id); // "TRK-0001" or null
   */
  getSerialNumberMatch(agentId: string): Promise<string | null> {
    return this.context.serialNumberOf(agentId);
  }

  /**
   * O(1) lookup through the registry's serial index; null when no agent has it, and null for a
   * missing or empty serial (a payload without a device id), which is never looked up.
   *
   * @example
   * const deviceId = await this.findAgentBySerial(payload.device_id);
   * if (deviceId) await this.api.publishMessage(deviceId, "on_external_event", payload);
   */
  findAgentBySerial(serial: string | null | undefined): Promise<string | null> {
    return this.context.findAgentBySerial(serial);
  }
}

function protoSettingOf(config: Record<string, unknown>): ProtoSetting | null {
  const ingestion = config.dv_proc_ingestion as { proto_schema?: unknown; proto_message?: unknown } | undefined;
  const schema = ingestion?.proto_schema;
  const message = ingestion?.proto_message;
  return typeof schema === "string" && schema && typeof message === "string" && message ? { schema, message } : null;
}
