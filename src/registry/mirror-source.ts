// What each KV mirror key holds, read from the registry's tables (src/registry/mirror.ts has the
// layout), and which keys a change to an agent touches.
import type { AgentsStore } from "./agents-store.ts";
import type { InstallsStore } from "./installs-store.ts";
import {
  agentMirrorKey,
  ingestionMirrorKey,
  miniMirrorKey,
  serialMirrorKey,
  tokenMirrorKey,
  type AgentView,
  type IngestionView,
} from "../kv-mirror/layout.ts";
import type { MirrorSource } from "./mirror-writer.ts";
import type { TokensStore } from "./tokens-store.ts";

export class RegistryMirrorSource implements MirrorSource {
  constructor(
    private readonly sql: SqlStorage,
    private readonly stores: () => {
      agents: AgentsStore;
      installs: InstallsStore;
      tokens: TokensStore;
      organisationId: string;
    },
  ) {}

  valueOf(key: string): unknown {
    const { agents, installs, tokens, organisationId } = this.stores();
    const at = key.search(/[:#]/);
    const kind = key.slice(0, at);
    const rest = key.slice(at + 1);
    if (kind === "agent") return this.agentView(rest);
    if (kind === "serial") {
      const agent = key[at] === ":" ? agents.list({ serial_number: rest })[0] : this.longSerial(key);
      return agent ? this.agentView(agent.id) : null;
    }
    if (kind === "token") return tokens.resolve(rest);
    if (kind === "mini") return installs.resolveMiniToken(rest);
    if (kind === "ingestion") {
      const record = installs.ingestion(rest, organisationId);
      return record ? ({ record, agent: this.agentView(record.agent_id) } satisfies IngestionView) : null;
    }
    return null;
  }

  /** Every key the tables fill, a page at a time (a backfill of a large registry stays small). */
  *allKeys(): Iterable<string> {
    // The stores create their tables: make sure they exist before reading them directly.
    this.stores();
    for (const row of this.pages<{ k: string; serial_number: string | null }>(
      "SELECT id AS k, serial_number FROM agents",
    )) {
      yield agentMirrorKey(row.k);
      if (row.serial_number) yield serialMirrorKey(row.serial_number);
    }
    for (const row of this.pages("SELECT hash AS k FROM tokens")) yield tokenMirrorKey(row.k);
    for (const row of this.pages("SELECT id AS k FROM ingestions")) yield ingestionMirrorKey(row.k);
    for (const row of this.pages("SELECT hash AS k FROM mini_tokens")) yield miniMirrorKey(row.k);
  }

  private *pages<R extends { k: string }>(select: string): Iterable<R> {
    for (let after = ""; ;) {
      const rows = this.sql.exec<R>(`${select} WHERE k > ? ORDER BY k LIMIT 1000`, after).toArray();
      yield* rows;
      const last = rows.at(-1);
      if (!last || rows.length < 1000) return;
      after = last.k;
    }
  }

  /**
   * Keys whose value embeds this agent: its own, its serial's (old and new ones, when a change
   * moved it) and its installs' endpoints (which carry the install agent's tokens_valid_from).
   */
  agentKeys(agentId: string, ...serials: (string | null | undefined)[]): string[] {
    const { installs } = this.stores();
    return [
      agentMirrorKey(agentId),
      ...serials.filter((s): s is string => !!s).map(serialMirrorKey),
      ...installs.ingestionIdsOn(agentId).map(ingestionMirrorKey),
    ];
  }

  private agentView(id: string): AgentView | null {
    const { agents, installs } = this.stores();
    const agent = agents.resolve(id);
    return agent ? { agent, apps: installs.appsOn(id) } : null;
  }

  private longSerial(key: string) {
    return this.stores()
      .agents.list()
      .find((a) => a.serial_number !== null && serialMirrorKey(a.serial_number) === key);
  }
}
