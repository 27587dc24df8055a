// Minted secrets: the creation time and a short MAC ride inside the token, so the edge can tell
// "created a moment ago, ask the registry" from "old or forged, the mirror's answer is final"
// without a lookup. The MAC only gates that fallback: a token is valid because the registry
// holds its hash, never because its tag checks out.
import { base64Url } from "./secret.ts";
import { SNOWFLAKE_EPOCH_MS } from "../shared/snowflake.ts";

/** Kinds get separate MAC domains: a tag minted for one never verifies as another. */
export type SecretKind = "eht" | "ehi";

/** created_ms (6 bytes) ‖ random (18 bytes, 144 bits) ‖ tag (9 bytes): 44 base64url characters. */
const TIME_BYTES = 6;
const RANDOM_BYTES = 18;
const TAG_BYTES = 9;
const TOKEN_BYTES = TIME_BYTES + RANDOM_BYTES + TAG_BYTES;
/** Tokens made before minting existed: 32 random bytes, 43 characters. Found by lookup only. */
const LEGACY_CHARS = 43;

/** created_minute (3 bytes) ‖ random (12 bytes, 96 bits) ‖ tag (3 bytes): 24 characters. */
const MINI_TIME_BYTES = 3;
const MINI_RANDOM_BYTES = 12;
const MINI_TAG_BYTES = 3;
const MINI_BYTES = MINI_TIME_BYTES + MINI_RANDOM_BYTES + MINI_TAG_BYTES;
/** Mini-tokens made before minting existed: 16 random bytes, 22 characters. */
const MINI_LEGACY_CHARS = 22;

/**
 * What a presented secret says about itself: `malformed` is refused without any lookup;
 * `unverified` (a legacy token, or a tag that does not check out) is looked up in the mirror
 * only; `minted` carries the instant it was made (its upper bound, for minute-grained tokens).
 */
export type Inspected = { shape: "malformed" } | { shape: "unverified" } | { shape: "minted"; created_ms: number };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * The MAC key: env `EDGEHOOK_TOKEN_KEY` when set, else the admin token. Rotating the admin token
 * without a token key voids no token (they are found by hash), but tokens minted under the old
 * key lose the fresh-token fallback: for ~2 minutes after the rotation, one created just before
 * it may be refused at a location the mirror has not reached yet.
 */
function keyMaterial(env: Env): string {
  const extra = env as Env & { EDGEHOOK_TOKEN_KEY?: string };
  return extra.EDGEHOOK_TOKEN_KEY || env.EDGEHOOK_ADMIN_TOKEN || "";
}

let cachedKey: { material: string; key: Promise<CryptoKey> } | undefined;

function macKey(env: Env): Promise<CryptoKey> {
  const material = keyMaterial(env);
  if (cachedKey?.material !== material) {
    const key = crypto.subtle
      .digest("SHA-256", new TextEncoder().encode(`edgehook token mac v1\0${material}`))
      .then((raw) => crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]));
    cachedKey = { material, key };
  }
  return cachedKey.key;
}

async function tag(env: Env, domain: string, body: Uint8Array, length: number): Promise<Uint8Array> {
  const domainBytes = new TextEncoder().encode(`${domain}\0`);
  const input = new Uint8Array(domainBytes.byteLength + body.byteLength);
  input.set(domainBytes);
  input.set(body, domainBytes.byteLength);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await macKey(env), input));
  return mac.subarray(0, length);
}

function writeUint(bytes: Uint8Array, value: number, length: number): void {
  for (let i = length - 1; i >= 0; i--) {
    bytes[i] = value % 256;
    value = Math.floor(value / 256);
  }
}

function readUint(bytes: Uint8Array, length: number): number {
  let value = 0;
  for (let i = 0; i < length; i++) value = value * 256 + (bytes[i] ?? 0);
  return value;
}

function decode(text: string): Uint8Array | null {
  if (!BASE64URL.test(text)) return null;
  try {
    const bin = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function minted(
  env: Env,
  domain: string,
  timeBytes: number,
  time: number,
  randomBytes: number,
  tagBytes: number,
) {
  const body = new Uint8Array(timeBytes + randomBytes);
  writeUint(body, time, timeBytes);
  body.set(crypto.getRandomValues(new Uint8Array(randomBytes)), timeBytes);
  const out = new Uint8Array(body.byteLength + tagBytes);
  out.set(body);
  out.set(await tag(env, domain, body, tagBytes), body.byteLength);
  return base64Url(out);
}

async function verify(env: Env, domain: string, bytes: Uint8Array, timeBytes: number, tagBytes: number) {
  const body = bytes.subarray(0, bytes.byteLength - tagBytes);
  const expected = await tag(env, domain, body, tagBytes);
  const ok = crypto.subtle.timingSafeEqual(expected, bytes.subarray(bytes.byteLength - tagBytes));
  return ok ? readUint(bytes, timeBytes) : null;
}

/** A new bearer secret of `kind` (`eht_…` API token, `ehi_…` endpoint token), made at `now`. */
export function mintSecret(env: Env, kind: SecretKind, now = Date.now()): Promise<string> {
  return minted(env, kind, TIME_BYTES, now, RANDOM_BYTES, TAG_BYTES).then((body) => `${kind}_${body}`);
}

export async function inspectSecret(env: Env, kind: SecretKind, token: string): Promise<Inspected> {
  const prefix = `${kind}_`;
  if (!token.startsWith(prefix)) return { shape: "malformed" };
  const body = token.slice(prefix.length);
  if (body.length === LEGACY_CHARS) return BASE64URL.test(body) ? { shape: "unverified" } : { shape: "malformed" };
  const bytes = body.length === 44 ? decode(body) : null;
  if (!bytes || bytes.byteLength !== TOKEN_BYTES) return { shape: "malformed" };
  const created = await verify(env, kind, bytes, TIME_BYTES, TAG_BYTES);
  return created === null ? { shape: "unverified" } : { shape: "minted", created_ms: created };
}

/** A mini-token (≤ 24 characters, 96 random bits) carrying its creation minute and a 24-bit tag. */
export function mintMiniToken(env: Env, now = Date.now()): Promise<string> {
  const minute = Math.floor((now - SNOWFLAKE_EPOCH_MS) / 60_000);
  return minted(env, "ehm", MINI_TIME_BYTES, minute, MINI_RANDOM_BYTES, MINI_TAG_BYTES);
}

export async function inspectMiniToken(env: Env, token: string): Promise<Inspected> {
  if (token.length === MINI_LEGACY_CHARS)
    return BASE64URL.test(token) ? { shape: "unverified" } : { shape: "malformed" };
  const bytes = token.length === 24 ? decode(token) : null;
  if (!bytes || bytes.byteLength !== MINI_BYTES) return { shape: "malformed" };
  const minute = await verify(env, "ehm", bytes, MINI_TIME_BYTES, MINI_TAG_BYTES);
  // The end of the minute it was made in: freshness errs towards asking the registry.
  return minute === null
    ? { shape: "unverified" }
    : { shape: "minted", created_ms: SNOWFLAKE_EPOCH_MS + (minute + 1) * 60_000 };
}
