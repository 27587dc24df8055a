// Built-in integration for ChirpStack v4's HTTP integration (issue 12, second half): ChirpStack
// posts each event to the endpoint with `?event=up|join|status|…`, as JSON or protobuf. Events
// are routed by DevEUI (or ChirpStack device name) to the device whose serial number matches:
// an uplink's decoded `object` becomes its tags, the radio metadata one `radio` tag, the raw event
// goes to `on_external_event` and the device counts as seen; `status` sets the battery tags,
// `join` joined_at, `location` location, and every non-uplink is recorded on `lorawan_events`.
// The event id is the event type and its `deduplicationId`, so a redelivery has no second effect.
// Downlinks (issue 22): an uplink gives the device's route (its DevEUI); `txack` and `ack` events
// a downlink's status, by the queue item id ChirpStack answered when it was enqueued.
import { mediaType, PROTOBUF_TYPES } from "../../codecs/by-content-type.ts";
import type { Json } from "../../shared/merge-patch.ts";
import { config } from "../../sdk/config.ts";
import type { IngestionEvent } from "../../sdk/types.ts";
import { chirpstackDownlinkStatus, chirpstackRoute } from "./downlink/chirpstack-events.ts";
import type { ChirpstackDownlinkConfig } from "./downlink/downlink-config.ts";
import { checkChirpstackBody, eventTypeOf, type ChirpstackBody, type ChirpstackEvent } from "./chirpstack-message.ts";
import { decodeChirpstackProtobuf } from "./chirpstack-protobuf.ts";
import { LorawanIntegration, lorawanConfigSchema, type LorawanMessage } from "./lorawan-integration.ts";
import { LOCATION_KEYS, radioTag, replacedBy } from "./radio.ts";
import { isObject } from "./shape.ts";
import { epochMs } from "./times.ts";

type ChirpstackConfig = {
  device_key: "dev_eui" | "device_name";
  audit_channel: string;
  downlink?: ChirpstackDownlinkConfig;
};

/** `downlink`: ChirpStack's REST API (chirpstack-rest-api) and a token allowed to enqueue. */
const downlinkElements = {
  apiBaseUrl: new config.String("API Base URL", {
    description: "The address of ChirpStack's REST API, e.g. http://chirpstack-rest-api:8090",
    pattern: "^https?://",
  }),
  apiToken: new config.String("API Token", { description: "A ChirpStack API token (API keys page)" }),
};

export class ChirpstackIntegration extends LorawanIntegration<ChirpstackEvent, ChirpstackConfig> {
  static appName = "chirpstack_integration";
  static kind = "integration" as const;
  static description = "ChirpStack v4 HTTP integration (JSON or protobuf): LoRaWAN events routed by DevEUI to devices";
  static configSchema = lorawanConfigSchema("ChirpStack", "device_name", "chirpstack_audit", downlinkElements);

  /** "Payload encoding" Protobuf arrives as application/octet-stream, JSON as application/json. */
  override parseIngestionEventPayload(
    payload: Uint8Array,
    contentType: string | null,
    invocationUrl?: string,
  ): ChirpstackEvent {
    const event = eventTypeOf(invocationUrl);
    const type = mediaType(contentType);
    const body =
      type === "application/octet-stream" || PROTOBUF_TYPES.has(type)
        ? decodeChirpstackProtobuf(event, payload)
        : super.parseIngestionEventPayload(payload, contentType);
    return { event, body: checkChirpstackBody(event, body) };
  }

  /**
   * ChirpStack sends an uplink's up, ack and status events under one deduplicationId; a `txack`
   * has none, but names its downlink frame.
   */
  override ingestionEventId(payload: ChirpstackEvent): string | null {
    const { deduplicationId: id, downlinkId } = payload.body;
    if (id) return `${payload.event}:${id}`;
    return payload.event === "txack" && downlinkId ? `txack:${downlinkId}` : null;
  }

  protected describe(payload: ChirpstackEvent, ingested: IngestionEvent): LorawanMessage {
    const { event, body } = payload;
    const info = body.deviceInfo;
    const key = (this.config.device_key === "device_name" ? info.deviceName : info.devEui) || null;
    const raw = body as unknown as Json;
    const at = epochMs(body.time);
    if (event === "up") {
      const route = chirpstackRoute(payload, this.context.install.install_id);
      return { type: event, key, uplink: { decoded: body.object ?? {}, radio: radioOf(body), at }, raw, route };
    }
    const tags: Record<string, Json> = {};
    if (event === "join") tags.joined_at = at ?? ingested.received_at;
    if (event === "location" && isObject(body.location))
      tags.location = replacedBy(body.location as Record<string, Json>, LOCATION_KEYS);
    if (event === "status") Object.assign(tags, batteryTags(body));
    return { type: event, key, tags, raw, downlink: chirpstackDownlinkStatus(payload) };
  }
}

function radioOf(body: ChirpstackBody): Record<string, Json> {
  return radioTag({
    receptions: body.rxInfo?.map((rx) => ({ gateway_id: rx.gatewayId, rssi: rx.rssi, snr: rx.snr })),
    f_cnt: body.fCnt,
    f_port: body.fPort,
    spreading_factor: body.txInfo?.modulation?.lora?.spreadingFactor,
    frequency: body.txInfo?.frequency,
  });
}

/**
 * A status event's battery tags. proto3 leaves zero values out, so an absent field is 0/false. On
 * external power, or when the device cannot measure, its batteryLevel (0) is no reading: the
 * `battery_level` tag is removed rather than left at a stale value.
 */
function batteryTags(body: ChirpstackBody): Record<string, Json> {
  const external = body.externalPowerSource ?? false;
  const unavailable = body.batteryLevelUnavailable ?? false;
  return {
    battery_level: external || unavailable ? null : (body.batteryLevel ?? 0),
    external_power_source: external,
  };
}
