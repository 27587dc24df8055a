// The default payload decoding of an ingestion (SPEC §6): chosen by Content-Type.
// application/json → JSON; application/x-protobuf → the install's configured message type;
// text/plain and application/base64 → base64, then JSON (the platform's own default).
import { decodeBase64 } from "./base64.ts";
import { PayloadUndecodableError } from "./errors.ts";
import { decodeJson } from "./json.ts";
import { compileProto, decodeProto, type ProtoSchema } from "./protobuf.ts";

export interface ProtoSetting {
  /** A .proto text from the install's config. */
  schema: string;
  /** The message type to decode, e.g. `edgehook.demo.TrackerUplink`. */
  message: string;
}

export const PROTOBUF_TYPES = new Set([
  "application/x-protobuf",
  "application/protobuf",
  "application/vnd.google.protobuf",
]);
const BASE64_TYPES = new Set(["text/plain", "application/base64"]);

// Compiling a .proto is costly; installs share a compiled schema per distinct text.
const compiled = new Map<string, ProtoSchema>();
function schemaFor(text: string): ProtoSchema {
  let schema = compiled.get(text);
  if (!schema) {
    if (compiled.size >= 64) compiled.clear();
    schema = compileProto(text);
    compiled.set(text, schema);
  }
  return schema;
}

export function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

export function decodeByContentType(
  bytes: Uint8Array,
  contentType: string | null,
  proto: ProtoSetting | null,
): unknown {
  const type = mediaType(contentType);
  if (type === "" || type === "application/json" || type.endsWith("+json")) return decodeJson(bytes);
  if (BASE64_TYPES.has(type)) return decodeJson(decodeBase64(new TextDecoder().decode(bytes)));
  if (PROTOBUF_TYPES.has(type)) {
    if (!proto)
      throw new PayloadUndecodableError(
        "a protobuf payload arrived but this install has no proto_schema/proto_message configured",
      );
    return decodeProto(schemaFor(proto.schema), proto.message, bytes);
  }
  throw new PayloadUndecodableError(
    `unsupported Content-Type '${type}': send JSON, base64 text or protobuf, or override parseIngestionEventPayload`,
  );
}
