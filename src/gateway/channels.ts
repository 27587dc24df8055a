// The channel ops of the gateway protocol (run inside the Gateway Durable Object,
// durable-objects/gateway.ts): subscribe (op 12), unsubscribe (op 13), sync (op 14) and one-shot
// messages (op 15), each checked against the socket's session, grants and limits, and the
// ChannelSync a subscription (or a resume) starts with.
import type { Json } from "../shared/merge-patch.ts";
import { CHANNEL_NAME, type ChannelRef } from "../shared/channel-types.ts";
import { channelSync, errorEvent } from "../shared/gateway-frames.ts";
import { may, oneShotRefusal, otherSubs, subscriptionsFull, subscriptionsFullError } from "./limits.ts";
import { detachedWants } from "./session-store.ts";
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
  // Frames of one socket interleave at every await: the subscriptions are re-read before saving.
  const refuse = () => ws.send(errorEvent(subscriptionsFullError(ref.name)));
  if (subscriptionsFull(gw.sockets.get(ws) ?? att, sub)) return refuse();
  if (!(await sendSync(gw, ws, sub, true))) return;
  const now = gw.sockets.get(ws);
  if (!now) return;
  if (subscriptionsFull(now, sub)) return refuse();
  gw.save(ws, { ...now, subs: [...otherSubs(now, sub), sub] });
}

export async function unsubscribe(gw: GatewayState, ws: WebSocket, att: Attachment, d: Payload): Promise<void> {
  if (!isChannelRef(d.channel)) return ws.send(errorEvent("unsubscribe needs channel {agent_id, name}"));
  const ref = d.channel;
  const now = gw.sockets.get(ws) ?? att;
  gw.save(ws, { ...now, subs: now.subs.filter((s) => s.agent_id !== ref.agent_id || s.name !== ref.name) });
  // The agent forgets this gateway for the channel once nobody here wants it.
  if (!wanted(gw, ref.agent_id).has(ref.name)) await gw.agent(ref.agent_id).gatewayUnsubscribe(gw.name, [ref.name]);
}

/** Channels of an agent some socket or resumable session here subscribes to. */
function wanted(gw: GatewayState, agentId: string): Set<string> {
  const wanted = detachedWants(gw.sql, agentId);
  for (const att of gw.sockets.values()) for (const sub of att.subs) if (sub.agent_id === agentId) wanted.add(sub.name);
  return wanted;
}

export async function sync(gw: GatewayState, ws: WebSocket, att: Attachment, d: Payload): Promise<void> {
  if (!isChannelRef(d.channel)) return ws.send(errorEvent("sync needs channel {agent_id, name}"));
  const ref = d.channel;
  const sub = att.subs.find((s) => s.agent_id === ref.agent_id && s.name === ref.name);
  if (!sub) return ws.send(errorEvent(`not subscribed to ${ref.agent_id}/${ref.name}`));
  if (!(await may(gw.env, att.principal, ref.agent_id, "read"))) {
    const now = gw.sockets.get(ws) ?? att;
    gw.save(ws, { ...now, subs: now.subs.filter((s) => s.agent_id !== ref.agent_id || s.name !== ref.name) });
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
  const state = subscribe ? await stub.gatewaySubscribe(gw.name, sub.name) : await stub.gatewaySync(sub.name);
  if (!state) {
    ws.send(errorEvent(`agent ${sub.agent_id} has as many subscriptions as it keeps; not subscribed to ${sub.name}`));
    return false;
  }
  ws.send(channelSync(refOf(sub), state.aggregate, state.s));
  return true;
}
