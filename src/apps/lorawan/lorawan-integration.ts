// What the LoRaWAN network-server integrations share. Each turns a message into a LorawanMessage;
// this class routes it to the device whose serial number is its DevEUI (or the server's own
// device identifier) and makes the writes: an uplink's decoded payload as tags, a `radio` tag,
// `last_uplink_at` and the raw message on `on_external_event`; any other message's tags and a
// record on `lorawan_events`. The device counts as seen either way. A message for an unknown
// device writes nothing to any device and is recorded on the install's own audit channel.
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
  /** Set for an uplink: its decoded payload (tags), radio tag and time (ISO; null = when received). */
  uplink?: { decoded: Record<string, Json>; radio: Record<string, Json>; at: string | null };
  /** Tags any other message type sets (null deletes). */
  tags?: Record<string, Json>;
  /** The message as received: on `on_external_event` (uplink) or in `lorawan_events`. */
  raw: Json;
}

/** The config both integrations share: `device_key` `dev_eui` matches DevEUIs loosely. */
export interface LorawanConfig extends Record<string, unknown> {
  device_key: string;
  audit_channel: string;
}

/**
 * The config schema of a LoRaWAN integration: endpoint, permissions, `device_key` (`dev_eui`, the
 * default, or the server's own identifier `other`) and `audit_channel`.
 *
 * @example
 * static configSchema = lorawanConfigSchema("TTS", "device_id", "tts_audit");
 */
export function lorawanConfigSchema(server: string, other: string, auditChannel: string) {
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
  })();
}

export abstract class LorawanIntegration<Payload, C extends LorawanConfig> extends Application<C> {
  /** What the shared routing needs to know of a decoded payload. */
  protected abstract describe(payload: Payload): LorawanMessage;

  override async onIngestionEndpoint(event: IngestionEvent): Promise<Json> {
    const message = this.describe(event.payload as Payload);
    const { key, type } = message;
    const deviceId = key ? await this.findDevice(key) : null;
    if (!deviceId) {
      const reason = key ? "unknown_device" : "missing_device_key";
      await this.api.createMessage(this.config.audit_channel, {
        event_id: event.id,
        reason,
        [this.config.device_key]: key,
        type,
      });
      return { routed: false, reason };
    }
    const opts = { agentId: deviceId };
    const { uplink } = message;
    if (uplink) {
      for (const [tag, value] of Object.entries(uplink.decoded)) await this.setTag(tag, value, opts);
      await this.setTag("radio", uplink.radio, opts);
      await this.setTag("last_uplink_at", uplink.at ?? new Date(event.received_at).toISOString(), opts);
      await this.api.publishMessage(deviceId, "on_external_event", message.raw);
    } else {
      for (const [tag, value] of Object.entries(message.tags ?? {})) await this.setTag(tag, value, opts);
      await this.api.publishMessage(deviceId, "lorawan_events", { type, message: message.raw });
    }
    return { routed: true, agent_id: deviceId, type };
  }

  /** The device whose serial number is `key`; a DevEUI in any case, with or without separators. */
  private async findDevice(key: string): Promise<string | null> {
    for (const serial of serialCandidates(key, this.config.device_key === "dev_eui")) {
      const found = await this.findAgentBySerial(serial);
      if (found) return found;
    }
    return null;
  }
}
