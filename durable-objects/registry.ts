// The registry Durable Object: source of truth for the organisation, its agents, groups, tokens and
// installs (SQLite, via the stores in src/registry/). The request path reads it through src/registry/cache.ts.
import { DurableObject } from "cloudflare:workers";
import { meteredSql } from "../src/metering.ts";
import { fail, ok, type Outcome } from "../src/data/types.ts";
import { newRegistryId } from "../src/data/snowflake.ts";
import type { AgentRecord, Grant, GroupRecord, ResolvedAgent, TokenRecord } from "../src/registry/types.ts";
import type {
  IngestionRecord,
  InstallRecord,
  IssuedIngestion,
  MiniTokenRecord,
} from "../src/registry/install-types.ts";
import { AgentsStore, type AgentInput } from "../src/registry/agents-store.ts";
import { InstallsStore } from "../src/registry/installs-store.ts";
import { TokensStore } from "../src/registry/tokens-store.ts";

export type { AgentInput } from "../src/registry/agents-store.ts";

const META_SCHEMA = "CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);";

export interface InstallInput {
  app: string;
  agent_id?: string;
  display_name: string;
  config: Record<string, unknown>;
  /** The app's schema has an ingestion endpoint: create one. */
  ingestion: boolean;
  mini_token: boolean;
}

export interface InstallIssued {
  install: InstallRecord;
  ingestion?: IssuedIngestion;
}

export class Registry extends DurableObject<Env> {
  #orgId = "";
  #agents: AgentsStore | undefined;
  #tokens: TokensStore | undefined;
  #installs: InstallsStore | undefined;
  /** Metered in cost runs (src/metering.ts); the plain handle otherwise. */
  private readonly sql: SqlStorage;

  /** Created after init has set the organisation id, which agent records carry. */
  private get agents(): AgentsStore {
    this.#agents ??= new AgentsStore(this.sql, this.#orgId);
    return this.#agents;
  }

  private get tokens(): TokensStore {
    this.#tokens ??= new TokensStore(this.sql);
    return this.#tokens;
  }

