// The Gateway object's limits and grants (runs inside the Gateway Durable Object,
// durable-objects/gateway.ts): how many subscriptions a socket may hold, how many channels of one
// agent the credential's sockets may hold together (its share of the agent's budget, which the
// agent enforces too), how many sockets the credential may open, how large and deep a one-shot
// message may be, and whether a credential may read or write an agent.
import { allows, type Principal } from "../auth/principal.ts";
import { jsonDepth, MAX_JSON_DEPTH } from "../shared/merge-patch.ts";
import { cachedAgent } from "../kv-mirror/edge-cache.ts";
import { MAX_CHANNELS_PER_CREDENTIAL, MAX_SOCKETS_PER_CREDENTIAL } from "../shared/gateway-limits.ts";
import { exceedsUtf8 } from "../shared/utf8.ts";
import type { Attachment, GatewayState, Subscription } from "./state.ts";

export { MAX_CHANNELS_PER_CREDENTIAL, MAX_SOCKETS_PER_CREDENTIAL };

/** Subscriptions per socket (they ride in its attachment, which the runtime caps at 16 KiB). */
export const MAX_SUBSCRIPTIONS = 100;
/** Largest one-shot message (op 15) fanned out, in bytes of its JSON's UTF-8 encoding. */
export const MAX_ONE_SHOT_BYTES = 64 * 1024;

/** Whether the credential may `need` the agent, by the edge cache's copy of it (null: deleted). */
export async function may(env: Env, principal: Principal, agentId: string, need: "read" | "write"): Promise<boolean> {
  const agent = await cachedAgent(env, agentId);
  return agent !== null && allows(principal, agent, need);
}

/** The socket's subscriptions but `sub` (the same channel subscribed again replaces it). */
export const otherSubs = (att: Attachment, sub: Subscription): Subscription[] =>
  att.subs.filter((s) => s.agent_id !== sub.agent_id || s.name !== sub.name);

const key = (s: Subscription): string => `${s.agent_id}\n${s.name}`;

/** Adding `sub` would take the socket past MAX_SUBSCRIPTIONS (its subscribes in flight count). */
export function subscriptionsFull(att: Attachment, sub: Subscription, pending: readonly Subscription[] = []): boolean {
  const taken = new Set([...otherSubs(att, sub), ...pending].map(key));
  taken.delete(key(sub));
  return taken.size >= MAX_SUBSCRIPTIONS;
}

export const subscriptionsFullError = (name: string): string =>
  `at most ${MAX_SUBSCRIPTIONS} subscriptions per connection; not subscribed to ${name}`;

/** Adding `sub` would take the credential past its share of the agent's channels. */
export const shareFull = (gw: GatewayState, sub: Subscription): boolean =>
  !gw.holds(sub.agent_id, sub.name) && gw.heldOf(sub.agent_id).length >= MAX_CHANNELS_PER_CREDENTIAL;

export const shareFullError = (sub: Subscription): string =>
  `this credential's connections hold ${MAX_CHANNELS_PER_CREDENTIAL} channels of agent ${sub.agent_id}, as many as one credential may; not subscribed to ${sub.name}`;

export const agentFullError = (sub: Subscription): string =>
  `agent ${sub.agent_id} has as many subscriptions as it keeps; not subscribed to ${sub.name}`;

export const socketsFullError = `at most ${MAX_SOCKETS_PER_CREDENTIAL} open gateway connections per credential; close one first`;

/** Why a one-shot message's data is refused, or null. */
export function oneShotRefusal(data: unknown): string | null {
  // As deep as any JSON the platform accepts: deeper overflows the stack on its way to the agent.
  if (jsonDepth(data ?? null, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    return `a one-shot message is nested deeper than ${MAX_JSON_DEPTH} levels`;
  if (exceedsUtf8(JSON.stringify(data ?? null), MAX_ONE_SHOT_BYTES))
    return `a one-shot message is at most ${MAX_ONE_SHOT_BYTES} bytes of JSON`;
  return null;
}
