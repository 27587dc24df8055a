// Queue sends of an Agent object: its processors' delivery batches, and a Worker's sends made
// through it (`?wait=false` events, re-sends: src/shared/spooled-send.ts). On Cloudflare they go
// straight to the queue; in the local runtime (EDGEHOOK_QUEUE_SPOOL=on) each is kept first in the
// object's queue spool (queue-spool.ts), which its alarm re-sends after a restart.
import { QueueSpool, SPOOL_CHECK_MS } from "./queue-spool.ts";
import type { Timers } from "./timers.ts";
import type { SpoolQueue } from "../contracts/agent-records.ts";
import { meteredEnv } from "../shared/metering.ts";
import { spooling } from "../shared/spooled-send.ts";

export class QueueSender {
  /** The spool: null on Cloudflare (durable queues), and until opened. */
  #spool: QueueSpool | null = null;

  constructor(
    private readonly env: Env,
    private readonly agentId: string,
    private readonly timers: Timers,
  ) {}

  /**
   * Opens the spool when the queues are not durable: last as the object wakes, so sends made while
   * it wakes (a replayed outbox flushing at once) go straight to the queue.
   */
  openSpool(sql: SqlStorage): void {
    if (spooling(this.env))
      this.#spool = new QueueSpool(sql, this.agentId, (queue, body, delaySeconds) =>
        this.sendNow(queue, body, delaySeconds),
      );
  }

  /** Sends messages to a queue, kept here first when the queue is not durable. */
  async send(queue: SpoolQueue, bodies: object[], delaySeconds?: number): Promise<void> {
    if (!this.#spool) {
      for (const body of bodies) await this.sendNow(queue, body, delaySeconds);
      return;
    }
    await this.#spool.sendKept(queue, bodies, delaySeconds);
    this.timers.want("spool", Date.now() + SPOOL_CHECK_MS);
    await this.timers.arm();
  }

  /** A consumer is done with these kept messages. */
  clear(ids: string[]): void {
    this.#spool?.clear(ids);
  }

  /**
   * The alarm's look at the spool: after a restart, this alarm (persisted) is what re-sends the
   * lost queue's messages; a refused send leaves the rest for the next look.
   */
  async redrive(now: number): Promise<void> {
    if (!this.#spool) return;
    await this.#spool.redrive(now).catch((error: unknown) => console.error(`agent ${this.agentId}: re-drive`, error));
    this.timers.want("spool", this.#spool.size > 0 ? now + SPOOL_CHECK_MS : null);
  }

  private async sendNow(queue: SpoolQueue, body: object, delaySeconds?: number): Promise<void> {
    await meteredEnv(this.env)[queue].send(body, { contentType: "json", ...(delaySeconds ? { delaySeconds } : {}) });
  }
}
