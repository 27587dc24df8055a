// Schedule expressions: a table of rate and cron cases, each valid one pinned to concrete UTC run
// times worked out by hand from a calendar (2026-01-01 is a Thursday; 2028 is a leap year).
import { describe, expect, it } from "vitest";
import { nextRun, parseSchedule } from "../../src/processors/schedule.ts";

const at = (iso: string) => Date.parse(iso);

/** [expression, after, expected next run (null: never), rate anchor]. */
type Case = [string, string, string | null, string?];

function runAfter(expr: string, after: string, anchor?: string): string | null {
  const parsed = parseSchedule(expr);
  if (!parsed.ok) throw new Error(`${expr}: ${parsed.error}`);
  const next = nextRun(parsed.schedule, at(after), anchor ? at(anchor) : undefined);
  return next === null ? null : new Date(next).toISOString();
}

function expectRuns(cases: Case[]) {
  for (const [expr, after, expected, anchor] of cases)
    expect({ expr, after, next: runAfter(expr, after, anchor) }).toEqual({
      expr,
      after,
      next: expected && new Date(expected).toISOString(),
    });
}

function expectInvalid(cases: [string, string][]) {
  for (const [expr, fragment] of cases) {
    const parsed = parseSchedule(expr);
    expect({ expr, ok: parsed.ok }).toEqual({ expr, ok: false });
    if (!parsed.ok) expect(parsed.error, expr).toContain(fragment);
  }
}

describe("rate()", () => {
  it("runs every N units from the epoch by default, strictly after the given time", () => {
    expectRuns([
      ["rate(5 minutes)", "2026-01-01T00:02:30Z", "2026-01-01T00:05Z"],
      ["rate(5 minutes)", "2026-01-01T00:05Z", "2026-01-01T00:10Z"],
      ["rate(1 minute)", "2026-01-01T00:00:59.999Z", "2026-01-01T00:01Z"],
      ["rate(1 day)", "2026-03-01T00:00Z", "2026-03-02T00:00Z"],
    ]);
  });

  it("counts from the anchor when one is given", () => {
    expectRuns([
      ["rate(1 hour)", "2026-01-01T03:00Z", "2026-01-01T03:30Z", "2026-01-01T00:30Z"],
      ["rate(2 days)", "2026-01-02T12:00Z", "2026-01-03T00:00Z", "2026-01-01T00:00Z"],
      ["rate(3 hours)", "2025-12-31T23:00Z", "2026-01-01T02:00Z", "2026-01-01T05:00Z"],
    ]);
  });

  it("refuses a wrong number or unit, as EventBridge does", () => {
    expectInvalid([
      ["rate(1 minutes)", "must be 'minute'"],
      ["rate(2 minute)", "must be 'minutes'"],
      ["rate(0 minutes)", "'0' must be a positive integer"],
      ["rate(-1 minutes)", "'-1' must be a positive integer"],
      ["rate(1.5 hours)", "'1.5' must be a positive integer"],
      ["rate(5 weeks)", "unit 'weeks'"],
      ["rate(5minutes)", "expected 'rate(N unit)'"],
      ["rate(5 minutes", "missing its closing ')'"],
    ]);
  });
});

