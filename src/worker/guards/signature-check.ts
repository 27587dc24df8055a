// Signature and replay-window guard over the exact received bytes; also settles the event id
// (the scheme's own, else an Idempotency-Key header) used for de-duplication.
import type { MiddlewareHandler } from "hono";
import { ProblemError } from "../../shared/problem.ts";
import type { IngestEnv } from "../http/ingest-env.ts";
import { EVENT_ID } from "../../invocation/dedup-key.ts";
import { verifySignature } from "../ingest/signature.ts";

export function signatureCheck(): MiddlewareHandler<IngestEnv> {
  return async function signatureCheck(c, next) {
    const result = await verifySignature(
      c.get("ingestion").settings.signature,
      c.req.raw.headers,
      c.get("raw"),
      Date.now(),
    );
    if (!result.ok) throw new ProblemError(401, result.code, result.detail);
    const key = c.req.header("idempotency-key");
    if (key !== undefined && !EVENT_ID.test(key))
      throw new ProblemError(400, "invalid_parameter", "Idempotency-Key must be 1–200 visible ASCII characters");
    c.set("eventId", result.eventId ?? key ?? null);
    await next();
  };
}
