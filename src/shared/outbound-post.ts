// One outbound POST with a deadline, as the callers of outside services need it (LoRaWAN network
// servers' downlink APIs, webhook receivers): the answer's status, headers, duration and body text
// (optionally only its first bytes), or why there was none. Redirects are not followed: a POST
// redirected becomes a GET elsewhere; what a status means is the caller's to say.

/** How long the other side may take to answer one request. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** A retry delay an answer asks for is honoured up to a day; beyond that it is surely a mistake. */
const MAX_RETRY_AFTER_MS = 24 * 3600 * 1000;

/** What a caller may change (tests: a short timeout, a fake clock, a fake fetch). */
export interface PostOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
}

export interface OutboundPost {
  url: string;
  headers: Record<string, string>;
  /** Sent as is: a signed body must reach the receiver byte for byte. */
  body: string;
  /** Read at most this many bytes of the answer (an attempts log keeps only its first bytes). */
  maxAnswerBytes?: number;
}

export type PostOutcome =
  | { kind: "answered"; status: number; headers: Headers; text: string; started_at: number; duration_ms: number }
  /** No answer, or one cut short: a timeout, a refused connection, a reset. */
  | { kind: "unreachable"; error: string; timeout: boolean; started_at: number; duration_ms: number };

/** POSTs `req` once and says what came back. Never throws for what the network does. */
export async function postOnce(req: OutboundPost, opts: PostOptions = {}): Promise<PostOutcome> {
  const now = opts.now ?? Date.now;
  const started_at = now();
  const took = () => Math.max(0, now() - started_at);
  let res: Response;
  try {
    res = await (opts.fetch ?? fetch)(req.url, {
      method: "POST",
      headers: req.headers,
      body: req.body,
      redirect: "manual",
      signal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (error) {
    return { kind: "unreachable", ...unreachable(error, ""), started_at, duration_ms: took() };
  }
  try {
    const text = await readText(res, req.maxAnswerBytes);
    return { kind: "answered", status: res.status, headers: res.headers, text, started_at, duration_ms: took() };
  } catch (error) {
    return { kind: "unreachable", ...unreachable(error, "answer cut short: "), started_at, duration_ms: took() };
  }
}

/** The body's text, or its first `max` bytes (the rest is not read; a split character is dropped). */
async function readText(res: Response, max: number | undefined): Promise<string> {
  if (max === undefined || res.body === null) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < max) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  await reader.cancel().catch(() => {});
  const bytes = new Uint8Array(Math.min(size, max));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk.subarray(0, bytes.length - at), at);
    at += Math.min(chunk.length, bytes.length - at);
  }
  return new TextDecoder().decode(bytes, { stream: true });
}

function unreachable(error: unknown, prefix: string): { error: string; timeout: boolean } {
  const timeout = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
  if (timeout) return { error: `${prefix}no answer in time (timeout)`, timeout };
  return { error: `${prefix}unreachable: ${error instanceof Error ? error.message : String(error)}`, timeout };
}

/** `after_ms` from `Retry-After` (seconds or an HTTP date) or `x-rate-limit-retry` (seconds). */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const value = headers.get("retry-after") ?? headers.get("x-rate-limit-retry");
  if (value === null || value.trim() === "") return undefined;
  const text = value.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}
