// Throttle guard: authenticated requests count against the endpoint's `throttle` per second.
import type { MiddlewareHandler } from "hono";
import { ProblemError } from "../../shared/problem.ts";
import type { IngestEnv } from "../http/ingest-env.ts";
import { ingestionThrottle } from "../ingest/throttle-state.ts";

export const throttleKey = (ingestionId: string): string => `ingestion:${ingestionId}`;

export function throttle(): MiddlewareHandler<IngestEnv> {
  return async function throttle(c, next) {
    const { record, settings } = c.get("ingestion");
    const key = throttleKey(record.id);
    const decision = ingestionThrottle.check(c.env.CACHE, key, settings.throttle, Date.now(), (work) =>
      c.executionCtx.waitUntil(work),
    );
    if (!decision.ok) {
      throw new ProblemError(429, "throttled", `more than ${settings.throttle} requests per second for this endpoint`, {
        headers: { "retry-after": String(decision.retryAfterS) },
        extra: { limit_key: key, limit: settings.throttle },
      });
    }
    await next();
  };
}
