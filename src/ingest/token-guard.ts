// Endpoint token guard: `Authorization: Bearer` or `?token=`, compared by hash in constant time.
// On a mismatch the registry is asked once more (the token may have been replaced a moment ago).
import type { MiddlewareHandler } from "hono";
import { presentedToken } from "../auth/bearer.ts";
import { hexEquals, sha256Hex } from "../auth/secret.ts";
import { ProblemError } from "../http/problem.ts";
import { ingestionKey, invalidate, cachedIngestion } from "../registry/cache.ts";
import type { IngestEnv } from "./ingest-env.ts";
import { defaultMaxBody } from "./lookup.ts";
import { prepare } from "./settings.ts";

export function ingestionToken(): MiddlewareHandler<IngestEnv> {
  return async function ingestionToken(c, next) {
    if (c.get("preAuthenticated")) return next();
    const token = presentedToken(c.req.header("authorization"), c.req.query("token"));
    if (!token)
      throw new ProblemError(401, "token_invalid", "this endpoint needs its token (Authorization: Bearer or ?token=)");
    const hash = await sha256Hex(token);
    let record = c.get("ingestion").record;
    if (!hexEquals(hash, record.token_hash)) {
      invalidate(ingestionKey(record.id));
      const fresh = await cachedIngestion(c.env, record.id);
      if (!fresh || !hexEquals(hash, fresh.token_hash))
        throw new ProblemError(401, "token_invalid", "the endpoint token is wrong or was replaced");
      record = fresh;
      c.set("ingestion", prepare(fresh, defaultMaxBody(c.env)));
    }
    await next();
  };
}
