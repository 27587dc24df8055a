// The default payload decoding of an ingestion (SPEC §6): chosen by Content-Type.
// application/json → JSON; application/x-protobuf → the install's configured message type;
// text/plain and application/base64 → base64, then JSON (the platform's own default); a text/plain
// body that is a JSON object or array (its first character `{` or `[`, never base64) → JSON.
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

/**
 * A body whose first non-whitespace byte is `{` or `[`: a JSON object or array, which base64 (no
 * such characters in either alphabet) can never be, so reading it as JSON guesses nothing.
 */
function startsLikeJson(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b === 0x7b || b === 0x5b;
  }
  return false;
}

export function decodeByContentType(
  bytes: Uint8Array,
  contentType: string | null,
  proto: ProtoSetting | null,
): unknown {
  const type = mediaType(contentType);
  if (type === "" || type === "application/json" || type.endsWith("+json")) return decodeJson(bytes);
  if (BASE64_TYPES.has(type)) {
    if (type === "text/plain" && startsLikeJson(bytes)) return decodeJson(bytes);
    let decoded: Uint8Array;
    try {
      decoded = decodeBase64(new TextDecoder().decode(bytes));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new PayloadUndecodableError(
        `a ${type} body is read as base64 (then JSON)${type === "text/plain" ? ", or as JSON when it is an object or array" : ""}, and this one is neither (${why}); ` +
          "send JSON as application/json, base64 as text/plain or application/base64, protobuf as application/x-protobuf",
      );
    }
    return decodeJson(decoded);
  }
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
