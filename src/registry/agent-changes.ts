// Creating, updating and deleting agents: each change in one transaction with the mirror keys it
// touches and the agents whose processor installs it may change (a new device in all_devices, a
// device joining a group a processor's permissions name).
import { fail, type Outcome } from "../shared/channel-types.ts";
import type { AgentInput, AgentPatch, AgentRecord } from "../contracts/registry-records.ts";
import type { RegistryState } from "./registry-state.ts";

export function createAgent(s: RegistryState, input: AgentInput): Promise<Outcome<AgentRecord>> {
  return s.commit(() => {
    const created = s.agents.create(input);
    if (created.ok) {
      s.mirror.stage(...s.source.agentKeys(created.value.id, created.value.serial_number));
      // e.g. all_devices, or a group a processor's permissions name.
      s.processors.stageIfChanged(created.value.id, "");
    }
    return created;
  });
}

export function updateAgent(s: RegistryState, id: string, patch: AgentPatch): Promise<Outcome<AgentRecord>> {
  return s.commit(() => {
    const before = s.agents.get(id);
    const held = s.processors.heldBy(id);
    const updated = s.agents.update(id, patch);
    // A serial number that moved leaves a tombstone under the old one.
    if (updated.ok) {
      s.mirror.stage(...s.source.agentKeys(id, before?.serial_number, updated.value.serial_number));
      s.processors.stageIfChanged(id, held);
    }
    return updated;
  });
}

export function deleteAgent(s: RegistryState, id: string): Promise<Outcome<true>> {
  return s.commit(() => {
    // An install's endpoint would go on writing into a deleted agent: remove installs first.
    const installs = s.installs.list().filter((i) => i.agent_id === id).length;
    if (installs > 0) return fail(409, "conflict", `agent ${id} still has ${installs} install(s); delete them first`);
    const before = s.agents.get(id);
    const deleted = s.agents.delete(id);
    if (deleted.ok) {
      s.mirror.stage(...s.source.agentKeys(id, before?.serial_number));
      // Always staged: the push to an agent without a record tells its object it was deleted
      // (Agent.agentDeleted: it holds no installs, its archive goes), retried until it took it.
      s.processors.stage([id]);
    }
    return deleted;
  });
}
