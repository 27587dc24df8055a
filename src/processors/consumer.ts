// The processor runtime: the consumer of the deliveries queue, in the same Worker as everything
// else (apps are compiled into it; a second Worker would carry the same bundle and bindings).
// A batch's deliveries run one by one; their writes are then committed in ONE call per target
// agent for the whole batch, each delivery's writes keyed by it (a duplicate has no second
// effect). A failed delivery is re-sent alone with backoff, and after DELIVERY_DEAD_LETTER_AFTER
// attempts (or at once when retrying cannot help: forbidden, guard) kept as a dead letter in its
// install agent's object, listed and replayable through the control API.
import { newRegistryId } from "../data/snowflake.ts";
import { faultsFromEnv } from "../faults.ts";
import { countQueue } from "../metering.ts";
import { agentStub } from "../registry/rpc.ts";
import { sendQueued, SpoolClears } from "../spool/spooled-send.ts";
import type { ProcessorInstall } from "./bindings.ts";
import { deliveryBatch, packDeliveries, type DeliveryItem } from "./delivery.ts";
import { BatchView } from "./batch-view.ts";
import { runDelivery } from "./run.ts";

/** Attempts of one delivery before it becomes a dead letter. */
export const DELIVERY_DEAD_LETTER_AFTER = 5;

/**
 * Backoff of a re-sent delivery: 2, 4, 8 … seconds (`DELIVERY_RETRY_BASE_S` × 2^(attempts−1)), at
 * most 5 minutes.
 */
export function deliveryRetryDelay(env: Env, attempts: number): number {
  const base = Number(env.DELIVERY_RETRY_BASE_S);
  return Math.min(300, (Number.isFinite(base) && base >= 0 ? base : 2) * 2 ** Math.max(0, attempts - 1));
}

/** Deliveries this isolate completed (the cost harness waits on it). */
export const deliveryStats = { done: 0 };

/** Keys done by this isolate lately: a duplicate seen here again is not even run. */
const recentlyDone = new Set<string>();
const RECENT_MAX = 10_000;

function remember(key: string): void {
  recentlyDone.add(key);
  if (recentlyDone.size > RECENT_MAX) recentlyDone.delete(recentlyDone.values().next().value ?? "");
}

/** The key a delivery's writes are applied under, in every agent it writes to. */
export const writeKey = (item: DeliveryItem): string => `p:${item.install_id}:${item.key}`;

interface Outcome {
  item: DeliveryItem;
  install: ProcessorInstall;
  message: Message;
  error: string | null;
  final: boolean;
}

export async function consumeDeliveries(batch: MessageBatch, env: Env): Promise<void> {
  countQueue("queue_reads", batch.messages.length);
  if (env.EDGEHOOK_FAULTS) faultsFromEnv(env.EDGEHOOK_FAULTS);
  const work = deliveriesOf(batch);
  const view = new BatchView(
    env,
    work.map((w) => writeKey(w.item)),
  );
  const outcomes: Outcome[] = [];
  // Writes to other agents commit first; a delivery's own agent last, carrying its key even when
  // it wrote nothing there: once that key is in, the whole delivery is done, and a copy that comes
  // again is not run at all (it could see its own effects and act on them a second time).
  const others = new Map<string, Part[]>();
  const own = new Map<string, Part[]>();
  for (const { message, install, item } of work) {
    const key = writeKey(item);
    if (await view.applied(install.agent_id, key)) {
      outcomes.push({ item, install, message, error: null, final: false });
      continue;
    }
    const run = await runDelivery(env, install, item, (agentId) => view.tags(agentId));
    const error = run.ok ? null : run.error;
    const outcome: Outcome = { item, install, message, error, final: !run.ok && run.final };
    outcomes.push(outcome);
    if (!run.ok) continue;
    for (const agentId of new Set([...run.context.touchedAgents(), install.agent_id])) {
      view.record(agentId, key, run.context.tagPatch(agentId));
      const phase = agentId === install.agent_id ? own : others;
      phase.set(agentId, [...(phase.get(agentId) ?? []), { text: run.context.partText(agentId, key), outcome }]);
    }
  }
  await Promise.all([...others].map(([agentId, list]) => commitTo(env, agentId, list)));
  await Promise.all(
    [...own].map(([agentId, list]) =>
      commitTo(
        env,
        agentId,
        list.filter((p) => p.outcome.error === null),
      ),
    ),
  );
  await settle(batch, env, outcomes);
}

