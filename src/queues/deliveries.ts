// The processor runtime: the consumer of the deliveries queue, in the same Worker as everything
// else (apps are compiled into it; a second Worker would carry the same bundle and bindings).
// A batch's deliveries run one by one; their writes are then committed in ONE call per target
// agent for the whole batch, each delivery's writes keyed by it (src/processors/run-batch.ts;
// a duplicate has no second effect). A failed delivery is re-sent alone with backoff, and after DELIVERY_DEAD_LETTER_AFTER
// attempts (or at once when retrying cannot help: forbidden, guard) kept as a dead letter in its
// install agent's object, listed and replayable through the control API.
import { newRegistryId } from "../shared/snowflake.ts";
import { faultsFromEnv } from "../shared/faults.ts";
import { countQueue } from "../shared/metering.ts";
import { agentStub } from "../contracts/stubs.ts";
import { sendQueued, SpoolClears } from "../shared/spooled-send.ts";
import type { ProcessorInstall } from "../processors/bindings.ts";
import { deliveryBatch, packDeliveries, type DeliveryItem } from "../processors/delivery.ts";
import { BatchView } from "../processors/batch-view.ts";
import { deliveryStats, runDeliveries, writeKey } from "../processors/run-batch.ts";
import { flushInvocationLogs, logInvocation } from "../invocation/log-buffer.ts";
import { processorFailure } from "../shared/invocation-records.ts";

export { deliveryStats, writeKey };

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

/** Keys done by this isolate lately: a duplicate seen here again is not even run. */
const recentlyDone = new Set<string>();
const RECENT_MAX = 10_000;

function remember(key: string): void {
  recentlyDone.add(key);
  if (recentlyDone.size > RECENT_MAX) recentlyDone.delete(recentlyDone.values().next().value ?? "");
}

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
    work.map((w) => writeKey(w.item)),
    (agentId, keys) => agentStub(env, agentId).batchView(keys),
  );
  const ran = await runDeliveries(
    env,
    work,
    view,
    (agentId, text) => agentStub(env, agentId).commitBatchText(text),
    true,
  );
  // Failed runs go to the invocation log of their install's agent: buffered, sent when the batch
  // is done, one call per install agent (a successful run's record rides in the row that
  // committed it). A failed flush loses records, never a delivery.
  let failed = false;
  for (const { work: w, error, final, duration_ms } of ran)
    if (error !== null) {
      failed = true;
      logInvocation(
        env,
        w.install.agent_id,
        processorFailure(w.install.install_id, w.item, error, final, duration_ms, true),
        () => undefined,
      );
    }
  try {
    await settle(
      batch,
      env,
      ran.map(({ work: { item, install, message }, error, final }) => ({ item, install, message, error, final })),
    );
  } finally {
    if (failed) await flushInvocationLogs();
  }
}

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
