// google.protobuf.Struct and Timestamp, as a static module's toObject leaves them, turned into
// what proto3 JSON makes of them: a plain JSON object and an RFC 3339 string. ChirpStack's
// protobuf events carry their decoded payload and times in these types.
import { PayloadUndecodableError } from "./errors.ts";
import { MAX_DEPTH } from "./wire.ts";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A decoded `google.protobuf.Value` (one member of its `kind` oneof, or none). */
interface ValueObject {
  nullValue?: unknown;
  numberValue?: number;
  stringValue?: string;
  boolValue?: boolean;
  structValue?: StructObject;
  listValue?: { values?: ValueObject[] };
}

/** A decoded `google.protobuf.Struct`. */
export interface StructObject {
  fields?: Record<string, ValueObject>;
}

/** A decoded `google.protobuf.Timestamp` (seconds as a decimal string or a number). */
export interface TimestampObject {
  seconds?: string | number;
  nanos?: number;
}

/**
 * The JSON object a Struct stands for. A Value with no kind is null, and so is a non-finite
 * number (JSON has none). Nesting deeper than the protobuf decoder's limit is refused.
 *
 * @example
 * structToJson({ fields: { t: { numberValue: 21.5 } } }); // { t: 21.5 }
 */
export function structToJson(struct: StructObject, depth = 0): Record<string, Json> {
  if (depth > MAX_DEPTH) throw new PayloadUndecodableError(`Struct nested deeper than ${MAX_DEPTH}`);
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(struct.fields ?? {})) out[key] = valueToJson(value, depth + 1);
  return out;
}

function valueToJson(value: ValueObject, depth: number): Json {
  if (value.numberValue !== undefined) return Number.isFinite(value.numberValue) ? value.numberValue : null;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.structValue !== undefined) return structToJson(value.structValue, depth);
  if (value.listValue !== undefined) {
    if (depth > MAX_DEPTH) throw new PayloadUndecodableError(`Struct nested deeper than ${MAX_DEPTH}`);
    return (value.listValue.values ?? []).map((v) => valueToJson(v, depth + 1));
  }
  return null;
}

// proto3 JSON's range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
const MIN_SECONDS = -62_135_596_800;
const MAX_SECONDS = 253_402_300_799;

/**
 * The RFC 3339 form proto3 JSON gives a Timestamp: UTC, with 0, 3, 6 or 9 fractional digits.
 * Throws {@link PayloadUndecodableError} outside years 1–9999 or for nanos outside 0–999,999,999.
 *
 * @example
 * timestampToIso({ seconds: "1764496800", nanos: 120000000 }); // "2025-11-30T10:00:00.120Z"
 */
export function timestampToIso(ts: TimestampObject): string {
  const seconds = Number(ts.seconds ?? 0);
  const nanos = ts.nanos ?? 0;
  if (!Number.isInteger(seconds) || seconds < MIN_SECONDS || seconds > MAX_SECONDS)
    throw new PayloadUndecodableError(`Timestamp seconds ${String(ts.seconds)} out of range`);
  if (!Number.isInteger(nanos) || nanos < 0 || nanos > 999_999_999)
    throw new PayloadUndecodableError(`Timestamp nanos ${nanos} out of range`);
  const whole = new Date(seconds * 1000).toISOString().slice(0, 19);
  if (nanos === 0) return `${whole}Z`;
  const digits = String(nanos).padStart(9, "0");
  const fraction = nanos % 1_000_000 === 0 ? digits.slice(0, 3) : nanos % 1000 === 0 ? digits.slice(0, 6) : digits;
  return `${whole}.${fraction}Z`;
}
