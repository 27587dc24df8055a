// Gateway sessions (run inside the Gateway Durable Object, durable-objects/gateway.ts): identify
// (op 10) starts one; a dropped socket's session is kept for RESUME_WINDOW_MS (session-store.ts);
// resume (op 11) takes it up on a new socket with a full Ready and a ChannelSync per subscription it
// may still read (never a silent gap); revoking the credential ends every session here.
import { hexEquals } from "../auth/secret.ts";
import { errorEvent, frame } from "../shared/gateway-frames.ts";
import { sendSync } from "./channels.ts";
import { may } from "./limits.ts";
import { detachedSession, forgetAllSessions, forgetSession, keepDetached, markRevoked } from "./session-store.ts";
import { refOf, type Attachment, type GatewayState, type Subscription } from "./state.ts";

const randomToken = (): string =>
  [...crypto.getRandomValues(new Uint8Array(24))].map((b) => b.toString(16).padStart(2, "0")).join("");

/** op 10: a new session, with no subscriptions. */
export function identify(gw: GatewayState, ws: WebSocket, att: Attachment): void {
  if (att.session) {
    ws.send(errorEvent("already identified"));
    return;
  }
  const session = { id: crypto.randomUUID(), token: randomToken() };
  gw.save(ws, { ...att, session, subs: [] });
  ws.send(frame("Ready", { session_id: session.id, session_token: session.token, subscriptions: [] }));
}

/** op 11: the same session on a new socket, with its subscriptions, each synced. */
export async function resume(
  gw: GatewayState,
  ws: WebSocket,
  att: Attachment,
  d: Record<string, unknown>,
): Promise<void> {
  if (att.session) return ws.send(errorEvent("already identified"));
  const id = typeof d.session_id === "string" ? d.session_id : "";
  const token = typeof d.session_token === "string" ? d.session_token : "";
  let found: { token: string; subs: Subscription[] } | null = null;
  for (const [other, a] of gw.sockets)
    if (other !== ws && a.session?.id === id) {
      found = { token: a.session.token, subs: a.subs };
      if (hexEquals(a.session.token, token)) gw.drop(other, "resumed elsewhere");
    }
  if (!found) found = detachedSession(gw.sql, id);
  if (!found || !hexEquals(found.token, token)) {
    gw.cancel(ws, "unknown or expired session");
    return;
  }
  forgetSession(gw.sql, id);
  // Grants may have changed while away: only what the credential may still read comes back.
  const subs: Subscription[] = [];
  for (const sub of found.subs) if (await may(gw.env, att.principal, sub.agent_id, "read")) subs.push(sub);
  const now = gw.sockets.get(ws);
  if (!now) return;
  gw.save(ws, { ...now, session: { id, token }, subs });
  ws.send(frame("Ready", { session_id: id, session_token: token, subscriptions: subs.map(refOf) }));
  // What happened while away is not replayed event by event: each channel is synced whole. The
  // dropped session held nothing at the agents: each subscription is made again, and one the agent
  // refuses (the credential's share taken meanwhile) leaves the socket with its error event.
  for (const sub of subs)
    if (!(await sendSync(gw, ws, sub, true))) {
      const after = gw.sockets.get(ws);
      if (after) gw.save(ws, { ...after, subs: after.subs.filter((s) => s !== sub) });
    }
}

/**
 * A socket closed (or failed): its close is answered, its session kept for resume, and what it
 * held released at the agents (a resume subscribes again).
 */
export async function detach(gw: GatewayState, ws: WebSocket, code?: number): Promise<void> {
  const att = gw.remove(ws);
  // Answer the client's close (else it waits out its close timeout).
  try {
    ws.close(code === 1005 || code === 1006 || code === undefined ? 1000 : code, "closed");
  } catch {
    // Already closed.
  }
  keepDetached(gw.sql, att?.session ?? null, att?.subs ?? [], Date.now());
  await gw.settle();
}

/** The credential was revoked: every session here ends (op 3, then close), none is kept. */
export async function revokeSessions(gw: GatewayState): Promise<void> {
  markRevoked(gw.sql);
  for (const ws of gw.sockets.keys()) gw.cancel(ws, "token revoked");
  forgetAllSessions(gw.sql);
  await gw.settle();
}
