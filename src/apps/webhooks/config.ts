// The webhook_forwarder's config (issue 24) and its validation, each refusal naming the field:
// `{ url, channels, secret?, headers?, fields?, batch?, disable_after? }`. Pure; the install route
// calls it with the deployment's outbound policy (src/shared/outbound-address.ts).
import { CHANNEL_NAME } from "../../shared/channel-types.ts";
import { checkOutboundUrl, type OutboundPolicy } from "../../shared/outbound-address.ts";
import { DEFAULT_DISABLE_RULE, type DisableRule } from "./auto-disable.ts";
import { isValidSecret } from "./signing.ts";

export interface ForwarderConfig {
  url: string;
  channels: string[];
  /** Absent: the install generates one (signing.ts, generateSecret) and shows it once. */
  secret?: string;
  headers: Record<string, string>;
  /** Dotted paths into each message's data; absent: the whole data (payload.ts, pickFields). */
  fields?: string[];
  /** Absent: one message per delivery. */
  batch?: { max_events: number; max_wait_ms: number };
  disable_after: DisableRule;
}

export type ConfigCheck = { ok: true; config: ForwarderConfig } | { ok: false; field: string; detail: string };

export const LIMITS = {
  channels: 16,
  headers: 16,
  headerValueChars: 1024,
  headerBytes: 8192,
  fields: 32,
  fieldChars: 200,
  maxEvents: 100,
  maxWaitMs: 60_000,
  failures: 10_000,
  days: 30,
} as const;

const KEYS = new Set(["url", "channels", "secret", "headers", "fields", "batch", "disable_after"]);
// RFC 9110 token.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/;
// Visible ASCII, spaces and tabs; no CR, LF or NUL (header injection).
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;
// Hop-by-hop (RFC 9110 §7.6.1) and what the sender itself sets.
const RESERVED_HEADERS = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "content-length",
  "content-type",
  "user-agent",
]);
const FIELD_PATH = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;

class Invalid {
  constructor(
    readonly field: string,
    readonly detail: string,
  ) {}
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function int(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    throw new Invalid(field, `must be an integer from ${min} to ${max}`);
  return value;
}

function channels(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > LIMITS.channels)
    throw new Invalid("channels", `must list 1 to ${LIMITS.channels} channel names`);
  value.forEach((c, i) => {
    if (typeof c !== "string" || !CHANNEL_NAME.test(c)) throw new Invalid(`channels[${i}]`, "is not a channel name");
  });
  return [...new Set(value as string[])];
}

function headers(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (!isObject(value)) throw new Invalid("headers", "must be an object of header names to values");
  const entries = Object.entries(value);
  if (entries.length > LIMITS.headers) throw new Invalid("headers", `at most ${LIMITS.headers} headers`);
  let bytes = 0;
  const seen = new Set<string>();
  const out: Record<string, string> = {};
  for (const [name, v] of entries) {
    const lower = name.toLowerCase();
    const field = `headers.${name}`;
    if (!HEADER_NAME.test(name)) throw new Invalid(field, "is not a header name");
    if (RESERVED_HEADERS.has(lower) || lower.startsWith("webhook-"))
      throw new Invalid(field, "is set by the sender (hop-by-hop, content or webhook-* headers)");
    if (seen.has(lower)) throw new Invalid(field, "appears twice (header names ignore case)");
    seen.add(lower);
    if (typeof v !== "string" || v.length > LIMITS.headerValueChars || !HEADER_VALUE.test(v))
      throw new Invalid(field, `must be printable ASCII, at most ${LIMITS.headerValueChars} characters`);
    bytes += name.length + v.length;
    out[name] = v;
  }
  if (bytes > LIMITS.headerBytes) throw new Invalid("headers", `names and values exceed ${LIMITS.headerBytes} bytes`);
  return out;
}

function fields(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0 || value.length > LIMITS.fields)
    throw new Invalid("fields", `must list 1 to ${LIMITS.fields} dotted paths`);
  const paths: string[] = [];
  value.forEach((p, i) => {
    if (
      typeof p !== "string" ||
      p.length > LIMITS.fieldChars ||
      !FIELD_PATH.test(p) ||
      p.split(".").includes("__proto__")
    )
      throw new Invalid(`fields[${i}]`, "is not a dotted path of letters, digits, _ and -");
    paths.push(p);
  });
  // "gps" and "gps.lat" together would make the result depend on their order.
  for (const a of paths)
    for (const b of paths)
      if (b.startsWith(`${a}.`)) throw new Invalid(`fields[${paths.indexOf(b)}]`, `"${b}" is inside "${a}"`);
  return [...new Set(paths)];
}

function batch(value: unknown): ForwarderConfig["batch"] {
  if (value === undefined) return undefined;
  if (!isObject(value)) throw new Invalid("batch", "must be {max_events, max_wait_ms}");
  for (const key of Object.keys(value))
    if (key !== "max_events" && key !== "max_wait_ms") throw new Invalid(`batch.${key}`, "is not a batch setting");
  return {
    max_events: int(value.max_events, "batch.max_events", 1, LIMITS.maxEvents),
    max_wait_ms: int(value.max_wait_ms, "batch.max_wait_ms", 0, LIMITS.maxWaitMs),
  };
}

function disableAfter(value: unknown): DisableRule {
  if (value === undefined) return DEFAULT_DISABLE_RULE;
  if (!isObject(value) || Object.keys(value).length !== 1)
    throw new Invalid("disable_after", "must be {failures} or {days}");
  if ("failures" in value) return { failures: int(value.failures, "disable_after.failures", 1, LIMITS.failures) };
  if ("days" in value) return { days: int(value.days, "disable_after.days", 1, LIMITS.days) };
  throw new Invalid("disable_after", "must be {failures} or {days}");
}

/**
 * Validates a webhook_forwarder config; the first problem found names its field.
 * @example
 * parseForwarderConfig({ url: "http://example.com/hook", channels: ["alarms"] }, { allowPrivate: false });
 * // { ok: false, field: "url", detail: "must be https" }
 */
export function parseForwarderConfig(raw: unknown, policy: OutboundPolicy): ConfigCheck {
  try {
    if (!isObject(raw)) throw new Invalid("", "the config must be an object");
    for (const key of Object.keys(raw))
      if (!KEYS.has(key)) throw new Invalid(key, "is not a webhook_forwarder setting");
    if (typeof raw.url !== "string") throw new Invalid("url", "is required, a string");
    const url = checkOutboundUrl(raw.url, policy);
    if (!url.ok) throw new Invalid("url", url.detail);
    if (raw.secret !== undefined && (typeof raw.secret !== "string" || !isValidSecret(raw.secret)))
      throw new Invalid("secret", "must be whsec_ and the base64 of 24 to 64 bytes");
    const config: ForwarderConfig = {
      url: url.url.href,
      channels: channels(raw.channels),
      headers: headers(raw.headers),
      disable_after: disableAfter(raw.disable_after),
    };
    if (typeof raw.secret === "string") config.secret = raw.secret;
    const picked = fields(raw.fields);
    if (picked !== undefined) config.fields = picked;
    const batched = batch(raw.batch);
    if (batched !== undefined) config.batch = batched;
    return { ok: true, config };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, field: error.field, detail: error.detail };
    throw error;
  }
}
