// Built-in integration for The Things Stack v3 webhooks (issue 12, first half): a user points a
// TTS application's webhook at the endpoint by configuration alone. Uplinks are routed by DevEUI
// (or TTS device id) to the device whose serial number matches; their decoded payload becomes the
// device's tags, the radio metadata one `radio` tag, the raw message goes to `on_external_event`
// and the device counts as seen. The other message types are recorded on `lorawan_events`. An
// unknown device is answered 2xx (TTS must not retry it) and recorded on the audit channel.
import type { Json } from "../../data/merge-patch.ts";
import { Application } from "../../sdk/application.ts";
import { config } from "../../sdk/config.ts";
import type { IngestionEvent } from "../../sdk/types.ts";
import { serialCandidates } from "./dev-eui.ts";
import { checkTtsMessage, radioOf, TTS_EVENT_TYPES, type TtsMessage } from "./tts-message.ts";

export class TtsIntegrationConfig extends config.Schema {
  integration = new config.IngestionEndpointConfig();
  permissions = new config.ExtendedPermissionsConfig();
  deviceKey = new config.Enum("Device Key", {
    description: "Which TTS identifier is matched against devices' serial numbers",
    choices: ["dev_eui", "device_id"],
    default: "dev_eui",
  });
  auditChannel = new config.ChannelName("Audit Channel", {
    description: "Channel on the integration's own agent that records messages for unknown devices",
    default: "tts_audit",
  });
}

type TtsConfig = { device_key: "dev_eui" | "device_id"; audit_channel: string };

export class TtsIntegration extends Application<TtsConfig> {
  static appName = "tts_integration";
  static kind = "integration" as const;
  static description = "The Things Stack v3 webhooks: LoRaWAN uplinks routed by DevEUI to devices";
  static configSchema = new TtsIntegrationConfig();

  override parseIngestionEventPayload(payload: Uint8Array, contentType: string | null): TtsMessage {
    return checkTtsMessage(super.parseIngestionEventPayload(payload, contentType));
  }

  override async onIngestionEndpoint(event: IngestionEvent): Promise<Json> {
    const message = event.payload as TtsMessage;
    const key =
      this.config.device_key === "device_id" ? message.end_device_ids.device_id : message.end_device_ids.dev_eui;
    const deviceId = key ? await this.findDevice(key, this.config.device_key === "dev_eui") : null;
    const type = message.uplink_message ? "uplink_message" : (TTS_EVENT_TYPES.find((t) => t in message) ?? "unknown");
    if (!deviceId) {
      await this.api.createMessage(this.config.audit_channel, {
        event_id: event.id,
        reason: key ? "unknown_device" : "missing_device_key",
        [this.config.device_key]: key ?? null,
        type,
      });
      return { routed: false, reason: key ? "unknown_device" : "missing_device_key" };
    }
    const opts = { agentId: deviceId };
    const up = message.uplink_message;
    if (up) {
      for (const [tag, value] of Object.entries(up.decoded_payload ?? {})) await this.setTag(tag, value, opts);
      await this.setTag("radio", radioOf(up), opts);
      await this.setTag("last_uplink_at", message.received_at ?? new Date(event.received_at).toISOString(), opts);
      await this.api.publishMessage(deviceId, "on_external_event", message as unknown as Json);
    } else {
      if (message.location_solved?.location) await this.setTag("location", message.location_solved.location, opts);
      if (message.join_accept) await this.setTag("joined_at", message.received_at ?? null, opts);
      await this.api.publishMessage(deviceId, "lorawan_events", { type, message: message as unknown as Json });
    }
    return { routed: true, agent_id: deviceId, type };
  }

  private async findDevice(key: string, devEui: boolean): Promise<string | null> {
    for (const serial of serialCandidates(key, devEui)) {
      const found = await this.findAgentBySerial(serial);
      if (found) return found;
    }
    return null;
  }
}
