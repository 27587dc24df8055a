// Extended permissions of an install (SPEC §6): which agents its writes may touch.
// devices ∪ groups (nested) ∪ agents with any of apps_installed ∪ (all_devices ? the org).
import { cachedAgent, cachedAgentApps, cachedPermissionAgents } from "../kv-mirror/edge-cache.ts";

export interface ExtendedPermissionsValue {
  devices: string[];
  groups: string[];
  apps_installed: string[];
  all_devices: boolean;
}

const NONE: ExtendedPermissionsValue = { devices: [], groups: [], apps_installed: [], all_devices: false };

export function extendedPermissionsOf(config: Record<string, unknown>): ExtendedPermissionsValue {
  const value = config.dv_proc_extended_permissions;
  if (typeof value !== "object" || value === null) return NONE;
  const v = value as Partial<ExtendedPermissionsValue>;
  return {
    devices: v.devices ?? [],
    groups: v.groups ?? [],
    apps_installed: v.apps_installed ?? [],
    all_devices: v.all_devices === true,
  };
}

export class ExtendedPermissions {
  constructor(
    private readonly env: Env,
    private readonly ownAgentId: string,
    private readonly perms: ExtendedPermissionsValue,
  ) {}

  /** Answers already given in this invocation (one handler writes an agent many times). */
  readonly #decided = new Map<string, Promise<boolean>>();

  /** The install's own agent is always writable; any other agent must be granted. */
  allows(agentId: string): Promise<boolean> {
    let decided = this.#decided.get(agentId);
    if (!decided) {
      decided = this.decide(agentId);
      this.#decided.set(agentId, decided);
    }
    return decided;
  }

  private async decide(agentId: string): Promise<boolean> {
    if (agentId === this.ownAgentId) return true;
    const agent = await cachedAgent(this.env, agentId);
    if (!agent || agent.type === "org") return false;
    if ((this.perms.all_devices && agent.type === "device") || this.perms.devices.includes(agentId)) return true;
    if (agent.group_closure.some((g) => this.perms.groups.includes(g))) return true;
    if (this.perms.apps_installed.length === 0) return false;
    // Read with the agent's own mirror entry: no fleet-wide list per event.
    return (await cachedAgentApps(this.env, agentId)).some((app) => this.perms.apps_installed.includes(app));
  }

  /** Every agent the install may write to besides its own (the seed's loop target). */
  agents(): Promise<string[]> {
    return cachedPermissionAgents(this.env, this.perms);
  }
}
