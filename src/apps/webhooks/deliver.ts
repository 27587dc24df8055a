// One attempt at a webhook delivery (issue 24): the destination checked again (the setting may
// have changed since the config was accepted), the body signed with this attempt's timestamp,
// POSTed once, and the answer judged. What it returns is a row of the attempts log.
import { checkOutboundUrl, type OutboundPolicy } from "../../shared/outbound-address.ts";
import { postOnce, type PostOptions } from "../../shared/outbound-post.ts";
import { judge, type Verdict } from "./answer.ts";
import { signedHeaders } from "./signing.ts";

/** First bytes of an answer kept in the attempts log. */
export const ANSWER_EXCERPT_BYTES = 1024;

/** Receivers should answer within this; Svix allows 15 s. */
export const DELIVERY_TIMEOUT_MS = 15_000;

export interface Delivery {
  url: string;
  secret: string;
  /** `webhook-id`: the same for every attempt (signing.ts, webhookId). */
  id: string;
  /** The exact body (payload.ts, renderBody). */
  body: string;
  /** The config's extra headers (validated: no hop-by-hop or webhook-* names). */
  headers?: Record<string, string>;
}

export interface Attempt {
  /** Epoch ms the attempt started. */
  at: number;
  /** The answer's status; null when there was none (timeout, refused, refused by the guard). */
  status: number | null;
  duration_ms: number;
  /** The answer's first bytes, or why there was no answer. */
  answer: string;
  verdict: Verdict;
}

export const USER_AGENT = "edgehook-webhooks/1";

/** Tries `delivery` once. A destination the policy refuses is not contacted: the attempt fails. */
export async function attemptDelivery(
  delivery: Delivery,
  policy: OutboundPolicy,
  opts: PostOptions = {},
): Promise<Attempt> {
  const now = opts.now ?? Date.now;
  const at = now();
  const check = checkOutboundUrl(delivery.url, policy);
  if (!check.ok)
    return { at, status: null, duration_ms: 0, answer: `not sent: ${check.detail}`, verdict: { kind: "retry" } };
  const signed = await signedHeaders(delivery.secret, delivery.id, delivery.body, at);
  const outcome = await postOnce(
    {
      url: check.url.href,
      headers: { ...delivery.headers, "content-type": "application/json", "user-agent": USER_AGENT, ...signed },
      body: delivery.body,
      maxAnswerBytes: ANSWER_EXCERPT_BYTES,
    },
    { timeoutMs: DELIVERY_TIMEOUT_MS, ...opts },
  );
  const verdict = judge(outcome, now());
  if (outcome.kind === "unreachable")
    return { at, status: null, duration_ms: outcome.duration_ms, answer: outcome.error, verdict };
  return { at, status: outcome.status, duration_ms: outcome.duration_ms, answer: outcome.text, verdict };
}
