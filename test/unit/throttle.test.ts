// The KV-backed throttle with two isolates (two Throttle instances) sharing one real KV namespace:
// in steady state they split the limit instead of each admitting all of it.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Throttle } from "../../src/ingest/throttle.ts";

async function flood(throttles: Throttle[], key: string, limit: number, seconds: number, perSecondEach: number) {
  const base = Date.now();
  const admittedPerSecond: number[] = Array.from({ length: seconds }, () => 0);
  let retryAfterS = 0;
  const step = 1000 / perSecondEach;
  for (let t = 0; t < seconds * 1000; t += step) {
    for (const throttle of throttles) {
      const pending: Promise<unknown>[] = [];
      const decision = throttle.check(env.CACHE, key, limit, base + t, (p) => pending.push(p));
      // Reconciliation runs in waitUntil in the worker; here it finishes before the next request.
      await Promise.all(pending);
      if (decision.ok) admittedPerSecond[Math.floor(t / 1000)]! += 1;
      else retryAfterS = decision.retryAfterS;
    }
  }
  return { admittedPerSecond, retryAfterS };
}

describe("throttle", () => {
  it("one isolate admits the limit per second and says when to retry", async () => {
    const throttle = new Throttle("thr-test-1");
    const { admittedPerSecond: perSecond, retryAfterS } = await flood([throttle], "k1", 10, 4, 40);
    // The bucket starts full (one second of burst), then refills at the limit.
    for (const n of perSecond.slice(1)) expect(n).toBeGreaterThanOrEqual(9);
    for (const n of perSecond.slice(1)) expect(n).toBeLessThanOrEqual(11);
    expect(retryAfterS).toBe(1);
  });

  it("two isolates sharing KV converge on the limit together, writing KV at most once a second each", async () => {
    const a = new Throttle("thr-test-2");
    const b = new Throttle("thr-test-2");
    const { admittedPerSecond: perSecond } = await flood([a, b], "k2", 20, 6, 50);
    // After the first seconds (full buckets, first reconcile), the sum stays near the limit.
    const steady = perSecond.slice(3);
    const mean = steady.reduce((x, y) => x + y, 0) / steady.length;
    expect(mean).toBeGreaterThanOrEqual(20 * 0.8);
    expect(mean).toBeLessThanOrEqual(20 * 1.25);
    for (const t of [a, b]) {
      const stats = t.stats("k2");
      expect(stats?.kv_writes).toBeLessThanOrEqual(7);
      expect(stats?.peers_rate).toBeGreaterThan(0);
    }
  });

  it("an isolate far below its limit publishes every 10 s, not every second", async () => {
    const throttle = new Throttle("thr-test-3");
    await flood([throttle], "k3", 1000, 12, 20);
    expect(throttle.stats("k3")?.kv_writes).toBeLessThanOrEqual(2);
  });
});
