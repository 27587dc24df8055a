// ChirpStack v4 HTTP integration events (`?event=up|join|…`), in the proto3 JSON shape of its
// public API (integration.proto: lowerCamelCase names, bytes as base64, times as RFC 3339),
// whichever payload encoding they arrived in; checked once decoded.
import type { Json } from "../../shared/merge-patch.ts";
import { checkFields, isObject, notA } from "./shape.ts";

/** The `event` query parameter values ChirpStack posts (`integration`: before ChirpStack 4.15). */
export const CHIRPSTACK_EVENTS = ["up", "join", "status", "ack", "txack", "log", "location", "integration"] as const;
export type ChirpstackEventType = (typeof CHIRPSTACK_EVENTS)[number];

export interface ChirpstackDeviceInfo {
  devEui?: string;
  deviceName?: string;
  tags?: Record<string, string>;
  [other: string]: unknown;
}

export interface ChirpstackRxInfo {
  gatewayId?: string;
  rssi?: number;
  snr?: number;
  [other: string]: unknown;
}

/** One event body; which fields it has depends on the event type. */
export interface ChirpstackBody {
  /** Absent in `txack` and `log` events. */
  deduplicationId?: string;
  time?: string;
  deviceInfo: ChirpstackDeviceInfo;
  fCnt?: number;
  fPort?: number;
  data?: string;
  object?: Record<string, Json> | null;
  rxInfo?: ChirpstackRxInfo[];
  txInfo?: { frequency?: number; modulation?: { lora?: { spreadingFactor?: number } } } | null;
  externalPowerSource?: boolean;
  batteryLevelUnavailable?: boolean;
  batteryLevel?: number;
  location?: Record<string, Json> | null;
  /** `ack` and `txack`: the downlink's queue item (the id its enqueueing answered). */
  queueItemId?: string;
  /** `ack`: false when the device did not acknowledge a confirmed downlink in time. */
  acknowledged?: boolean;
  /** `txack`: the id of the downlink frame sent. */
  downlinkId?: number;
  [other: string]: unknown;
}

/** `event.payload` of the ChirpStack integration. */
export interface ChirpstackEvent {
  event: ChirpstackEventType;
  body: ChirpstackBody;
}

const SENDER = "ChirpStack integration event";

/** The event type a ChirpStack request names in its `event` query parameter. */
export function eventTypeOf(invocationUrl: string | undefined): ChirpstackEventType {
  const event = invocationUrl ? new URL(invocationUrl).searchParams.get("event") : null;
  const known = CHIRPSTACK_EVENTS.find((e) => e === event);
  if (!known) notA(SENDER, `?event= must be one of ${CHIRPSTACK_EVENTS.join(", ")} (got ${event ?? "none"})`);
  return known;
}

const COMMON = { deduplicationId: "string", time: "string", deviceInfo: "object" } as const;

/** Fields whose type the integration relies on, per event type. */
const FIELDS = {
  up: { fCnt: "number", fPort: "number", data: "string", object: "object", rxInfo: "objects", txInfo: "object" },
  status: { externalPowerSource: "boolean", batteryLevelUnavailable: "boolean", batteryLevel: "number" },
  location: { location: "object" },
  ack: { queueItemId: "string", acknowledged: "boolean" },
  txack: { queueItemId: "string", downlinkId: "number" },
} as const;

export function checkChirpstackBody(event: ChirpstackEventType, value: unknown): ChirpstackBody {
  if (!isObject(value)) notA(SENDER, "the body must be a JSON object");
  const at = { sender: SENDER, nullable: true };
  checkFields(
    value,
    { ...COMMON, ...(event in FIELDS ? FIELDS[event as keyof typeof FIELDS] : {}) },
    { ...at, path: event },
  );
  const info = value.deviceInfo;
  if (!isObject(info)) notA(SENDER, `${event}.deviceInfo must be an object`);
  checkFields(info, { devEui: "string", deviceName: "string", tags: "object" }, { ...at, path: `${event}.deviceInfo` });
  if (Array.isArray(value.rxInfo))
    for (const rx of value.rxInfo as Record<string, unknown>[])
      checkFields(rx, { gatewayId: "string", rssi: "number", snr: "number" }, { ...at, path: "up.rxInfo[]" });
  return value as ChirpstackBody;
}
