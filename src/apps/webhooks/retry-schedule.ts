// When a failed webhook delivery is tried again (issue 24), after Svix's published schedule: the
// first retry within seconds, then growing over hours; eight attempts in all, 27 h 35 min from
// the first to the last, then the delivery is a dead letter. Pure: the caller owns the clock.

/** Delay before retry n (index n - 1), counted from the failure of the attempt before it. */
export const RETRY_SCHEDULE_MS: readonly number[] = [
  5_000, // 5 s
  5 * 60_000, // 5 min
  30 * 60_000, // 30 min
  2 * 3600_000, // 2 h
  5 * 3600_000, // 5 h
  10 * 3600_000, // 10 h
  10 * 3600_000, // 10 h
];

/** Attempts of one delivery, the first included. */
export const MAX_ATTEMPTS = RETRY_SCHEDULE_MS.length + 1;

/** Each delay is moved by up to ±10 %, so endpoints failing together are not retried in step. */
export const JITTER = 0.1;

/**
 * How long to wait after the `failedAttempts`-th failed attempt before the next one, or null when
 * the delivery has had all its attempts (it becomes a dead letter). A `Retry-After` the receiver
 * sent is a floor: it can delay a retry, never hasten it (a day at most, as read).
 * `random` is in [0, 1); 0.5 means no jitter.
 * @example
 * retryDelayMs(1, 0.5); // 5000: the first retry, 5 s after the first attempt failed
 * retryDelayMs(8, 0.5); // null: eight attempts made, give up
 */
export function retryDelayMs(
  failedAttempts: number,
  random: number = Math.random(),
  retryAfterMs?: number,
): number | null {
  const base = RETRY_SCHEDULE_MS[failedAttempts - 1];
  if (!Number.isInteger(failedAttempts) || base === undefined) return null;
  const jittered = Math.round(base * (1 + JITTER * (2 * random - 1)));
  return Math.max(jittered, retryAfterMs ?? 0);
}