describe("EventBridge cron()", () => {
  it("handles ranges, steps, lists, month names and the year field", () => {
    expectRuns([
      ["cron(0/15 * * * ? *)", "2026-01-01T10:07Z", "2026-01-01T10:15Z"],
      ["cron(5-20/5 1-10/3 * * ? *)", "2026-01-01T04:20Z", "2026-01-01T07:05Z"],
      ["cron(5-20/5 1-10/3 * * ? *)", "2026-01-01T10:20Z", "2026-01-02T01:05Z"],
      ["cron(30 8 1 JAN,jul ? *)", "2026-02-01T00:00Z", "2026-07-01T08:30Z"],
      ["cron(0 12 31 * ? *)", "2026-04-01T00:00Z", "2026-05-31T12:00Z"],
      ["cron(0 0 29 2 ? *)", "2026-03-01T00:00Z", "2028-02-29T00:00Z"],
      ["cron(0 0 1 1 ? 2030-2031)", "2026-06-01T00:00Z", "2030-01-01T00:00Z"],
      ["cron(0 0 1 1 ? 2030,2031)", "2031-01-01T00:00Z", null],
      ["cron(0 0 31 2 ? *)", "2026-01-01T00:00Z", null],
    ]);
  });

  it("numbers day-of-week 1–7 from Sunday and takes day names", () => {
    expectRuns([
      ["cron(15 10 ? * 1 *)", "2026-01-01T00:00Z", "2026-01-04T10:15Z"],
      ["cron(0 10 ? * MON-FRI *)", "2026-01-03T12:00Z", "2026-01-05T10:00Z"],
      ["cron(0 10 ? * 2-6 *)", "2026-01-03T12:00Z", "2026-01-05T10:00Z"],
    ]);
  });

  it("reads L as the last day of the month, nL as the month's last weekday n, L alone as Saturday", () => {
    expectRuns([
      ["cron(0 12 L * ? *)", "2028-02-10T00:00Z", "2028-02-29T12:00Z"],
      ["cron(0 12 L * ? *)", "2027-02-10T00:00Z", "2027-02-28T12:00Z"],
      ["cron(0 12 L * ? *)", "2026-04-30T12:00Z", "2026-05-31T12:00Z"],
      ["cron(0 18 ? * 5L *)", "2026-01-01T00:00Z", "2026-01-29T18:00Z"],
      ["cron(0 18 ? * THUL *)", "2026-01-29T18:00Z", "2026-02-26T18:00Z"],
      ["cron(0 0 ? * L *)", "2026-01-01T00:00Z", "2026-01-03T00:00Z"],
    ]);
  });

  it("reads nW as the weekday nearest the nth within the month, LW as the last weekday", () => {
    expectRuns([
      ["cron(0 9 15W * ? *)", "2026-01-01T00:00Z", "2026-01-15T09:00Z"], // Thursday
      ["cron(0 9 15W * ? *)", "2026-02-01T00:00Z", "2026-02-16T09:00Z"], // Sunday → Monday
      ["cron(0 9 15W * ? *)", "2026-08-01T00:00Z", "2026-08-14T09:00Z"], // Saturday → Friday
      ["cron(0 9 1W * ? *)", "2026-07-31T12:00Z", "2026-08-03T09:00Z"], // Saturday 1st → Monday 3rd
      ["cron(0 9 31W * ? *)", "2026-05-01T00:00Z", "2026-05-29T09:00Z"], // Sunday 31st → Friday 29th
      ["cron(0 9 LW * ? *)", "2026-01-01T00:00Z", "2026-01-30T09:00Z"], // Saturday 31st → Friday
      ["cron(0 9 LW * ? *)", "2026-05-01T00:00Z", "2026-05-29T09:00Z"], // Sunday 31st → Friday
    ]);
  });

  it("reads d#n as the nth such weekday of the month, skipping months without one", () => {
    expectRuns([
      ["cron(0 12 ? * 3#2 *)", "2026-01-01T00:00Z", "2026-01-13T12:00Z"],
      ["cron(0 12 ? * TUE#2 *)", "2026-01-13T12:00Z", "2026-02-10T12:00Z"],
      ["cron(0 0 ? * SUN#5 *)", "2026-02-01T00:00Z", "2026-03-29T00:00Z"],
    ]);
  });

  it("refuses malformed expressions, naming the field and value", () => {
    expectInvalid([
      ["cron(0 12 * * * *)", "exactly one of day-of-month ('*') and day-of-week ('*') must be '?'"],
      ["cron(0 12 ? * ? *)", "exactly one of day-of-month"],
      ["cron(0 12 1 * MON *)", "exactly one of day-of-month"],
      ["cron(0 12 * * ?)", "expected 6 fields"],
      ["cron(0 12 * * ? * *)", "got 7"],
      ["cron(60 12 * * ? *)", "minutes field: 60 is out of range 0-59"],
      ["cron(0 24 * * ? *)", "hours field: 24 is out of range 0-23"],
      ["cron(0 12 32 * ? *)", "day-of-month field: 32 is out of range 1-31"],
      ["cron(0 12 ? * 0 *)", "day-of-week field: 0 is out of range 1-7"],
      ["cron(0 12 ? * 8 *)", "day-of-week field: 8 is out of range 1-7"],
      ["cron(0 12 ? * 3#6 *)", "day-of-week field: '#6' must be #1 to #5"],
      ["cron(0 12 ? FOO * *)", "month field: 'FOO' is not a number or name"],
      ["cron(0 12 * * ? 1969)", "year field: 1969 is out of range 1970-2199"],
      ["cron(0 12 10-5 * ? *)", "day-of-month field: range '10-5' runs backwards"],
      ["cron(0 12 1-5W * ? *)", "day-of-month field: '5W' is not a number"],
      ["cron(*/0 12 * * ? *)", "minutes field: step '0'"],
      ["cron(0 ? 1 * ? *)", "hours field: '?' is only allowed"],
      ["cron(0 12 1,,2 * ? *)", "day-of-month field: '' is malformed"],
    ]);
  });
});

