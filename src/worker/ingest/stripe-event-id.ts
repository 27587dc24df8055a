// The event id of a `stripe`-signed request. Stripe signs no id header, only `t.body`, so an
// unsigned Idempotency-Key would let one captured request be replayed under fresh keys within
// the timestamp window (issue 8). The id is therefore the signed body's own `id` (Stripe's
// `evt_…`, the same across Stripe's retries); a signed body without one is identified by what
// was signed, so only a byte-identical replay of that request is a repeat.
import { EVENT_ID } from "../../invocation/dedup-key.ts";

const decoder = new TextDecoder();

/** The `id` of a JSON object body, when it is a usable event id; null otherwise. */
export function bodyEventId(body: Uint8Array): string | null {
  // Only a JSON object can carry one: skip the parse for anything else (protobuf, text).
  let i = 0;
  while (i < body.length && (body[i] === 0x20 || body[i] === 0x0a || body[i] === 0x0d || body[i] === 0x09)) i++;
  if (body[i] !== 0x7b) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(body));
  } catch {
    return null;
  }
  const id = typeof parsed === "object" && parsed !== null ? (parsed as { id?: unknown }).id : undefined;
  return typeof id === "string" && EVENT_ID.test(id) ? id : null;
}

/**
 * The body's `id`; else, for a verified request, its signed timestamp and the MAC that matched
 * (a function of the key, `t` and the body only: extra `v1=` entries added to a replay do not
 * change it); else null, and with nothing signed an Idempotency-Key may stand in.
 */
export function stripeEventId(body: Uint8Array, t: string | null, mac: Uint8Array | null): string | null {
  const id = bodyEventId(body);
  if (id !== null || t === null || mac === null) return id;
  const head = Array.from(mac.subarray(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
  return `stripe:${t}:${head}`;
}
