// When a failing webhook endpoint is disabled (issue 24): after N consecutive failed attempts, or
// when its attempts have failed without a success for D days (Svix: 5 days). Pure, over a small
// record the endpoint keeps; any delivered attempt clears it.

/** `disable_after` of the config: one of the two. */
export type DisableRule = { failures: number } | { days: number };

/** Svix's rule: failing for five days. */
export const DEFAULT_DISABLE_RULE: DisableRule = { days: 5 };

const DAY_MS = 24 * 3600_000;

export interface FailureRecord {
  /** Failed attempts since the last delivered one. */
  readonly consecutive_failures: number;
  /** Epoch ms of the first of those failures; null while the endpoint is healthy. */
  readonly failing_since: number | null;
}

export const HEALTHY: FailureRecord = { consecutive_failures: 0, failing_since: null };

/** The record after an attempt at `now`: a delivery clears it, a failure extends it. */
export function recordAttempt(record: FailureRecord, delivered: boolean, now: number): FailureRecord {
  if (delivered) return HEALTHY;
  return { consecutive_failures: record.consecutive_failures + 1, failing_since: record.failing_since ?? now };
}

/**
 * Why the endpoint should be disabled now, or null. With `{days}`, one failed attempt is not a
 * span: at least two failures are needed (as Svix starts its clock only after several).
 * @example
 * disableReason({ consecutive_failures: 3, failing_since: t0 }, { failures: 3 }, now);
 * // "3 consecutive failed attempts"
 */
export function disableReason(record: FailureRecord, rule: DisableRule, now: number): string | null {
  if ("failures" in rule)
    return record.consecutive_failures >= rule.failures
      ? `${record.consecutive_failures} consecutive failed attempts`
      : null;
  if (record.failing_since === null || record.consecutive_failures < 2) return null;
  const days = (now - record.failing_since) / DAY_MS;
  return days >= rule.days
    ? `failing for ${Math.floor(days)} days (${record.consecutive_failures} failed attempts)`
    : null;
}
