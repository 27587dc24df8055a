// Cron expressions in two dialects: AWS EventBridge `cron(min hour dom month dow year)` with
// `?`, `L`, `W`, `#`, and classic 5-field cron with Vixie cron's day-of-month/day-of-week rule.

import { dayNames, fieldValue, MONTH_NAMES, parseField, type FieldSpec } from "./cron-fields.ts";

/** Day-of-month rule. `weekday`: the weekday nearest `day` within the month (`15W`). */
export type DomRule =
  | { kind: "any" }
  | { kind: "set"; days: readonly boolean[] }
  | { kind: "last" }
  | { kind: "lastWeekday" }
  | { kind: "weekday"; day: number };

/** Day-of-week rule; weekdays are 0 = Sunday … 6 = Saturday whatever the dialect wrote. */
export type DowRule =
  | { kind: "any" }
  | { kind: "set"; days: readonly boolean[] }
  | { kind: "last"; weekday: number }
  | { kind: "nth"; weekday: number; nth: number };

export interface CronSchedule {
  readonly kind: "cron";
  readonly minutes: readonly boolean[];
  readonly hours: readonly boolean[];
  readonly months: readonly boolean[];
  /** Indexed by year; null when every year matches (5-field cron, or `*`). */
  readonly years: readonly boolean[] | null;
  readonly dom: DomRule;
  readonly dow: DowRule;
  /** Vixie cron: both fields restricted means either may match; otherwise both must. */
  readonly either: boolean;
}

export type CronResult = { ok: true; schedule: CronSchedule } | { ok: false; error: string };

/** The last year a schedule may run in: EventBridge's year range ends here, and so does search. */
export const LAST_YEAR = 2199;

const MINUTES: FieldSpec = { name: "minutes", min: 0, max: 59 };
const HOURS: FieldSpec = { name: "hours", min: 0, max: 23 };
const MONTH: FieldSpec = { name: "month", min: 1, max: 12, names: MONTH_NAMES };
const YEAR: FieldSpec = { name: "year", min: 1970, max: LAST_YEAR };
const EB_DOM: FieldSpec = { name: "day-of-month", min: 1, max: 31 };
const EB_DOW: FieldSpec = { name: "day-of-week", min: 1, max: 7, names: dayNames(1) };
const UNIX_DOW: FieldSpec = { name: "day-of-week", min: 0, max: 7, names: dayNames(0) };

const fail = (error: string) => ({ ok: false as const, error });

function ebDom(text: string): DomRule | string {
  if (text === "?") return { kind: "any" };
  if (text === "L") return { kind: "last" };
  if (text === "LW") return { kind: "lastWeekday" };
  // Like Quartz, `W` takes a single day, never a range or list.
  const w = /^(\d+)W$/.exec(text);
  if (w?.[1] !== undefined) {
    const day = fieldValue(w[1], EB_DOM);
    return typeof day === "string" ? day : { kind: "weekday", day };
  }
  const parsed = parseField(text, EB_DOM);
  return parsed.ok ? { kind: "set", days: parsed.values } : parsed.error;
}

function ebDow(text: string): DowRule | string {
  if (text === "?") return { kind: "any" };
  // Quartz and EventBridge: `L` alone is the last day of the week, Saturday.
  if (text === "L") return { kind: "last", weekday: -1 };
  const last = /^(\w+)L$/.exec(text);
  if (last?.[1] !== undefined) {
    const day = fieldValue(last[1], EB_DOW);
    return typeof day === "string" ? day : { kind: "last", weekday: day - 1 };
  }
  const nth = /^(\w+)#(\d+)$/.exec(text);
  if (nth?.[1] !== undefined && nth[2] !== undefined) {
    const day = fieldValue(nth[1], EB_DOW);
    if (typeof day === "string") return day;
    const n = Number(nth[2]);
    if (n < 1 || n > 5) return `day-of-week field: '#${nth[2]}' must be #1 to #5`;
    return { kind: "nth", weekday: day - 1, nth: n };
  }
  const parsed = parseField(text, EB_DOW);
  // Shift 1–7 (Sunday = 1) to the internal 0–6.
  return parsed.ok ? { kind: "set", days: parsed.values.slice(1) } : parsed.error;
}

