// Deliveries to processors that run as the agent itself — a processor installed on the device
// whose channels it watches, as the demo tracker processor is — run in the agent's own object
// right after the write, with no queue in between: no queue message (three billed operations),
// no consumer invocation, no calls to read the tags and commit the write-back (the object has
// both). They are keyed like the consumer's runs (src/processors/run-batch.ts), so a copy that
// also comes through the queue later (a re-send after a restart) has no second effect. What fails
// here goes to the queue as any delivery would, for the consumer's retries and dead letters.
import type { Json } from "../shared/merge-patch.ts";
import type { Outcome } from "../shared/channel-types.ts";
import { processorFailure, type InvocationLog } from "../shared/invocation-records.ts";
import { agentStub } from "../contracts/stubs.ts";
import type { ProcessorInstall } from "../processors/bindings.ts";
import { BatchView } from "../processors/batch-view.ts";
import type { DeliveryItem } from "../processors/delivery.ts";
import { deliveryStats, runDeliveries, writeKey, type Work } from "../processors/run-batch.ts";

/** What the agent's object offers the runs: its own reads and commits, without a call. */
export interface Here {
  agentId: string;
  installs(): ReadonlyMap<string, ProcessorInstall>;
  batchView(keys: string[]): { tags: Record<string, Json>; applied: string[] };
  commitBatchText(text: string): Promise<Outcome<unknown>>;
  /** Records failed runs in this object's invocation log (the install runs as this agent). */
  logRuns(entries: InvocationLog[]): Promise<void>;
}

export class LocalRuns {
  constructor(
    private readonly env: Env,
    private readonly here: Here,
  ) {}

  /** Whether deliveries to this install run here (it runs as this agent). */
  runsHere(installId: string): boolean {
    return this.here.installs().get(installId)?.agent_id === this.here.agentId;
  }

  /** Runs the deliveries; returns those that failed (for the queue). */
  async run(items: DeliveryItem[]): Promise<DeliveryItem[]> {
    const installs = this.here.installs();
    const work: Work[] = [];
    for (const item of items) {
      const install = installs.get(item.install_id);
      if (install) work.push({ item, install });
    }
    const { agentId } = this.here;
    const view = new BatchView(
      work.map((w) => writeKey(w.item)),
      async (id, keys) => (id === agentId ? this.here.batchView(keys) : agentStub(this.env, id).batchView(keys)),
    );
    const ran = await runDeliveries(this.env, work, view, (id, text) =>
      id === agentId ? this.here.commitBatchText(text) : agentStub(this.env, id).commitBatchText(text),
    );
    const failed: DeliveryItem[] = [];
    const failures: InvocationLog[] = [];
    for (const { work: w, error, final, duration_ms } of ran)
      if (error === null) deliveryStats.done++;
      else {
        console.warn(
          `agent ${agentId}: delivery ${w.item.key} to ${w.install.install_id} failed here (${error}); queued`,
        );
        failed.push(w.item);
        failures.push(processorFailure(w.install.install_id, w.item, error, final, duration_ms, false));
      }
    // A successful run's record rides in the row that committed it; a failure (rare: it then goes
    // to the queue) is logged here, where its install's log is kept.
    if (failures.length > 0)
      await this.here.logRuns(failures).catch((error) => console.warn("invocation log failed", agentId, error));
    return failed;
  }
}
