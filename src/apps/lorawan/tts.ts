// Built-in integration for The Things Stack v3 webhooks (issue 12, first half): a user points a
// TTS application's webhook at the endpoint by configuration alone. Uplinks are routed by DevEUI
// (or TTS device id) to the device whose serial number matches; their decoded payload becomes the
// device's tags, the radio metadata one `radio` tag, the raw message goes to `on_external_event`
// and the device counts as seen. The other message types are recorded on `lorawan_events`. An
// unknown device is answered 2xx (TTS must not retry it) and recorded on the audit channel.
import type { Json } from "../../shared/merge-patch.ts";
import { LorawanIntegration, lorawanConfigSchema, type LorawanMessage } from "./lorawan-integration.ts";
import { checkTtsMessage, radioOf, TTS_EVENT_TYPES, type TtsMessage } from "./tts-message.ts";
import { LOCATION_KEYS, replacedBy } from "./radio.ts";
import { isObject } from "./shape.ts";
import { epochMs } from "./times.ts";

type TtsConfig = { device_key: "dev_eui" | "device_id"; audit_channel: string };

export class TtsIntegration extends LorawanIntegration<TtsMessage, TtsConfig> {
  static appName = "tts_integration";
  static kind = "integration" as const;
  static description = "The Things Stack v3 webhooks: LoRaWAN uplinks routed by DevEUI to devices";
  static configSchema = lorawanConfigSchema("TTS", "device_id", "tts_audit");

  override parseIngestionEventPayload(payload: Uint8Array, contentType: string | null): TtsMessage {
    return checkTtsMessage(super.parseIngestionEventPayload(payload, contentType));
  }

  protected describe(message: TtsMessage, receivedAt: number): LorawanMessage {
    const ids = message.end_device_ids;
    const key = (this.config.device_key === "device_id" ? ids.device_id : ids.dev_eui) ?? null;
    const raw = message as unknown as Json;
    const up = message.uplink_message;
    if (up) {
      const uplink = { decoded: up.decoded_payload ?? {}, radio: radioOf(up), at: epochMs(message.received_at) };
      return { type: "uplink_message", key, uplink, raw };
    }
    const tags: Record<string, Json> = {};
    const location = message.location_solved?.location;
    if (isObject(location)) tags.location = replacedBy(location as Record<string, Json>, LOCATION_KEYS);
    if (message.join_accept) tags.joined_at = epochMs(message.received_at) ?? receivedAt;
    return { type: TTS_EVENT_TYPES.find((t) => t in message) ?? "unknown", key, tags, raw };
  }
}
