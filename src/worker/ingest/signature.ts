// Ingestion request signature verification (SPEC §5): a plain HMAC header, Standard Webhooks,
// GitHub and Stripe. Every scheme signs the exact received bytes; nothing is re-encoded.

import { concatBytes, decodeBase64, decodeHex, matchAny, verifyAny } from "../../shared/hmac.ts";
import { stripeEventId } from "./stripe-event-id.ts";

export type SignatureScheme = "hmac-header" | "standard-webhooks" | "github" | "stripe";

export interface SignatureConfig {
  readonly scheme: SignatureScheme;
  /** Any may match (rotation); empty, or only "", turns verification off. */
  readonly keys: readonly string[];
  /** hmac-header's header name; "" means the default, x-hmac-sha256. */
  readonly header: string;
  /** Replay window for schemes that sign a timestamp. */
  readonly toleranceS: number;
}

export type SignatureResult =
  | { ok: true; eventId?: string }
  | {
      ok: false;
      code: "signature_missing" | "signature_invalid" | "timestamp_out_of_window";
      detail: string;
    };

type Failure = Extract<SignatureResult, { ok: false }>;

const DEFAULT_HEADER = "x-hmac-sha256";
const SHA256_BYTES = 32;
// Caps the HMAC work a single request can demand through a long signature list.
const MAX_CANDIDATES = 8;

const fail = (code: Failure["code"], detail: string): Failure => ({ ok: false, code, detail });

function accepted(eventId: string | null): SignatureResult {
  return eventId === null ? { ok: true } : { ok: true, eventId };
}

/** A header's value, with an empty value treated as absent. */
function header(headers: Headers, name: string): string | null {
  const value = headers.get(name);
  return value === null || value === "" ? null : value;
}

/**
 * Checks a signed timestamp (integer seconds since the epoch) against the window.
 * Millisecond timestamps are called out by name: they are the usual sender bug, and a
 * plain "out of window" would send whoever debugs it looking at clocks.
 */
function checkTimestamp(text: string, nowMs: number, toleranceS: number): Failure | null {
  if (!/^\d+$/.test(text)) {
    return fail("timestamp_out_of_window", "timestamp is not an integer number of seconds");
  }
  // 13 digits is ~2286 AD in seconds but today's date in milliseconds.
  if (text.length >= 13) {
    return fail("timestamp_out_of_window", "timestamp looks like milliseconds; expected seconds");
  }
  const skew = Math.floor(nowMs / 1000) - Number(text);
  if (skew > toleranceS) {
    return fail("timestamp_out_of_window", `timestamp is ${skew}s old; tolerance is ${toleranceS}s`);
  }
  if (-skew > toleranceS) {
    return fail("timestamp_out_of_window", `timestamp is ${-skew}s in the future; tolerance is ${toleranceS}s`);
  }
  return null;
}

async function hmacHeader(
  cfg: SignatureConfig,
  keys: string[],
  headers: Headers,
  body: Uint8Array,
): Promise<SignatureResult> {
  const name = cfg.header === "" ? DEFAULT_HEADER : cfg.header;
  const raw = header(headers, name);
  if (raw === null) return fail("signature_missing", `missing ${name} header`);
  const value = raw.replace(/^sha256=/i, "");
  // 64 hex digits are also valid base64 (of 48 bytes), so hex wins when both parse.
  const mac = /^[0-9a-fA-F]{64}$/.test(value) ? decodeHex(value) : decodeBase64(value);
  if (mac === null || mac.length !== SHA256_BYTES) {
    return fail("signature_invalid", `${name} is neither hex nor base64 of an HMAC-SHA256`);
  }
  if (!(await verifyAny(keys, "utf8", body, [mac]))) {
    return fail("signature_invalid", `${name} does not match the body`);
  }
  return accepted(null);
}

