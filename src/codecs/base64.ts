// Strict base64 (RFC 4648): standard or url-safe alphabet, optional but exact padding.
// Used for payloads that arrive base64-wrapped and to render protobuf `bytes` fields.
import { PayloadUndecodableError } from "./errors.ts";

const STANDARD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Sextet value per char code; -1 = not in either alphabet. Both alphabets share 0..61.
const SEXTET = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) SEXTET[STANDARD.charCodeAt(i)] = i;
SEXTET["-".charCodeAt(0)] = 62;
SEXTET["_".charCodeAt(0)] = 63;

const PLUS = 0x2b;
const SLASH = 0x2f;
const DASH = 0x2d;
const UNDERSCORE = 0x5f;

function fail(message: string): never {
  throw new PayloadUndecodableError(`invalid base64: ${message}`);
}

/**
 * Decodes base64 or base64url. Surrounding ASCII whitespace is trimmed; anything else outside
 * the alphabet, a mix of `+/` with `-_`, wrong padding or non-zero trailing bits is an error.
 */
export function decodeBase64(text: string): Uint8Array {
  const trimmed = text.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, "");
  const padAt = trimmed.indexOf("=");
  const body = padAt === -1 ? trimmed : trimmed.slice(0, padAt);
  if (padAt !== -1) {
    const padding = trimmed.slice(padAt);
    if (padding !== "=" && padding !== "==") fail("padding must be '=' or '==' at the end");
    if (trimmed.length % 4 !== 0) fail("padded input length is not a multiple of 4");
  }
  if (body.length % 4 === 1) fail("length leaves a dangling character");

  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let standard = false;
  let urlSafe = false;
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const v = c < 128 ? SEXTET[c] : -1;
    if (v < 0) fail(`unexpected character at offset ${i}`);
    if (c === PLUS || c === SLASH) standard = true;
    else if (c === DASH || c === UNDERSCORE) urlSafe = true;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if (standard && urlSafe) fail("mixes the standard (+/) and url-safe (-_) alphabets");
  if (padAt !== -1 && (4 - (body.length % 4)) % 4 !== trimmed.length - padAt) {
    fail("padding does not match the data length");
  }
  // Canonical encoders leave the bits below the last byte zero; anything else is corruption.
  if ((acc & ((1 << bits) - 1)) !== 0) fail("non-zero trailing bits");
  return out;
}

/** Encodes bytes as standard, padded base64 (the form protobuf JSON uses for `bytes`). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += STANDARD.charAt(n >> 18) + STANDARD.charAt((n >> 12) & 63);
    out += STANDARD.charAt((n >> 6) & 63) + STANDARD.charAt(n & 63);
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i] << 16) | (rest === 2 ? bytes[i + 1] << 8 : 0);
    out += STANDARD.charAt(n >> 18) + STANDARD.charAt((n >> 12) & 63);
    out += rest === 2 ? STANDARD.charAt((n >> 6) & 63) + "=" : "==";
  }
  return out;
}
