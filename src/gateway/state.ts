// What the Gateway object keeps in memory, for the modules of src/gateway/ (all of them run inside
// the Gateway Durable Object, durable-objects/gateway.ts): its client sockets with their attachments
// (credential, session, subscriptions), rebuilt from the sockets' own after a wake from
// hibernation, and one agent stub per agent. Dropping and cancelling a socket are here too.
import type { Principal } from "../auth/principal.ts";
import type { ChannelRef } from "../shared/channel-types.ts";
import { OP } from "../shared/gateway-frames.ts";
import { agentStub, type AgentApi } from "../contracts/stubs.ts";

export interface Subscription {
  agent_id: string;
  name: string;
  diff_only: boolean;
}

/** A socket's attachment: kept by the runtime across hibernation (capped at 16 KiB). */
export interface Attachment {
  principal: Principal;
  session: { id: string; token: string } | null;
  subs: Subscription[];
}

export class GatewayState {
  /** Attachments by socket, rebuilt from the sockets' own after a wake. */
  #sockets: Map<WebSocket, Attachment> | null = null;
  /** One stub per agent: this gateway's subscribe and unsubscribe calls reach it in order. */
  readonly #agents = new Map<string, AgentApi>();

  constructor(
    readonly ctx: DurableObjectState,
    readonly env: Env,
  ) {}

  /** The object's name: `gw:<token id>` or `gw:admin`. */
  get name(): string {
    return this.ctx.id.name ?? "";
  }

  get sql(): SqlStorage {
    return this.ctx.storage.sql;
  }

  get sockets(): Map<WebSocket, Attachment> {
    if (!this.#sockets) {
      this.#sockets = new Map();
      for (const ws of this.ctx.getWebSockets()) {
        const att = ws.deserializeAttachment() as Attachment | null;
        if (att) this.#sockets.set(ws, att);
      }
    }
    return this.#sockets;
  }

  agent(id: string): AgentApi {
    let stub = this.#agents.get(id);
    if (!stub) this.#agents.set(id, (stub = agentStub(this.env, id)));
    return stub;
  }

  save(ws: WebSocket, att: Attachment): void {
    ws.serializeAttachment(att);
    this.sockets.set(ws, att);
  }

  /** op 3, then close. */
  cancel(ws: WebSocket, reason: string): void {
    ws.send(JSON.stringify({ op: OP.CANCELLED, d: { reason } }));
    this.drop(ws, reason);
  }

  drop(ws: WebSocket, reason: string): void {
    this.sockets.delete(ws);
    // Not a session to keep for resume (it was cancelled or resumed elsewhere).
    ws.serializeAttachment(null);
    try {
      ws.close(4000, reason);
    } catch {
      // Already closing.
    }
  }
}

export const refOf = (s: Subscription): ChannelRef => ({ agent_id: s.agent_id, name: s.name });

/** One socket's send failing (closing, after a wake) must not stop the others'. */
export function sendSafely(ws: WebSocket, text: string): void {
  try {
    ws.send(text);
  } catch {
    // Closing: its webSocketClose follows.
  }
}
