// What a webhook receiver's answer means for the delivery (issue 24), as Svix reads it: any 2xx is
// delivered; everything else, redirects and 4xx included, is a failure retried on the schedule
// (retry-schedule.ts), since a receiver's 401 or 404 is usually a deploy or a secret rotation away
// from being fixed. Two answers stop retrying at once: 410 Gone (the endpoint says it is gone for
// good: the endpoint is disabled) and Svix's `webhook-delivery: abort-message` (this message only).
import { retryAfterMs, type PostOutcome } from "../../shared/outbound-post.ts";

export type Verdict =
  | { kind: "delivered" }
  /** Worth another attempt; no earlier than `after_ms` when the receiver asked (Retry-After). */
  | { kind: "retry"; after_ms?: number }
  /** The receiver refused this message for good: dead letter now, the endpoint stays enabled. */
  | { kind: "abort" }
  /** 410: the endpoint is gone; dead letter now and disable the endpoint. */
  | { kind: "gone" };

/** How an attempt's outcome (answer or none) decides the delivery's fate. */
export function judge(outcome: PostOutcome, now: number): Verdict {
  if (outcome.kind === "unreachable") return { kind: "retry" };
  if (outcome.status >= 200 && outcome.status < 300) return { kind: "delivered" };
  if (outcome.status === 410) return { kind: "gone" };
  if (outcome.headers.get("webhook-delivery")?.trim().toLowerCase() === "abort-message") return { kind: "abort" };
  const after = retryAfterMs(outcome.headers, now);
  return after === undefined ? { kind: "retry" } : { kind: "retry", after_ms: after };
}
