// The Registry object's RPC surface, as its callers see it (durable-objects/registry.ts implements
// it; src/contracts/stubs.ts types the stubs from it). Wire types only: records, inputs and outcomes.
import type { Outcome } from "../shared/channel-types.ts";
import type { MirrorEntry } from "../kv-mirror/layout.ts";
import type { ProcessorInstall } from "../processors/processor-installs.ts";
import type {
  AgentInput,
  AgentPatch,
  AgentRecord,
  Grant,
  GroupRecord,
  ResolvedAgent,
  TokenRecord,
} from "./registry-records.ts";
import type {
  IngestionRecord,
  InstallInput,
  InstallIssued,
  InstallRecord,
  InstallRemoved,
  InstallUpdated,
  MiniTokenRecord,
} from "./install-records.ts";

export interface RegistryRpc {
  organisation(): { id: string; org_agent_id: string };

  // ---- the mirror ---------------------------------------------------------------------------

  /**
   * A mirror key's value as the registry has it now, with the change sequence as its version: what
   * the edge asks for when the mirror misses a record created a moment ago.
   */
  mirrorRead(key: string): MirrorEntry;
  /** Mirror writes not yet taken by KV (tests, and operators wondering why the mirror lags). */
  mirrorPending(): number;

  // ---- processor installs held by agents ------------------------------------------------------

  /** The processor installs whose scope covers an agent: what its object should hold. */
  bindingsFor(agentId: string): ProcessorInstall[];
  /** Agents not yet told their processor installs (tests, and operators). */
  processorSyncPending(): number;

  // ---- agents and groups ----------------------------------------------------------------------

  createAgent(input: AgentInput): Promise<Outcome<AgentRecord>>;
  getAgent(id: string): ResolvedAgent | null;
  listAgents(filter?: { serial_number?: string }): AgentRecord[];
  updateAgent(id: string, patch: AgentPatch): Promise<Outcome<AgentRecord>>;
  /** Refused (409) while installs run as the agent. */
  deleteAgent(id: string): Promise<Outcome<true>>;
  createGroup(input: { name: string; parent?: string | null }): Outcome<GroupRecord>;
  listGroups(): GroupRecord[];
  /** Only an empty, childless group. */
  deleteGroup(id: string): Outcome<true>;

  // ---- tokens -------------------------------------------------------------------------------

  /** Creates a token; the secret is returned once and only its SHA-256 is stored. */
  createToken(grants: Grant[]): Promise<{ id: string; token: string }>;
  resolveToken(hash: string): TokenRecord | null;
  /** Every token made through the control API, oldest first: id, grants, created_at; no secret or hash. */
  listTokens(): TokenRecord[];
  tokenExists(id: string): boolean;
  /** Returns the revoked token's hash so the caller can drop it from its edge cache. */
  revokeToken(id: string): Promise<string | null>;

  // ---- installs, ingestion endpoints and mini-tokens --------------------------------------------

  createInstall(input: InstallInput): Promise<Outcome<InstallIssued>>;
  getInstall(id: string): InstallRecord | null;
  listInstalls(): InstallRecord[];
  /** New config: replaces the ingestion token unless asked to keep it; mini_token off revokes. */
  updateInstall(
    id: string,
    config: Record<string, unknown>,
    opts: { replace_token: boolean; mini_token: boolean },
  ): Promise<Outcome<InstallUpdated>>;
  deleteInstall(id: string): Promise<Outcome<InstallRemoved>>;
  ingestionIdOf(installId: string): string | null;
  getIngestion(id: string): IngestionRecord | null;
  resolveMiniToken(hash: string): MiniTokenRecord | null;
  issueMiniToken(installId: string, agentId: string | null): Promise<Outcome<{ id: string; mini_token: string }>>;
  listMiniTokens(installId: string): MiniTokenRecord[];
  /** Returns the revoked mini-token's hash. */
  revokeMiniToken(installId: string, id: string): Promise<Outcome<string>>;

  // ---- extended permissions -------------------------------------------------------------------

  /** Agents with an install of any of these apps (extended permissions' `apps_installed`). */
  agentsWithApps(apps: string[]): string[];
  /** Agents an install's extended permissions cover (devices ∪ nested groups ∪ apps ∪ all). */
  extendedPermissionAgents(perms: {
    devices: string[];
    groups: string[];
    apps_installed: string[];
    all_devices: boolean;
  }): string[];
}
