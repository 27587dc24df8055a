// `GET /api/agents` (data plane): the agents the caller may read, e.g. a dashboard's device list.
// Each agent is checked as `/api/agents/{id}/…` checks it (resolved through the registry cache,
// groups nested), so the list never shows an agent whose channels the caller would be refused.
import { Hono } from "hono";
import { allows, type Principal } from "../../auth/principal.ts";
import type { AppEnv } from "../http/app-env.ts";
import { cachedAgent, registry } from "../../kv-mirror/edge-cache.ts";
import type { AgentRecord } from "../../contracts/registry-records.ts";

export const agents = new Hono<AppEnv>();

agents.get("/", async (c) => {
  const principal = c.get("principal");
  const candidates = onlyNamed(principal, await registry(c.env).listAgents());
  const readable = await Promise.all(
    candidates.map(async (agent) => {
      if (principal.kind === "admin") return agent;
      const resolved = await cachedAgent(c.env, agent.id);
      return resolved && allows(principal, resolved, "read") ? agent : null;
    }),
  );
  return c.json(
    readable
      .filter((a) => a !== null)
      .map(({ id, name, display_name, serial_number, type }) => ({ id, name, display_name, serial_number, type })),
  );
});

/**
 * A token whose grants all name agents can read no others: only those are resolved (a device
 * token then costs one look-up, not one per agent of the organisation).
 */
function onlyNamed(principal: Principal, all: AgentRecord[]): AgentRecord[] {
  if (principal.kind === "admin") return all;
  const named = new Set<string>();
  for (const grant of principal.grants) {
    if (!("agent_id" in grant)) return all;
    named.add(grant.agent_id);
  }
  return all.filter((a) => named.has(a.id));
}
