// First guard of the mini-token route: find the endpoint (cached), and maybe a pinned agent, from
// the short token in the URL.
import type { MiddlewareHandler } from "hono";
import { inspectMiniToken } from "../../auth/minted.ts";
import { tokenHash } from "../../auth/secret.ts";
import { ProblemError } from "../../shared/problem.ts";
import { cachedAgent, cachedIngestion, cachedMiniToken } from "../../kv-mirror/edge-cache.ts";
import { isFresh } from "../../kv-mirror/layout.ts";
import type { IngestEnv } from "../http/ingest-env.ts";
import { defaultMaxBody, prepare } from "../ingest/settings.ts";

/**
 * `/m/{mini_token}`: the short token alone names the endpoint (and maybe pins an agent). A token
 * of the wrong shape is refused without a lookup; a mirror miss asks the registry only for one
 * minted in the last couple of minutes.
 */
export function miniTokenLookup(): MiddlewareHandler<IngestEnv> {
  return async function miniTokenLookup(c, next) {
    const token = c.req.param("mini_token") ?? "";
    const inspected = token.length <= 24 ? await inspectMiniToken(c.env, token) : null;
    const fresh = inspected?.shape === "minted" && isFresh(inspected.created_ms);
    const mini =
      inspected && inspected.shape !== "malformed" ? await cachedMiniToken(c.env, await tokenHash(token), fresh) : null;
    const record = mini ? await cachedIngestion(c.env, mini.ingestion_id) : null;
    const target = mini?.agent_id ?? record?.agent_id;
    const [agent, installAgent] = await Promise.all([
      target ? cachedAgent(c.env, target) : null,
      record ? cachedAgent(c.env, record.agent_id) : null,
    ]);
    // Revoked singly (gone from the registry), or by the tokens_valid_from floor of the agent it
    // delivers to or of the install's own agent.
    const floor = Math.max(agent?.tokens_valid_from ?? 0, installAgent?.tokens_valid_from ?? 0);
    // Short (low-bandwidth senders) but problem+json with a code, like every other error.
    if (!mini || !record || !agent || mini.created_at < floor)
      throw new ProblemError(401, "token_invalid", "unknown or revoked mini-token");
    c.set("ingestion", prepare(record, defaultMaxBody(c.env)));
    c.set("targetAgentId", agent.id);
    c.set("pinnedAgentId", mini.agent_id);
    c.set("preAuthenticated", true);
    c.set("credential", `mini:${mini.id}`);
    await next();
  };
}
