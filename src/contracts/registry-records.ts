// Registry records (SPEC §3): agents, groups and tokens, as the control API shows them, and what
// the registry takes to create or change an agent.

export type Permission = "read" | "write" | "admin";
export const PERMISSIONS: readonly Permission[] = ["read", "write", "admin"];

export type Grant =
  | { agent_id: string; permission: Permission }
  | { group: string; permission: Permission }
  | { all: true; permission: Permission };

export type AgentType = "device" | "integration" | "org";

export interface AgentRecord {
  id: string;
  organisation_id: string;
  name: string;
  display_name: string;
  serial_number: string | null;
  groups: string[];
  type: AgentType;
  /** Tokens issued before this instant (epoch ms) are not valid for this agent. */
  tokens_valid_from: number;
  created_at: number;
}

/** An agent as the request path sees it: with every group it is in, nested parents included. */
export interface ResolvedAgent extends AgentRecord {
  group_closure: string[];
}

export type GroupRecord = {
  id: string;
  name: string;
  parent: string | null;
};

export interface TokenRecord {
  id: string;
  grants: Grant[];
  created_at: number;
}

/** A new agent (the registry validates serial-number uniqueness and group references). */
export interface AgentInput {
  name: string;
  display_name?: string;
  serial_number?: string | null;
  groups?: string[];
  type?: AgentType;
}

export type AgentPatch = Partial<AgentInput> & { tokens_valid_from?: number };
