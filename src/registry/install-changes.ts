// Creating, reconfiguring and deleting installs with their ingestion endpoints and mini-tokens:
// secrets minted before the transaction (hashing is async, a transaction is not), then one
// transaction with the mirror keys the change touches and the agents in the processor scopes it
// changes (the install's kind, stored with it, says whether it has one).
import { fail, ok, type Outcome } from "../shared/channel-types.ts";
import { mintMiniToken, mintSecret } from "../auth/minted.ts";
import { sha256Hex } from "../auth/secret.ts";
import { ingestionMirrorKey, miniMirrorKey } from "../kv-mirror/layout.ts";
import type {
  InstallInput,
  InstallIssued,
  InstallRemoved,
  InstallUpdated,
  IssuedIngestion,
} from "../contracts/install-records.ts";
import type { RegistryState } from "./registry-state.ts";

/** Secrets minted before a transaction. */
interface EndpointSecrets {
  token: string;
  tokenHash: string;
  mini: string;
  miniHash: string;
}

async function endpointSecrets(env: Env, now: number): Promise<EndpointSecrets> {
  const token = await mintSecret(env, "ehi", now);
  const mini = await mintMiniToken(env, now);
  return { token, tokenHash: await sha256Hex(token), mini, miniHash: await sha256Hex(mini) };
}

/** Runs as `input.agent_id`, or as a new integration agent named after the install. */
export async function createInstall(s: RegistryState, input: InstallInput): Promise<Outcome<InstallIssued>> {
  const now = Date.now();
  const secrets = input.ingestion ? await endpointSecrets(s.env, now) : null;
  return s.commit((): Outcome<InstallIssued> => {
    let agentId = input.agent_id;
    if (agentId === undefined) agentId = s.agents.insert({ name: input.display_name, type: "integration" }).id;
    else if (!s.agents.get(agentId)) return fail(422, "validation_failed", `agent_id: agent ${agentId} not found`);
    const { ingestion: _ingestion, mini_token, kind, ...fields } = input;
    const held = s.processors.heldBy(agentId);
    const install = s.installs.create({ ...fields, agent_id: agentId }, kind);
    // A processor's scope learns of it; and the agent's apps changed (apps_installed).
    s.processors.stage(s.processors.scopeOf(install, kind));
    s.processors.stageIfChanged(agentId, held);
    const keys: string[] = [];
    let issued: IssuedIngestion | undefined;
    if (secrets) {
      issued = {
        id: s.installs.insertIngestion(install.install_id, secrets.tokenHash, now),
        token: secrets.token,
      };
      if (mini_token) {
        s.installs.insertMiniToken(issued.id, null, secrets.miniHash, now);
        issued.mini_token = secrets.mini;
        keys.push(miniMirrorKey(secrets.miniHash));
      }
    }
    // The agent's apps changed (extended permissions' apps_installed), and the endpoint is new.
    s.mirror.stage(...s.source.agentKeys(agentId, s.agents.get(agentId)?.serial_number), ...keys);
    return ok(issued ? { install, ingestion: issued } : { install });
  });
}

/** New config: replaces the ingestion token unless asked to keep it; mini_token off revokes. */
export async function updateInstall(
  s: RegistryState,
  id: string,
  config: Record<string, unknown>,
  opts: { replace_token: boolean; mini_token: boolean },
): Promise<Outcome<InstallUpdated>> {
  const now = Date.now();
  // Minted ahead (hashing is async); used only if the change needs them.
  const secrets = await endpointSecrets(s.env, now);
  return s.commit((): Outcome<InstallUpdated> => {
    const found = s.installs.withKind(id);
    if (!found) return fail(404, "not_found", `install ${id} not found`);
    const { install, kind } = found;
    const scope = s.processors.scopeOf(install, kind);
    s.installs.updateConfig(id, config);
    const updated = { ...install, config };
    // Agents leaving the scope drop it; those in it (old or new) get the new config.
    s.processors.stage(new Set([...scope, ...s.processors.scopeOf(updated, kind)]));
    const ingestionId = s.installs.ingestionIdOf(id);
    if (!ingestionId) return ok({ install: updated, revoked_mini_hashes: [] });
    const issued: IssuedIngestion = { id: ingestionId };
    if (opts.replace_token) {
      s.installs.replaceToken(ingestionId, secrets.tokenHash, now);
      issued.token = secrets.token;
    }
    let revoked: string[] = [];
    const existing = s.installs.listMiniTokens(ingestionId);
    if (!opts.mini_token) revoked = s.installs.dropMiniTokens(ingestionId);
    else if (existing.length === 0) {
      s.installs.insertMiniToken(ingestionId, null, secrets.miniHash, now);
      issued.mini_token = secrets.mini;
      s.mirror.stage(miniMirrorKey(secrets.miniHash));
    }
    s.mirror.stage(ingestionMirrorKey(ingestionId), ...revoked.map(miniMirrorKey));
    return ok({ install: updated, ingestion: issued, revoked_mini_hashes: revoked });
  });
}

export function deleteInstall(s: RegistryState, id: string): Promise<Outcome<InstallRemoved>> {
  return s.commit((): Outcome<InstallRemoved> => {
    const found = s.installs.withKind(id);
    if (!found) return fail(404, "not_found", `install ${id} not found`);
    const { install, kind } = found;
    const scope = s.processors.scopeOf(install, kind);
    const held = s.processors.heldBy(install.agent_id);
    const removed = s.installs.delete(id);
    s.processors.stage(scope);
    s.processors.stageIfChanged(install.agent_id, held);
    s.mirror.stage(
      removed.ingestion_id ? ingestionMirrorKey(removed.ingestion_id) : null,
      ...removed.mini_hashes.map(miniMirrorKey),
      ...s.source.agentKeys(install.agent_id, s.agents.get(install.agent_id)?.serial_number),
    );
    return ok(removed);
  });
}
