// The Gateway object's RPC surface, as its callers see it (durable-objects/gateway.ts implements
// it; stubs.ts types its stubs from it). Callers: an agent's fan-out (`deliver`), the control
// API's token revocation (`revoke`), tests and operators (`connections`).
import type { ChannelEvent } from "../shared/gateway-frames.ts";

export interface GatewayRpc {
  /**
   * An agent's events for its channels: each socket subscribed gets its frame (without the
   * aggregate if `diff_only`). Returns the channels nobody here wants any more (the agent stops).
   */
  deliver(agentId: string, events: ChannelEvent[]): Promise<string[]>;
  /** The credential was revoked: every session here ends (op 3, then close). */
  revoke(): Promise<void>;
  /** Open sockets (tests, operators). */
  connections(): number;
}
