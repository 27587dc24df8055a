// The Agent object's RPC surface, as its callers see it (durable-objects/agent.ts implements it).
// Placeholder during the re-cut: derived from the class, to be declared here as an interface.
import type { Agent } from "../../durable-objects/agent.ts";

export type AgentRpc = Omit<Agent, "fetch" | "alarm" | "webSocketMessage" | "webSocketClose" | "webSocketError">;
