// The gateway WebSocket (SPEC §4.3): one Durable Object per credential (`gw:<token id>`, or
// `gw:admin`), holding that credential's client sockets with the Hibernation API — an idle
// subscriber costs no duration. Agents fan their events out to the gateways subscribed to their
// channels (src/agent/fanout.ts): one call per gateway per write, however many of its sockets
// watch; this object then sends each socket its frames. Sessions survive a dropped connection for
// RESUME_WINDOW_MS: a resume gets a full Ready and a ChannelSync per subscription (never a silent
// gap). Revoking the token closes every socket here.
//
// This class is the surface only: the runtime's entry points and the RPC methods hand over to
// src/gateway/ — protocol.ts (upgrade, frames, op dispatch), sessions.ts (identify, resume,
// revocation), channels.ts (subscribe, unsubscribe, sync, one-shot), delivery.ts (an agent's
// events), limits.ts (caps and grants), session-store.ts (the tables), state.ts (sockets in memory).
import { DurableObject } from "cloudflare:workers";
import type { GatewayRpc } from "../src/contracts/gateway-rpc.ts";
import type { ChannelEvent } from "../src/shared/gateway-frames.ts";
import { deliverEvents } from "../src/gateway/delivery.ts";
import { accept, receive } from "../src/gateway/protocol.ts";
import { SCHEMA } from "../src/gateway/session-store.ts";
import { detach, revokeSessions } from "../src/gateway/sessions.ts";
import { GatewayState } from "../src/gateway/state.ts";

export class Gateway extends DurableObject<Env> implements GatewayRpc {
  readonly #gw: GatewayState;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec(SCHEMA);
    // Application-level keep-alive answered without waking the object (WebSocket ping/pong is
    // answered by the runtime anyway).
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
    this.#gw = new GatewayState(ctx, env);
  }

  /** The upgrade, forwarded by the worker once it has authenticated the caller. */
  override async fetch(request: Request): Promise<Response> {
    return accept(this.#gw, request);
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    return receive(this.#gw, ws, message);
  }

  override async webSocketClose(ws: WebSocket, code?: number): Promise<void> {
    return detach(this.#gw, ws, code);
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    return detach(this.#gw, ws);
  }

  /**
   * An agent's events for its channels: each socket subscribed gets its frame (without the
   * aggregate if `diff_only`). Returns the channels nobody here wants any more (the agent stops).
   */
  async deliver(agentId: string, events: ChannelEvent[]): Promise<string[]> {
    return deliverEvents(this.#gw, agentId, events);
  }

  /** The credential was revoked: every session here ends (op 3, then close). */
  async revoke(): Promise<void> {
    return revokeSessions(this.#gw);
  }

  /** Open sockets (tests, operators). */
  connections(): number {
    return this.#gw.sockets.size;
  }
}
