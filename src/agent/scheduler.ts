// Schedules of the processor installs running as this agent (`dv_proc_schedules`), on this
// agent's Durable Object alarm (SPEC §7): no redeploy, no global cron. Each schedule's next run is
// one row (read back when the alarm fires), rewritten when it fires or its expression changes; a
// run missed while the object was away fires once, late, then the schedule continues from now.
import type { ProcessorInstall } from "../processors/bindings.ts";
import { scheduleItems } from "../processors/bindings.ts";
import type { DeliveryItem } from "../processors/delivery.ts";
import { nextRun, parseSchedule } from "../processors/schedule.ts";

export const SCHEDULE_SCHEMA =
  "CREATE TABLE IF NOT EXISTS schedule_state (k TEXT PRIMARY KEY, next INTEGER NOT NULL, expr TEXT NOT NULL) WITHOUT ROWID;";

type Row = { k: string; next: number; expr: string };

const keyOf = (installId: string, name: string): string => `${installId}\n${name}`;
const split = (k: string): [string, string] => {
  const [installId = "", name = ""] = k.split("\n");
  return [installId, name];
};

export class Scheduler {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(SCHEDULE_SCHEMA);
  }

  private rows(): Row[] {
    return this.sql.exec<Row>("SELECT k, next, expr FROM schedule_state").toArray();
  }

  /** Plans the enabled schedules of the installs running as this agent; drops the rest. */
  sync(own: ProcessorInstall[], now: number): void {
    const wanted = new Map<string, string>();
    for (const install of own)
      for (const item of scheduleItems(install.config))
        if (!item.disabled) wanted.set(keyOf(install.install_id, item.name), item.schedule);
    const planned = new Map(this.rows().map((r) => [r.k, r.expr]));
    for (const k of planned.keys()) if (!wanted.has(k)) this.sql.exec("DELETE FROM schedule_state WHERE k = ?", k);
    for (const [k, expr] of wanted) if (planned.get(k) !== expr) this.plan(k, expr, now);
  }

  /**
   * The earliest next run, or null; a schedule of an install in `notBefore` (install id → time,
   * a send backing off) not before that time.
   */
  next(notBefore: ReadonlyMap<string, number> = new Map()): number | null {
    if (notBefore.size === 0)
      return this.sql.exec<{ next: number | null }>("SELECT min(next) AS next FROM schedule_state").one().next;
    let out: number | null = null;
    for (const row of this.sql.exec<{ k: string; next: number }>("SELECT k, next FROM schedule_state")) {
      const at = Math.max(row.next, notBefore.get(split(row.k)[0]) ?? 0);
      if (out === null || at < out) out = at;
    }
    return out;
  }

  /** Deliveries of the schedules due at `now` (see `fired` once they are sent). */
  due(now: number, agentId: string): DeliveryItem[] {
    return this.sql
      .exec<Row>("SELECT k, next, expr FROM schedule_state WHERE next <= ?", now)
      .toArray()
      .map((row) => {
        const [installId, name] = split(row.k);
        return {
          install_id: installId,
          key: `sched:${installId}:${name}:${row.next}`,
          agent_id: agentId,
          attempts: 0,
          event: { type: "schedule" as const, name, schedule: row.expr, scheduled_at: row.next },
        };
      });
  }

  /**
   * The due schedules were sent: plan their next runs after `now` — each only if its row is still
   * the one that was sent (a config change meanwhile replanned or removed it).
   */
  fired(items: DeliveryItem[], now: number): void {
    for (const item of items) {
      if (item.event.type !== "schedule") continue;
      const k = keyOf(item.install_id, item.event.name);
      const current = this.sql
        .exec<{ n: number }>(
          "SELECT count(*) AS n FROM schedule_state WHERE k = ? AND expr = ? AND next = ?",
          k,
          item.event.schedule,
          item.event.scheduled_at,
        )
        .one().n;
      if (current > 0) this.plan(k, item.event.schedule, now);
    }
  }

  private plan(k: string, expr: string, now: number): void {
    const parsed = parseSchedule(expr);
    // Config validation refuses a bad expression; one that never runs again is dropped.
    const next = parsed.ok ? nextRun(parsed.schedule, now) : null;
    if (next === null) this.sql.exec("DELETE FROM schedule_state WHERE k = ?", k);
    else this.sql.exec("INSERT OR REPLACE INTO schedule_state (k, next, expr) VALUES (?, ?, ?)", k, next, expr);
  }
}
