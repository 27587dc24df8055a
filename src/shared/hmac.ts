// HMAC-SHA256 primitives for webhook signatures, verified on ingestion and made by the outbound
// webhook sender: cached key import, constant-time comparison against several keys, and the
// hex/base64 decoders the schemes need.
import { decodeBase64 as strictBase64 } from "../codecs/base64.ts";

const encoder = new TextEncoder();

// Keys are imported once per distinct (encoding, key string): verification runs on every
// ingestion request, signing on every outbound delivery, and importKey is not free. Only imported
// keys are kept, never a pending import: a request awaiting another request's import would resume
// in that request's context (workerd then refuses its own I/O). Keys come from stored config, so
// the map stays small; the cap only guards against a config churn pathology.
const keyCache = new Map<string, CryptoKey | null>();
const KEY_CACHE_MAX = 1024;

export type KeyEncoding = "utf8" | "whsec";

/** Key bytes for a secret string, or null when it cannot be decoded. */
export function keyBytes(secret: string, encoding: KeyEncoding): Uint8Array | null {
  if (encoding === "utf8") return secret === "" ? null : encoder.encode(secret);
  // Standard Webhooks: "whsec_<base64>"; a secret without the prefix is taken as base64 too,
  // since that is what the official libraries do after stripping it.
  const b64 = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
  const bytes = decodeBase64(b64);
  return bytes === null || bytes.length === 0 ? null : bytes;
}

async function importKey(secret: string, encoding: KeyEncoding): Promise<CryptoKey | null> {
  const id = `${encoding}:${secret}`;
  const known = keyCache.get(id);
  if (known !== undefined) return known;
  const bytes = keyBytes(secret, encoding);
  // A failed import throws to this request and is not cached.
  const key =
    bytes === null
      ? null
      : await crypto.subtle.importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
  keyCache.set(id, key);
  return key;
}

/** HMAC-SHA256 of `data` under `secret`, or null when the secret cannot be decoded. */
export async function hmacSha256(secret: string, encoding: KeyEncoding, data: Uint8Array): Promise<Uint8Array | null> {
  const key = await importKey(secret, encoding);
  return key === null ? null : new Uint8Array(await crypto.subtle.sign("HMAC", key, data));
}

/**
 * The MAC of `data` that one of the candidates matches under any of `secrets` (key rotation), or
 * null. The MAC is computed once per key and compared to each candidate in constant time;
 * subtle.verify would re-hash the whole body for every (key, candidate) pair.
 */
export async function matchAny(
  secrets: readonly string[],
  encoding: KeyEncoding,
  data: Uint8Array,
  macs: readonly Uint8Array[],
): Promise<Uint8Array | null> {
  let matched: Uint8Array | null = null;
  for (const secret of secrets) {
    const expected = await hmacSha256(secret, encoding, data);
    if (expected === null) continue;
    for (const mac of macs) if (constantTimeEqual(expected, mac)) matched ??= expected;
  }
  return matched;
}

/** True when any candidate MAC matches `data` under any of `secrets`. */
export async function verifyAny(
  secrets: readonly string[],
  encoding: KeyEncoding,
  data: Uint8Array,
  macs: readonly Uint8Array[],
): Promise<boolean> {
  return (await matchAny(secrets, encoding, data, macs)) !== null;
}

/** Byte equality whose running time depends only on the lengths, never on where bytes differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** `${prefix}${body}` as bytes, without decoding the body (it is signed as received). */
export function concatBytes(prefix: string, body: Uint8Array): Uint8Array {
  const head = encoder.encode(prefix);
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

export function decodeHex(text: string): Uint8Array | null {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) return null;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Standard or URL-safe base64, padded or not; null on anything else (including mixed alphabets). */
export function decodeBase64(text: string): Uint8Array | null {
  try {
    return strictBase64(text);
  } catch {
    return null;
  }
}
