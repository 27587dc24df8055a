// Ingestion routes (SPEC §4.2): each reads as the list of its guards, in order.
import { Hono } from "hono";
import type { Handler } from "hono";
import { newRegistryId } from "../data/snowflake.ts";
import { dedup, releaseClaim } from "../ingest/dedup.ts";
import { ProblemError } from "../http/problem.ts";
import { cidrAllowList } from "../ingest/ip-guard.ts";
import type { IngestEnv } from "../ingest/ingest-env.ts";
import { runInvocation } from "../ingest/invoke.ts";
import { ingestionLookup, miniTokenLookup } from "../ingest/lookup.ts";
import { enqueue } from "../ingest/queued.ts";
import { rawBody } from "../ingest/body-guard.ts";
import { rejectLimit } from "../ingest/reject-limit.ts";
import { signatureCheck } from "../ingest/signature-guard.ts";
import { throttle } from "../ingest/throttle-guard.ts";
import { ingestionToken } from "../ingest/token-guard.ts";
import { agentStub } from "../registry/rpc.ts";

export const ingest = new Hono<IngestEnv>();

const verified = [cidrAllowList(), ingestionToken(), rawBody(), signatureCheck(), dedup(), throttle()] as const;

ingest.post(
  "/api/agents/:agent_id/processors/ingestions/:ingestion_id/invoke",
  rejectLimit(),
  ingestionLookup(),
  ...verified,
  invoke("full"),
);
ingest.post("/m/:mini_token", rejectLimit(), miniTokenLookup(), ...verified, invoke("mini"));

/** The URL handed to the app: every query parameter kept except the token itself. */
function invocationUrl(url: string): string {
  const u = new URL(url);
  u.searchParams.delete("token");
  return u.toString();
}

function invoke(form: "full" | "mini"): Handler<IngestEnv> {
  return async function invoke(c) {
    const { record } = c.get("ingestion");
    const eventId = c.get("eventId") ?? newRegistryId();
    const claimKey = c.get("claimKey");
    const common = {
      event_id: eventId,
      target_agent_id: c.get("targetAgentId"),
      content_type: c.req.header("content-type") ?? null,
      invocation_url: invocationUrl(c.req.url),
      source_ip: c.get("sourceIp"),
      received_at: Date.now(),
    };
    if (c.req.query("wait") === "false") {
      try {
        await enqueue(c.env, record.agent_id, { ingestion_id: record.id, ...common }, c.get("raw"));
      } catch (cause) {
        // Not accepted, so nothing is lost: the sender retries (a claim is given back first).
        if (claimKey) c.executionCtx.waitUntil(releaseClaim(c.env, record.agent_id, claimKey));
        throw new ProblemError(503, "unavailable", "the event could not be queued; retry shortly", {
          headers: { "retry-after": "5" },
          cause,
        });
      }
      const body = form === "mini" ? "" : JSON.stringify({ id: eventId });
      const status = form === "mini" ? 204 : 202;
      // The queued event's first outcome is its acceptance: a repeat must not enqueue it again.
      // The event is queued already, so it is accepted even if this record fails (a repeat after
      // the 30 s claim would then queue it again; its effects are idempotent by event id).
      if (claimKey)
        await agentStub(c.env, record.agent_id)
          .finishInvocation(claimKey, { status, body, content_type: body ? "application/json" : null }, null)
          .catch((error: unknown) => console.error("could not record queued acceptance", eventId, error));
      return new Response(body || null, { status, headers: body ? { "content-type": "application/json" } : {} });
    }
    const result = await runInvocation(c.env, {
      record,
      ...common,
      claim_key: claimKey,
      raw: c.get("raw"),
      respond: form === "mini" ? "empty" : c.req.query("json_response") === "true" ? "returned" : "id",
      queued: false,
    });
    return new Response(result.body || null, {
      status: result.status,
      headers: result.content_type ? { "content-type": result.content_type } : {},
    });
  };
}
