// Agents and (nested) groups in the registry's SQLite: serial-number uniqueness, group membership
// and closure. Expected failures are returned as `Outcome` values.
import { fail, ok, type Outcome } from "../shared/channel-types.ts";
import { newRegistryId } from "../shared/snowflake.ts";
import type { AgentInput, AgentPatch, AgentRecord, GroupRecord, ResolvedAgent } from "../contracts/registry-records.ts";

export const AGENTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS agents (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, display_name TEXT NOT NULL,
  serial_number TEXT UNIQUE, groups TEXT NOT NULL DEFAULT '[]', type TEXT NOT NULL,
  tokens_valid_from INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS groups (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, parent TEXT);
`;

type AgentRow = Omit<AgentRecord, "groups" | "organisation_id"> & { groups: string };

export class AgentsStore {
  constructor(
    private readonly sql: SqlStorage,
    private readonly organisationId: string,
  ) {
    sql.exec(AGENTS_SCHEMA);
  }

  // ---- agents -------------------------------------------------------------------------------

  /** Validates serial-number uniqueness and group references, then inserts. */
  create(input: AgentInput): Outcome<AgentRecord> {
    const problem = this.checkInput(input, null);
    if (problem) return problem;
    return ok(this.insert(input));
  }

  /** Inserts without validation: the organisation agent and integration agents of installs. */
  insert(input: AgentInput): AgentRecord {
    const id = newRegistryId();
    this.sql.exec(
      "INSERT INTO agents (id, name, display_name, serial_number, groups, type, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      id,
      input.name,
      input.display_name ?? input.name,
      input.serial_number ?? null,
      JSON.stringify(input.groups ?? []),
      input.type ?? "device",
      Date.now(),
    );
    return this.get(id) as AgentRecord;
  }

  get(id: string): AgentRecord | null {
    const row = this.sql.exec<AgentRow>("SELECT * FROM agents WHERE id = ?", id).toArray()[0];
    return row ? this.view(row) : null;
  }

  /** The agent with every group it is in, nested parents included. */
  resolve(id: string): ResolvedAgent | null {
    const agent = this.get(id);
    return agent ? { ...agent, group_closure: closureOf(agent.groups, this.parents()) } : null;
  }

  orgAgentId(): string {
    return this.sql.exec<{ id: string }>("SELECT id FROM agents WHERE type = 'org'").one().id;
  }

  list(filter: { serial_number?: string } = {}): AgentRecord[] {
    const rows =
      filter.serial_number !== undefined
        ? this.sql.exec<AgentRow>("SELECT * FROM agents WHERE serial_number = ?", filter.serial_number)
        : this.sql.exec<AgentRow>("SELECT * FROM agents ORDER BY created_at, id");
    return rows.toArray().map((r) => this.view(r));
  }

  update(id: string, patch: AgentPatch): Outcome<AgentRecord> {
    const current = this.get(id);
    if (!current) return fail(404, "not_found", `agent ${id} not found`);
    const next = { ...current, ...patch, display_name: patch.display_name ?? current.display_name };
    // A floor in the future would void tokens issued meanwhile: it is capped at now, by the clock
    // that stamps tokens' created_at (this object's).
    next.tokens_valid_from = Math.min(next.tokens_valid_from, Date.now());
    const problem = this.checkInput(next, id);
    if (problem) return problem;
    this.sql.exec(
      "UPDATE agents SET name = ?, display_name = ?, serial_number = ?, groups = ?, tokens_valid_from = ? WHERE id = ?",
      next.name,
      next.display_name,
      next.serial_number ?? null,
      JSON.stringify(next.groups),
      next.tokens_valid_from,
      id,
    );
    return ok(this.get(id) as AgentRecord);
  }

  delete(id: string): Outcome<true> {
    const agent = this.get(id);
    if (!agent) return fail(404, "not_found", `agent ${id} not found`);
    if (agent.type === "org") return fail(409, "conflict", "the organisation agent cannot be deleted");
    this.sql.exec("DELETE FROM agents WHERE id = ?", id);
    return ok(true);
  }

  /**
   * Agents (not the org) that extended permissions cover: all devices, listed devices, agents in
   * `withApps` (from the installs store) or in any listed group, nested groups included.
   */
  covered(
    perms: { devices: string[]; groups: string[]; all_devices: boolean },
    withApps: ReadonlySet<string>,
  ): string[] {
    const wanted = new Set(perms.groups);
    const parents = this.parents();
    return this.list()
      .filter((a) => a.type !== "org")
      .filter(
        (a) =>
          (perms.all_devices && a.type === "device") ||
          perms.devices.includes(a.id) ||
          withApps.has(a.id) ||
          closureOf(a.groups, parents).some((g) => wanted.has(g)),
      )
      .map((a) => a.id);
  }

  // ---- groups -------------------------------------------------------------------------------

  createGroup(input: { name: string; parent?: string | null }): Outcome<GroupRecord> {
    if (this.sql.exec("SELECT 1 FROM groups WHERE name = ?", input.name).toArray().length)
      return fail(409, "conflict", `group '${input.name}' already exists`);
    const parent = input.parent ?? null;
    if (parent !== null && !this.groupExists(parent))
      return fail(422, "validation_failed", `parent: group ${parent} not found`);
    const group = { id: newRegistryId(), name: input.name, parent };
    this.sql.exec("INSERT INTO groups (id, name, parent) VALUES (?, ?, ?)", group.id, group.name, group.parent);
    return ok(group);
  }

  listGroups(): GroupRecord[] {
    return this.sql.exec<GroupRecord>("SELECT id, name, parent FROM groups ORDER BY name").toArray();
  }

  deleteGroup(id: string): Outcome<true> {
    if (!this.groupExists(id)) return fail(404, "not_found", `group ${id} not found`);
    if (this.sql.exec("SELECT 1 FROM groups WHERE parent = ?", id).toArray().length)
      return fail(409, "conflict", "group has child groups");
    if (this.list().some((a) => a.groups.includes(id))) return fail(409, "conflict", "group still has member agents");
    this.sql.exec("DELETE FROM groups WHERE id = ?", id);
    return ok(true);
  }

  // ---- internals ----------------------------------------------------------------------------

  private checkInput(input: AgentInput, selfId: string | null): Outcome<never> | null {
    if (input.serial_number) {
      const clash = this.sql
        .exec<{ id: string }>("SELECT id FROM agents WHERE serial_number = ?", input.serial_number)
        .toArray()[0];
      if (clash && clash.id !== selfId)
        return fail(409, "serial_number_taken", `serial_number '${input.serial_number}' belongs to agent ${clash.id}`);
    }
    for (const [i, group] of (input.groups ?? []).entries()) {
      if (!this.groupExists(group)) return fail(422, "validation_failed", `groups[${i}]: group ${group} not found`);
    }
    return null;
  }

  private groupExists(id: string): boolean {
    return this.sql.exec("SELECT 1 FROM groups WHERE id = ?", id).toArray().length > 0;
  }

  /** Each group's parent: with closureOf, the groups an agent is in, for many agents at one read. */
  parents(): Map<string, string | null> {
    return new Map(this.listGroups().map((g) => [g.id, g.parent]));
  }

  private view(row: AgentRow): AgentRecord {
    return { ...row, organisation_id: this.organisationId, groups: JSON.parse(row.groups) as string[] };
  }
}

/** Groups an agent is in, with every ancestor of each (groups nest). */
export function closureOf(groups: string[], parents: Map<string, string | null>): string[] {
  const seen = new Set<string>();
  for (let g of groups) {
    for (let hops = 0; g && !seen.has(g) && hops < 64; hops++) {
      seen.add(g);
      g = parents.get(g) ?? "";
    }
  }
  return [...seen];
}
