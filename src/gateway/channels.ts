// The channel ops of the gateway protocol (run inside the Gateway Durable Object,
// durable-objects/gateway.ts): subscribe (op 12), unsubscribe (op 13), sync (op 14) and one-shot
// messages (op 15), each checked against the socket's session, grants and limits, and the
// ChannelSync a subscription (or a resume) starts with.
import type { Json } from "../shared/merge-patch.ts";
import { CHANNEL_NAME, type ChannelRef } from "../shared/channel-types.ts";
import { channelSync, errorEvent } from "../shared/gateway-frames.ts";
import {
  agentFullError,
  MAX_CHANNELS_PER_CREDENTIAL,
  may,
  oneShotRefusal,
  otherSubs,
  shareFull,
  shareFullError,
  subscriptionsFull,
  subscriptionsFullError,
} from "./limits.ts";
import { refOf, type Attachment, type GatewayState, type Subscription } from "./state.ts";

type Payload = Record<string, unknown>;

export function isChannelRef(v: unknown): v is ChannelRef {
  if (typeof v !== "object" || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    typeof c.agent_id === "string" &&
    /^\d{1,19}$/.test(c.agent_id) &&
    typeof c.name === "string" &&
    CHANNEL_NAME.test(c.name)
  );
}

export async function subscribe(gw: GatewayState, ws: WebSocket, att: Attachment, d: Payload): Promise<void> {
  if (!att.session) return ws.send(errorEvent("identify (op 10) or resume (op 11) first"));
  if (!isChannelRef(d.channel)) return ws.send(errorEvent("subscribe needs channel {agent_id, name}"));
  const ref = d.channel;
  if (!(await may(gw.env, att.principal, ref.agent_id, "read")))
    return ws.send(errorEvent(`no read grant on agent ${ref.agent_id}; not subscribed to ${ref.name}`));
  const sub = { agent_id: ref.agent_id, name: ref.name, diff_only: d.diff_only === true };
  // Frames of one socket interleave at every await: the socket's cap and the credential's share
  // are checked, and the subscription reserved, with no await before the agent is told.
  const now = gw.sockets.get(ws);
  if (!now) return;
  if (subscriptionsFull(now, sub, gw.pending(ws))) return ws.send(errorEvent(subscriptionsFullError(ref.name)));
  if (shareFull(gw, sub)) return ws.send(errorEvent(shareFullError(sub)));
  gw.reserve(ws, sub);
  try {
    if (!(await sendSync(gw, ws, sub, true))) return;
    const after = gw.sockets.get(ws);
    if (after) gw.save(ws, { ...after, subs: [...otherSubs(after, sub), sub] });
  } finally {
    // Refused, or the socket closed meanwhile: nobody holds it, so the agent is told to forget it.
    gw.unreserve(ws, sub);
  }
}

export function unsubscribe(gw: GatewayState, ws: WebSocket, d: Payload): void {
  if (!isChannelRef(d.channel)) return ws.send(errorEvent("unsubscribe needs channel {agent_id, name}"));
  const ref = d.channel;
  const now = gw.sockets.get(ws);
  if (!now) return;
  // The agent forgets this gateway for the channel once nobody here holds it (state.ts).
  gw.save(ws, { ...now, subs: now.subs.filter((s) => s.agent_id !== ref.agent_id || s.name !== ref.name) });
}

export async function sync(gw: GatewayState, ws: WebSocket, att: Attachment, d: Payload): Promise<void> {
  if (!isChannelRef(d.channel)) return ws.send(errorEvent("sync needs channel {agent_id, name}"));
  const ref = d.channel;
  const sub = att.subs.find((s) => s.agent_id === ref.agent_id && s.name === ref.name);
  if (!sub) return ws.send(errorEvent(`not subscribed to ${ref.agent_id}/${ref.name}`));
  if (!(await may(gw.env, att.principal, ref.agent_id, "read"))) {
    const now = gw.sockets.get(ws);
    if (now) gw.save(ws, { ...now, subs: now.subs.filter((s) => s.agent_id !== ref.agent_id || s.name !== ref.name) });
    return ws.send(errorEvent(`no read grant on agent ${ref.agent_id} any more; unsubscribed from ${ref.name}`));
  }
  await sendSync(gw, ws, sub, false);
}

export async function oneShot(gw: GatewayState, ws: WebSocket, att: Attachment, d: Payload): Promise<void> {
  if (!att.session) return ws.send(errorEvent("identify (op 10) or resume (op 11) first"));
  if (!isChannelRef(d.channel)) return ws.send(errorEvent("a one-shot message needs channel {agent_id, name}"));
  const ref = d.channel;
  if (!(await may(gw.env, att.principal, ref.agent_id, "write")))
    return ws.send(errorEvent(`no write grant on agent ${ref.agent_id}`));
  const refusal = oneShotRefusal(d.data);
  if (refusal) return ws.send(errorEvent(refusal));
  const author = att.principal.kind === "admin" ? "admin" : att.principal.id;
  await gw.agent(ref.agent_id).gatewayOneShot(ref.name, author, (d.data ?? null) as Json);
}

/** Sends the channel's ChannelSync (subscribing this gateway first); false if the agent refused. */
export async function sendSync(
  gw: GatewayState,
  ws: WebSocket,
  sub: Subscription,
  subscribe: boolean,
): Promise<boolean> {
  const stub = gw.agent(sub.agent_id);
  let state = subscribe ? await stub.gatewaySubscribe(gw.name, sub.name) : await stub.gatewaySync(sub.name);
  const held = gw.heldOf(sub.agent_id);
  if (!state && subscribe && held.length <= MAX_CHANNELS_PER_CREDENTIAL) {
    // Within its share here, refused there: the agent may still keep rows of sockets that died
    // without a close (a restart). Tell it what this gateway holds, then ask once more.
    await stub.gatewayHeld(gw.name, held);
    state = await stub.gatewaySubscribe(gw.name, sub.name);
  }
  if (!state) {
    const mine = gw.heldOf(sub.agent_id).length > MAX_CHANNELS_PER_CREDENTIAL;
    ws.send(errorEvent(mine ? shareFullError(sub) : agentFullError(sub)));
    return false;
  }
  ws.send(channelSync(refOf(sub), state.aggregate, state.s));
  return true;
}
