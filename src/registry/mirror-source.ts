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
} from "./mirror.ts";
import type { MirrorSource } from "./mirror-writer.ts";
import type { TokensStore } from "./tokens-store.ts";

export class RegistryMirrorSource implements MirrorSource {
  constructor(
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

  *allKeys(): Iterable<string> {
    const { agents, installs, tokens } = this.stores();
    for (const agent of agents.list()) {
      yield agentMirrorKey(agent.id);
      if (agent.serial_number) yield serialMirrorKey(agent.serial_number);
    }
    for (const hash of tokens.hashes()) yield tokenMirrorKey(hash);
    for (const id of installs.ingestionIds()) yield ingestionMirrorKey(id);
    for (const hash of installs.miniHashes()) yield miniMirrorKey(hash);
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
