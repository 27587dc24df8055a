// ChirpStack's "Payload encoding: Protobuf (binary)": each event type's integration.proto message,
// decoded with the build-time static module (protos/chirpstack/) into the shape its JSON encoding
// has: lowerCamelCase names, enums by name, bytes as base64, `object` as plain JSON (from
// google.protobuf.Struct) and times as RFC 3339 (from google.protobuf.Timestamp).
import { integration } from "../../codecs/generated/chirpstack.js";
import descriptor from "../../codecs/generated/chirpstack-descriptor.json";
import {
  decodeProto,
  decodeStatic,
  protoSchemaFromJson,
  type ProtoSchema,
  type StaticMessageType,
} from "../../codecs/protobuf.ts";
import { structToJson, timestampToIso } from "../../codecs/well-known.ts";
import type { ChirpstackEventType } from "./chirpstack-message.ts";
import { isObject } from "./shape.ts";

/** The static class of each event type's message (its encoder builds test and benchmark bodies). */
export const CHIRPSTACK_MESSAGES: Record<ChirpstackEventType, ChirpstackMessageType> = {
  up: integration.UplinkEvent,
  join: integration.JoinEvent,
  status: integration.StatusEvent,
  ack: integration.AckEvent,
  txack: integration.TxAckEvent,
  log: integration.LogEvent,
  location: integration.LocationEvent,
  integration: integration.IntegrationEvent,
};

/** The same messages' full names in the JSON descriptor (protos/chirpstack, `pbjs -t json`). */
const TYPE_NAMES: Record<ChirpstackEventType, string> = {
  up: "integration.UplinkEvent",
  join: "integration.JoinEvent",
  status: "integration.StatusEvent",
  ack: "integration.AckEvent",
  txack: "integration.TxAckEvent",
  log: "integration.LogEvent",
  location: "integration.LocationEvent",
  integration: "integration.IntegrationEvent",
};

/** Built on the first protobuf event of an isolate; plans of each type on first use. */
let strict: ProtoSchema | undefined;

interface ChirpstackMessageType extends StaticMessageType<unknown> {
  fromObject(object: Record<string, unknown>): unknown;
  encode(message: unknown): { finish(): Uint8Array };
}

/**
 * Decodes one event's protobuf body; malformed bytes are `PayloadUndecodableError`, and so is a
 * known field of the wrong wire type (`fCnt` sent as bytes), which the static decoder would skip
 * silently: the reflective decoder reads the body first, strictly (issue 20, item 5).
 */
export function decodeChirpstackProtobuf(event: ChirpstackEventType, bytes: Uint8Array): Record<string, unknown> {
  strict ??= protoSchemaFromJson(descriptor);
  decodeProto(strict, TYPE_NAMES[event], bytes);
  const body = decodeStatic(CHIRPSTACK_MESSAGES[event], bytes);
  convertTimes(body, ["time"]);
  if (isObject(body.object)) body.object = structToJson(body.object);
  if (Array.isArray(body.rxInfo))
    for (const rx of body.rxInfo) if (isObject(rx)) convertTimes(rx, ["gwTime", "nsTime"]);
  return body;
}

function convertTimes(message: Record<string, unknown>, keys: string[]): void {
  for (const key of keys) {
    const value = message[key];
    if (isObject(value)) message[key] = timestampToIso(value);
  }
}
