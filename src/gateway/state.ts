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
  /**
   * Per agent, per channel: how many subscriptions here (of open sockets, and subscribes in
   * flight) hold it. A channel's count reaching 0 releases it at the agent (SPEC §2: what a
   * session holds leaves with the session). Rebuilt with the sockets after a wake.
   */
  #held = new Map<string, Map<string, number>>();
  /** Subscribes in flight per socket (reserved before the agent is told; never hibernated). */
  readonly #pending = new Map<WebSocket, Subscription[]>();
  /** Release calls under way, awaited by the entry point that made them. */
  #releasing: Promise<unknown>[] = [];
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

  get sockets(): ReadonlyMap<WebSocket, Attachment> {
    return this.#live();
  }

  #live(): Map<WebSocket, Attachment> {
    if (!this.#sockets) {
      this.#sockets = new Map();
      for (const ws of this.ctx.getWebSockets()) {
        const att = ws.deserializeAttachment() as Attachment | null;
        if (!att) continue;
        this.#sockets.set(ws, att);
        this.#count(att.subs, 1);
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
    const sockets = this.#live();
    const before = sockets.get(ws)?.subs ?? [];
    sockets.set(ws, att);
    this.#count(att.subs, 1);
    this.#release(this.#count(before, -1));
  }

  /** The socket is gone (closed, dropped): what it held is released at the agents. */
  remove(ws: WebSocket): Attachment | undefined {
    const sockets = this.#live();
    const att = sockets.get(ws);
    if (att) {
      sockets.delete(ws);
      this.#release(this.#count(att.subs, -1));
      return att;
    }
    // Not among the sockets rebuilt after a wake (a socket closing as the object woke): its own
    // attachment says what it held; what no other socket here holds is released.
    let own: Attachment | null = null;
    try {
      own = ws.deserializeAttachment() as Attachment | null;
    } catch {
      own = null;
    }
    if (!own) return undefined;
    const released = new Map<string, string[]>();
    for (const sub of own.subs)
      if (!this.holds(sub.agent_id, sub.name))
        released.set(sub.agent_id, [...(released.get(sub.agent_id) ?? []), sub.name]);
    this.#release(released);
    return own;
  }

  /** A subscribe in flight on this socket: counted (socket cap, credential share) before the agent is told. */
  reserve(ws: WebSocket, sub: Subscription): void {
    this.#live();
    let list = this.#pending.get(ws);
    if (!list) this.#pending.set(ws, (list = []));
    list.push(sub);
    this.#count([sub], 1);
  }

  /** The subscribe is done (saved on the socket, or refused): its reservation goes. */
  unreserve(ws: WebSocket, sub: Subscription): void {
    const list = this.#pending.get(ws) ?? [];
    const i = list.indexOf(sub);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.#pending.delete(ws);
    this.#release(this.#count([sub], -1));
  }

  /** Subscribes in flight on the socket. */
  pending(ws: WebSocket): readonly Subscription[] {
    return this.#pending.get(ws) ?? [];
  }

  /** Whether some subscription here (or one in flight) holds the channel. */
  holds(agentId: string, name: string): boolean {
    this.#live();
    return this.#held.get(agentId)?.has(name) ?? false;
  }

  /** The channels of an agent subscriptions here (or in flight) hold: this credential's share used. */
  heldOf(agentId: string): string[] {
    this.#live();
    return [...(this.#held.get(agentId)?.keys() ?? [])];
  }

  /** Waits for the release calls made so far (an entry point does, before it returns). */
  async settle(): Promise<void> {
    while (this.#releasing.length > 0) {
      const calls = this.#releasing;
      this.#releasing = [];
      await Promise.all(calls);
    }
  }

  /** Adds `by` to each subscription's channel count; returns the channels whose count reached 0. */
  #count(subs: readonly Subscription[], by: 1 | -1): Map<string, string[]> {
    const released = new Map<string, string[]>();
    for (const sub of subs) {
      let channels = this.#held.get(sub.agent_id);
      if (!channels) this.#held.set(sub.agent_id, (channels = new Map()));
      const was = channels.get(sub.name) ?? 0;
      if (was === 0 && by < 0) continue;
      const n = was + by;
      if (n > 0) {
        channels.set(sub.name, n);
        continue;
      }
      channels.delete(sub.name);
      if (channels.size === 0) this.#held.delete(sub.agent_id);
      released.set(sub.agent_id, [...(released.get(sub.agent_id) ?? []), sub.name]);
    }
    return released;
  }

  /**
   * Tells each agent, at once (so the call is ordered before any later subscribe on its stub),
   * the channels nobody here holds any more. A failed call leaves the row until the agent's next
   * event on the channel (answered "unwanted") or the next reconciliation (gatewayHeld).
   */
  #release(released: Map<string, string[]>): void {
    for (const [agentId, names] of released)
      this.#releasing.push(
        this.agent(agentId)
          .gatewayUnsubscribe(this.name, names)
          .catch((error: unknown) => console.error(`gateway ${this.name}: release at agent ${agentId} failed`, error)),
      );
  }

  /** op 3, then close. */
  cancel(ws: WebSocket, reason: string): void {
    ws.send(JSON.stringify({ op: OP.CANCELLED, d: { reason } }));
    this.drop(ws, reason);
  }

  drop(ws: WebSocket, reason: string): void {
    this.remove(ws);
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
