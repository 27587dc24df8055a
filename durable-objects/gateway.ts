// The gateway WebSocket (SPEC §4.3): one Durable Object per credential (`gw:<token id>`, or
// `gw:admin`), holding that credential's client sockets with the Hibernation API — an idle
// subscriber costs no duration. Agents fan their events out to the gateways subscribed to their
// channels (src/gateway/fanout.ts): one call per gateway per write, however many of its sockets
// watch; this object then sends each socket its frames. Sessions survive a dropped connection for
// RESUME_WINDOW_MS: a resume gets a full Ready and a ChannelSync per subscription (never a silent
// gap). Revoking the token closes every socket here.
import { DurableObject } from "cloudflare:workers";
import { allows, type Principal } from "../src/auth/principal.ts";
import { hexEquals } from "../src/auth/secret.ts";
import { jsonDepth, MAX_JSON_DEPTH, type Json } from "../src/shared/merge-patch.ts";
import { CHANNEL_NAME, type ChannelRef } from "../src/shared/channel-types.ts";
import { channelSync, errorEvent, frame, OP, type ChannelEvent } from "../src/shared/gateway-frames.ts";
import { problemResponse } from "../src/shared/problem.ts";
import { cachedAgent } from "../src/kv-mirror/edge-cache.ts";
import { agentStub } from "../src/contracts/stubs.ts";

/** How long a dropped session can be resumed (op 11). */
export const RESUME_WINDOW_MS = 5 * 60_000;
/** Subscriptions per socket (they ride in its attachment, which the runtime caps at 16 KiB). */
export const MAX_SUBSCRIPTIONS = 100;
/** Largest one-shot message (op 15) fanned out, as JSON. */
export const MAX_ONE_SHOT_BYTES = 64 * 1024;

interface Subscription {
  agent_id: string;
  name: string;
  diff_only: boolean;
}

