// The Things Stack v3 webhook bodies (the application-layer message types its webhooks send),
// checked once decoded: a body of the wrong shape is the sender's mistake (422), never a crash.
import type { Json } from "../../shared/merge-patch.ts";
import { radioTag } from "./radio.ts";
import { checkFields, isObject, notA } from "./shape.ts";

export interface TtsIds {
  device_id?: string;
  dev_eui?: string;
  application_ids?: { application_id?: string };
}

export interface TtsRxMetadata {
  gateway_ids?: { gateway_id?: string; eui?: string };
  rssi?: number;
  channel_rssi?: number;
  snr?: number;
}

export interface TtsUplink {
  f_port?: number;
  f_cnt?: number;
  frm_payload?: string;
  decoded_payload?: Record<string, Json>;
  rx_metadata?: TtsRxMetadata[];
  settings?: { frequency?: string; data_rate?: { lora?: { spreading_factor?: number; bandwidth?: number } } };
}

/** ApplicationDownlink (messages.proto), as the downlink_* messages carry it. */
export interface TtsDownlink {
  f_port?: number;
  f_cnt?: number;
  frm_payload?: string;
  decoded_payload?: Record<string, Json>;
  confirmed?: boolean;
  priority?: string;
  correlation_ids?: string[];
  confirmed_retry?: { attempt?: number; max_attempts?: number };
}

/** ErrorDetails (errors.proto): what `downlink_failed.error` says went wrong. */
export interface TtsErrorDetails {
  namespace?: string;
  name?: string;
  message_format?: string;
  attributes?: Record<string, Json>;
  code?: number;
}

export interface TtsMessage {
  end_device_ids: TtsIds;
  correlation_ids?: string[];
  received_at?: string;
  uplink_message?: TtsUplink;
  join_accept?: Record<string, Json>;
  location_solved?: { service?: string; location?: Record<string, Json> };
  service_data?: { service?: string; data?: Json };
  downlink_queued?: TtsDownlink;
  downlink_sent?: TtsDownlink;
  downlink_ack?: TtsDownlink;
  downlink_nack?: TtsDownlink;
  downlink_failed?: { downlink?: TtsDownlink; error?: TtsErrorDetails };
  [other: string]: unknown;
}

/** Message types TTS sends besides uplinks; each is recorded on the device's `lorawan_events`. */
export const TTS_EVENT_TYPES = [
  "join_accept",
  "downlink_ack",
  "downlink_nack",
  "downlink_sent",
  "downlink_failed",
  "downlink_queued",
  "downlink_queue_invalidated",
  "location_solved",
  "service_data",
] as const;

const SENDER = "The Things Stack webhook";

export function checkTtsMessage(value: unknown): TtsMessage {
  if (!isObject(value)) notA(SENDER, "the body must be a JSON object");
  const ids = value.end_device_ids;
  if (!isObject(ids)) notA(SENDER, "end_device_ids must be an object");
  checkFields(ids, { device_id: "string", dev_eui: "string" }, { sender: SENDER, path: "end_device_ids" });
  const up = value.uplink_message;
  if (up !== undefined) {
    if (!isObject(up)) notA(SENDER, "uplink_message must be an object");
    checkFields(
      up,
      { f_port: "number", f_cnt: "number", frm_payload: "string", decoded_payload: "object", rx_metadata: "objects" },
      { sender: SENDER, path: "uplink_message" },
    );
  }
  checkFields(
    value,
    {
      downlink_queued: "object",
      downlink_sent: "object",
      downlink_ack: "object",
      downlink_nack: "object",
      downlink_failed: "object",
    },
    { sender: SENDER, path: "message" },
  );
  return value as TtsMessage;
}

/** Radio metadata of an uplink as one tag (src/apps/lorawan/radio.ts). */
export function radioOf(up: TtsUplink): Record<string, Json> {
  const frequency = up.settings?.frequency;
  return radioTag({
    receptions: up.rx_metadata?.map((rx) => ({ gateway_id: rx.gateway_ids?.gateway_id, rssi: rx.rssi, snr: rx.snr })),
    f_cnt: up.f_cnt,
    f_port: up.f_port,
    spreading_factor: up.settings?.data_rate?.lora?.spreading_factor,
    frequency: frequency === undefined ? undefined : Number(frequency),
  });
}
