// Typed views of Durable Object stubs. workers-types maps RPC results through `Rpc.Serializable`,
// which turns `unknown` and recursive JSON types into `never`; our RPC values are plain
// structured-clonable data, so the RPC interfaces' signatures (made async) describe them exactly.
import type { AgentRpc } from "./agent-rpc.ts";
import type { GatewayRpc } from "./gateway-rpc.ts";
import type { RegistryRpc } from "./registry-rpc.ts";
import { meteredStub } from "../shared/metering.ts";

type Methods<T> = {
  [K in keyof T as T[K] extends (...args: never[]) => unknown ? K : never]: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

export type RegistryApi = Methods<RegistryRpc>;
export type AgentApi = Methods<AgentRpc>;

export function registry(env: Env): RegistryApi {
  return meteredStub("registry", env.REGISTRY.getByName("registry")) as unknown as RegistryApi;
}

/** `purpose` only labels the calls in cost runs (e.g. `log`: off the request path). */
export function agentStub(env: Env, agentId: string, purpose?: string): AgentApi {
  const label = purpose ? `agent:${agentId}#${purpose}` : `agent:${agentId}`;
  return meteredStub(label, env.AGENT.getByName(agentId)) as unknown as AgentApi;
}

export type GatewayApi = Methods<GatewayRpc>;

/** The gateway object of a credential (`gw:<token id>`, `gw:admin`): src/routes/gateway.ts. */
export function gatewayStub(env: Env, name: string): GatewayApi {
  return meteredStub(`gateway:${name}`, env.GATEWAY.getByName(name)) as unknown as GatewayApi;
}

export const gatewayName = (principalId: string): string => `gw:${principalId}`;
