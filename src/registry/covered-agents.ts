// The agents extended permissions cover as the registry's tables stand (devices ∪ nested groups ∪
// agents with any of apps_installed ∪ all devices; never the org agent): what the control API asks
// (Registry.extendedPermissionAgents), and the scope of a processor install (processor-sync.ts).
import type { AgentsStore } from "./agents-store.ts";
import type { InstallsStore } from "./installs-store.ts";

export interface PermissionsScope {
  devices: string[];
  groups: string[];
  apps_installed: string[];
  all_devices: boolean;
}

export function coveredAgents(agents: AgentsStore, installs: InstallsStore, perms: PermissionsScope): string[] {
  return agents.covered(perms, new Set(installs.agentsWithApps(perms.apps_installed)));
}
