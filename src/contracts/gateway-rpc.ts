// The Gateway object's RPC surface, as its callers see it (durable-objects/gateway.ts implements it).
// Placeholder during the re-cut: derived from the class, to be declared here as an interface.
import type { Gateway } from "../../durable-objects/gateway.ts";

export type GatewayRpc = Omit<Gateway, "fetch" | "alarm" | "webSocketMessage" | "webSocketClose" | "webSocketError">;
