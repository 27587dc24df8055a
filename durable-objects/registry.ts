// The registry: source of truth for the organisation, its agents, groups and tokens (SQLite).
// The request path reads it through src/registry/cache.ts; only writes and cache misses reach it.
import { DurableObject } from "cloudflare:workers";
import { fail, ok, type Outcome } from "../src/data/types.ts";
import { newRegistryId } from "../src/data/snowflake.ts";
import { newSecret, sha256Hex } from "../src/auth/secret.ts";
import type { AgentRecord, AgentType, Grant, GroupRecord, ResolvedAgent, TokenRecord } from "../src/registry/types.ts";
import type {
  IngestionRecord,
  InstallRecord,
  IssuedIngestion,
  MiniTokenRecord,
} from "../src/registry/install-types.ts";
import { InstallsStore } from "../src/registry/installs-store.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS agents (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, display_name TEXT NOT NULL,
  serial_number TEXT UNIQUE, groups TEXT NOT NULL DEFAULT '[]', type TEXT NOT NULL,
  tokens_valid_from INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS groups (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, parent TEXT);
CREATE TABLE IF NOT EXISTS tokens (
  id TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, grants TEXT NOT NULL, created_at INTEGER NOT NULL
);
`;

type AgentRow = Omit<AgentRecord, "groups" | "organisation_id"> & { groups: string };

export interface AgentInput {
  name: string;
  display_name?: string;
  serial_number?: string | null;
  groups?: string[];
  type?: AgentType;
}

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
  #installs: InstallsStore | undefined;

  private get installs(): InstallsStore {
    this.#installs ??= new InstallsStore(this.ctx.storage.sql);
    return this.#installs;
  }

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.blockConcurrencyWhile(async () => this.init());
  }

  private init(): void {
    const sql = this.ctx.storage.sql;
    sql.exec(SCHEMA);
    const row = sql.exec<{ v: string }>("SELECT v FROM meta WHERE k = 'organisation_id'").toArray()[0];
    if (row) {
      this.#orgId = row.v;
      return;
    }
    this.#orgId = newRegistryId();
    sql.exec("INSERT INTO meta (k, v) VALUES ('organisation_id', ?)", this.#orgId);
    this.insertAgent({ name: "org", display_name: "Organisation", type: "org" });
  }

  organisation(): { id: string; org_agent_id: string } {
    const org = this.ctx.storage.sql.exec<{ id: string }>("SELECT id FROM agents WHERE type = 'org'").one();
    return { id: this.#orgId, org_agent_id: org.id };
  }

  // ---- agents -------------------------------------------------------------------------------

  createAgent(input: AgentInput): Outcome<AgentRecord> {
    const problem = this.checkAgentInput(input, null);
    if (problem) return problem;
    return ok(this.insertAgent(input));
  }

  getAgent(id: string): ResolvedAgent | null {
    const agent = this.agentById(id);
    return agent ? { ...agent, group_closure: this.closure(agent.groups) } : null;
  }

  listAgents(filter: { serial_number?: string } = {}): AgentRecord[] {
    const rows =
      filter.serial_number !== undefined
        ? this.ctx.storage.sql.exec<AgentRow>("SELECT * FROM agents WHERE serial_number = ?", filter.serial_number)
        : this.ctx.storage.sql.exec<AgentRow>("SELECT * FROM agents ORDER BY created_at, id");
    return rows.toArray().map((r) => this.agentView(r));
  }

  updateAgent(id: string, patch: Partial<AgentInput> & { tokens_valid_from?: number }): Outcome<AgentRecord> {
    const current = this.agentById(id);
    if (!current) return fail(404, "not_found", `agent ${id} not found`);
    const next = { ...current, ...patch, display_name: patch.display_name ?? current.display_name };
    const problem = this.checkAgentInput(next, id);
    if (problem) return problem;
    this.ctx.storage.sql.exec(
      "UPDATE agents SET name = ?, display_name = ?, serial_number = ?, groups = ?, tokens_valid_from = ? WHERE id = ?",
      next.name,
      next.display_name,
      next.serial_number ?? null,
      JSON.stringify(next.groups),
      next.tokens_valid_from,
      id,
    );
    return ok(this.agentById(id) as AgentRecord);
  }

  deleteAgent(id: string): Outcome<true> {
    const agent = this.agentById(id);
    if (!agent) return fail(404, "not_found", `agent ${id} not found`);
    if (agent.type === "org") return fail(409, "conflict", "the organisation agent cannot be deleted");
    this.ctx.storage.sql.exec("DELETE FROM agents WHERE id = ?", id);
    return ok(true);
  }

  // ---- groups -------------------------------------------------------------------------------

  createGroup(input: { name: string; parent?: string | null }): Outcome<GroupRecord> {
    const sql = this.ctx.storage.sql;
    if (sql.exec("SELECT 1 FROM groups WHERE name = ?", input.name).toArray().length)
      return fail(409, "conflict", `group '${input.name}' already exists`);
    const parent = input.parent ?? null;
    if (parent !== null && !sql.exec("SELECT 1 FROM groups WHERE id = ?", parent).toArray().length)
      return fail(422, "validation_failed", `parent: group ${parent} not found`);
    const group = { id: newRegistryId(), name: input.name, parent };
    sql.exec("INSERT INTO groups (id, name, parent) VALUES (?, ?, ?)", group.id, group.name, group.parent);
    return ok(group);
  }

  listGroups(): GroupRecord[] {
    return this.ctx.storage.sql.exec<GroupRecord>("SELECT id, name, parent FROM groups ORDER BY name").toArray();
  }

  deleteGroup(id: string): Outcome<true> {
    const sql = this.ctx.storage.sql;
    if (!sql.exec("SELECT 1 FROM groups WHERE id = ?", id).toArray().length)
      return fail(404, "not_found", `group ${id} not found`);
    if (sql.exec("SELECT 1 FROM groups WHERE parent = ?", id).toArray().length)
      return fail(409, "conflict", "group has child groups");
    if (this.listAgents().some((a) => a.groups.includes(id)))
      return fail(409, "conflict", "group still has member agents");
    sql.exec("DELETE FROM groups WHERE id = ?", id);
    return ok(true);
  }

  // ---- tokens -------------------------------------------------------------------------------

  /** Creates a token; the secret is returned once and only its SHA-256 is stored. */
  async createToken(grants: Grant[]): Promise<{ id: string; token: string }> {
    const token = newSecret("eht_", 32);
    const id = newRegistryId();
    this.ctx.storage.sql.exec(
      "INSERT INTO tokens (id, hash, grants, created_at) VALUES (?, ?, ?, ?)",
      id,
      await sha256Hex(token),
      JSON.stringify(grants),
      Date.now(),
    );
    return { id, token };
  }

  resolveToken(hash: string): TokenRecord | null {
    const row = this.ctx.storage.sql
      .exec<{ id: string; grants: string; created_at: number }>(
        "SELECT id, grants, created_at FROM tokens WHERE hash = ?",
        hash,
      )
      .toArray()[0];
    return row ? { id: row.id, grants: JSON.parse(row.grants) as Grant[], created_at: row.created_at } : null;
  }

  /** Returns the revoked token's hash so the caller can drop it from its edge cache. */
  revokeToken(id: string): string | null {
    const row = this.ctx.storage.sql.exec<{ hash: string }>("SELECT hash FROM tokens WHERE id = ?", id).toArray()[0];
    if (!row) return null;
    this.ctx.storage.sql.exec("DELETE FROM tokens WHERE id = ?", id);
    return row.hash;
  }

  // ---- installs and ingestion endpoints ------------------------------------------------------

  async createInstall(input: InstallInput): Promise<Outcome<InstallIssued>> {
    let agentId = input.agent_id;
    if (agentId === undefined) agentId = this.insertAgent({ name: input.display_name, type: "integration" }).id;
    else if (!this.agentById(agentId)) return fail(422, "validation_failed", `agent_id: agent ${agentId} not found`);
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
    if (agentId !== null && !this.agentById(agentId))
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
    const withApps = new Set(this.installs.agentsWithApps(perms.apps_installed));
    const wanted = new Set(perms.groups);
    const parents = new Map(this.listGroups().map((g) => [g.id, g.parent]));
    return this.listAgents()
      .filter((a) => a.type !== "org")
      .filter(
        (a) =>
          perms.all_devices ||
          perms.devices.includes(a.id) ||
          withApps.has(a.id) ||
          closureOf(a.groups, parents).some((g) => wanted.has(g)),
      )
      .map((a) => a.id);
  }

  // ---- internals ----------------------------------------------------------------------------

  private insertAgent(input: AgentInput): AgentRecord {
    const id = newRegistryId();
    this.ctx.storage.sql.exec(
      "INSERT INTO agents (id, name, display_name, serial_number, groups, type, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      id,
      input.name,
      input.display_name ?? input.name,
      input.serial_number ?? null,
      JSON.stringify(input.groups ?? []),
      input.type ?? "device",
      Date.now(),
    );
    return this.agentById(id) as AgentRecord;
  }

  private checkAgentInput(input: AgentInput, selfId: string | null): Outcome<never> | null {
    const sql = this.ctx.storage.sql;
    if (input.serial_number) {
      const clash = sql
        .exec<{ id: string }>("SELECT id FROM agents WHERE serial_number = ?", input.serial_number)
        .toArray()[0];
      if (clash && clash.id !== selfId)
        return fail(409, "serial_number_taken", `serial_number '${input.serial_number}' belongs to agent ${clash.id}`);
    }
    for (const [i, group] of (input.groups ?? []).entries()) {
      if (!sql.exec("SELECT 1 FROM groups WHERE id = ?", group).toArray().length)
        return fail(422, "validation_failed", `groups[${i}]: group ${group} not found`);
    }
    return null;
  }

  private agentById(id: string): AgentRecord | null {
    const row = this.ctx.storage.sql.exec<AgentRow>("SELECT * FROM agents WHERE id = ?", id).toArray()[0];
    return row ? this.agentView(row) : null;
  }

  private agentView(row: AgentRow): AgentRecord {
    return { ...row, organisation_id: this.#orgId, groups: JSON.parse(row.groups) as string[] };
  }

  private closure(groups: string[]): string[] {
    return closureOf(groups, new Map(this.listGroups().map((g) => [g.id, g.parent])));
  }
}

/** Groups an agent is in, with every ancestor of each (groups nest). */
function closureOf(groups: string[], parents: Map<string, string | null>): string[] {
  const seen = new Set<string>();
  for (let g of groups) {
    for (let hops = 0; g && !seen.has(g) && hops < 64; hops++) {
      seen.add(g);
      g = parents.get(g) ?? "";
    }
  }
  return [...seen];
}
