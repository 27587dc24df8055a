// What the LoRaWAN network-server integrations share. Each turns a message into a LorawanMessage;
// this class routes it to the device whose serial number is its DevEUI (or the server's own
// device identifier) and makes the writes: an uplink's decoded payload as tags, a `radio` tag
// (replaced per uplink, not merged), `last_uplink_at` (epoch ms, as every time tag) and the raw message on `on_external_event`; any other message's tags and a
// record on `lorawan_events`. The device counts as seen either way. A message for an unknown
// device, or one outside the install's extended permissions (answered exactly alike), writes
// nothing to any device and is recorded on the install's own audit channel. Downlinks (issue 22):
// an uplink hands the device's Agent object its route, a status event the downlink's new status.
import type { DownlinkRoute, DownlinkStatusUpdate } from "../../contracts/downlink-records.ts";
import type { Json } from "../../shared/merge-patch.ts";
import { Application } from "../../sdk/application.ts";
import { config } from "../../sdk/config.ts";
import type { IngestionEvent } from "../../sdk/types.ts";
import { serialCandidates } from "./dev-eui.ts";

/** A network server's message as the shared routing sees it. */
export interface LorawanMessage {
  /** The message type as the server names it (`uplink_message`, `up`, `join_accept`, …). */
  type: string;
  /** The configured device identifier's value; null when the message names none. */
  key: string | null;
  /** Set for an uplink: its decoded payload (tags), radio tag and time (epoch ms; null = when received). */
  uplink?: { decoded: Record<string, Json>; radio: Record<string, Json>; at: number | null };
  /** Tags any other message type sets (null deletes; times in epoch ms). */
  tags?: Record<string, Json>;
  /** The message as received: on `on_external_event` (uplink) or in `lorawan_events`. */
  raw: Json;
  /** How to send the device downlinks, as this message tells (uplinks). */
  route?: DownlinkRoute | null;
  /** A downlink's new status, when this message reports one. */
  downlink?: DownlinkStatusUpdate | null;
}

/** What a message's device identifier names. */
type Found = { kind: "device" | "outside_permissions"; agentId: string } | { kind: "not_a_dev_eui" };

/** The config both integrations share: `device_key` `dev_eui` matches DevEUIs loosely. */
export interface LorawanConfig extends Record<string, unknown> {
  device_key: string;
  audit_channel: string;
}

/**
 * The config schema of a LoRaWAN integration: endpoint, permissions, `device_key` (`dev_eui`, the
 * default, or the server's own identifier `other`), `audit_channel` and the optional `downlink`
 * object of the server's downlink API (its `downlink` elements).
 *
 * @example
 * static configSchema = lorawanConfigSchema("TTS", "device_id", "tts_audit", ttsDownlinkElements);
 */
export function lorawanConfigSchema<D extends config.ElementMap>(
  server: string,
  other: string,
  auditChannel: string,
  downlink: D,
) {
  return new (class LorawanIntegrationConfig extends config.Schema {
    integration = new config.IngestionEndpointConfig();
    permissions = new config.ExtendedPermissionsConfig();
    deviceKey = new config.Enum("Device Key", {
      description: `Which ${server} identifier is matched against devices' serial numbers`,
      choices: ["dev_eui", other],
      default: "dev_eui",
    });
    auditChannel = new config.ChannelName("Audit Channel", {
      description: "Channel on the integration's own agent that records messages for unknown devices",
      default: auditChannel,
    });
    downlink = new config.Object("Downlink", downlink, {
      description: `Where ${server} takes downlinks for these devices (src/apps/lorawan/downlink/)`,
      required: false,
      additionalProperties: false,
    });
  })();
}

export abstract class LorawanIntegration<Payload, C extends LorawanConfig> extends Application<C> {
  /** What the shared routing needs to know of a decoded payload. */
  /** `event.received_at`: when edgehook received it (epoch ms), for a time the message does not carry. */
  protected abstract describe(payload: Payload, event: IngestionEvent): LorawanMessage;

  override async onIngestionEndpoint(event: IngestionEvent): Promise<Json> {
    const message = this.describe(event.payload as Payload, event);
    const { key, type } = message;
    const found = key ? await this.findDevice(key) : null;
    if (found?.kind !== "device") {
      // A device outside the install's permissions answers exactly as an unknown one: the
      // sender learns nothing of devices it may not reach. Only the audit record (on the
      // install's own agent, which only its owner reads) says which it was.
      const reason = !key ? "missing_device_key" : found?.kind === "not_a_dev_eui" ? "not_a_dev_eui" : "unknown_device";
      await this.api.createMessage(this.config.audit_channel, {
        event_id: event.id,
        reason: found?.kind === "outside_permissions" ? "outside_permissions" : reason,
        [this.config.device_key]: key,
        ...(found?.kind === "outside_permissions" ? { agent_id: found.agentId } : {}),
        type,
      });
      return { routed: false, reason };
    }
    const deviceId = found.agentId;
    const opts = { agentId: deviceId };
    const { uplink } = message;
    if (uplink) {
      for (const [tag, value] of Object.entries(uplink.decoded)) await this.setTag(tag, value, opts);
      await this.setTag("radio", uplink.radio, opts);
      await this.setTag("last_uplink_at", uplink.at ?? event.received_at, opts);
      await this.api.publishMessage(deviceId, "on_external_event", message.raw);
    } else {
      for (const [tag, value] of Object.entries(message.tags ?? {})) await this.setTag(tag, value, opts);
      await this.api.publishMessage(deviceId, "lorawan_events", { type, message: message.raw });
    }
    if (message.route) await this.recordRoute(deviceId, message.route);
    if (message.downlink) await this.downlinkStatus(deviceId, message.downlink);
    return { routed: true, agent_id: deviceId, type };
  }

  /** Hands the device's Agent object its downlink route (it keeps it only when it changed). */
  protected async recordRoute(agentId: string, route: DownlinkRoute): Promise<void> {
    await this.api.setDownlinkRoute(agentId, route);
  }

  /** Hands the device's Agent object a downlink's new status, matched by our id or the server's. */
  protected async downlinkStatus(agentId: string, update: DownlinkStatusUpdate): Promise<void> {
    await this.api.updateDownlink(agentId, update);
  }

  /**
   * The device whose serial number is `key` (a DevEUI in any notation under `dev_eui`), if the
   * install may write to it. Checking here, not at the write, is what keeps a device outside the
   * permissions from answering 403 with its id; the check reads the agent's cached record, as
   * the write's own check would.
   */
  private async findDevice(key: string): Promise<Found | null> {
    const candidates = serialCandidates(key, this.config.device_key === "dev_eui");
    if (candidates.length === 0) return { kind: "not_a_dev_eui" };
    for (const [i, serial] of candidates.entries()) {
      const agentId = await this.findAgentBySerial(serial);
      if (!agentId) continue;
      if (await this.context.permissions.allows(agentId)) return { kind: "device", agentId };
      // Same look-ups as for an unknown DevEUI, so the answer takes as long (only refused
      // traffic pays for them; a routed event stops at its device).
      for (const rest of candidates.slice(i + 1)) await this.findAgentBySerial(rest);
      return { kind: "outside_permissions", agentId };
    }
    return null;
  }
}
