// An agent's events reaching the Gateway object's sockets (runs inside the Gateway Durable Object,
// durable-objects/gateway.ts, behind its `deliver` RPC): each subscribed socket gets its frame,
// grants are checked again as events flow, and the agent learns which channels nobody here wants.
import { allows } from "../auth/principal.ts";
import { errorEvent, type ChannelEvent } from "../shared/gateway-frames.ts";
import { cachedAgent } from "../kv-mirror/edge-cache.ts";
import { detachedWants } from "./session-store.ts";
import { sendSafely, type GatewayState } from "./state.ts";

/**
 * Each socket subscribed gets its frame (without the aggregate if `diff_only`). Returns the
 * channels nobody here wants any more (the agent stops sending them).
 */
export async function deliverEvents(gw: GatewayState, agentId: string, events: ChannelEvent[]): Promise<string[]> {
  // Grants are checked again as events flow (tokens_valid_from, groups, a deleted agent): a
  // socket that may no longer read the agent loses its subscriptions to it.
  const agent = await cachedAgent(gw.env, agentId);
  const live = new Set<string>();
  for (const [ws, att] of gw.sockets) {
    const mine = att.subs.filter((sub) => sub.agent_id === agentId);
    if (mine.length === 0) continue;
    if (!agent || !allows(att.principal, agent, "read")) {
      gw.save(ws, { ...att, subs: att.subs.filter((sub) => sub.agent_id !== agentId) });
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
  const detached = detachedWants(gw.sql, agentId);
  return unwanted.filter((c) => !detached.has(c));
}
