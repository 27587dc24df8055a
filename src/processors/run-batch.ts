// Runs a set of processor deliveries and commits their writes: ONE call per target agent for the
// whole set, each delivery's writes keyed by it (a duplicate has no second effect). The queue
// consumer runs a queue batch this way, and an agent's own object runs the deliveries to
// processors running as that agent (no queue in between: src/processors/local-runs.ts).
import type { Outcome } from "../shared/channel-types.ts";
import { runNote } from "../shared/invocation-records.ts";
import type { ProcessorInstall } from "./bindings.ts";
import type { BatchView } from "./batch-view.ts";
import type { DeliveryItem } from "./delivery.ts";
import { runDelivery } from "./run.ts";

/** Deliveries this isolate completed, here or in the consumer (the cost harness waits on it). */
export const deliveryStats = { done: 0 };

/** The key a delivery's writes are applied under, in every agent it writes to. */
export const writeKey = (item: DeliveryItem): string => `p:${item.install_id}:${item.key}`;

export interface Work {
  item: DeliveryItem;
  install: ProcessorInstall;
}

export interface Ran<W extends Work> {
  work: W;
  /** Null: done (or applied before). */
  error: string | null;
  /** Retrying cannot help (forbidden, guard, a write too large): straight to a dead letter. */
  final: boolean;
  /** How long the hook ran (ms); 0 for a delivery applied before. */
  duration_ms: number;
}

/** Commits one agent's parts (`{"parts":[…]}`), as `Agent.commitBatchText`. */
export type Commit = (agentId: string, text: string) => Promise<Outcome<unknown>>;

/**
 * Runs `work` and commits it. Each successful run's part in its install's own agent carries its
 * note for the invocation log (duration, `queued`: run by the queue's consumer, the agent the
 * delivery came from), stored in the row that commits it: no write of its own.
 */
export async function runDeliveries<W extends Work>(
  env: Env,
  work: W[],
  view: BatchView,
  commit: Commit,
  queued = false,
): Promise<Ran<W>[]> {
  const ran: Ran<W>[] = [];
  // Writes to other agents commit first; a delivery's own agent last, carrying its key even when
  // it wrote nothing there: once that key is in, the whole delivery is done, and a copy that comes
  // again is not run at all (it could see its own effects and act on them a second time).
  const others = new Map<string, Part<W>[]>();
  const own = new Map<string, Part<W>[]>();
  for (const w of work) {
    const { item, install } = w;
    const key = writeKey(item);
    if (await view.applied(install.agent_id, key)) {
      ran.push({ work: w, error: null, final: false, duration_ms: 0 });
      continue;
    }
    const started = Date.now();
    const run = await runDelivery(env, install, item, (agentId) => view.tags(agentId));
    const duration_ms = Date.now() - started;
    const outcome: Ran<W> = {
      work: w,
      error: run.ok ? null : run.error,
      final: !run.ok && run.final,
      duration_ms,
    };
    ran.push(outcome);
    if (!run.ok) continue;
    for (const agentId of new Set([...run.context.touchedAgents(), install.agent_id])) {
      view.record(agentId, key, run.context.tagPatch(agentId));
      const phase = agentId === install.agent_id ? own : others;
      const note = agentId === install.agent_id ? runNote(item, duration_ms, queued) : undefined;
      phase.set(agentId, [...(phase.get(agentId) ?? []), { text: run.context.partText(agentId, key, note), outcome }]);
    }
  }
  await Promise.all([...others].map(([agentId, list]) => commitTo(commit, agentId, list)));
  await Promise.all(
    [...own].map(([agentId, list]) =>
      commitTo(
        commit,
        agentId,
        list.filter((p) => p.outcome.error === null),
      ),
    ),
  );
  return ran;
}

type Part<W extends Work> = { text: string; outcome: Ran<W> };

/**
 * One agent's share in one call (one row). Refused for good (e.g. a value too large to store):
 * the parts are committed one by one, so only the delivery at fault fails, for good. Failed
 * otherwise: each delivery in it fails (a retry re-runs it; its writes elsewhere, already
 * applied, are skipped by key).
 */
async function commitTo<W extends Work>(commit: Commit, agentId: string, list: Part<W>[]): Promise<void> {
  if (list.length === 0) return;
  let failure: string;
  try {
    const result = await commit(agentId, `{"parts":[${list.map((p) => p.text).join(",")}]}`);
    if (result.ok) return;
    failure = `${result.code}: ${result.detail}`;
    if (result.status < 500) {
      if (list.length > 1) {
        for (const part of list) await commitTo(commit, agentId, [part]);
        return;
      }
      for (const { outcome } of list) outcome.final = true;
    }
  } catch (error) {
    failure = String(error);
  }
  for (const { outcome } of list) outcome.error ??= `commit to agent ${agentId} refused: ${failure}`;
}
