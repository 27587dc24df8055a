// Named timers over a Durable Object's one alarm: the alarm is set to the earliest one wanted, and
// only moved earlier — a timer wanted later than the alarm (a connection deadline pushed back by
// every report) costs no storage write; the alarm fires early and the owner asks again.
import { countAlarmSet } from "../shared/metering.ts";

export class Timers {
  readonly #wanted = new Map<string, number>();
  /** The alarm as set in storage; undefined until read once per wake. */
  #armed: number | null | undefined;

  constructor(private readonly storage: DurableObjectStorage) {}

  /** Wants `name` to run at `at` (null: no longer). Call `arm()` after. */
  want(name: string, at: number | null): void {
    if (at === null) this.#wanted.delete(name);
    else this.#wanted.set(name, at);
  }

  /** Timers due at `now`, removed from the wanted set (their owners want them again if needed). */
  due(now: number): string[] {
    const due = [...this.#wanted].filter(([, at]) => at <= now).map(([name]) => name);
    for (const name of due) this.#wanted.delete(name);
    return due;
  }

  /** The alarm fired: storage holds none now. */
  fired(): void {
    this.#armed = null;
  }

  /**
   * Makes sure the object wakes by `at`: only when no alarm is set at all (any alarm wakes it, and
   * its handler looks at everything), so a busy object sets none per event.
   */
  async ensureWake(name: string, at: number): Promise<void> {
    if (this.#armed === undefined) this.#armed = await this.storage.getAlarm();
    if (this.#armed !== null) return;
    this.want(name, at);
    await this.arm();
  }

  /** Sets the alarm if a wanted timer comes before it (or none is set). */
  async arm(): Promise<void> {
    let next: number | null = null;
    for (const at of this.#wanted.values()) if (next === null || at < next) next = at;
    if (next === null) return;
    if (this.#armed === undefined) this.#armed = await this.storage.getAlarm();
    if (this.#armed !== null && this.#armed <= next) return;
    countAlarmSet();
    await this.storage.setAlarm(next);
    this.#armed = next;
  }
}
