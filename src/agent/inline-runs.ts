// An event whose deliveries go to processors running as the agent itself is committed together
// with what those processors write: the object plans the event's entry (its seq, the tags after
// it), runs the processors on it, and writes the event and their writes as ONE journal row —
// one row written per event instead of two, for the "integration + processor on the device"
// pattern every tracker fleet runs. Each processor part carries its delivery's key, as a run
// through the outbox would. Anything unusual falls back to the plain path (the event committed
// alone, its deliveries run after it by src/processors/local-runs.ts, or the queue): a processor
// that failed or wrote to another agent, or another write that came in between; nothing of the
// attempt is committed then, so nothing applies twice. A processor that sends a downlink joins the
// row too: the downlink's rows are written in the same transaction (commit-pipeline.ts).
import type { EventPart, EventWrite } from "./event-entry.ts";
import { parseEventBatch } from "./event-write.ts";
import type { Json } from "../shared/merge-patch.ts";
import type { PlannedEvent } from "./channel-store.ts";
import type { Row } from "./journal.ts";
import { ok, type Outcome } from "../shared/channel-types.ts";
import { agentStub } from "../contracts/stubs.ts";
import type { ProcessorInstall } from "../processors/processor-installs.ts";
import { BatchView } from "../processors/batch-view.ts";
import type { DeliveryItem } from "../processors/delivery.ts";
import { deliveryStats, runDeliveries, writeKey, type Work } from "../processors/run-batch.ts";

/** What the agent's object offers an inline run. */
export interface InlineHost {
  agentId: string;
  installs(): ReadonlyMap<string, ProcessorInstall>;
  runsHere(installId: string): boolean;
  plan(write: EventWrite): PlannedEvent | null;
  itemsOf(row: Row): DeliveryItem[];
  commitPlanned(
    plan: PlannedEvent,
    parts: EventPart[],
    done: Record<string, number[]>,
  ): Outcome<{ applied: boolean; outcome: unknown }> | null;
}

/** The part index a delivery key ends with (`<agent>:<seq>:<index>`, Outbox.itemsOf). */
const partIndex = (item: DeliveryItem): number => Number(item.key.slice(item.key.lastIndexOf(":") + 1));

/**
 * Commits `write` with its local processors' writes; null when it does not apply or fell back
 * (the caller commits the event the plain way).
 */
export async function commitInline(
  env: Env,
  host: InlineHost,
  write: EventWrite,
): Promise<Outcome<{ applied: boolean; outcome: unknown }> | null> {
  const plan = host.plan(write);
  if (!plan?.entry.d || !Object.keys(plan.entry.d).every((id) => host.runsHere(id))) return null;
  const installs = host.installs();
  const work: Work[] = [];
  for (const item of host.itemsOf({ seq: plan.seq, entry: plan.entry })) {
    const install = installs.get(item.install_id);
    if (install) work.push({ item, install });
  }
  const { agentId } = host;
  const view = new BatchView(
    work.map((w) => writeKey(w.item)),
    // The event is new: none of its deliveries can have been applied here.
    async (id, keys) =>
      id === agentId ? { tags: plan.tags as Record<string, Json>, applied: [] } : agentStub(env, id).batchView(keys),
  );
  const parts: EventPart[] = [];
  let elsewhere = false;
  const ran = await runDeliveries(env, work, view, async (id, text) => {
    const own = id === agentId ? (parseEventBatch(text)?.parts ?? []) : [];
    // Writes elsewhere fall back; so does a route or a take (an integration's, not a processor's).
    // Downlinks queued or updated join the row (commit-pipeline.ts commitPlannedDownlinks).
    if (id !== agentId || own.some((p) => p.dl?.route || p.dl?.take)) elsewhere = true;
    else parts.push(...own);
    return ok(null);
  });
  if (elsewhere || ran.some((r) => r.error !== null)) return null;
  const done: Record<string, number[]> = {};
  for (const { work: w } of ran) (done[w.install.install_id] ??= []).push(partIndex(w.item));
  const committed = host.commitPlanned(plan, parts, done);
  if (committed?.ok) deliveryStats.done += ran.length;
  return committed;
}