describe("5-field cron", () => {
  it("runs classic lines, with 0 and 7 both Sunday", () => {
    expectRuns([
      ["0 2 * * *", "2026-01-01T03:00Z", "2026-01-02T02:00Z"],
      ["0 0 * * 0", "2026-01-01T00:00Z", "2026-01-04T00:00Z"],
      ["0 0 * * 7", "2026-01-01T00:00Z", "2026-01-04T00:00Z"],
      ["0 0 * * SUN", "2026-01-01T00:00Z", "2026-01-04T00:00Z"],
      ["*/10 9-17 * * MON-FRI", "2026-01-02T17:55Z", "2026-01-05T09:00Z"],
      ["0 0 1 FEB *", "2026-01-01T00:00Z", "2026-02-01T00:00Z"],
    ]);
  });

  it("fires when either day field matches if both are restricted (Vixie cron)", () => {
    expectRuns([
      ["0 0 13 * 5", "2026-01-01T00:00Z", "2026-01-02T00:00Z"], // Friday the 2nd
      ["0 0 13 * 5", "2026-01-10T00:00Z", "2026-01-13T00:00Z"], // Tuesday the 13th
    ]);
  });

  it("needs both day fields to match when one starts with *", () => {
    // Odd days that are Fridays: the 2nd is even, the 9th fits.
    expectRuns([["0 0 */2 * 5", "2026-01-01T00:00Z", "2026-01-09T00:00Z"]]);
  });

  it("refuses EventBridge-only syntax and wrong field counts", () => {
    expectInvalid([
      ["0 12 L * *", "day-of-month field: 'L' is not a number"],
      ["0 12 ? * MON", "day-of-month field: '?' is not a number"],
      ["0 12 * * 8", "day-of-week field: 8 is out of range 0-7"],
      ["0 12 * *", "expected 5 fields"],
      ["0 12 * * * *", "got 6"],
      ["every day", "expected 5 fields"],
    ]);
  });
});

it("finds a far run or none without scanning minute by minute", () => {
  const start = performance.now();
  expect(runAfter("cron(0 0 29 2 ? 2196-2199)", "2026-01-01T00:00Z")).toBe("2196-02-29T00:00:00.000Z");
  expect(runAfter("0 0 30 2 *", "2026-01-01T00:00Z")).toBeNull();
  expect(performance.now() - start).toBeLessThan(500);
});
