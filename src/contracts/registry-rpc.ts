// The Registry object's RPC surface, as its callers see it (durable-objects/registry.ts implements it).
// Placeholder during the re-cut: derived from the class, to be declared here as an interface.
import type { Registry } from "../../durable-objects/registry.ts";

export type RegistryRpc = Omit<Registry, "fetch" | "alarm" | "webSocketMessage" | "webSocketClose" | "webSocketError">;
