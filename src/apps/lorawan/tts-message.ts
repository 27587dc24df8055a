// The Things Stack v3 webhook bodies (the application-layer message types its webhooks send),
// checked once decoded: a body of the wrong shape is the sender's mistake (422), never a crash.
import { PayloadUndecodableError } from "../../codecs/errors.ts";
import type { Json } from "../../data/merge-patch.ts";

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

export interface TtsMessage {
  end_device_ids: TtsIds;
  received_at?: string;
  uplink_message?: TtsUplink;
  join_accept?: Record<string, Json>;
  location_solved?: { service?: string; location?: Record<string, Json> };
  service_data?: { service?: string; data?: Json };
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function fail(detail: string): never {
  throw new PayloadUndecodableError(`not a The Things Stack webhook body: ${detail}`);
}

export function checkTtsMessage(value: unknown): TtsMessage {
  if (!isObject(value)) fail("the body must be a JSON object");
  const ids = value.end_device_ids;
  if (!isObject(ids)) fail("end_device_ids must be an object");
  for (const key of ["device_id", "dev_eui"] as const)
    if (ids[key] !== undefined && typeof ids[key] !== "string") fail(`end_device_ids.${key} must be a string`);
  const up = value.uplink_message;
  if (up !== undefined) {
    if (!isObject(up)) fail("uplink_message must be an object");
    for (const key of ["f_port", "f_cnt"] as const)
      if (up[key] !== undefined && typeof up[key] !== "number") fail(`uplink_message.${key} must be a number`);
    if (up.frm_payload !== undefined && typeof up.frm_payload !== "string")
      fail("uplink_message.frm_payload must be base64");
    if (up.decoded_payload !== undefined && !isObject(up.decoded_payload))
      fail("uplink_message.decoded_payload must be an object");
    if (up.rx_metadata !== undefined && !(Array.isArray(up.rx_metadata) && up.rx_metadata.every(isObject)))
      fail("uplink_message.rx_metadata must be a list of objects");
  }
  return value as TtsMessage;
}

/** Radio metadata of an uplink as one tag: the best gateway's RSSI and SNR, counters, settings. */
export function radioOf(up: TtsUplink): Record<string, Json> {
  const best = [...(up.rx_metadata ?? [])].sort((a, b) => (b.rssi ?? -Infinity) - (a.rssi ?? -Infinity))[0];
  const radio: Record<string, Json> = {};
  if (best?.rssi !== undefined) radio.rssi = best.rssi;
  if (best?.snr !== undefined) radio.snr = best.snr;
  if (best?.gateway_ids?.gateway_id) radio.gateway_id = best.gateway_ids.gateway_id;
  if (up.rx_metadata) radio.gateways = up.rx_metadata.length;
  if (up.f_cnt !== undefined) radio.f_cnt = up.f_cnt;
  if (up.f_port !== undefined) radio.f_port = up.f_port;
  const sf = up.settings?.data_rate?.lora?.spreading_factor;
  if (sf !== undefined) radio.spreading_factor = sf;
  if (up.settings?.frequency !== undefined) radio.frequency = Number(up.settings.frequency);
  return radio;
}
