// De-duplication guard: an event id seen within the window returns the first outcome and has no
// second effect. The claim lives in the install agent's DO, so concurrent repeats see it too.
import type { MiddlewareHandler } from "hono";
import { ProblemError } from "../http/problem.ts";
import { agentStub } from "../registry/rpc.ts";
import type { IngestEnv } from "./ingest-env.ts";

export const DEDUP_WINDOW_MS = 24 * 3600 * 1000;

export function dedup(): MiddlewareHandler<IngestEnv> {
  return async function dedup(c, next) {
    const eventId = c.get("eventId");
    c.set("claimKey", null);
    if (eventId === null) return next();
    const { record } = c.get("ingestion");
    const key = `${record.install_id}:${eventId}`;
    const claim = await agentStub(c.env, record.agent_id).claimInvocation(key, DEDUP_WINDOW_MS);
    if (claim.state === "done") {
      const headers: Record<string, string> = { "idempotent-replayed": "true" };
      if (claim.outcome.content_type) headers["content-type"] = claim.outcome.content_type;
      return new Response(claim.outcome.body || null, { status: claim.outcome.status, headers });
    }
    if (claim.state === "in_progress")
      throw new ProblemError(409, "in_progress", `event ${eventId} is being processed; retry shortly`, {
        headers: { "retry-after": "1" },
      });
    c.set("claimKey", key);
    await next();
  };
}

/** Gives a claim back (the request was refused after claiming), without waiting for it. */
export async function releaseClaim(env: Env, agentId: string, key: string): Promise<void> {
  await agentStub(env, agentId).finishInvocation(key, null, null);
}
