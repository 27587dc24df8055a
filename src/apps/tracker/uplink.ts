// The tracker uplink's shape, checked once decoded: a JSON `null`, a list or a `device_id` that is
// not a string is the sender's mistake (422 payload_undecodable), not a crash of the handler
// (500 handler_failed, which a queued event retries until it is dead-lettered).
import { PayloadUndecodableError } from "../../codecs/errors.ts";

/** The uplink as both encodings decode it (64-bit integers as decimal strings). */
export interface TrackerUplink {
  device_id?: string;
  sequence?: string | number;
  timestamp_ms?: string | number;
  position?: { lat?: number; lon?: number; alt_m?: number; speed_kmh?: number; satellites?: number };
  readings?: { name?: string; value?: number; unit?: string }[];
  battery?: { percent?: number; voltage?: number; charging?: boolean };
  /** An enum name; protobuf gives the number of a value newer than our schema. */
  status?: string | number;
  labels?: Record<string, string>;
}

/** A rule answers what is wrong with a value at `path`, or null. */
type Rule = (value: unknown, path: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const is =
  (...types: ("string" | "number" | "boolean")[]): Rule =>
  (v, path) =>
    types.some((type) => typeof v === type) ? null : `${path} must be a ${types.join(" or a ")}`;
const integer: Rule = (v, path) =>
  (typeof v === "number" && Number.isInteger(v)) || (typeof v === "string" && /^-?\d{1,20}$/.test(v))
    ? null
    : `${path} must be an integer or its decimal string`;
const stringValues: Rule = (v, path) =>
  isObject(v) && Object.values(v).every((s) => typeof s === "string") ? null : `${path} must be an object of strings`;

/** The listed members of an object (absent or null: not sent); other members pass unchecked. */
const object =
  (rules: Record<string, Rule>): Rule =>
  (v, path) => {
    if (!isObject(v)) return `${path || "the payload"} must be a JSON object`;
    for (const [key, rule] of Object.entries(rules)) {
      const member = Object.hasOwn(v, key) ? v[key] : null;
      const problem = member === null ? null : rule(member, path ? `${path}.${key}` : key);
      if (problem !== null) return problem;
    }
    return null;
  };
const listOf =
  (rule: Rule): Rule =>
  (v, path) => {
    if (!Array.isArray(v)) return `${path} must be a list`;
    for (const [i, item] of v.entries()) {
      const problem = rule(item, `${path}[${i}]`);
      if (problem !== null) return problem;
    }
    return null;
  };

const UPLINK = object({
  device_id: is("string"),
  sequence: integer,
  timestamp_ms: integer,
  position: object({
    lat: is("number"),
    lon: is("number"),
    alt_m: is("number"),
    speed_kmh: is("number"),
    satellites: is("number"),
  }),
  readings: listOf(object({ name: is("string"), value: is("number"), unit: is("string") })),
  battery: object({ percent: is("number"), voltage: is("number"), charging: is("boolean") }),
  status: is("string", "number"),
  labels: stringValues,
});

/** The decoded payload as a TrackerUplink; throws PayloadUndecodableError naming what is wrong. */
export function checkUplink(payload: unknown): TrackerUplink {
  const problem = UPLINK(payload, "");
  if (problem !== null) throw new PayloadUndecodableError(`not a tracker uplink: ${problem}`);
  return payload as TrackerUplink;
}
