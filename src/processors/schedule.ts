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

/** First cron run strictly after `afterMs`: skips whole years, months, days and hours at a time. */
function nextCron(s: CronSchedule, afterMs: number): number | null {
  // Runs fall on whole minutes, so the first candidate is the next minute boundary.
  let t = Math.floor(afterMs / MINUTE) * MINUTE + MINUTE;
  for (;;) {
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
  if (schedule.kind === "cron") return nextCron(schedule, afterMs);
  const periods = Math.floor((afterMs - anchorMs) / schedule.periodMs) + 1;
  const next = anchorMs + periods * schedule.periodMs;
  return next < Date.UTC(LAST_YEAR + 1, 0, 1) ? next : null;
}
