// The registry Durable Object: source of truth for the organisation, its agents, groups, tokens and
// installs. This class is its RPC surface (src/contracts/registry-rpc.ts): each method forwards to
// src/registry/, where the state lives (registry-state.ts: the SQLite stores, the KV mirror writer,
// the processor sync) and the changes are made (agent-, token-, install- and mini-token-changes.ts).
// The request path reads the registry through the KV mirror this object keeps; every change
// stages the mirror keys and the agents it touches in its own transaction, and the method returns
// once KV and the agents took them (or the alarm retries).
import { DurableObject } from "cloudflare:workers";
import type { Outcome } from "../src/shared/channel-types.ts";
import type { MirrorEntry } from "../src/kv-mirror/layout.ts";
import type { ProcessorInstall } from "../src/processors/processor-installs.ts";
import type { RegistryRpc } from "../src/contracts/registry-rpc.ts";
import type {
  AgentInput,
  AgentPatch,
  AgentRecord,
  Grant,
  GroupRecord,
  ResolvedAgent,
  TokenRecord,
} from "../src/contracts/registry-records.ts";
import type {
  IngestionRecord,
  InstallInput,
  InstallIssued,
  InstallRecord,
  InstallRemoved,
  InstallUpdated,
  MiniTokenRecord,
} from "../src/contracts/install-records.ts";
import { RegistryState } from "../src/registry/registry-state.ts";
import type { MirrorWriter } from "../src/registry/mirror-writer.ts";
import type { ProcessorSync } from "../src/registry/processor-sync.ts";
import { createAgent, deleteAgent, updateAgent } from "../src/registry/agent-changes.ts";
import { createToken, revokeToken } from "../src/registry/token-changes.ts";
import { createInstall, deleteInstall, updateInstall } from "../src/registry/install-changes.ts";
import { issueMiniToken, listMiniTokens, revokeMiniToken } from "../src/registry/mini-token-changes.ts";
import { coveredAgents, type PermissionsScope } from "../src/registry/covered-agents.ts";

export class Registry extends DurableObject<Env> implements RegistryRpc {
  private readonly state: RegistryState;
  /** The state's mirror writer and processor sync, by name (tests swap their KV and their push). */
  private readonly mirror: MirrorWriter;
  private readonly processors: ProcessorSync;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.state = new RegistryState(ctx, env);
    this.mirror = this.state.mirror;
    this.processors = this.state.processors;
    ctx.blockConcurrencyWhile(async () => this.state.init());
  }

  /**
   * Retries mirror writes KV refused, writes what a change could not (KV's per-key rate), and
   * retries processor pushes that failed.
   */
  override async alarm(): Promise<void> {
    await this.state.flush();
  }

  organisation(): { id: string; org_agent_id: string } {
    return { id: this.state.organisationId, org_agent_id: this.state.agents.orgAgentId() };
  }

  // ---- the mirror ---------------------------------------------------------------------------

  mirrorRead(key: string): MirrorEntry {
    return this.mirror.read(key);
  }

  mirrorPending(): number {
    return this.mirror.pending();
  }

  // ---- processor installs held by agents ------------------------------------------------------

  bindingsFor(agentId: string): ProcessorInstall[] {
    return this.processors.bindingsFor(agentId);
  }

  processorSyncPending(): number {
    return this.processors.pending();
  }

  // ---- agents -------------------------------------------------------------------------------

  createAgent(input: AgentInput): Promise<Outcome<AgentRecord>> {
    return createAgent(this.state, input);
  }

  getAgent(id: string): ResolvedAgent | null {
    return this.state.agents.resolve(id);
  }

  listAgents(filter: { serial_number?: string } = {}): AgentRecord[] {
    return this.state.agents.list(filter);
  }

  updateAgent(id: string, patch: AgentPatch): Promise<Outcome<AgentRecord>> {
    return updateAgent(this.state, id, patch);
  }

  deleteAgent(id: string): Promise<Outcome<true>> {
    return deleteAgent(this.state, id);
  }

  // ---- groups -------------------------------------------------------------------------------
  // Nothing to mirror: a new group has no members, and only an empty, childless group can be
  // deleted, so no agent's group closure changes.

  createGroup(input: { name: string; parent?: string | null }): Outcome<GroupRecord> {
    return this.state.agents.createGroup(input);
  }

  listGroups(): GroupRecord[] {
    return this.state.agents.listGroups();
  }

  deleteGroup(id: string): Outcome<true> {
    return this.state.agents.deleteGroup(id);
  }

  // ---- tokens -------------------------------------------------------------------------------

  createToken(grants: Grant[]): Promise<{ id: string; token: string }> {
    return createToken(this.state, grants);
  }

  resolveToken(hash: string): TokenRecord | null {
    return this.state.tokens.resolve(hash);
  }

  listTokens(): TokenRecord[] {
    return this.state.tokens.list();
  }

  tokenExists(id: string): boolean {
    return this.state.tokens.exists(id);
  }

  revokeToken(id: string): Promise<string | null> {
    return revokeToken(this.state, id);
  }

  // ---- installs, ingestion endpoints and mini-tokens --------------------------------------------

  createInstall(input: InstallInput): Promise<Outcome<InstallIssued>> {
    return createInstall(this.state, input);
  }

  getInstall(id: string): InstallRecord | null {
    return this.state.installs.get(id);
  }

  listInstalls(): InstallRecord[] {
    return this.state.installs.list();
  }

  updateInstall(
    id: string,
    config: Record<string, unknown>,
    opts: { replace_token: boolean; mini_token: boolean },
  ): Promise<Outcome<InstallUpdated>> {
    return updateInstall(this.state, id, config, opts);
  }

  deleteInstall(id: string): Promise<Outcome<InstallRemoved>> {
    return deleteInstall(this.state, id);
  }

  ingestionIdOf(installId: string): string | null {
    return this.state.installs.ingestionIdOf(installId);
  }

  getIngestion(id: string): IngestionRecord | null {
    return this.state.installs.ingestion(id, this.state.organisationId);
  }

  resolveMiniToken(hash: string): MiniTokenRecord | null {
    return this.state.installs.resolveMiniToken(hash);
  }

  issueMiniToken(installId: string, agentId: string | null): Promise<Outcome<{ id: string; mini_token: string }>> {
    return issueMiniToken(this.state, installId, agentId);
  }

  listMiniTokens(installId: string): MiniTokenRecord[] {
    return listMiniTokens(this.state, installId);
  }

  revokeMiniToken(installId: string, id: string): Promise<Outcome<string>> {
    return revokeMiniToken(this.state, installId, id);
  }

  // ---- extended permissions -------------------------------------------------------------------

  agentsWithApps(apps: string[]): string[] {
    return this.state.installs.agentsWithApps(apps);
  }

  extendedPermissionAgents(perms: PermissionsScope): string[] {
    return coveredAgents(this.state.agents, this.state.installs, perms);
  }
}
