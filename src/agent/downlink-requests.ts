// The Agent object's downlink calls (src/contracts/agent-rpc.ts): queue one (once per idempotency
// key), list, read, cancel one still queued, and a network server's status update — each change
// committed through the pipeline with its `downlinks` channel message.
import type { CommitPipeline } from "./commit-pipeline.ts";
import type { DownlinkPlan } from "./downlinks.ts";
import { viewOf } from "./downlinks.ts";
import {
  MAX_QUEUED_PER_CREDENTIAL,
  type DownlinkStatusUpdate,
  type DownlinkView,
  type QueuedDownlinkRequest,
} from "../contracts/downlink-records.ts";
import { fail, ok, type Outcome } from "../shared/channel-types.ts";

const part = (author_id: string, key: string | null = null, outcome?: unknown) => ({
  key,
  author_id,
  tag_patch: null,
  messages: [],
  ...(outcome === undefined ? {} : { outcome }),
});

export class DownlinkRequests {
  constructor(private readonly pipeline: CommitPipeline) {}

  /** `key`: the caller's idempotency key, scoped to it; a repeat answers the first view. */
  queue(request: QueuedDownlinkRequest, by: string, key: string | null): Outcome<DownlinkView> {
    const { downlinks, store } = this.pipeline;
    const now = Date.now();
    if (key !== null && store.hasKey(key, now)) {
      const first = store.commitEvent({ ...part(by, key), now });
      return first.ok ? ok(first.value.outcome as DownlinkView) : first;
    }
    const mine = [...downlinks.queued.values()].filter((d) => d.by === by).length;
    if (mine >= MAX_QUEUED_PER_CREDENTIAL && !request.replace)
      return fail(409, "downlink_queue_full", `this token has ${MAX_QUEUED_PER_CREDENTIAL} downlinks queued here`);
    const plan = downlinks.begin(now).queueDownlink(request, by).plan();
    const view = plan.queued[0];
    if (!view) return fail(409, "conflict", `downlink ${request.id} exists already`);
    const committed = this.commit(plan, now, by, key, view);
    return committed.ok ? ok(view) : committed;
  }

  list(limit: number): DownlinkView[] {
    return this.pipeline.downlinks.store.list(limit).map(viewOf);
  }

  get(id: string): DownlinkView | null {
    const d = this.pipeline.downlinks.store.get(id);
    return d ? viewOf(d) : null;
  }

  cancel(id: string, author_id: string): Outcome<null> {
    const now = Date.now();
    const changes = this.pipeline.downlinks.begin(now);
    if (!changes.cancel(id)) {
      const d = this.pipeline.downlinks.store.get(id);
      if (!d) return fail(404, "not_found", `downlink ${id} not found`);
      const why = d.status === "queued" ? "being sent right now" : d.status;
      return fail(409, "downlink_not_queued", `downlink ${id} is ${why}: only a queued one can be cancelled`);
    }
    const committed = this.commit(changes.plan(), now, author_id);
    return committed.ok ? ok(null) : committed;
  }

  /** Idempotent: a repeated or older status changes nothing. Null: no such downlink. */
  update(update: DownlinkStatusUpdate, author_id: string): Outcome<DownlinkView | null> {
    const now = Date.now();
    const plan = this.pipeline.downlinks.begin(now).update(update).plan();
    const changed = plan.updates[0];
    if (changed) {
      const committed = this.commit(plan, now, author_id);
      if (!committed.ok) return committed;
      return ok(viewOf(changed));
    }
    const d = update.id !== undefined ? this.pipeline.downlinks.store.get(update.id) : null;
    return ok(d ? viewOf(d) : null);
  }

  private commit(plan: DownlinkPlan, now: number, author: string, key: string | null = null, outcome?: unknown) {
    return this.pipeline.commitDownlinks(part(author, key, outcome), plan, now);
  }
}
