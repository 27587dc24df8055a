// The KV-backed throttle on a simulated clock, with several isolates (Throttle instances, each
// with its own isolate id) sharing one real KV namespace: KV is not touched in the sparse regime,
// the whole crowd's KV operations follow what it admits (not how many isolates there are), and
// the admitted rate stays within ±10 % of the limit.
import { describe, expect, it } from "vitest";
import { quantumOf, Throttle } from "../../../src/worker/ingest/throttle-state.ts";
import { DEFAULT_THROTTLE } from "../../../src/sdk/config/ingestion.ts";
import { admittedIn, countedKv, paced, simulate, type Arrival } from "./throttle-sim.ts";

const isolates = (n: number, prefix: string) => Array.from({ length: n }, () => new Throttle(prefix));

/** `count` requests to each isolate, `gapMs` apart, the isolates' turns spread over the gap. */
function sparse(nIsolates: number, count: number, gapMs: number): Arrival[] {
  const out: Arrival[] = [];
  for (let i = 0; i < nIsolates; i++)
    for (let k = 0; k < count; k++) out.push([k * gapMs + (i * gapMs) / nIsolates, i]);
  return out;
}

describe("throttle: sparse regime", () => {
  it.each([1, 10, DEFAULT_THROTTLE, 10_000])(
    "limit %s/s: an isolate whose requests come 10.5 s apart makes no KV operation in 100 of them",
    async (limit) => {
      const { kv, total } = countedKv();
      const [throttle] = isolates(1, `thr-sparse-${limit}`);
      const outcomes = await simulate([throttle!], kv, "k", limit, sparse(1, 100, 10_500));
      expect(outcomes.every((o) => o.ok)).toBe(true);
      expect(total()).toBe(0);
      expect(throttle!.stats("k")).toMatchObject({ admitted: 100, kv_writes: 0, kv_lists: 0 });
    },
  );

  it("the same isolate reconciles once its count nears the limit (the KV path is live)", async () => {
    const { kv, count } = countedKv();
    const [throttle] = isolates(1, "thr-sparse-live");
    const limit = 50;
    await simulate([throttle!], kv, "k", limit, [...sparse(1, 20, 10_500), ...paced(0, limit, 300_000, 310_000)]);
    // 500 admitted at the limit over 10 s: a reconcile per quantum (50), one list + one put each.
    expect(count.put).toBeGreaterThanOrEqual(8);
    expect(count.put).toBeLessThanOrEqual(11);
    expect(count.list).toBe(count.put);
  });
});

describe("throttle: a crowd of isolates", () => {
  it.each([10, 50])(
    "%s isolates far below the limit make no KV operation; over the limit together, their KV operations follow what they admit and they converge on the limit",
    async (n) => {
      const limit = DEFAULT_THROTTLE;
      const quantum = quantumOf(limit);
      const { kv, total } = countedKv();
      const throttles = isolates(n, `thr-crowd-${n}`);
      const start = Date.now();
      // 20 requests each, 10.5 s apart: together a few a second, far below the limit.
      const quiet = await simulate(throttles, kv, "k", limit, sparse(n, 20, 10_500), start);
      expect(quiet.every((o) => o.ok)).toBe(true);
      expect(total()).toBe(0);

      // Then the crowd offers twice the limit (each isolate 2 × limit / n a second) for 120 s.
      const from = 300_000;
      const seconds = 120;
      const busy: Arrival[] = [];
      for (let i = 0; i < n; i++)
        busy.push(...paced(i, (2 * limit) / n, from, from + seconds * 1000, (i * 997) % 1000));
      const outcomes = await simulate(throttles, kv, "k", limit, busy, start);
      const admitted = admittedIn(outcomes, from, from + seconds * 1000);
      const ops = total();
      // Each reconcile (2 operations) takes a quantum admitted by one isolate...
      expect(ops).toBeLessThanOrEqual((2 * admitted) / quantum);
      // ...so over the limit the crowd's KV operations per second are bounded by the limit (the
      // crowd admits at most what it offers, twice the limit), not by the number of isolates.
      expect(ops / seconds).toBeLessThanOrEqual((2 * 2 * limit) / quantum);
      expect(ops).toBeGreaterThan(0);
      // Once every isolate has reconciled (its quantum takes n / 2 s at first), the sum holds.
      const lastMinute = admittedIn(outcomes, from + 60_000, from + seconds * 1000) / 60;
      expect(lastMinute).toBeGreaterThanOrEqual(limit * 0.9);
      expect(lastMinute).toBeLessThanOrEqual(limit * 1.1);
      const stats = throttles.map((t) => t.stats("k")!);
      expect(stats.reduce((s, x) => s + x.kv_writes + x.kv_lists, 0)).toBe(ops);
    },
  );
});

describe("throttle: accuracy at the limit", () => {
  it("one isolate admits the limit per second (±10 %), says when to retry, writes KV at most once a second", async () => {
    const limit = 100;
    const seconds = 30;
    const { kv, count } = countedKv();
    const [throttle] = isolates(1, "thr-acc-1");
    const outcomes = await simulate([throttle!], kv, "k", limit, paced(0, 4 * limit, 0, seconds * 1000));
    // The bucket starts full (one second of burst), then refills at the limit.
    for (let s = 1; s < seconds; s++) {
      const n = admittedIn(outcomes, s * 1000, (s + 1) * 1000);
      expect(n).toBeGreaterThanOrEqual(limit * 0.9);
      expect(n).toBeLessThanOrEqual(limit * 1.1);
    }
    expect(outcomes.find((o) => !o.ok)?.retryAfterS).toBe(1);
    expect(count.put).toBeLessThanOrEqual(seconds);
    expect(count.put).toBeGreaterThanOrEqual(seconds - 2);
  });

  it.each([
    ["4 isolates, 4× the limit evenly", 100, [100, 100, 100, 100]],
    ["3 isolates, 3.8× the limit unevenly", 100, [300, 60, 20]],
    ["2 isolates under a small limit", 10, [25, 25]],
  ])("%s: the sum stays within a tenth of the limit", async (_name, limit, offered) => {
    const seconds = 60;
    const { kv, count } = countedKv();
    const throttles = isolates(offered.length, `thr-acc-${offered.join("-")}`);
    const arrivals = offered.flatMap((perS, i) => paced(i, perS, 0, seconds * 1000, i * 7));
    const outcomes = await simulate(throttles, kv, "k", limit, arrivals);
    // After the first reconciles (full buckets at the start), over the remaining 50 s.
    const rate = admittedIn(outcomes, 10_000, seconds * 1000) / (seconds - 10);
    expect(rate).toBeGreaterThanOrEqual(limit * 0.9);
    expect(rate).toBeLessThanOrEqual(limit * 1.1);
    // Each isolate writes its key at most once a second; all of them together follow the limit.
    for (const t of throttles) expect(t.stats("k")!.kv_writes).toBeLessThanOrEqual(seconds);
    expect(count.put).toBeLessThanOrEqual((2 * limit * seconds) / quantumOf(limit) + offered.length);
    for (const t of throttles.filter((_, i) => offered[i]! > limit / offered.length))
      expect(t.stats("k")!.peers_rate).toBeGreaterThan(0);
  });
});
