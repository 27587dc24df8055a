// The Gateway object's limits and grants (runs inside the Gateway Durable Object,
// durable-objects/gateway.ts): how many subscriptions a socket may hold, how large and deep a
// one-shot message may be, and whether a credential may read or write an agent.
import { allows, type Principal } from "../auth/principal.ts";
import { jsonDepth, MAX_JSON_DEPTH } from "../shared/merge-patch.ts";
import { cachedAgent } from "../kv-mirror/edge-cache.ts";
import { exceedsUtf8 } from "../shared/utf8.ts";
import type { Attachment, Subscription } from "./state.ts";

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

/** Adding `sub` would take the socket past MAX_SUBSCRIPTIONS. */
export const subscriptionsFull = (att: Attachment, sub: Subscription): boolean =>
  otherSubs(att, sub).length >= MAX_SUBSCRIPTIONS;

export const subscriptionsFullError = (name: string): string =>
  `at most ${MAX_SUBSCRIPTIONS} subscriptions per connection; not subscribed to ${name}`;

/** Why a one-shot message's data is refused, or null. */
export function oneShotRefusal(data: unknown): string | null {
  // As deep as any JSON the platform accepts: deeper overflows the stack on its way to the agent.
  if (jsonDepth(data ?? null, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    return `a one-shot message is nested deeper than ${MAX_JSON_DEPTH} levels`;
  if (exceedsUtf8(JSON.stringify(data ?? null), MAX_ONE_SHOT_BYTES))
    return `a one-shot message is at most ${MAX_ONE_SHOT_BYTES} bytes of JSON`;
  return null;
}