interface Attachment {
  principal: Principal;
  session: { id: string; token: string } | null;
  subs: Subscription[];
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, token TEXT NOT NULL, subs TEXT NOT NULL, detached_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS revoked (k TEXT PRIMARY KEY, at INTEGER NOT NULL) WITHOUT ROWID;
`;

const randomToken = (): string =>
  [...crypto.getRandomValues(new Uint8Array(24))].map((b) => b.toString(16).padStart(2, "0")).join("");

function isChannelRef(v: unknown): v is ChannelRef {
  if (typeof v !== "object" || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    typeof c.agent_id === "string" &&
    /^\d{1,19}$/.test(c.agent_id) &&
    typeof c.name === "string" &&
    CHANNEL_NAME.test(c.name)
  );
}

export class Gateway extends DurableObject<Env> {
  /** Attachments by socket, rebuilt from the sockets' own after a wake. */
  #sockets: Map<WebSocket, Attachment> | null = null;
  /** One stub per agent: this gateway's subscribe and unsubscribe calls reach it in order. */
  readonly #agents = new Map<string, ReturnType<typeof agentStub>>();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec(SCHEMA);
    // Application-level keep-alive answered without waking the object (WebSocket ping/pong is
    // answered by the runtime anyway).
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  private get name(): string {
    return this.ctx.id.name ?? "";
  }

  private get sockets(): Map<WebSocket, Attachment> {
    if (!this.#sockets) {
      this.#sockets = new Map();
      for (const ws of this.ctx.getWebSockets()) {
        const att = ws.deserializeAttachment() as Attachment | null;
        if (att) this.#sockets.set(ws, att);
      }
    }
    return this.#sockets;
  }

  private agent(id: string): ReturnType<typeof agentStub> {
    let stub = this.#agents.get(id);
    if (!stub) this.#agents.set(id, (stub = agentStub(this.env, id)));
    return stub;
  }

  private save(ws: WebSocket, att: Attachment): void {
    ws.serializeAttachment(att);
    this.sockets.set(ws, att);
  }

  private get revoked(): boolean {
    return this.ctx.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM revoked").one().n > 0;
  }

  /** The upgrade, forwarded by the worker once it has authenticated the caller. */
  override async fetch(request: Request): Promise<Response> {
    const principal = JSON.parse(request.headers.get("x-edgehook-principal") ?? "null") as Principal | null;
    // The worker forwards these answers as they are: problem+json like all of its own.
    if (!principal || request.headers.get("upgrade")?.toLowerCase() !== "websocket")
      return problemResponse(400, "bad_request", "expected a WebSocket upgrade from the worker");
    // A revoked credential may still pass another isolate's cache for a moment: not here.
    if (this.revoked) return problemResponse(401, "token_invalid", "the token is revoked");
    const pair = new WebSocketPair();
    const [client, server] = [pair[0], pair[1]];
    this.ctx.acceptWebSocket(server);
    this.save(server, { principal, session: null, subs: [] });
    server.send(frame("Hello", { heartbeat_interval: 45_000 }));
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const att = this.sockets.get(ws);
    if (!att) return;
    try {
      await this.handle(ws, att, message);
    } catch (error) {
      // Whatever failed (an agent unreachable, a limit of the runtime), the client hears of it.
      console.error(`gateway ${this.name}: frame failed`, error);
      sendSafely(
        ws,
        errorEvent(`the frame could not be handled: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }

  private async handle(ws: WebSocket, att: Attachment, message: string | ArrayBuffer): Promise<void> {
    let f: unknown;
    try {
      f = JSON.parse(typeof message === "string" ? message : new TextDecoder().decode(message));
    } catch {
      f = null;
    }
    if (typeof f !== "object" || f === null || Array.isArray(f)) return ws.send(errorEvent("frames are JSON {op, d}"));
    const frameIn = f as { op?: unknown; d?: unknown };
    const d = (typeof frameIn.d === "object" && frameIn.d !== null ? frameIn.d : {}) as Record<string, unknown>;
    switch (frameIn.op) {
      case OP.IDENTIFY:
        return this.identify(ws, att);
      case OP.RESUME:
        return this.resume(ws, att, d);
      case OP.SUBSCRIBE:
        return this.subscribe(ws, att, d);
      case OP.UNSUBSCRIBE:
        return this.unsubscribe(ws, att, d);
      case OP.SYNC:
        return this.sync(ws, att, d);
      case OP.ONE_SHOT:
        return this.oneShot(ws, att, d);
      default:
        ws.send(errorEvent(`unknown op ${JSON.stringify(frameIn.op)}`));
    }
  }

  private identify(ws: WebSocket, att: Attachment): void {
    if (att.session) {
      ws.send(errorEvent("already identified"));
      return;
    }
    const session = { id: crypto.randomUUID(), token: randomToken() };
    this.save(ws, { ...att, session, subs: [] });
    ws.send(frame("Ready", { session_id: session.id, session_token: session.token, subscriptions: [] }));
  }

  /** op 11: the same session on a new socket, with its subscriptions, each synced. */
  private async resume(ws: WebSocket, att: Attachment, d: Record<string, unknown>): Promise<void> {
    if (att.session) return ws.send(errorEvent("already identified"));
    const id = typeof d.session_id === "string" ? d.session_id : "";
    const token = typeof d.session_token === "string" ? d.session_token : "";
    let found: { token: string; subs: Subscription[] } | null = null;
    for (const [other, a] of this.sockets)
      if (other !== ws && a.session?.id === id) {
        found = { token: a.session.token, subs: a.subs };
        if (hexEquals(a.session.token, token)) this.drop(other, "resumed elsewhere");
      }
    if (!found) {
      const row = this.ctx.storage.sql
        .exec<{ token: string; subs: string; detached_at: number }>(
          "SELECT token, subs, detached_at FROM sessions WHERE id = ?",
          id,
        )
        .toArray()[0];
      if (row && row.detached_at > Date.now() - RESUME_WINDOW_MS)
        found = { token: row.token, subs: JSON.parse(row.subs) as Subscription[] };
    }
    if (!found || !hexEquals(found.token, token)) {
      this.cancel(ws, "unknown or expired session");
      return;
    }
    this.ctx.storage.sql.exec("DELETE FROM sessions WHERE id = ?", id);
    // Grants may have changed while away: only what the credential may still read comes back.
    const subs: Subscription[] = [];
    for (const sub of found.subs) if (await this.may(att.principal, sub.agent_id, "read")) subs.push(sub);
    this.save(ws, { ...(this.sockets.get(ws) ?? att), session: { id, token }, subs });
    ws.send(frame("Ready", { session_id: id, session_token: token, subscriptions: subs.map(refOf) }));
    // What happened while away is not replayed event by event: each channel is synced whole.
    for (const sub of subs) await this.sendSync(ws, sub, true);
  }

  private async subscribe(ws: WebSocket, att: Attachment, d: Record<string, unknown>): Promise<void> {
    if (!att.session) return ws.send(errorEvent("identify (op 10) or resume (op 11) first"));
    if (!isChannelRef(d.channel)) return ws.send(errorEvent("subscribe needs channel {agent_id, name}"));
    const ref = d.channel;
    if (!(await this.may(att.principal, ref.agent_id, "read")))
      return ws.send(errorEvent(`no read grant on agent ${ref.agent_id}; not subscribed to ${ref.name}`));
    const sub = { agent_id: ref.agent_id, name: ref.name, diff_only: d.diff_only === true };
    // Frames of one socket interleave at every await: the subscriptions are re-read before saving.
    const others = (a: Attachment) => a.subs.filter((s) => s.agent_id !== sub.agent_id || s.name !== sub.name);
    const full = (a: Attachment) => others(a).length >= MAX_SUBSCRIPTIONS;
    const refuse = () =>
      ws.send(errorEvent(`at most ${MAX_SUBSCRIPTIONS} subscriptions per connection; not subscribed to ${ref.name}`));
    if (full(this.sockets.get(ws) ?? att)) return refuse();
    if (!(await this.sendSync(ws, sub, true))) return;
    const now = this.sockets.get(ws);
    if (!now) return;
    if (full(now)) return refuse();
    this.save(ws, { ...now, subs: [...others(now), sub] });
  }

  private async unsubscribe(ws: WebSocket, att: Attachment, d: Record<string, unknown>): Promise<void> {
    if (!isChannelRef(d.channel)) return ws.send(errorEvent("unsubscribe needs channel {agent_id, name}"));
    const ref = d.channel;
    const now = this.sockets.get(ws) ?? att;
    this.save(ws, { ...now, subs: now.subs.filter((s) => s.agent_id !== ref.agent_id || s.name !== ref.name) });
    // The agent forgets this gateway for the channel once nobody here wants it.
    if (!this.wanted(ref.agent_id).has(ref.name))
      await this.agent(ref.agent_id).gatewayUnsubscribe(this.name, [ref.name]);
  }

  /** Channels of an agent some socket or resumable session here subscribes to. */
  private wanted(agentId: string): Set<string> {
    const wanted = this.detachedWants(agentId);
    for (const att of this.sockets.values())
      for (const sub of att.subs) if (sub.agent_id === agentId) wanted.add(sub.name);
    return wanted;
  }

  /** Channels of an agent a dropped session, still resumable, subscribes to. */
  private detachedWants(agentId: string): Set<string> {
    const wanted = new Set<string>();
    for (const row of this.ctx.storage.sql.exec<{ subs: string }>(
      "SELECT subs FROM sessions WHERE detached_at > ?",
      Date.now() - RESUME_WINDOW_MS,
    ))
      for (const sub of JSON.parse(row.subs) as Subscription[]) if (sub.agent_id === agentId) wanted.add(sub.name);
    return wanted;
  }

  private async sync(ws: WebSocket, att: Attachment, d: Record<string, unknown>): Promise<void> {
    if (!isChannelRef(d.channel)) return ws.send(errorEvent("sync needs channel {agent_id, name}"));
    const ref = d.channel;
    const sub = att.subs.find((s) => s.agent_id === ref.agent_id && s.name === ref.name);
    if (!sub) return ws.send(errorEvent(`not subscribed to ${ref.agent_id}/${ref.name}`));
    if (!(await this.may(att.principal, ref.agent_id, "read"))) {
      const now = this.sockets.get(ws) ?? att;
      this.save(ws, { ...now, subs: now.subs.filter((s) => s.agent_id !== ref.agent_id || s.name !== ref.name) });
      return ws.send(errorEvent(`no read grant on agent ${ref.agent_id} any more; unsubscribed from ${ref.name}`));
    }
    await this.sendSync(ws, sub, false);
  }

  private async oneShot(ws: WebSocket, att: Attachment, d: Record<string, unknown>): Promise<void> {
    if (!att.session) return ws.send(errorEvent("identify (op 10) or resume (op 11) first"));
    if (!isChannelRef(d.channel)) return ws.send(errorEvent("a one-shot message needs channel {agent_id, name}"));
    const ref = d.channel;
    if (!(await this.may(att.principal, ref.agent_id, "write")))
      return ws.send(errorEvent(`no write grant on agent ${ref.agent_id}`));
    // As deep as any JSON the platform accepts: deeper overflows the stack on its way to the agent.
    if (jsonDepth(d.data ?? null, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
      return ws.send(errorEvent(`a one-shot message is nested deeper than ${MAX_JSON_DEPTH} levels`));
    if (JSON.stringify(d.data ?? null).length > MAX_ONE_SHOT_BYTES)
      return ws.send(errorEvent(`a one-shot message is at most ${MAX_ONE_SHOT_BYTES} bytes of JSON`));
    const author = att.principal.kind === "admin" ? "admin" : att.principal.id;
    await this.agent(ref.agent_id).gatewayOneShot(ref.name, author, (d.data ?? null) as Json);
  }

  /** Sends the channel's ChannelSync (subscribing this gateway first); false if the agent refused. */
  private async sendSync(ws: WebSocket, sub: Subscription, subscribe: boolean): Promise<boolean> {
    const stub = this.agent(sub.agent_id);
    const state = subscribe ? await stub.gatewaySubscribe(this.name, sub.name) : await stub.gatewaySync(sub.name);
    if (!state) {
      ws.send(errorEvent(`agent ${sub.agent_id} has as many subscriptions as it keeps; not subscribed to ${sub.name}`));
      return false;
    }
    ws.send(channelSync(refOf(sub), state.aggregate, state.s));
    return true;
  }

  private async may(principal: Principal, agentId: string, need: "read" | "write"): Promise<boolean> {
    const agent = await cachedAgent(this.env, agentId);
    return agent !== null && allows(principal, agent, need);
  }

  /** op 3, then close. */
  private cancel(ws: WebSocket, reason: string): void {
    ws.send(JSON.stringify({ op: OP.CANCELLED, d: { reason } }));
    this.drop(ws, reason);
  }

  private drop(ws: WebSocket, reason: string): void {
    this.sockets.delete(ws);
    // Not a session to keep for resume (it was cancelled or resumed elsewhere).
    ws.serializeAttachment(null);
    try {
      ws.close(4000, reason);
    } catch {
      // Already closing.
    }
  }

  override webSocketClose(ws: WebSocket, code?: number): void {
    const att = this.sockets.get(ws);
    this.sockets.delete(ws);
    // Answer the client's close (else it waits out its close timeout).
    try {
      ws.close(code === 1005 || code === 1006 || code === undefined ? 1000 : code, "closed");
    } catch {
      // Already closed.
    }
    const now = Date.now();
    this.ctx.storage.sql.exec("DELETE FROM sessions WHERE detached_at <= ?", now - RESUME_WINDOW_MS);
    if (att?.session)
      this.ctx.storage.sql.exec(
        "INSERT OR REPLACE INTO sessions (id, token, subs, detached_at) VALUES (?, ?, ?, ?)",
        att.session.id,
        att.session.token,
        JSON.stringify(att.subs),
        now,
      );
  }

  override webSocketError(ws: WebSocket): void {
    this.webSocketClose(ws);
  }

  /**
   * An agent's events for its channels: each socket subscribed gets its frame (without the
   * aggregate if `diff_only`). Returns the channels nobody here wants any more (the agent stops).
   */
  async deliver(agentId: string, events: ChannelEvent[]): Promise<string[]> {
    // Grants are checked again as events flow (tokens_valid_from, groups, a deleted agent): a
    // socket that may no longer read the agent loses its subscriptions to it.
    const agent = await cachedAgent(this.env, agentId);
    const live = new Set<string>();
    for (const [ws, att] of this.sockets) {
      const mine = att.subs.filter((sub) => sub.agent_id === agentId);
      if (mine.length === 0) continue;
      if (!agent || !allows(att.principal, agent, "read")) {
        this.save(ws, { ...att, subs: att.subs.filter((sub) => sub.agent_id !== agentId) });
        sendSafely(ws, errorEvent(`no read grant on agent ${agentId} any more; unsubscribed from its channels`));
        continue;
      }
      for (const sub of mine) {
        live.add(sub.name);
        for (const event of events)
          if (event.channel === sub.name) sendSafely(ws, sub.diff_only ? event.diff : event.full);
      }
    }
    const unwanted = [...new Set(events.map((e) => e.channel))].filter((c) => !live.has(c));
    if (unwanted.length === 0) return [];
    // A dropped session may still be resumed: keep its channels coming until its window ends.
    const detached = this.detachedWants(agentId);
    return unwanted.filter((c) => !detached.has(c));
  }

  /** The credential was revoked: every session here ends (op 3, then close). */
  revoke(): void {
    this.ctx.storage.sql.exec("INSERT OR REPLACE INTO revoked (k, at) VALUES ('token', ?)", Date.now());
    for (const ws of this.sockets.keys()) this.cancel(ws, "token revoked");
    this.ctx.storage.sql.exec("DELETE FROM sessions");
  }

  /** Open sockets (tests, operators). */
  connections(): number {
    return this.sockets.size;
  }
}

const refOf = (s: Subscription): ChannelRef => ({ agent_id: s.agent_id, name: s.name });

/** One socket's send failing (closing, after a wake) must not stop the others'. */
function sendSafely(ws: WebSocket, text: string): void {
  try {
    ws.send(text);
  } catch {
    // Closing: its webSocketClose follows.
  }
}
