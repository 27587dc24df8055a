// The registry Durable Object: source of truth for the organisation, its agents, groups, tokens and
// installs (SQLite, via the stores in src/registry/). The request path reads it through a KV mirror
// that this object keeps (src/registry/mirror-writer.ts): every change stages the mirror keys it
// touches in the same transaction, and the method returns once KV took them (or the alarm retries).
// Agents' objects hold the processor installs covering them (src/registry/processor-sync.ts), kept
// the same way: a change stages the agents it affects, and the method returns once they were told.
import { DurableObject } from "cloudflare:workers";
import { meteredEnv, meteredSql } from "../src/shared/metering.ts";
import { fail, ok, type Outcome } from "../src/shared/channel-types.ts";
import { newRegistryId } from "../src/shared/snowflake.ts";
import { mintMiniToken, mintSecret } from "../src/auth/minted.ts";
import { sha256Hex } from "../src/auth/secret.ts";
import type { ProcessorInstall } from "../src/processors/bindings.ts";
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
  IssuedIngestion,
  MiniTokenRecord,
} from "../src/contracts/install-records.ts";
import type { RegistryRpc } from "../src/contracts/registry-rpc.ts";
import { AgentsStore } from "../src/registry/agents-store.ts";
import { InstallsStore } from "../src/registry/installs-store.ts";
import { TokensStore } from "../src/registry/tokens-store.ts";
import { ingestionMirrorKey, miniMirrorKey, tokenMirrorKey, type MirrorEntry } from "../src/kv-mirror/layout.ts";
import { RegistryMirrorSource } from "../src/registry/mirror-source.ts";
import { MirrorWriter } from "../src/registry/mirror-writer.ts";
import { AlarmSlot } from "../src/registry/alarm-slot.ts";
import { ProcessorSync } from "../src/registry/processor-sync.ts";
import { agentStub } from "../src/contracts/stubs.ts";
import { coveredAgents } from "../src/registry/covered-agents.ts";

const META_SCHEMA = "CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);";

/** Secrets minted before a transaction (hashing is async; the transaction is not). */
interface EndpointSecrets {
  token: string;
  tokenHash: string;
  mini: string;
  miniHash: string;
}

