// Standard Webhooks signing for the webhook_forwarder (issue 24): the secret, the id a receiver
// deduplicates by, and the three headers of one attempt. The HMAC is the one ingestion verifies
// with (src/shared/hmac.ts), so what edgehook sends, edgehook would accept.
import { encodeBase64 } from "../../codecs/base64.ts";
import { concatBytes, hmacSha256, keyBytes } from "../../shared/hmac.ts";

/** Random bytes in a generated secret (Standard Webhooks asks for 24 to 64). */
export const SECRET_BYTES = 32;
export const SECRET_MIN_BYTES = 24;
export const SECRET_MAX_BYTES = 64;

const encoder = new TextEncoder();

/**
 * A new signing secret: `whsec_` and the base64 of 32 random bytes.
 * @example
 * generateSecret(); // "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw…"
 */
export function generateSecret(): string {
  return `whsec_${encodeBase64(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)))}`;
}

/** True for a `whsec_` secret whose base64 holds 24 to 64 bytes. */
export function isValidSecret(secret: string): boolean {
  if (!secret.startsWith("whsec_")) return false;
  const bytes = keyBytes(secret, "whsec");
  return bytes !== null && bytes.length >= SECRET_MIN_BYTES && bytes.length <= SECRET_MAX_BYTES;
}

/**
 * The `webhook-id` of a delivery: derived from its messages' ids, so every retry and a replay
 * carry the same one. One message: `msg_<id>`; a batch: `msg_<first id>_<last id>` (a message is
 * in one batch only, and a batch keeps its messages once formed).
 */
export function webhookId(messageIds: readonly string[]): string {
  const first = messageIds[0];
  const last = messageIds[messageIds.length - 1];
  if (first === undefined || last === undefined) throw new Error("a delivery has at least one message");
  return messageIds.length === 1 ? `msg_${first}` : `msg_${first}_${last}`;
}

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` under a `whsec_` secret. */
export async function sign(secret: string, id: string, timestampS: number, body: string): Promise<string> {
  const mac = await hmacSha256(secret, "whsec", concatBytes(`${id}.${timestampS}.`, encoder.encode(body)));
  if (mac === null) throw new Error("the webhook secret is not whsec_<base64>");
  return `v1,${encodeBase64(mac)}`;
}

export interface SignedHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

/** The Standard Webhooks headers of one attempt: the id stays, the timestamp is the attempt's. */
export async function signedHeaders(secret: string, id: string, body: string, nowMs: number): Promise<SignedHeaders> {
  const timestampS = Math.floor(nowMs / 1000);
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestampS),
    "webhook-signature": await sign(secret, id, timestampS, body),
  };
}
