// First guard of the endpoint route: find the ingestion endpoint (cached) named by the URL.
import type { MiddlewareHandler } from "hono";
import { ProblemError } from "../../shared/problem.ts";
import { cachedIngestion } from "../../kv-mirror/edge-cache.ts";
import type { IngestEnv } from "../http/ingest-env.ts";
import { defaultMaxBody, prepare } from "../ingest/settings.ts";

const unknownIngestion = (): ProblemError => new ProblemError(404, "unknown_ingestion", "no such ingestion endpoint");

/** `/api/agents/{agent}/processors/ingestions/{ingestion}/invoke`: the agent must own it. */
export function ingestionLookup(): MiddlewareHandler<IngestEnv> {
  return async function ingestionLookup(c, next) {
    const id = c.req.param("ingestion_id") ?? "";
    const record = /^\d{1,19}$/.test(id) ? await cachedIngestion(c.env, id) : null;
    if (!record || record.agent_id !== c.req.param("agent_id")) throw unknownIngestion();
    c.set("ingestion", prepare(record, defaultMaxBody(c.env)));
    c.set("targetAgentId", record.agent_id);
    c.set("pinnedAgentId", null);
    c.set("preAuthenticated", false);
    c.set("credential", "endpoint");
    await next();
  };
}
