// When a failing webhook endpoint is disabled: N consecutive failures, or failing for D days.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_DISABLE_RULE,
  HEALTHY,
  disableReason,
  recordAttempt,
  type FailureRecord,
} from "../../../src/apps/webhooks/auto-disable.ts";

const DAY = 24 * 3600_000;
const t0 = Date.parse("2026-12-01T00:00:00Z");

function failures(times: number[]): FailureRecord {
  return times.reduce((r, at) => recordAttempt(r, false, at), HEALTHY);
}

describe("auto-disable", () => {
  it("keeps the first failure's time and counts the rest; a delivery clears the record", () => {
    const r = failures([t0, t0 + 5000, t0 + DAY]);
    expect(r).toEqual({ consecutive_failures: 3, failing_since: t0 });
    expect(recordAttempt(r, true, t0 + 2 * DAY)).toEqual(HEALTHY);
  });

  it.each([
    // [failures so far, rule, days since the first failure, disabled?]
    [2, { failures: 3 }, 0, false],
    [3, { failures: 3 }, 0, true],
    [50, { failures: 3 }, 0, true],
    [1, { failures: 1 }, 0, true],
    [10, { days: 5 }, 4.9, false],
    [10, { days: 5 }, 5, true],
    [1, { days: 5 }, 6, false], // one failed attempt is not a span
    [2, { days: 1 }, 1, true],
    [0, { days: 1 }, 10, false],
  ] as const)("%s failures, rule %j, %s days on: disabled=%s", (count, rule, days, disabled) => {
    const record: FailureRecord = count === 0 ? HEALTHY : { consecutive_failures: count, failing_since: t0 };
    const reason = disableReason(record, rule, t0 + days * DAY);
    expect(reason !== null).toBe(disabled);
  });

  it("says why, and defaults to Svix's five days", () => {
    expect(DEFAULT_DISABLE_RULE).toEqual({ days: 5 });
    expect(disableReason({ consecutive_failures: 3, failing_since: t0 }, { failures: 3 }, t0)).toBe(
      "3 consecutive failed attempts",
    );
    expect(disableReason({ consecutive_failures: 9, failing_since: t0 }, { days: 5 }, t0 + 6 * DAY)).toBe(
      "failing for 6 days (9 failed attempts)",
    );
  });
});