async function standardWebhooks(
  cfg: SignatureConfig,
  keys: string[],
  headers: Headers,
  body: Uint8Array,
  nowMs: number,
): Promise<SignatureResult> {
  const id = header(headers, "webhook-id");
  const ts = header(headers, "webhook-timestamp");
  const sig = header(headers, "webhook-signature");
  if (id === null || ts === null || sig === null) {
    const absent = [
      id === null && "webhook-id",
      ts === null && "webhook-timestamp",
      sig === null && "webhook-signature",
    ];
    return fail("signature_missing", `missing ${absent.filter(Boolean).join(", ")}`);
  }
  const late = checkTimestamp(ts, nowMs, cfg.toleranceS);
  if (late !== null) return late;
  // Space-separated "version,base64" entries; only v1 (HMAC-SHA256) is ours, others are
  // skipped so a sender can add asymmetric signatures alongside.
  const macs: Uint8Array[] = [];
  for (const entry of sig.split(" ")) {
    const comma = entry.indexOf(",");
    if (comma === -1 || entry.slice(0, comma) !== "v1") continue;
    const mac = decodeBase64(entry.slice(comma + 1));
    if (mac !== null && mac.length === SHA256_BYTES) macs.push(mac);
  }
  if (macs.length === 0) return fail("signature_invalid", "webhook-signature has no v1 signature");
  if (macs.length > MAX_CANDIDATES) return fail("signature_invalid", "too many v1 signatures");
  if (!(await verifyAny(keys, "whsec", concatBytes(`${id}.${ts}.`, body), macs))) {
    return fail("signature_invalid", "no v1 signature matches");
  }
  return accepted(id);
}

async function github(keys: string[], headers: Headers, body: Uint8Array): Promise<SignatureResult> {
  const raw = header(headers, "x-hub-signature-256");
  if (raw === null) return fail("signature_missing", "missing x-hub-signature-256 header");
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(raw);
  const mac = match?.[1] === undefined ? null : decodeHex(match[1]);
  if (mac === null) return fail("signature_invalid", "x-hub-signature-256 is not sha256=<hex>");
  if (!(await verifyAny(keys, "utf8", body, [mac]))) {
    return fail("signature_invalid", "x-hub-signature-256 does not match the body");
  }
  return accepted(header(headers, "x-github-delivery"));
}

async function stripe(
  cfg: SignatureConfig,
  keys: string[],
  headers: Headers,
  body: Uint8Array,
  nowMs: number,
): Promise<SignatureResult> {
  const raw = header(headers, "stripe-signature");
  if (raw === null) return fail("signature_missing", "missing stripe-signature header");
  let t: string | null = null;
  const macs: Uint8Array[] = [];
  for (const item of raw.split(",")) {
    const eq = item.indexOf("=");
    if (eq === -1) continue;
    const name = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    if (name === "t") {
      if (t !== null) return fail("signature_invalid", "stripe-signature has two t= values");
      t = value;
    } else if (name === "v1") {
      // v0 and future schemes are ignored, as Stripe's own libraries do.
      const mac = decodeHex(value);
      if (mac !== null && mac.length === SHA256_BYTES) macs.push(mac);
    }
  }
  if (t === null) return fail("signature_invalid", "stripe-signature has no t= timestamp");
  const late = checkTimestamp(t, nowMs, cfg.toleranceS);
  if (late !== null) return late;
  if (macs.length === 0) return fail("signature_invalid", "stripe-signature has no v1 signature");
  if (macs.length > MAX_CANDIDATES) return fail("signature_invalid", "too many v1 signatures");
  const mac = await matchAny(keys, "utf8", concatBytes(`${t}.`, body), macs);
  if (mac === null) return fail("signature_invalid", "no v1 signature matches");
  return accepted(stripeEventId(body, t, mac));
}

/**
 * Verifies `body` (the exact received bytes) under `cfg`. With no keys verification is off
 * and the request is accepted; the scheme's event id is still reported so deduplication
 * (SPEC §4.2) works the same with or without signing.
 */
export async function verifySignature(
  cfg: SignatureConfig,
  headers: Headers,
  body: Uint8Array,
  nowMs: number,
): Promise<SignatureResult> {
  const keys = cfg.keys.filter((k) => k !== "");
  if (keys.length === 0) {
    if (cfg.scheme === "standard-webhooks") return accepted(header(headers, "webhook-id"));
    if (cfg.scheme === "github") return accepted(header(headers, "x-github-delivery"));
    // Nothing is signed, so without a body id an Idempotency-Key may stand in.
    if (cfg.scheme === "stripe") return accepted(stripeEventId(body, null, null));
    return accepted(null);
  }
  switch (cfg.scheme) {
    case "hmac-header":
      return hmacHeader(cfg, keys, headers, body);
    case "standard-webhooks":
      return standardWebhooks(cfg, keys, headers, body, nowMs);
    case "github":
      return github(keys, headers, body);
    case "stripe":
      return stripe(cfg, keys, headers, body, nowMs);
  }
}
