// Ingestion routes (SPEC §4.2): each reads as the list of its guards, in order.
import { Hono } from "hono";
import type { Handler } from "hono";
import { newRegistryId } from "../../shared/snowflake.ts";
import { dedup } from "../guards/dedup.ts";
import { ProblemError } from "../../shared/problem.ts";
import { cidrAllowList } from "../guards/cidr-allow-list.ts";
import type { IngestEnv } from "../http/ingest-env.ts";
import { runInvocation } from "../../invocation/invoke.ts";
import { ingestionLookup } from "../guards/ingestion-lookup.ts";
import { miniTokenLookup } from "../guards/mini-token-lookup.ts";
import { enqueue } from "../../invocation/queued.ts";
import { forwardedHeaders } from "../../invocation/forwarded-headers.ts";
import { rawBody } from "../guards/raw-body.ts";
import { rejectLimit } from "../guards/reject-limit.ts";
import { rejectionLog } from "../guards/rejection-log.ts";
import { signatureCheck } from "../guards/signature-check.ts";
import { throttle } from "../guards/throttle.ts";
import { ingestionToken } from "../guards/ingestion-token.ts";

export const ingest = new Hono<IngestEnv>();

const verified = [cidrAllowList(), ingestionToken(), rawBody(), signatureCheck(), dedup(), throttle()] as const;

ingest.post(
  "/api/agents/:agent_id/processors/ingestions/:ingestion_id/invoke",
  rejectLimit(),
  ingestionLookup(),
  rejectionLog(),
  ...verified,
  invoke("full"),
);
ingest.post("/m/:mini_token", rejectLimit(), miniTokenLookup(), rejectionLog(), ...verified, invoke("mini"));

/** The URL handed to the app: every query parameter kept except the token itself. */
function invocationUrl(url: string): string {
  if (!url.includes("token=")) return url;
  const u = new URL(url);
  u.searchParams.delete("token");
  return u.toString();
}

function invoke(form: "full" | "mini"): Handler<IngestEnv> {
  return async function invoke(c) {
    const { record } = c.get("ingestion");
    const eventId = c.get("eventId") ?? newRegistryId();
    const common = {
      event_id: eventId,
      credential: c.get("credential"),
      target_agent_id: c.get("targetAgentId"),
      pinned_agent_id: c.get("pinnedAgentId"),
      content_type: c.req.header("content-type") ?? null,
      invocation_url: invocationUrl(c.req.url),
      source_ip: c.get("sourceIp"),
      received_at: Date.now(),
      forwarded_headers: forwardedHeaders(c.req.raw.headers),
    };
    if (c.req.query("wait") === "false") {
      try {
        await enqueue(c.env, record.agent_id, { ingestion_id: record.id, ...common }, c.get("raw"));
      } catch (cause) {
        // Not accepted, so nothing is lost: the sender retries.
        throw new ProblemError(503, "unavailable", "the event could not be queued; retry shortly", {
          headers: { "retry-after": "5" },
          cause,
        });
      }
      // A repeat is queued again and has no second effect: the consumer commits under the same
      // event key, which the device's DO has already applied.
      if (form === "mini") return c.body(null, 204);
      return c.json({ id: eventId }, 202);
    }
    const result = await runInvocation(
      c.env,
      {
        record,
        ...common,
        event_key: c.get("eventKey"),
        raw: c.get("raw"),
        respond: form === "mini" ? "empty" : c.req.query("json_response") === "true" ? "returned" : "id",
        queued: false,
      },
      (work) => c.executionCtx.waitUntil(work),
    );
    const headers: Record<string, string> = {};
    if (result.content_type) headers["content-type"] = result.content_type;
    if (result.replayed) headers["idempotent-replayed"] = "true";
    return new Response(result.body || null, { status: result.status, headers });
  };
}
