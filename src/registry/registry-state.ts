// What the Registry object's methods work on: the organisation, the SQLite stores (agents and
// groups, tokens, installs), the KV mirror writer and the processor sync. `commit` runs a change
// in one transaction with the mirror keys and the agents it staged, and returns once both were
// flushed (or deferred to the alarm). One per object, built by its constructor.
import { meteredEnv, meteredSql } from "../shared/metering.ts";
import { newRegistryId } from "../shared/snowflake.ts";
import { agentStub } from "../contracts/stubs.ts";
import { AgentsStore } from "./agents-store.ts";
import { AlarmSlot } from "./alarm-slot.ts";
import { InstallsStore } from "./installs-store.ts";
import { RegistryMirrorSource } from "./mirror-source.ts";
import { MirrorWriter } from "./mirror-writer.ts";
import { ProcessorSync } from "./processor-sync.ts";
import { TokensStore } from "./tokens-store.ts";

const META_SCHEMA = "CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);";

export class RegistryState {
  #orgId = "";
  #agents: AgentsStore | undefined;
  #tokens: TokensStore | undefined;
  #installs: InstallsStore | undefined;
  /** Metered in cost runs (src/shared/metering.ts); the plain handle otherwise. */
  readonly sql: SqlStorage;
  readonly source: RegistryMirrorSource;
  readonly mirror: MirrorWriter;
  readonly processors: ProcessorSync;

  constructor(
    private readonly ctx: DurableObjectState,
    readonly env: Env,
  ) {
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
      // An agent without a record was deleted: its object is told so (and drops its archive).
      (agentId, installs) =>
        this.agents.get(agentId)
          ? agentStub(env, agentId, "processors").syncProcessors(installs)
          : agentStub(env, agentId, "processors").agentDeleted(),
    );
  }

  get organisationId(): string {
    return this.#orgId;
  }

  /** Created after init has set the organisation id, which agent records carry. */
  get agents(): AgentsStore {
    this.#agents ??= new AgentsStore(this.sql, this.#orgId);
    return this.#agents;
  }

  get tokens(): TokensStore {
    this.#tokens ??= new TokensStore(this.sql);
    return this.#tokens;
  }

  get installs(): InstallsStore {
    this.#installs ??= new InstallsStore(this.sql);
    return this.#installs;
  }

  /** Loads the organisation, or creates it with its org agent on first use. */
  init(): void {
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
   * Writes the staged mirror keys and pushes the staged agents; whatever KV refused, could not take
   * yet (its per-key rate) or an agent did not take waits for the alarm. Never throws.
   */
  async flush(): Promise<void> {
    await Promise.all([this.mirror.flush(), this.processors.flush()]);
  }

  /**
   * A change with its mirror keys and affected agents in one transaction; returns once both were
   * flushed or deferred to the alarm.
   */
  async commit<T>(change: () => T): Promise<T> {
    const result = this.ctx.storage.transactionSync(change);
    await this.flush();
    return result;
  }
}