type Part = { text: string; outcome: Outcome };

/**
 * The batch's deliveries, in order, each once (a re-sent copy in the same batch is left to the
 * first: running both would show the later deliveries its writes twice); a malformed message is
 * dropped (retrying cannot fix it).
 */
function deliveriesOf(batch: MessageBatch): { message: Message; install: ProcessorInstall; item: DeliveryItem }[] {
  const work: { message: Message; install: ProcessorInstall; item: DeliveryItem }[] = [];
  const keys = new Set<string>();
  for (const message of batch.messages) {
    const parsed = deliveryBatch.safeParse(message.body);
    if (!parsed.success) {
      console.error("dropping malformed delivery message", message.id, parsed.error.message);
      continue;
    }
    for (const item of parsed.data.items) {
      const install = parsed.data.installs[item.install_id];
      const key = writeKey(item);
      if (!install || recentlyDone.has(key) || keys.has(key)) continue;
      keys.add(key);
      work.push({ message, install, item });
    }
  }
  return work;
}

/**
 * One agent's share of the batch in one call (one row). Refused for good (e.g. a value too large
 * to store): the parts are committed one by one, so only the delivery at fault fails, for good.
 * Failed otherwise: each delivery in it fails (a retry re-runs it; its writes elsewhere, already
 * applied, are skipped by key).
 */
async function commitTo(env: Env, agentId: string, list: Part[]): Promise<void> {
  if (list.length === 0) return;
  let failure: string;
  try {
    const result = await agentStub(env, agentId).commitBatchText(`{"parts":[${list.map((p) => p.text).join(",")}]}`);
    if (result.ok) return;
    failure = `${result.code}: ${result.detail}`;
    if (result.status < 500) {
      if (list.length > 1) {
        for (const part of list) await commitTo(env, agentId, [part]);
        return;
      }
      for (const { outcome } of list) outcome.final = true;
    }
  } catch (error) {
    failure = String(error);
  }
  for (const { outcome } of list) outcome.error ??= `commit to agent ${agentId} refused: ${failure}`;
}

/** Acks each message once its failed deliveries were re-sent or dead-lettered; else retries it. */
async function settle(batch: MessageBatch, env: Env, outcomes: Outcome[]): Promise<void> {
  const clears = new SpoolClears(env);
  const failedBy = new Map<Message, Outcome[]>();
  for (const outcome of outcomes) {
    if (outcome.error === null) {
      remember(writeKey(outcome.item));
      deliveryStats.done++;
    } else failedBy.set(outcome.message, [...(failedBy.get(outcome.message) ?? []), outcome]);
  }
  for (const message of batch.messages) {
    try {
      for (const failed of failedBy.get(message) ?? []) await handleFailure(env, failed);
      countQueue("queue_acks");
      message.ack();
      clears.done(message.body);
    } catch (error) {
      console.error("could not re-send or dead-letter deliveries; retrying the message", message.id, error);
      message.retry({ delaySeconds: deliveryRetryDelay(env, message.attempts) });
    }
  }
  await clears.flush();
}

async function handleFailure(env: Env, { item, install, error, final }: Outcome): Promise<void> {
  const attempts = item.attempts + 1;
  if (final || attempts >= DELIVERY_DEAD_LETTER_AFTER) {
    const replay = packDeliveries([{ ...item, attempts: 0 }], new Map([[install.install_id, install]]));
    await agentStub(env, install.agent_id).addDeadLetter({
      id: newRegistryId(),
      install_id: install.install_id,
      event_id: item.key,
      message: JSON.stringify(replay[0]),
      error: error ?? "unknown",
      attempts,
      at: Date.now(),
    });
    return;
  }
  const [body] = packDeliveries([{ ...item, attempts }], new Map([[install.install_id, install]]));
  if (body) await sendQueued(env, "DELIVERIES", body, install.agent_id, deliveryRetryDelay(env, attempts));
}
