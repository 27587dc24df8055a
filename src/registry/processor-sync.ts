// Keeps every agent's Durable Object told which processor installs cover it (src/processors/
// bindings.ts), so a write finds its subscribers in memory. A registry change stages the agents
// whose list it may change in `processor_sync`, in the change's own transaction; `flush` (awaited
// by the method that made the change) pushes each staged agent its whole list, read from the tables
// at push time, and unstages it once the agent took it. A failed push stays staged and the
// registry's alarm retries it with backoff — the same shape as the KV mirror (mirror-writer.ts).
import { DrainLoop, retryBackoffMs } from "./drain-loop.ts";
import type { ProcessorInstall } from "../processors/processor-installs.ts";
import { extendedPermissionsOf } from "../sdk/permissions.ts";
import type { AlarmSlot } from "./alarm-slot.ts";
import { closureOf, type AgentsStore } from "./agents-store.ts";
import type { AppKind, InstallRecord } from "../contracts/install-records.ts";
import { coveredAgents } from "./covered-agents.ts";
import type { InstallsStore } from "./installs-store.ts";
import { ProcessorScopes, type AgentFacts } from "./processor-scopes.ts";

export const PROCESSOR_SYNC_SCHEMA = `
CREATE TABLE IF NOT EXISTS processor_sync (
  agent_id TEXT PRIMARY KEY, seq INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0, not_before INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
`;

/** Tells one agent its full list (Agent.syncProcessors). */
export type PushProcessors = (agentId: string, installs: ProcessorInstall[]) => Promise<void>;

interface Stores {
  agents: AgentsStore;
  installs: InstallsStore;
  organisationId: string;
}

/** Pushes in flight at once. */
const CONCURRENCY = 16;
/** Agents whose lists are read at one instant, then pushed. */
const ROUND = 128;
/** Pushes per invocation: each is a subrequest, and the mirror's KV writes share the limit. */
const PER_INVOCATION = 256;
/** If the object stops between a change and its flush, the alarm still comes. */
const BACKSTOP_MS = 30_000;
const CONCERN = "processors";

type StagedRow = { agent_id: string; seq: number; attempts: number };

export class ProcessorSync {
  /** Tells a push that finished from a re-stage made while it was under way. */
  #seq = 0;
  readonly #loop = new DrainLoop(
    { round: ROUND, perInvocation: PER_INVOCATION },
    (limit) => this.#round(limit),
    () => this.#schedule(),
  );

  constructor(
    private readonly sql: SqlStorage,
    private readonly alarm: AlarmSlot,
    private readonly stores: () => Stores,
    private readonly push: PushProcessors,
  ) {}

  init(): void {
    this.sql.exec(PROCESSOR_SYNC_SCHEMA);
    this.#seq = this.sql.exec<{ s: number | null }>("SELECT MAX(seq) AS s FROM processor_sync").one().s ?? 0;
    if (this.#seq > 0) void this.alarm.noLaterThan(CONCERN, Date.now());
  }

  // ---- staging: call inside the transaction of the change ------------------------------------

  /** Marks agents for a push. */
  stage(agentIds: Iterable<string>): void {
    let staged = false;
    for (const agentId of agentIds) {
      this.sql.exec(
        `INSERT INTO processor_sync (agent_id, seq) VALUES (?, ?)
         ON CONFLICT(agent_id) DO UPDATE SET seq = excluded.seq, not_before = 0`,
        agentId,
        ++this.#seq,
      );
      staged = true;
    }
    if (staged) void this.alarm.noLaterThan(CONCERN, Date.now() + BACKSTOP_MS);
  }

  /**
   * The agents a processor install covers as the tables stand: its own agent and those its
   * extended permissions grant. Empty for other apps' installs (`kind`, as stored with the install).
   * Read before and after a change to an install.
   */
  scopeOf(install: InstallRecord, kind: AppKind): string[] {
    if (kind !== "processor") return [];
    const { agents, installs } = this.stores();
    return [install.agent_id, ...coveredAgents(agents, installs, extendedPermissionsOf(install.config))];
  }

  /** Which installs cover the agent now, as a comparable key: take it before a change to the agent. */
  heldBy(agentId: string): string {
    return this.bindingsFor(agentId)
      .map((i) => i.install_id)
      .sort()
      .join(",");
  }

  /** Stages the agent if the change altered which installs cover it (its groups, type or apps). */
  stageIfChanged(agentId: string, before: string): void {
    if (this.heldBy(agentId) !== before) this.stage([agentId]);
  }

  // ---- reading --------------------------------------------------------------------------------

  /** The processor installs whose scope covers the agent, as the agent should hold them. */
  bindingsFor(agentId: string): ProcessorInstall[] {
    const { agents, installs, organisationId } = this.stores();
    return new ProcessorScopes(installs.processors(), organisationId).bindingsFor(
      this.#facts(agentId, agents.parents()),
    );
  }

  pending(): number {
    return this.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM processor_sync").one().n;
  }

  #facts(agentId: string, parents: Map<string, string | null>): AgentFacts | null {
    const { agents, installs } = this.stores();
    const agent = agents.get(agentId);
    if (!agent) return null;
    return {
      id: agent.id,
      type: agent.type,
      closure: closureOf(agent.groups, parents),
      apps: () => installs.appsOn(agent.id),
    };
  }

  // ---- pushing ----------------------------------------------------------------------------------

  /** Pushes every due agent; concurrent callers share one loop. Never throws: failures wait for the alarm. */
  flush(): Promise<void> {
    return this.#loop.flush();
  }

  async #round(limit: number): Promise<number> {
    const rows = this.sql
      .exec<StagedRow>(
        "SELECT agent_id, seq, attempts FROM processor_sync WHERE not_before <= ? ORDER BY seq LIMIT ?",
        Date.now(),
        limit,
      )
      .toArray();
    if (rows.length === 0) return 0;
    if (rows.length === limit) this.#loop.again();
    // Every list of the round read at one instant, the scopes parsed once; a change made while the
    // pushes are under way re-stages its agents, which the next round pushes again.
    const { agents, installs, organisationId } = this.stores();
    const scopes = new ProcessorScopes(installs.processors(), organisationId);
    const parents = agents.parents();
    const lists = rows.map((row) => scopes.bindingsFor(this.#facts(row.agent_id, parents)));
    for (let i = 0; i < rows.length; i += CONCURRENCY) {
      await Promise.all(rows.slice(i, i + CONCURRENCY).map((row, j) => this.#pushOne(row, lists[i + j] ?? [])));
    }
    return rows.length;
  }

  async #pushOne(row: StagedRow, list: ProcessorInstall[]): Promise<void> {
    try {
      await this.push(row.agent_id, list);
    } catch (error) {
      this.sql.exec(
        "UPDATE processor_sync SET attempts = attempts + 1, not_before = ? WHERE agent_id = ? AND seq = ?",
        Date.now() + retryBackoffMs(row.attempts),
        row.agent_id,
        row.seq,
      );
      console.error(
        `registry: pushing processors to agent ${row.agent_id} failed (attempt ${row.attempts + 1})`,
        error,
      );
      return;
    }
    // Staged again while the push was under way: the row stays, and the newer list follows.
    this.sql.exec("DELETE FROM processor_sync WHERE agent_id = ? AND seq = ?", row.agent_id, row.seq);
  }

  async #schedule(): Promise<void> {
    const next = this.sql.exec<{ at: number | null }>("SELECT MIN(not_before) AS at FROM processor_sync").one().at;
    await this.alarm.set(CONCERN, next);
  }
}
