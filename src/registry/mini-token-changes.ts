// An install's mini-tokens, found through its ingestion endpoint: issuing one (optionally pinned
// to an agent), listing and revoking them, each change with its mirror key.
import { fail, ok, type Outcome } from "../shared/channel-types.ts";
import { mintMiniToken } from "../auth/minted.ts";
import { sha256Hex } from "../auth/secret.ts";
import { miniMirrorKey } from "../kv-mirror/layout.ts";
import type { MiniTokenRecord } from "../contracts/install-records.ts";
import type { RegistryState } from "./registry-state.ts";

/** `agentId`: the agent the token is pinned to; null = the install's own agent. */
export async function issueMiniToken(
  s: RegistryState,
  installId: string,
  agentId: string | null,
): Promise<Outcome<{ id: string; mini_token: string }>> {
  const now = Date.now();
  const mini = await mintMiniToken(s.env, now);
  const hash = await sha256Hex(mini);
  return s.commit((): Outcome<{ id: string; mini_token: string }> => {
    const ingestionId = s.installs.ingestionIdOf(installId);
    if (!ingestionId) return fail(404, "not_found", `install ${installId} has no ingestion endpoint`);
    if (agentId !== null && !s.agents.get(agentId))
      return fail(422, "validation_failed", `agent_id: agent ${agentId} not found`);
    const id = s.installs.insertMiniToken(ingestionId, agentId, hash, now);
    s.mirror.stage(miniMirrorKey(hash));
    return ok({ id, mini_token: mini });
  });
}

/** None for an install without an ingestion endpoint (or no such install). */
export function listMiniTokens(s: RegistryState, installId: string): MiniTokenRecord[] {
  const ingestionId = s.installs.ingestionIdOf(installId);
  return ingestionId ? s.installs.listMiniTokens(ingestionId) : [];
}

/** The revoked token's hash, for the edge caches to drop. */
export function revokeMiniToken(s: RegistryState, installId: string, id: string): Promise<Outcome<string>> {
  return s.commit((): Outcome<string> => {
    const ingestionId = s.installs.ingestionIdOf(installId);
    const hash = ingestionId ? s.installs.revokeMiniToken(ingestionId, id) : null;
    if (!hash) return fail(404, "not_found", `mini-token ${id} not found`);
    s.mirror.stage(miniMirrorKey(hash));
    return ok(hash);
  });
}
