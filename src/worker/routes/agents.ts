// `GET /api/agents` (data plane): the agents the caller may read, e.g. a dashboard's device list.
// Each agent is checked as `/api/agents/{id}/…` checks it (resolved through the registry cache,
// groups nested), so the list never shows an agent whose channels the caller would be refused.
// Each entry says the token's `access` to it (read, write or admin), so a page can disable what it
// could not do instead of letting the user learn from a 403.
import { Hono } from "hono";
import { allows, type Principal } from "../../auth/principal.ts";
import type { AppEnv } from "../http/app-env.ts";
import { cachedAgent, registry } from "../../kv-mirror/edge-cache.ts";
import type { AgentRecord, Permission } from "../../contracts/registry-records.ts";

export const agents = new Hono<AppEnv>();

agents.get("/", async (c) => {
  const principal = c.get("principal");
  const candidates = onlyNamed(principal, await registry(c.env).listAgents());
  const readable = await Promise.all(
    candidates.map(async (agent): Promise<[AgentRecord, Permission] | null> => {
      if (principal.kind === "admin") return [agent, "admin"];
      const resolved = await cachedAgent(c.env, agent.id);
      if (!resolved || !allows(principal, resolved, "read")) return null;
      const access = (["admin", "write"] as const).find((p) => allows(principal, resolved, p)) ?? "read";
      return [agent, access];
    }),
  );
  return c.json(
    readable
      .filter((a) => a !== null)
      .map(([{ id, name, display_name, serial_number, type }, access]) => ({
        id,
        name,
        display_name,
        serial_number,
        type,
        access,
      })),
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
