// When a failed webhook delivery is retried (Svix's schedule, with jitter) and how a receiver's
// answer is judged.
import { describe, expect, it } from "vitest";
import { judge } from "../../../src/apps/webhooks/answer.ts";
import { MAX_ATTEMPTS, retryDelayMs } from "../../../src/apps/webhooks/retry-schedule.ts";
import type { PostOutcome } from "../../../src/shared/outbound-post.ts";

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

describe("retry schedule", () => {
  it.each([
    [1, 5 * S],
    [2, 5 * MIN],
    [3, 30 * MIN],
    [4, 2 * H],
    [5, 5 * H],
    [6, 10 * H],
    [7, 10 * H],
    [8, null],
    [9, null],
    [0, null],
    [1.5, null],
  ])("after failed attempt %s waits %s ms (no jitter)", (failed, delay) => {
    expect(retryDelayMs(failed, 0.5)).toBe(delay);
  });

  it("makes eight attempts, the first retry within 10 s whatever the jitter", () => {
    expect(MAX_ATTEMPTS).toBe(8);
    expect(retryDelayMs(1, 0)).toBe(4500);
    expect(retryDelayMs(1, 0.999999)).toBeLessThanOrEqual(5500);
    expect(retryDelayMs(6, 0)).toBe(9 * H);
    expect(retryDelayMs(6, 0.999999)).toBeLessThanOrEqual(11 * H);
  });

  it("takes a receiver's Retry-After as a floor, never to hasten a retry", () => {
    expect(retryDelayMs(1, 0.5, 60 * S)).toBe(60 * S);
    expect(retryDelayMs(3, 0.5, 60 * S)).toBe(30 * MIN);
    expect(retryDelayMs(8, 0.5, 60 * S)).toBeNull();
  });
});

const answered = (status: number, headers: Record<string, string> = {}): PostOutcome => ({
  kind: "answered",
  status,
  headers: new Headers(headers),
  text: "",
  started_at: 0,
  duration_ms: 1,
});
const now = Date.parse("2026-12-01T10:00:00Z");

describe("a receiver's answer", () => {
  it.each([200, 201, 202, 204, 299])("%s is delivered", (status) => {
    expect(judge(answered(status), now)).toEqual({ kind: "delivered" });
  });

  it.each([301, 302, 307, 400, 401, 403, 404, 408, 413, 422, 429, 500, 502, 503, 504])(
    "%s is retried (as Svix does: any non-2xx)",
    (status) => {
      expect(judge(answered(status), now)).toEqual({ kind: "retry" });
    },
  );

  it("a timeout or a refused connection is retried", () => {
    const timeout: PostOutcome = {
      kind: "unreachable",
      error: "timeout",
      timeout: true,
      started_at: 0,
      duration_ms: 1,
    };
    expect(judge(timeout, now)).toEqual({ kind: "retry" });
  });

  it("honours Retry-After on 429 and 503, in seconds or as a date", () => {
    expect(judge(answered(429, { "retry-after": "120" }), now)).toEqual({ kind: "retry", after_ms: 120_000 });
    expect(judge(answered(503, { "retry-after": "Tue, 01 Dec 2026 10:05:00 GMT" }), now)).toEqual({
      kind: "retry",
      after_ms: 300_000,
    });
  });

  it("410 Gone stops retrying and disables the endpoint", () => {
    expect(judge(answered(410), now)).toEqual({ kind: "gone" });
  });

  it("`webhook-delivery: abort-message` stops retrying this message only", () => {
    expect(judge(answered(400, { "webhook-delivery": "abort-message" }), now)).toEqual({ kind: "abort" });
    // A 2xx is delivered whatever it says.
    expect(judge(answered(200, { "webhook-delivery": "abort-message" }), now)).toEqual({ kind: "delivered" });
  });
});
