// One downlink request to a network server: a JSON POST with a deadline (src/shared/outbound-post.ts),
// its answer classified (answer.ts). A timeout or a network error is worth another try; a redirect
// is not followed (a POST redirected becomes a GET elsewhere) and fails, naming where it pointed.
import type { SendResult } from "../../../contracts/downlink-records.ts";
import { postOnce, type PostOptions } from "../../../shared/outbound-post.ts";
import { bounded, failedAnswer, redact } from "./answer.ts";

/** What the caller may change (tests: a short timeout, a fake clock). */
export type SendOptions = PostOptions;

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
  const res = await postOnce(
    {
      url: req.url,
      headers: { ...req.headers, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(req.body),
    },
    opts,
  );
  if (res.kind === "unreachable") return { kind: "retry", error: redact(bounded(res.error), req.secrets) };
  if (res.status >= 300 && res.status < 400)
    return {
      kind: "failed",
      error: bounded(`HTTP ${res.status}: redirected to ${res.headers.get("location") ?? "?"}`),
    };
  const now = (opts.now ?? Date.now)();
  if (res.status < 200 || res.status >= 300)
    return failedAnswer(res.status, res.headers, res.text, {
      now,
      secrets: req.secrets,
      hint: req.hints?.[res.status],
    });
  return sent(parsed(res.text));
}

function parsed(text: string): unknown {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
