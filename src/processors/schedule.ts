// Processor schedule expressions (`ScheduleConfig`): parsing with errors that name the field, and
// the next run time, in UTC. Pure code so config validation and the alarm scheduler share it.

import { dayMatches, LAST_YEAR, parseEventBridgeCron, parseUnixCron, type CronSchedule } from "./cron.ts";

/** A rate runs every `periodMs`, phased by the anchor given to `nextRun`. */
export interface RateSchedule {
  readonly kind: "rate";
  readonly periodMs: number;
}

export type Schedule = RateSchedule | CronSchedule;
export type { CronSchedule } from "./cron.ts";

export type ScheduleResult = { ok: true; schedule: Schedule } | { ok: false; error: string };

const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/**
 * The longest rate: once a year, `rate(365 days)` (= `rate(8760 hours)`, `rate(525600 minutes)`).
 * A longer one is refused rather than stored to run never (issue 20, item 6).
 */
export const MAX_RATE_MS = 365 * UNIT_MS.day;

/**
 * A schedule must run within this long of being checked (ten years of 365 days): a cron that
 * names a date that never comes (`cron(0 0 30 2 ? *)`), a past year (`cron(* * * * ? 1970)`) or
 * one so rare it is a mistake is refused at install time instead of being dropped silently.
 * Leap-day schedules (`cron(0 0 29 2 ? *)`, at most 8 years apart, 2096 → 2104) pass.
 */
export const SCHEDULE_HORIZON_MS = 10 * 365 * UNIT_MS.day;

function parseRate(body: string): ScheduleResult {
  const m = /^\s*(\S+)\s+(\S+)\s*$/.exec(body);
  if (!m?.[1] || !m[2]) return { ok: false, error: `rate(): expected 'rate(N unit)', got 'rate(${body})'` };
  const [, count, unit] = m;
  if (!/^\d+$/.test(count) || Number(count) < 1)
    return { ok: false, error: `rate(): value '${count}' must be a positive integer` };
  const n = Number(count);
  const singular = unit.endsWith("s") ? unit.slice(0, -1) : unit;
  if (!(singular in UNIT_MS))
    return { ok: false, error: `rate(): unit '${unit}' must be minute(s), hour(s) or day(s)` };
  // EventBridge insists: `rate(1 minute)`, `rate(5 minutes)`; `rate(1 minutes)` is refused.
  const wanted = n === 1 ? singular : `${singular}s`;
  if (unit !== wanted)
    return { ok: false, error: `rate(): with value ${n} the unit must be '${wanted}', not '${unit}'` };
  const limit = MAX_RATE_MS / UNIT_MS[singular as keyof typeof UNIT_MS];
  if (n > limit) return { ok: false, error: `rate(): at most ${limit} ${singular}s (once a year), got ${count}` };
  return { ok: true, schedule: { kind: "rate", periodMs: n * UNIT_MS[singular as keyof typeof UNIT_MS] } };
}

/**
 * Parses `rate(N unit)`, EventBridge `cron(m h dom mon dow year)` or a classic 5-field cron line.
 *
 * @example
 * parseSchedule("cron(0 12 ? * 3#2 *)"); // { ok: true, schedule: … } — second Tuesday, 12:00 UTC
 * parseSchedule("rate(1 minutes)"); // { ok: false, error: "rate(): with value 1 the unit must be 'minute', …" }
 */
export function parseSchedule(text: string): ScheduleResult {
  const trimmed = text.trim();
  const call = /^(rate|cron)\((.*)\)$/s.exec(trimmed);
  if (call?.[1] === "rate") return parseRate(call[2] ?? "");
  if (call?.[1] === "cron") return parseEventBridgeCron(call[2] ?? "");
  if (/^(rate|cron)\b/.test(trimmed)) return { ok: false, error: `'${trimmed}' is missing its closing ')'` };
  return parseUnixCron(trimmed);
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

/**
 * First cron run strictly after `afterMs` and before `untilMs`: skips whole years, months, days
 * and hours at a time.
 */
function nextCron(s: CronSchedule, afterMs: number, untilMs: number): number | null {
  // Runs fall on whole minutes, so the first candidate is the next minute boundary.
  let t = Math.floor(afterMs / MINUTE) * MINUTE + MINUTE;
  for (;;) {
    if (t >= untilMs) return null;
    const d = new Date(t);
    const y = d.getUTCFullYear();
    const mo = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    if (y > LAST_YEAR) return null;
    if (s.years && !s.years[y]) {
      t = Date.UTC(y + 1, 0, 1);
    } else if (!s.months[mo]) {
      t = Date.UTC(y, mo, 1);
    } else if (!dayMatches(s, y, mo, day)) {
      t = Date.UTC(y, mo - 1, day + 1);
    } else if (!s.hours[d.getUTCHours()]) {
      t = Math.floor(t / HOUR) * HOUR + HOUR;
    } else {
      const min = s.minutes.indexOf(true, d.getUTCMinutes());
      if (min >= 0) return Math.floor(t / HOUR) * HOUR + min * MINUTE;
      t = Math.floor(t / HOUR) * HOUR + HOUR;
    }
  }
}

/**
 * Epoch ms of the first run strictly after `afterMs` (UTC), or null if there is none by the end of
 * {@link LAST_YEAR}. A rate runs at `anchorMs + k × period` for every integer k: the default anchor
 * 0 (the epoch) aligns `rate(5 minutes)` to :00, :05, …; pass the time a schedule was enabled to
 * count from then instead. Cron schedules ignore the anchor.
 *
 * @example
 * const parsed = parseSchedule("cron(0 12 L * ? *)");
 * if (parsed.ok) nextRun(parsed.schedule, Date.UTC(2028, 1, 10)); // 2028-02-29T12:00Z
 */
export function nextRun(schedule: Schedule, afterMs: number, anchorMs = 0): number | null {
  if (schedule.kind === "cron") return nextCron(schedule, afterMs, Date.UTC(LAST_YEAR + 1, 0, 1));
  const periods = Math.floor((afterMs - anchorMs) / schedule.periodMs) + 1;
  const next = anchorMs + periods * schedule.periodMs;
  return next < Date.UTC(LAST_YEAR + 1, 0, 1) ? next : null;
}

/**
 * Why `text` cannot be a schedule checked at `nowMs`, or null when it can: it must parse, and
 * its next run must come within {@link SCHEDULE_HORIZON_MS}. What config validation refuses
 * (422 naming `dv_proc_schedules[i].schedule`).
 *
 * @example
 * scheduleProblem("cron(0 0 30 2 ? *)", Date.now()); // "cron(0 0 30 2 ? *) never runs in the next 10 years"
 */
export function scheduleProblem(text: string, nowMs: number): string | null {
  const parsed = parseSchedule(text);
  if (!parsed.ok) return parsed.error;
  const until = nowMs + SCHEDULE_HORIZON_MS;
  const next =
    parsed.schedule.kind === "cron"
      ? nextCron(parsed.schedule, nowMs, Math.min(until, Date.UTC(LAST_YEAR + 1, 0, 1)))
      : nextRun(parsed.schedule, nowMs);
  if (next === null || next > until)
    return `${text.trim()} never runs in the next ${SCHEDULE_HORIZON_MS / (365 * UNIT_MS.day)} years`;
  return null;
}
