// A Durable Object has one alarm; the registry has several concerns that need it (the KV mirror,
// processor pushes). Each names the instant it next needs a run, and the alarm goes to the earliest,
// so one concern clearing or postponing its need never drops another's.
export class AlarmSlot {
  readonly #needs = new Map<string, number>();

  constructor(private readonly storage: DurableObjectStorage) {}

  /** Replaces a concern's need (null: none); what a concern sets once it knows its next due time. */
  set(concern: string, at: number | null): Promise<void> {
    if (at === null) this.#needs.delete(concern);
    else this.#needs.set(concern, at);
    return this.#apply();
  }

  /** Brings a concern's need forward to `at` if that is sooner (a backstop never delays a retry). */
  noLaterThan(concern: string, at: number): Promise<void> {
    const current = this.#needs.get(concern);
    if (current !== undefined && current <= at) return Promise.resolve();
    return this.set(concern, at);
  }

  #apply(): Promise<void> {
    if (this.#needs.size === 0) return this.storage.deleteAlarm();
    return this.storage.setAlarm(Math.max(Math.min(...this.#needs.values()), Date.now()));
  }
}
