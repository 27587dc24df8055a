// A staged-work drain shared by the registry's writers (the KV mirror, processor pushes): rounds of
// at most `round` items while work remains, at most `perInvocation` per invocation (the rest goes
// to the alarm), and concurrent callers share one loop.

/** Backoff of a staged write that failed: 2, 4, 8 … seconds, at most a minute. */
export const retryBackoffMs = (attempts: number): number => Math.min(60_000, 1_000 * 2 ** Math.min(attempts, 6));

export class DrainLoop {
  #again = false;
  #running: Promise<void> | null = null;

  constructor(
    private readonly sizes: { round: number; perInvocation: number },
    /** Does one round of at most `limit` items; returns how many it took. */
    private readonly round: (limit: number) => Promise<number>,
    /** Sets the alarm for what is left (or retries). */
    private readonly schedule: () => Promise<void>,
  ) {}

  /** More work may be due: the running loop takes another round. */
  again(): void {
    this.#again = true;
  }

  flush(): Promise<void> {
    this.#again = true;
    this.#running ??= this.#drain().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #drain(): Promise<void> {
    let budget = this.sizes.perInvocation;
    for (;;) {
      while (this.#again && budget > 0) {
        this.#again = false;
        budget -= await this.round(Math.min(this.sizes.round, budget));
      }
      await this.schedule();
      if (!this.#again || budget <= 0) return;
    }
  }
}
