// Resolves `:agent_id` through the registry cache and checks the caller's grant on it:
// unknown agent → 404, no grant → 403; GET needs read, anything else write.
import type { MiddlewareHandler } from "hono";
import { allows } from "../../auth/principal.ts";
import type { AppEnv } from "../http/app-env.ts";
import { ProblemError, notFound } from "../../shared/problem.ts";
import { isSnowflakeText } from "../../shared/snowflake.ts";
import { cachedAgent } from "../../kv-mirror/edge-cache.ts";

export function agentAccess(): MiddlewareHandler<AppEnv> {
  return async function agentAccess(c, next) {
    const id = c.req.param("agent_id") ?? "";
    const agent = isSnowflakeText(id) ? await cachedAgent(c.env, id) : null;
    if (!agent) {
      // Only a caller who could see every agent learns that this one does not exist; anyone else
      // gets the same 403 as for an agent outside their grants.
      const principal = c.get("principal");
      const seesAll = principal.kind === "admin" || principal.grants.some((g) => "all" in g);
      if (!seesAll) throw new ProblemError(403, "forbidden", `this token has no grant on agent ${id}`);
      throw notFound(`agent ${id}`);
    }
    const need = c.req.method === "GET" || c.req.method === "HEAD" ? "read" : "write";
    if (!allows(c.get("principal"), agent, need))
      throw new ProblemError(403, "forbidden", `this token has no ${need} grant on agent ${id}`);
    c.set("agent", agent);
    await next();
  };
}
