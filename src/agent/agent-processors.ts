// The processor side of an agent's Durable Object: the processor installs covering the agent,
// where each of their deliveries runs (inline with its event, here after it, or through the queue),
// and the schedules and deployments of the installs running as the agent. The outbox that keeps
// the deliveries belongs to the commit pipeline (commit-pipeline.ts), which hands them here.
import type { CommitPipeline } from "./commit-pipeline.ts";
import type { EventWrite } from "./event-entry.ts";
import type { Json } from "../shared/merge-patch.ts";
import type { Timers } from "./timers.ts";
import type { Outcome } from "../shared/channel-types.ts";
import type { InvocationLog } from "../shared/invocation-records.ts";
import { faults } from "../shared/faults.ts";
import type { ProcessorInstall } from "../processors/processor-installs.ts";
import { packDeliveries, type DeliveryBatch, type DeliveryItem } from "../processors/delivery.ts";
import { Deployments } from "./deployments.ts";
import type { DownlinkPlan } from "./downlinks.ts";
import { commitInline } from "./inline-runs.ts";
import { ProcessorInstalls } from "./installs-held.ts";
import { LocalRuns } from "./local-runs.ts";
import { retryDelayMs } from "./outbox.ts";
import { Scheduler } from "./scheduler.ts";

/** What the agent's object lends its processor side. */
export interface AgentSide {
  agentId: string;
  env: Env;
  sql: SqlStorage;
  timers: Timers;
  /** The commit pipeline (made after this: its outbox runs deliveries through this side). */
  pipeline(): CommitPipeline;
  /** Sends delivery batches to the processors' queue. */
  send(bodies: DeliveryBatch[]): Promise<void>;
  batchView(keys: string[]): { tags: Record<string, Json>; applied: string[] };
  commitBatchText(text: string): Promise<Outcome<unknown>>;
  /** This object's invocation log: failed local runs of the installs running as this agent. */
  logRuns(entries: InvocationLog[]): Promise<void>;
}

export class AgentProcessors {
  readonly held: ProcessorInstalls;
  readonly #local: LocalRuns;
  readonly #scheduler: Scheduler;
  readonly #deployments: Deployments;
  /**
   * Installs whose schedule or deployment send failed: failures in a row, and when to try again
   * (the outbox's backoff, per install). In memory, as the outbox's: a restart starts it over.
   */
  readonly #backoff = new Map<string, { failures: number; until: number }>();

