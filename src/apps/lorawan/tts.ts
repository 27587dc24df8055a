// Built-in integration for The Things Stack v3 webhooks (issue 12, first half): a user points a
// TTS application's webhook at the endpoint by configuration alone. Uplinks are routed by DevEUI
// (or TTS device id) to the device whose serial number matches; their decoded payload becomes the
// device's tags, the radio metadata one `radio` tag, the raw message goes to `on_external_event`
// and the device counts as seen. The other message types are recorded on `lorawan_events`. An
// unknown device is answered 2xx (TTS must not retry it) and recorded on the audit channel.
// Downlinks (issue 22): each uplink gives the device's route (its TTS device id, and the webhook's
// X-Downlink-* endpoints and key when it has a downlink key); downlink_* messages their status.
import type { Json } from "../../shared/merge-patch.ts";
import { config } from "../../sdk/config.ts";
import type { IngestionEvent } from "../../sdk/types.ts";
import type { TtsDownlinkConfig } from "./downlink/downlink-config.ts";
import { ttsDownlinkStatus, ttsRoute } from "./downlink/tts-events.ts";
import { LorawanIntegration, lorawanConfigSchema, type LorawanMessage } from "./lorawan-integration.ts";
import { checkTtsMessage, radioOf, TTS_EVENT_TYPES, type TtsMessage } from "./tts-message.ts";
import { LOCATION_KEYS, replacedBy } from "./radio.ts";
import { isObject } from "./shape.ts";
import { epochMs } from "./times.ts";

type TtsConfig = { device_key: "dev_eui" | "device_id"; audit_channel: string; downlink?: TtsDownlinkConfig };

/** `downlink`: the webhook's downlink endpoint, when its X-Downlink-* headers are not to be used. */
const downlinkElements = {
  apiBaseUrl: new config.String("API Base URL", {
    description: "The Things Stack's address, e.g. https://eu1.cloud.thethings.network",
    pattern: "^https?://",
  }),
  applicationId: new config.String("Application ID"),
  webhookId: new config.String("Webhook ID"),
  apiKey: new config.String("API Key", { description: "An API key with the right to write downlinks" }),
};

export class TtsIntegration extends LorawanIntegration<TtsMessage, TtsConfig> {
  static appName = "tts_integration";
  static kind = "integration" as const;
  static description = "The Things Stack v3 webhooks: LoRaWAN uplinks routed by DevEUI to devices";
  static configSchema = lorawanConfigSchema("TTS", "device_id", "tts_audit", downlinkElements);

  override parseIngestionEventPayload(payload: Uint8Array, contentType: string | null): TtsMessage {
    return checkTtsMessage(super.parseIngestionEventPayload(payload, contentType));
  }

  protected describe(message: TtsMessage, event: IngestionEvent): LorawanMessage {
    const ids = message.end_device_ids;
    const key = (this.config.device_key === "device_id" ? ids.device_id : ids.dev_eui) ?? null;
    const raw = message as unknown as Json;
    const up = message.uplink_message;
    if (up) {
      const uplink = { decoded: up.decoded_payload ?? {}, radio: radioOf(up), at: epochMs(message.received_at) };
      const route = ttsRoute(message, event.forwarded_headers, this.context.install.install_id);
      return { type: "uplink_message", key, uplink, raw, route };
    }
    const tags: Record<string, Json> = {};
    const location = message.location_solved?.location;
    if (isObject(location)) tags.location = replacedBy(location as Record<string, Json>, LOCATION_KEYS);
    if (message.join_accept) tags.joined_at = epochMs(message.received_at) ?? event.received_at;
    const type = TTS_EVENT_TYPES.find((t) => t in message) ?? "unknown";
    return { type, key, tags, raw, downlink: ttsDownlinkStatus(message) };
  }
}
