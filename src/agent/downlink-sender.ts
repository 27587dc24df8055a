// Sends a device's queued downlinks to its network server from the device's own object, run by its
// alarm (alarm.ts; the `downlinks` timer): each due downlink goes to its route's transport, and the
// result is committed like any change of the queue — `sent`, `failed` at once (with the server's
// message), or tried again with backoff (honouring Retry-After) until it expires. The id is the
// idempotency key the transport sends (TTS: correlation id `edgehook:downlink:<id>`), so a retry
// after a timeout duplicates only what docs/wire.md says.
import type { CommitPipeline } from "./commit-pipeline.ts";
import { transportFor } from "./downlink-transports.ts";
import type { Downlink, DownlinkRoute, SendResult } from "../contracts/downlink-records.ts";

/** Most sends one alarm run makes, one after another (the rest wait for the next run, at once). */
const SENDS_PER_RUN = 8;
/** A send that has not answered by then counts as a timeout (tried again). */
export const SEND_TIMEOUT_MS = 10_000;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 5 * 60_000;

/** The next try after `attempts` failed ones: exponential with jitter, never before Retry-After. */
export function retryAt(now: number, attempts: number, afterMs?: number): number {
  const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  const jittered = backoff / 2 + Math.random() * (backoff / 2);
  return now + Math.max(afterMs ?? 0, jittered);
}

export class DownlinkSender {
  #running: Promise<void> | null = null;

  constructor(
    private readonly pipeline: CommitPipeline,
    private readonly env: Env,
    private readonly agentId: string,
  ) {}

  /** Expires what is past its time and sends what is due; one run at a time. */
  run(now: number): Promise<void> {
    this.#running ??= this.send(now).finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  private async send(now: number): Promise<void> {
    const { downlinks } = this.pipeline;
    if (downlinks.queued.size === 0) return;
    const expiry = downlinks.begin(now).expireDue().plan();
    if (expiry.updates.length) this.commit(expiry, now);
    // The oldest first, one at a time: a downlink waiting for its retry holds the ones behind it.
    const due: Downlink[] = [];
    for (const d of downlinks.sendable()) {
      if ((d.next_at ?? 0) > now || downlinks.inFlight.has(d.id) || due.length === SENDS_PER_RUN) break;
      due.push(d);
    }
    if (due.length === 0) return this.pipeline.armDownlinks();
    const route = downlinks.store.route();
    for (const d of due) downlinks.inFlight.add(d.id);
    try {
      const results: { id: string; result: SendResult }[] = [];
      for (const d of due) {
        const result = await this.sendOne(route, d);
        results.push({ id: d.id, result });
        if (result.kind === "retry") break;
      }
      const done = Date.now();
      const changes = downlinks.begin(done);
      for (const { id, result } of results)
        changes.sendResult(id, result, (attempts, afterMs) => retryAt(done, attempts, afterMs));
      this.commit(changes.plan(), done);
    } finally {
      for (const d of due) downlinks.inFlight.delete(d.id);
    }
    // Anything still due (more than one run sends) sets the alarm to now: the next run at once.
    this.pipeline.armDownlinks();
  }

  private async sendOne(route: DownlinkRoute | null, d: Downlink): Promise<SendResult> {
    if (!route || route.transport === "http")
      return { kind: "failed", error: "the device's route changed to one that takes no sends" };
    let timer: number | undefined;
    const timeout = new Promise<SendResult>((resolve) => {
      timer = setTimeout(
        () => resolve({ kind: "retry", error: "the network server did not answer in time" }),
        SEND_TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([transportFor(route.transport)(route, d, this.env), timeout]);
    } catch (error) {
      return { kind: "retry", error: error instanceof Error ? error.message : String(error) };
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
  }

  private commit(plan: Parameters<CommitPipeline["commitDownlinks"]>[1], now: number): void {
    const part = { key: null, author_id: this.agentId, tag_patch: null, messages: [] };
    const result = this.pipeline.commitDownlinks(part, plan, now);
    if (!result.ok) console.error(`agent ${this.agentId}: downlink results not committed`, result.detail);
  }
}
