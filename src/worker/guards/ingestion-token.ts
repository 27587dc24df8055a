// Endpoint token guard: `Authorization: Bearer` or `?token=`, compared by hash in constant time.
// On a mismatch the registry is asked once more only if the presented token was minted recently
// and after the one on record (it may have replaced it a moment ago, elsewhere); any other wrong
// token is refused without a lookup. The install agent's tokens_valid_from voids older tokens.
import type { MiddlewareHandler } from "hono";
import { presentedToken } from "../http/bearer-auth.ts";
import { inspectSecret } from "../../auth/minted.ts";
import { hexEquals, tokenHash } from "../../auth/secret.ts";
import { ProblemError } from "../../shared/problem.ts";
import { cachedAgent, refreshIngestion } from "../../kv-mirror/edge-cache.ts";
import { isFresh } from "../../kv-mirror/layout.ts";
import { ipAllowed } from "../../shared/cidr.ts";
import type { IngestEnv } from "../http/ingest-env.ts";
import { defaultMaxBody } from "../ingest/settings.ts";
import { prepare } from "../ingest/settings.ts";

const invalid = (detail: string): ProblemError => new ProblemError(401, "token_invalid", detail);

export function ingestionToken(): MiddlewareHandler<IngestEnv> {
  return async function ingestionToken(c, next) {
    if (c.get("preAuthenticated")) return next();
    const token = presentedToken(c.req.header("authorization"), c.req.query("token"));
    if (!token) throw invalid("this endpoint needs its token (Authorization: Bearer or ?token=)");
    const hash = await tokenHash(token);
    let { record } = c.get("ingestion");
    if (!hexEquals(hash, record.token_hash)) {
      const inspected = await inspectSecret(c.env, "ehi", token);
      const newer =
        inspected.shape === "minted" && isFresh(inspected.created_ms) && inspected.created_ms > record.token_issued_at;
      if (!newer) throw invalid("the endpoint token is wrong or was replaced");
      const fresh = await refreshIngestion(c.env, record.id);
      if (!fresh || !hexEquals(hash, fresh.token_hash)) throw invalid("the endpoint token is wrong or was replaced");
      const prepared = prepare(fresh, defaultMaxBody(c.env));
      // The fresh config may have narrowed the allow-list the CIDR guard checked.
      if (!ipAllowed(c.get("sourceIp"), prepared.settings.cidrs))
        throw new ProblemError(403, "ip_denied", "this address is not in the endpoint's allowed ranges");
      record = fresh;
      c.set("ingestion", prepared);
    }
    const agent = await cachedAgent(c.env, record.agent_id);
    if (agent && record.token_issued_at < agent.tokens_valid_from)
      throw invalid("the endpoint token was issued before the agent's tokens_valid_from");
    await next();
  };
}