export class Registry extends DurableObject<Env> implements RegistryRpc {
  #orgId = "";
  #agents: AgentsStore | undefined;
  #tokens: TokensStore | undefined;
  #installs: InstallsStore | undefined;
  /** Metered in cost runs (src/metering.ts); the plain handle otherwise. */
  private readonly sql: SqlStorage;
  private readonly source: RegistryMirrorSource;
  private readonly mirror: MirrorWriter;
  private readonly processors: ProcessorSync;

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
    this.source = new RegistryMirrorSource(this.sql, () => ({
      agents: this.agents,
      installs: this.installs,
      tokens: this.tokens,
      organisationId: this.#orgId,
    }));
    const alarm = new AlarmSlot(ctx.storage);
    this.mirror = new MirrorWriter(this.sql, alarm, () => meteredEnv(env).CACHE, this.source);
    this.processors = new ProcessorSync(
      this.sql,
      alarm,
      () => ({ agents: this.agents, installs: this.installs, organisationId: this.#orgId }),
      (agentId, installs) => agentStub(env, agentId, "processors").syncProcessors(installs),
    );
    ctx.blockConcurrencyWhile(async () => this.init());
  }

  private init(): void {
    const sql = this.sql;
    sql.exec(META_SCHEMA);
    const row = sql.exec<{ v: string }>("SELECT v FROM meta WHERE k = 'organisation_id'").toArray()[0];
    if (row) this.#orgId = row.v;
    else {
      this.#orgId = newRegistryId();
      sql.exec("INSERT INTO meta (k, v) VALUES ('organisation_id', ?)", this.#orgId);
      this.agents.insert({ name: "org", display_name: "Organisation", type: "org" });
    }
    // State from before the mirror is staged whole here, once; the alarm writes it out.
    this.mirror.init();
    this.processors.init();
  }

  /**
   * Retries mirror writes KV refused, writes what a change could not (KV's per-key rate), and
   * retries processor pushes that failed.
   */
  override async alarm(): Promise<void> {
    await Promise.all([this.mirror.flush(), this.processors.flush()]);
  }

  /**
   * A change with its mirror keys and affected agents in one transaction; returns once both were
   * flushed or deferred to the alarm.
   */
  private async commit<T>(change: () => T): Promise<T> {
    const result = this.ctx.storage.transactionSync(change);
    await Promise.all([this.mirror.flush(), this.processors.flush()]);
    return result;
  }

  organisation(): { id: string; org_agent_id: string } {
    return { id: this.#orgId, org_agent_id: this.agents.orgAgentId() };
  }

  // ---- the mirror ---------------------------------------------------------------------------

  /**
   * A mirror key's value as the registry has it now, with the change sequence as its version: what
   * the edge asks for when the mirror misses a record created a moment ago.
   */
  mirrorRead(key: string): MirrorEntry {
    return this.mirror.read(key);
  }

  /** Mirror writes not yet taken by KV (tests, and operators wondering why the mirror lags). */
  mirrorPending(): number {
    return this.mirror.pending();
  }

  // ---- processor installs held by agents ------------------------------------------------------

  /** The processor installs whose scope covers an agent: what its object should hold. */
  bindingsFor(agentId: string): ProcessorInstall[] {
    return this.processors.bindingsFor(agentId);
  }

  /** Agents not yet told their processor installs (tests, and operators). */
  processorSyncPending(): number {
    return this.processors.pending();
  }

  // ---- agents -------------------------------------------------------------------------------

  createAgent(input: AgentInput): Promise<Outcome<AgentRecord>> {
    return this.commit(() => {
      const created = this.agents.create(input);
      if (created.ok) {
        this.mirror.stage(...this.source.agentKeys(created.value.id, created.value.serial_number));
        // e.g. all_devices, or a group a processor's permissions name.
        this.processors.stageIfChanged(created.value.id, "");
      }
      return created;
    });
  }

  getAgent(id: string): ResolvedAgent | null {
    return this.agents.resolve(id);
  }

  listAgents(filter: { serial_number?: string } = {}): AgentRecord[] {
    return this.agents.list(filter);
  }

  updateAgent(id: string, patch: AgentPatch): Promise<Outcome<AgentRecord>> {
    return this.commit(() => {
      const before = this.agents.get(id);
      const held = this.processors.heldBy(id);
      const updated = this.agents.update(id, patch);
      // A serial number that moved leaves a tombstone under the old one.
      if (updated.ok) {
        this.mirror.stage(...this.source.agentKeys(id, before?.serial_number, updated.value.serial_number));
        this.processors.stageIfChanged(id, held);
      }
      return updated;
    });
  }

  deleteAgent(id: string): Promise<Outcome<true>> {
    return this.commit(() => {
      // An install's endpoint would go on writing into a deleted agent: remove installs first.
      const installs = this.installs.list().filter((i) => i.agent_id === id).length;
      if (installs > 0) return fail(409, "conflict", `agent ${id} still has ${installs} install(s); delete them first`);
      const before = this.agents.get(id);
      const held = this.processors.heldBy(id);
      const deleted = this.agents.delete(id);
      if (deleted.ok) {
        this.mirror.stage(...this.source.agentKeys(id, before?.serial_number));
        // Told it holds nothing, should its object outlive the record.
        this.processors.stageIfChanged(id, held);
      }
      return deleted;
    });
  }

  // ---- groups -------------------------------------------------------------------------------
  // Nothing to mirror: a new group has no members, and only an empty, childless group can be
  // deleted, so no agent's group closure changes.

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
    const now = Date.now();
    const token = await mintSecret(this.env, "eht", now);
    const hash = await sha256Hex(token);
    const id = await this.commit(() => {
      const created = this.tokens.insert(hash, grants, now);
      this.mirror.stage(tokenMirrorKey(hash));
      return created;
    });
    return { id, token };
  }

  resolveToken(hash: string): TokenRecord | null {
    return this.tokens.resolve(hash);
  }

  tokenExists(id: string): boolean {
    return this.tokens.exists(id);
  }

  /** Returns the revoked token's hash so the caller can drop it from its edge cache. */
  revokeToken(id: string): Promise<string | null> {
    return this.commit(() => {
      const hash = this.tokens.revoke(id);
      if (hash) this.mirror.stage(tokenMirrorKey(hash));
      return hash;
    });
  }

  // ---- installs and ingestion endpoints ------------------------------------------------------

  private async endpointSecrets(now: number): Promise<EndpointSecrets> {
    const token = await mintSecret(this.env, "ehi", now);
    const mini = await mintMiniToken(this.env, now);
    return { token, tokenHash: await sha256Hex(token), mini, miniHash: await sha256Hex(mini) };
  }

  async createInstall(input: InstallInput): Promise<Outcome<InstallIssued>> {
    const now = Date.now();
    const secrets = input.ingestion ? await this.endpointSecrets(now) : null;
    return this.commit((): Outcome<InstallIssued> => {
      let agentId = input.agent_id;
      if (agentId === undefined) agentId = this.agents.insert({ name: input.display_name, type: "integration" }).id;
      else if (!this.agents.get(agentId)) return fail(422, "validation_failed", `agent_id: agent ${agentId} not found`);
      const { ingestion: _ingestion, mini_token, kind, ...fields } = input;
      const held = this.processors.heldBy(agentId);
      const install = this.installs.create({ ...fields, agent_id: agentId }, kind);
      // A processor's scope learns of it; and the agent's apps changed (apps_installed).
      this.processors.stage(this.processors.scopeOf(install, kind));
      this.processors.stageIfChanged(agentId, held);
      const keys: string[] = [];
      let issued: IssuedIngestion | undefined;
      if (secrets) {
        issued = {
          id: this.installs.insertIngestion(install.install_id, secrets.tokenHash, now),
          token: secrets.token,
        };
        if (mini_token) {
          this.installs.insertMiniToken(issued.id, null, secrets.miniHash, now);
          issued.mini_token = secrets.mini;
          keys.push(miniMirrorKey(secrets.miniHash));
        }
      }
      // The agent's apps changed (extended permissions' apps_installed), and the endpoint is new.
      this.mirror.stage(...this.source.agentKeys(agentId, this.agents.get(agentId)?.serial_number), ...keys);
      return ok(issued ? { install, ingestion: issued } : { install });
    });
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
  ): Promise<Outcome<InstallUpdated>> {
    const now = Date.now();
    // Minted ahead (hashing is async); used only if the change needs them.
    const secrets = await this.endpointSecrets(now);
    return this.commit((): Outcome<InstallUpdated> => {
      const found = this.installs.withKind(id);
      if (!found) return fail(404, "not_found", `install ${id} not found`);
      const { install, kind } = found;
      const scope = this.processors.scopeOf(install, kind);
      this.installs.updateConfig(id, config);
      const updated = { ...install, config };
      // Agents leaving the scope drop it; those in it (old or new) get the new config.
      this.processors.stage(new Set([...scope, ...this.processors.scopeOf(updated, kind)]));
      const ingestionId = this.installs.ingestionIdOf(id);
      if (!ingestionId) return ok({ install: updated, revoked_mini_hashes: [] });
      const issued: IssuedIngestion = { id: ingestionId };
      if (opts.replace_token) {
        this.installs.replaceToken(ingestionId, secrets.tokenHash, now);
        issued.token = secrets.token;
      }
      let revoked: string[] = [];
      const existing = this.installs.listMiniTokens(ingestionId);
      if (!opts.mini_token) revoked = this.installs.dropMiniTokens(ingestionId);
      else if (existing.length === 0) {
        this.installs.insertMiniToken(ingestionId, null, secrets.miniHash, now);
        issued.mini_token = secrets.mini;
        this.mirror.stage(miniMirrorKey(secrets.miniHash));
      }
      this.mirror.stage(ingestionMirrorKey(ingestionId), ...revoked.map(miniMirrorKey));
      return ok({ install: updated, ingestion: issued, revoked_mini_hashes: revoked });
    });
  }

  deleteInstall(id: string): Promise<Outcome<InstallRemoved>> {
    return this.commit((): Outcome<InstallRemoved> => {
      const found = this.installs.withKind(id);
      if (!found) return fail(404, "not_found", `install ${id} not found`);
      const { install, kind } = found;
      const scope = this.processors.scopeOf(install, kind);
      const held = this.processors.heldBy(install.agent_id);
      const removed = this.installs.delete(id);
      this.processors.stage(scope);
      this.processors.stageIfChanged(install.agent_id, held);
      this.mirror.stage(
        removed.ingestion_id ? ingestionMirrorKey(removed.ingestion_id) : null,
        ...removed.mini_hashes.map(miniMirrorKey),
        ...this.source.agentKeys(install.agent_id, this.agents.get(install.agent_id)?.serial_number),
      );
      return ok(removed);
    });
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
    const now = Date.now();
    const mini = await mintMiniToken(this.env, now);
    const hash = await sha256Hex(mini);
    return this.commit((): Outcome<{ id: string; mini_token: string }> => {
      const ingestionId = this.installs.ingestionIdOf(installId);
      if (!ingestionId) return fail(404, "not_found", `install ${installId} has no ingestion endpoint`);
      if (agentId !== null && !this.agents.get(agentId))
        return fail(422, "validation_failed", `agent_id: agent ${agentId} not found`);
      const id = this.installs.insertMiniToken(ingestionId, agentId, hash, now);
      this.mirror.stage(miniMirrorKey(hash));
      return ok({ id, mini_token: mini });
    });
  }

  listMiniTokens(installId: string): MiniTokenRecord[] {
    const ingestionId = this.installs.ingestionIdOf(installId);
    return ingestionId ? this.installs.listMiniTokens(ingestionId) : [];
  }

  revokeMiniToken(installId: string, id: string): Promise<Outcome<string>> {
    return this.commit((): Outcome<string> => {
      const ingestionId = this.installs.ingestionIdOf(installId);
      const hash = ingestionId ? this.installs.revokeMiniToken(ingestionId, id) : null;
      if (!hash) return fail(404, "not_found", `mini-token ${id} not found`);
      this.mirror.stage(miniMirrorKey(hash));
      return ok(hash);
    });
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
    return coveredAgents(this.agents, this.installs, perms);
  }
}
