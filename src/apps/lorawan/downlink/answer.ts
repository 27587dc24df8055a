// How a network server's answer to a downlink request becomes a SendResult (issue 22): 2xx sent;
// 408, 429 and 5xx are worth another try, no earlier than the server asks (`Retry-After`, or The
// Things Stack's own `x-rate-limit-retry`); any other status fails at once with the server's
// message. Both servers answer errors as a google.rpc.Status, `{"code", "message", "details"}`.
import type { SendResult } from "../../../contracts/downlink-records.ts";
import { retryAfterMs } from "../../../shared/outbound-post.ts";

/** Longest error text kept from an answer (it ends up in the downlink's `error`). */
export const MAX_ERROR_CHARS = 300;

const isRetryable = (status: number) => status === 408 || status === 429 || status >= 500;

/** The server's own message (`message` of a JSON error body), else the body's text; bounded. */
export function serverMessage(body: string): string {
  let message = body.trim();
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null && "message" in parsed && typeof parsed.message === "string")
      message = parsed.message;
  } catch {
    // Not JSON: the text itself.
  }
  return bounded(message.replace(/\s+/g, " "));
}

export function bounded(text: string): string {
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1)}…` : text;
}

/**
 * The SendResult of a non-2xx answer. `secrets` are blanked out of the message (a server could
 * echo the key it refused); `hint` explains a status whose body says nothing (TTS's 406).
 */
export function failedAnswer(
  status: number,
  headers: Headers,
  body: string,
  opts: { now: number; secrets: string[]; hint?: string },
): SendResult {
  const said = serverMessage(body) || opts.hint || "no message";
  const error = redact(`HTTP ${status}: ${said}`, opts.secrets);
  if (!isRetryable(status)) return { kind: "failed", error };
  const after = retryAfterMs(headers, opts.now);
  return after === undefined ? { kind: "retry", error } : { kind: "retry", error, after_ms: after };
}

/** `text` with every secret replaced by `***`. */
export function redact(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join("***");
  return out;
}
