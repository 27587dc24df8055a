// Who is calling, and what their grants allow on an agent.
import type { Grant, Permission, ResolvedAgent } from "../contracts/registry-records.ts";

export type Principal = { kind: "admin" } | { kind: "token"; id: string; grants: Grant[]; created_at: number };

const RANK: Record<Permission, number> = { read: 0, write: 1, admin: 2 };

export function allows(principal: Principal, agent: ResolvedAgent, need: Permission): boolean {
  if (principal.kind === "admin") return true;
  if (principal.created_at < agent.tokens_valid_from) return false;
  return principal.grants.some((grant) => {
    if (RANK[grant.permission] < RANK[need]) return false;
    if ("all" in grant) return grant.all === true;
    if ("agent_id" in grant) return grant.agent_id === agent.id;
    return agent.group_closure.includes(grant.group);
  });
}

/** Control-plane access: the deployment's admin token, or a token granted admin on everything. */
export function isAdmin(principal: Principal): boolean {
  if (principal.kind === "admin") return true;
  return principal.grants.some((g) => "all" in g && g.all === true && g.permission === "admin");
}

export function principalId(principal: Principal): string {
  return principal.kind === "admin" ? "admin" : principal.id;
}
