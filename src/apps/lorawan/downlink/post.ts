// One downlink request to a network server: a JSON POST with a deadline, its answer classified
// (answer.ts). A timeout or a network error is worth another try; a redirect is not followed (a
// POST redirected becomes a GET elsewhere) and fails, naming where it pointed.
import type { SendResult } from "../../../contracts/downlink-records.ts";
import { bounded, failedAnswer, redact } from "./answer.ts";

/** How long a network server may take to answer one request. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** What the caller may change (tests: a short timeout, a fake clock). */
export interface SendOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
}

export interface JsonPost {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  /** Blanked out of any error text. */
  secrets: string[];
  /** Said for a status whose answer has no message. */
  hints?: Record<number, string>;
}

/** POSTs `req`; a 2xx answer's JSON body (null if none) becomes the result through `sent`. */
export async function postJson(
  req: JsonPost,
  opts: SendOptions,
  sent: (body: unknown) => SendResult,
): Promise<SendResult> {
  const doFetch = opts.fetch ?? fetch;
  let res: Response;
  try {
    res = await doFetch(req.url, {
      method: "POST",
      headers: { ...req.headers, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(req.body),
      redirect: "manual",
      signal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (error) {
    return { kind: "retry", error: redact(bounded(unreachable(error)), req.secrets) };
  }
  let text: string;
  try {
    text = await res.text();
  } catch (error) {
    return { kind: "retry", error: redact(bounded(`answer cut short: ${unreachable(error)}`), req.secrets) };
  }
  if (res.status >= 300 && res.status < 400)
    return {
      kind: "failed",
      error: bounded(`HTTP ${res.status}: redirected to ${res.headers.get("location") ?? "?"}`),
    };
  const now = (opts.now ?? Date.now)();
  if (!res.ok)
    return failedAnswer(res.status, res.headers, text, { now, secrets: req.secrets, hint: req.hints?.[res.status] });
  return sent(parsed(text));
}

function parsed(text: string): unknown {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function unreachable(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
    return "no answer in time (timeout)";
  return `unreachable: ${error instanceof Error ? error.message : String(error)}`;
}
