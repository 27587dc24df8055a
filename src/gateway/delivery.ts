// An agent's events reaching the Gateway object's sockets (runs inside the Gateway Durable Object,
// durable-objects/gateway.ts, behind its `deliver` RPC): each subscribed socket gets its frame,
// grants are checked again as events flow, and the agent learns which channels nobody here wants.
import { allows } from "../auth/principal.ts";
import { errorEvent, type ChannelEvent } from "../shared/gateway-frames.ts";
import { cachedAgent } from "../kv-mirror/edge-cache.ts";
import { sendSafely, type GatewayState } from "./state.ts";

/**
 * Each socket subscribed gets its frame (without the aggregate if `diff_only`). Returns the
 * channels nobody here wants any more (the agent stops sending them).
 */
export async function deliverEvents(gw: GatewayState, agentId: string, events: ChannelEvent[]): Promise<string[]> {
  // Grants are checked again as events flow (tokens_valid_from, groups, a deleted agent): a
  // socket that may no longer read the agent loses its subscriptions to it.
  const agent = await cachedAgent(gw.env, agentId);
  for (const [ws, att] of gw.sockets) {
    const mine = att.subs.filter((sub) => sub.agent_id === agentId);
    if (mine.length === 0) continue;
    if (!agent || !allows(att.principal, agent, "read")) {
      gw.save(ws, { ...att, subs: att.subs.filter((sub) => sub.agent_id !== agentId) });
      sendSafely(ws, errorEvent(`no read grant on agent ${agentId} any more; unsubscribed from its channels`));
      continue;
    }
    for (const sub of mine) {
      for (const event of events)
        if (event.channel === sub.name) sendSafely(ws, sub.diff_only ? event.diff : event.full);
    }
  }
  // Channels nobody here holds (their release may still be on its way): the agent stops sending.
  // A dropped session holds nothing (its subscriptions are made again when it resumes).
  const unwanted = [...new Set(events.map((e) => e.channel))].filter((c) => !gw.holds(agentId, c));
  await gw.settle();
  return unwanted;
}