/** Parses the inside of `cron(...)`: six fields, exactly one of day-of-month/day-of-week `?`. */
export function parseEventBridgeCron(body: string): CronResult {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6)
    return fail(`cron(): expected 6 fields (minutes hours day-of-month month day-of-week year), got ${fields.length}`);
  const [min = "", hour = "", domText = "", month = "", dowText = "", year = ""] = fields;
  if ((domText === "?") === (dowText === "?"))
    return fail(`cron(): exactly one of day-of-month ('${domText}') and day-of-week ('${dowText}') must be '?'`);
  for (const [text, spec] of [
    [min, MINUTES],
    [hour, HOURS],
    [month, MONTH],
    [year, YEAR],
  ] as const)
    if (text === "?") return fail(`${spec.name} field: '?' is only allowed in day-of-month or day-of-week`);
  const dom = ebDom(domText);
  if (typeof dom === "string") return fail(dom);
  const dow = ebDow(dowText);
  if (typeof dow === "string") return fail(dow);
  return build(min, hour, month, year, dom, dow, false);
}

/** Parses a classic `min hour dom month dow` line (day-of-week 0–7, 0 and 7 both Sunday). */
export function parseUnixCron(text: string): CronResult {
  const fields = text.trim().split(/\s+/);
  if (fields.length !== 5)
    return fail(
      `cron: expected 5 fields (minutes hours day-of-month month day-of-week) or cron(...)/rate(...), got ${fields.length}`,
    );
  const [min = "", hour = "", domText = "", month = "", dowText = ""] = fields;
  const dom = parseField(domText, EB_DOM);
  if (!dom.ok) return fail(dom.error);
  const dow = parseField(dowText, UNIX_DOW);
  if (!dow.ok) return fail(dow.error);
  const days = dow.values.slice(0, 7);
  if (dow.values[7]) days[0] = true;
  // Vixie cron: a field that starts with `*` (even `*/2`) counts as unrestricted for the OR rule.
  const either = !domText.startsWith("*") && !dowText.startsWith("*");
  return build(min, hour, month, "*", { kind: "set", days: dom.values }, { kind: "set", days }, either);
}

function build(
  min: string,
  hour: string,
  month: string,
  year: string,
  dom: DomRule,
  dow: DowRule,
  either: boolean,
): CronResult {
  const minutes = parseField(min, MINUTES);
  if (!minutes.ok) return minutes;
  const hours = parseField(hour, HOURS);
  if (!hours.ok) return hours;
  const months = parseField(month, MONTH);
  if (!months.ok) return months;
  const years = year === "*" ? null : parseField(year, YEAR);
  if (years && !years.ok) return years;
  return {
    ok: true,
    schedule: {
      kind: "cron",
      minutes: minutes.values,
      hours: hours.values,
      months: months.values,
      years: years ? years.values : null,
      dom,
      dow,
      either,
    },
  };
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekdayOf = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/** The weekday (Mon–Fri) nearest `day`, never leaving the month (Quartz's `W`). */
function nearestWeekday(y: number, m: number, day: number, last: number): number {
  const wd = weekdayOf(y, m, day);
  if (wd === 6) return day === 1 ? 3 : day - 1;
  if (wd === 0) return day === last ? day - 2 : day + 1;
  return day;
}

function domMatches(rule: DomRule, y: number, m: number, d: number): boolean {
  const last = daysIn(y, m);
  switch (rule.kind) {
    case "any":
      return true;
    case "set":
      return rule.days[d] === true;
    case "last":
      return d === last;
    case "lastWeekday":
      return d === nearestWeekday(y, m, last, last);
    case "weekday":
      return rule.day <= last && d === nearestWeekday(y, m, rule.day, last);
  }
}

function dowMatches(rule: DowRule, y: number, m: number, d: number): boolean {
  const wd = weekdayOf(y, m, d);
  switch (rule.kind) {
    case "any":
      return true;
    case "set":
      return rule.days[wd] === true;
    case "last":
      // weekday -1: `L` alone, every Saturday; otherwise the month's last such weekday.
      return rule.weekday === -1 ? wd === 6 : wd === rule.weekday && d + 7 > daysIn(y, m);
    case "nth":
      return wd === rule.weekday && Math.ceil(d / 7) === rule.nth;
  }
}

/** Whether the schedule runs on this UTC date (month 1–12). */
export function dayMatches(s: CronSchedule, y: number, m: number, d: number): boolean {
  const dom = domMatches(s.dom, y, m, d);
  const dow = dowMatches(s.dow, y, m, d);
  return s.either ? dom || dow : dom && dow;
}
