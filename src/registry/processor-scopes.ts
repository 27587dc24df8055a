// Which processor installs cover an agent (SPEC §7): the install's own agent, and the agents its
// extended permissions grant — devices ∪ groups (nested) ∪ agents with any of apps_installed ∪
// all devices; never the org agent unless the install runs as it. The same rule as
// AgentsStore.covered, turned around: scopes are parsed once, then each agent is matched in memory.
import type { ProcessorInstall } from "../processors/processor-installs.ts";
import { extendedPermissionsOf } from "../sdk/permissions.ts";
import type { InstallRecord } from "../contracts/install-records.ts";
import type { AgentType } from "../contracts/registry-records.ts";

/** What matching needs to know of an agent. */
export interface AgentFacts {
  id: string;
  type: AgentType;
  /** Its groups with every ancestor (groups nest). */
  closure: readonly string[];
  /** Apps installed on it; read only when some scope grants by apps_installed. */
  apps: () => readonly string[];
}

interface Scope {
  install: ProcessorInstall;
  devices: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  apps: ReadonlySet<string>;
  allDevices: boolean;
}

export class ProcessorScopes {
  readonly #scopes: Scope[];

  /** `installs`: the processor installs (InstallsStore.processors). */
  constructor(installs: readonly InstallRecord[], organisationId: string) {
    this.#scopes = installs.map((i) => {
      const perms = extendedPermissionsOf(i.config);
      return {
        install: {
          install_id: i.install_id,
          app: i.app,
          app_key: i.app_key,
          agent_id: i.agent_id,
          organisation_id: organisationId,
          config: i.config,
        },
        devices: new Set(perms.devices),
        groups: new Set(perms.groups),
        apps: new Set(perms.apps_installed),
        allDevices: perms.all_devices,
      };
    });
  }

  /** The processor installs covering this agent (null: no such agent, so none). */
  bindingsFor(agent: AgentFacts | null): ProcessorInstall[] {
    if (!agent) return [];
    let apps: readonly string[] | undefined;
    const appsOf = () => (apps ??= agent.apps());
    return this.#scopes.filter((s) => covers(s, agent, appsOf)).map((s) => s.install);
  }
}

function covers(scope: Scope, agent: AgentFacts, apps: () => readonly string[]): boolean {
  if (agent.id === scope.install.agent_id) return true;
  if (agent.type === "org") return false;
  return (
    (scope.allDevices && agent.type === "device") ||
    scope.devices.has(agent.id) ||
    agent.closure.some((g) => scope.groups.has(g)) ||
    (scope.apps.size > 0 && apps().some((a) => scope.apps.has(a)))
  );
}