  constructor(private readonly agent: AgentSide) {
    const { agentId, env, sql } = agent;
    this.held = new ProcessorInstalls(sql);
    this.#local = new LocalRuns(env, {
      agentId,
      installs: () => this.held.byId,
      batchView: (keys) => agent.batchView(keys),
      commitBatchText: (text) => agent.commitBatchText(text),
      logRuns: (entries) => agent.logRuns(entries),
    });
    this.#scheduler = new Scheduler(sql);
    this.#deployments = new Deployments(sql);
  }

  /**
   * An ingested event with the writes of the processors running here, in one row
   * (src/processors/inline-runs.ts); null when that does not apply (commit it the plain way).
   */
  commitInline(
    write: EventWrite,
    downlinks?: DownlinkPlan,
  ): Promise<Outcome<{ applied: boolean; outcome: unknown }> | null> | null {
    // No processor here: nothing to plan (the event is committed once, the plain way).
    if (!this.held.all.some((i) => i.agent_id === this.agent.agentId)) return null;
    const pipeline = this.agent.pipeline();
    const { store, outbox } = pipeline;
    return commitInline(
      this.agent.env,
      {
        agentId: this.agent.agentId,
        installs: () => this.held.byId,
        runsHere: (id) => this.#local.runsHere(id),
        plan: (w) => store.planEvent(w),
        itemsOf: (row) => outbox.itemsOf(row),
        // Downlink rows (the event's change, or those of a processor part) commit with the one row.
        commitPlanned: (plan, parts, done) =>
          downlinks || parts.some((p) => p.dl)
            ? pipeline.commitPlannedDownlinks(plan, parts, done, downlinks)
            : store.commitPlanned(plan, parts, done),
      },
      write,
    );
  }

  /** Whether an install's deliveries run in this object (it runs as this agent). */
  runsHere(installId: string): boolean {
    return this.#local.runsHere(installId);
  }

  /**
   * Delivers to processors: those running as this agent here (src/processors/local-runs.ts), the
   * rest — and what failed here — through the processors' queue.
   */
  async deliver(items: DeliveryItem[]): Promise<void> {
    if (faults.failDeliverySends > 0) {
      faults.failDeliverySends--;
      throw new Error("injected fault: delivery refused");
    }
    if (faults.failSendsOfInstalls.size > 0) {
      const id = items.find((item) => faults.failSendsOfInstalls.has(item.install_id))?.install_id;
      if (id !== undefined) {
        faults.failSendsOfInstalls.set(id, (faults.failSendsOfInstalls.get(id) ?? 0) + 1);
        throw new Error(`injected fault: deliveries to ${id} refused`);
      }
    }
    const here = items.filter((item) => this.#local.runsHere(item.install_id));
    const failed = here.length > 0 ? await this.#local.run(here) : [];
    const queued = [...items.filter((item) => !this.#local.runsHere(item.install_id)), ...failed];
    if (queued.length > 0) await this.agent.send(packDeliveries(queued, this.held.byId));
  }

  /**
   * The processor installs whose scope covers this agent, as the registry has them now (a full
   * replacement): their subscriptions, and for installs running as this agent their schedules
   * and deployment.
   */
  async sync(installs: ProcessorInstall[]): Promise<void> {
    // A changed (or removed) install is tried at once, not after the backoff its old config earned.
    for (const id of this.#backoff.keys()) {
      const next = installs.find((i) => i.install_id === id);
      if (!next || JSON.stringify(next.config) !== JSON.stringify(this.held.byId.get(id)?.config))
        this.#backoff.delete(id);
    }
    this.held.replace(installs);
    this.agent.pipeline().outbox.setInstalls(this.held.all);
    this.#scheduler.sync(this.ownInstalls(), Date.now());
    await this.runTimers(Date.now());
    await this.agent.timers.arm();
  }

  private ownInstalls(): ProcessorInstall[] {
    return this.held.all.filter((i) => i.agent_id === this.agent.agentId);
  }

  /**
   * Sends due schedules and pending deployments, each install's apart: a failed send backs off
   * that install alone (1 s doubling, at most 5 min, as the outbox), its due runs and deployment
   * kept for the retry; the others' schedules run on time.
   */
  async runTimers(now: number): Promise<void> {
    const { agentId, timers } = this.agent;
    const own = this.ownInstalls();
    const waiting = (id: string): boolean => (this.#backoff.get(id)?.until ?? 0) > now;
    const groups = new Map<string, { deployments: DeliveryItem[]; schedules: DeliveryItem[] }>();
    const add = (item: DeliveryItem, kind: "deployments" | "schedules"): void => {
      if (waiting(item.install_id)) return;
      let group = groups.get(item.install_id);
      if (!group) groups.set(item.install_id, (group = { deployments: [], schedules: [] }));
      group[kind].push(item);
    };
    for (const item of this.#deployments.pending(own, agentId)) add(item, "deployments");
    for (const item of this.#scheduler.due(now, agentId)) add(item, "schedules");
    for (const [installId, { deployments, schedules }] of groups) {
      try {
        await this.deliver([...deployments, ...schedules]);
        this.#deployments.sent(deployments, own);
        this.#scheduler.fired(schedules, now);
        this.#backoff.delete(installId);
      } catch (error) {
        const failures = (this.#backoff.get(installId)?.failures ?? 0) + 1;
        this.#backoff.set(installId, { failures, until: Date.now() + retryDelayMs(failures) });
        console.error(`agent ${agentId}: schedule/deployment send of ${installId} failed (${failures})`, error);
      }
    }
    // Never sooner than a backoff: a due run of a waiting install is due again at its `until`.
    const until = new Map<string, number>();
    for (const [id, b] of this.#backoff) if (b.until > now) until.set(id, b.until);
    timers.want("processors", until.size > 0 ? Math.min(...until.values()) : null);
    timers.want("schedules", this.#scheduler.next(until));
  }
}