  private get installs(): InstallsStore {
    this.#installs ??= new InstallsStore(this.sql);
    return this.#installs;
  }

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = meteredSql(ctx.storage.sql);
    ctx.blockConcurrencyWhile(async () => this.init());
  }

  private init(): void {
    const sql = this.sql;
    sql.exec(META_SCHEMA);
    const row = sql.exec<{ v: string }>("SELECT v FROM meta WHERE k = 'organisation_id'").toArray()[0];
    if (row) {
      this.#orgId = row.v;
      return;
    }
    this.#orgId = newRegistryId();
    sql.exec("INSERT INTO meta (k, v) VALUES ('organisation_id', ?)", this.#orgId);
    this.agents.insert({ name: "org", display_name: "Organisation", type: "org" });
  }

  organisation(): { id: string; org_agent_id: string } {
    return { id: this.#orgId, org_agent_id: this.agents.orgAgentId() };
  }

  // ---- agents -------------------------------------------------------------------------------

  createAgent(input: AgentInput): Outcome<AgentRecord> {
    return this.agents.create(input);
  }

  getAgent(id: string): ResolvedAgent | null {
    return this.agents.resolve(id);
  }

  listAgents(filter: { serial_number?: string } = {}): AgentRecord[] {
    return this.agents.list(filter);
  }

  updateAgent(id: string, patch: Partial<AgentInput> & { tokens_valid_from?: number }): Outcome<AgentRecord> {
    return this.agents.update(id, patch);
  }

  deleteAgent(id: string): Outcome<true> {
    // An install's endpoint would go on writing into a deleted agent: remove installs first.
    const installs = this.installs.list().filter((i) => i.agent_id === id).length;
    if (installs > 0) return fail(409, "conflict", `agent ${id} still has ${installs} install(s); delete them first`);
    return this.agents.delete(id);
  }

  // ---- groups -------------------------------------------------------------------------------

  createGroup(input: { name: string; parent?: string | null }): Outcome<GroupRecord> {
    return this.agents.createGroup(input);
  }

  listGroups(): GroupRecord[] {
    return this.agents.listGroups();
  }

  deleteGroup(id: string): Outcome<true> {
    return this.agents.deleteGroup(id);
  }

  // ---- tokens -------------------------------------------------------------------------------

  /** Creates a token; the secret is returned once and only its SHA-256 is stored. */
  async createToken(grants: Grant[]): Promise<{ id: string; token: string }> {
    return this.tokens.create(grants);
  }

  resolveToken(hash: string): TokenRecord | null {
    return this.tokens.resolve(hash);
  }

  /** Returns the revoked token's hash so the caller can drop it from its edge cache. */
  revokeToken(id: string): string | null {
    return this.tokens.revoke(id);
  }

  // ---- installs and ingestion endpoints ------------------------------------------------------

  async createInstall(input: InstallInput): Promise<Outcome<InstallIssued>> {
    let agentId = input.agent_id;
    if (agentId === undefined) agentId = this.agents.insert({ name: input.display_name, type: "integration" }).id;
    else if (!this.agents.get(agentId)) return fail(422, "validation_failed", `agent_id: agent ${agentId} not found`);
    const { ingestion, mini_token, ...fields } = input;
    const install = this.installs.create({ ...fields, agent_id: agentId });
    if (!ingestion) return ok({ install });
    const issued = await this.installs.createIngestion(install.install_id);
    if (mini_token) issued.mini_token = (await this.installs.issueMiniToken(issued.id, null)).mini_token;
    return ok({ install, ingestion: issued });
  }

  getInstall(id: string): InstallRecord | null {
    return this.installs.get(id);
  }

  listInstalls(): InstallRecord[] {
    return this.installs.list();
  }

  /** New config: replaces the ingestion token unless asked to keep it; mini_token off revokes. */
  async updateInstall(
    id: string,
    config: Record<string, unknown>,
    opts: { replace_token: boolean; mini_token: boolean },
  ): Promise<Outcome<InstallIssued & { revoked_mini_hashes: string[] }>> {
    const install = this.installs.get(id);
    if (!install) return fail(404, "not_found", `install ${id} not found`);
    this.installs.updateConfig(id, config);
    const ingestionId = this.installs.ingestionIdOf(id);
    const updated = { ...install, config };
    if (!ingestionId) return ok({ install: updated, revoked_mini_hashes: [] });
    const issued: IssuedIngestion = { id: ingestionId };
    if (opts.replace_token) issued.token = await this.installs.replaceToken(ingestionId);
    let revoked: string[] = [];
    const existing = this.installs.listMiniTokens(ingestionId);
    if (!opts.mini_token) revoked = this.installs.dropMiniTokens(ingestionId);
    else if (existing.length === 0)
      issued.mini_token = (await this.installs.issueMiniToken(ingestionId, null)).mini_token;
    return ok({ install: updated, ingestion: issued, revoked_mini_hashes: revoked });
  }

  deleteInstall(id: string): Outcome<{ ingestion_id: string | null; mini_hashes: string[] }> {
    if (!this.installs.get(id)) return fail(404, "not_found", `install ${id} not found`);
    return ok(this.installs.delete(id));
  }

  ingestionIdOf(installId: string): string | null {
    return this.installs.ingestionIdOf(installId);
  }

  getIngestion(id: string): IngestionRecord | null {
    return this.installs.ingestion(id, this.#orgId);
  }

  resolveMiniToken(hash: string): MiniTokenRecord | null {
    return this.installs.resolveMiniToken(hash);
  }

  async issueMiniToken(
    installId: string,
    agentId: string | null,
  ): Promise<Outcome<{ id: string; mini_token: string }>> {
    const ingestionId = this.installs.ingestionIdOf(installId);
    if (!ingestionId) return fail(404, "not_found", `install ${installId} has no ingestion endpoint`);
    if (agentId !== null && !this.agents.get(agentId))
      return fail(422, "validation_failed", `agent_id: agent ${agentId} not found`);
    return ok(await this.installs.issueMiniToken(ingestionId, agentId));
  }

  listMiniTokens(installId: string): MiniTokenRecord[] {
    const ingestionId = this.installs.ingestionIdOf(installId);
    return ingestionId ? this.installs.listMiniTokens(ingestionId) : [];
  }

  revokeMiniToken(installId: string, id: string): Outcome<string> {
    const ingestionId = this.installs.ingestionIdOf(installId);
    const hash = ingestionId ? this.installs.revokeMiniToken(ingestionId, id) : null;
    return hash ? ok(hash) : fail(404, "not_found", `mini-token ${id} not found`);
  }

  agentsWithApps(apps: string[]): string[] {
    return this.installs.agentsWithApps(apps);
  }

  /** Agents an install's extended permissions cover (devices ∪ nested groups ∪ apps ∪ all). */
  extendedPermissionAgents(perms: {
    devices: string[];
    groups: string[];
    apps_installed: string[];
    all_devices: boolean;
  }): string[] {
    return this.agents.covered(perms, new Set(this.installs.agentsWithApps(perms.apps_installed)));
  }
}
