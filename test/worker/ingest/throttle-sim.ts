// Drives Throttle instances (each one isolate, with its own isolate id) on a simulated clock
// against the real KV binding (miniflare), counting every KV call the throttle makes.
import { env } from "cloudflare:workers";
import type { Throttle } from "../../../src/worker/ingest/throttle-state.ts";

export interface KvCount {
  put: number;
  list: number;
  other: number;
}

/** The real KV binding with every call counted; the calls themselves pass through unchanged. */
export function countedKv(): { kv: KVNamespace; count: KvCount; total: () => number } {
  const count: KvCount = { put: 0, list: 0, other: 0 };
  const kv = new Proxy(env.CACHE, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (prop === "put" || prop === "list") count[prop] += 1;
        else count.other += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { kv, count, total: () => count.put + count.list + count.other };
}

/** One request: when (ms after the start) and which isolate it reaches. */
export type Arrival = [atMs: number, isolate: number];

/** `perS` requests a second to one isolate over [fromMs, toMs), the first at fromMs + offsetMs. */
export function paced(isolate: number, perS: number, fromMs: number, toMs: number, offsetMs = 0): Arrival[] {
  const out: Arrival[] = [];
  for (let t = fromMs + offsetMs; t < toMs; t += 1000 / perS) out.push([t, isolate]);
  return out;
}

export interface Outcome {
  atMs: number;
  isolate: number;
  ok: boolean;
  retryAfterS?: number;
}

/**
 * Runs the arrivals in time order. A reconcile runs in `waitUntil` in the worker; here it
 * finishes before the next request is checked.
 */
export async function simulate(
  throttles: Throttle[],
  kv: KVNamespace,
  key: string,
  limit: number,
  arrivals: Arrival[],
  start = Date.now(),
): Promise<Outcome[]> {
  const sorted = [...arrivals].sort((a, b) => a[0] - b[0]);
  const outcomes: Outcome[] = [];
  const pending: Promise<unknown>[] = [];
  for (const [atMs, isolate] of sorted) {
    const decision = throttles[isolate]!.check(kv, key, limit, start + atMs, (p) => pending.push(p));
    if (pending.length) await Promise.all(pending.splice(0));
    outcomes.push({ atMs, isolate, ...decision });
  }
  return outcomes;
}

/** Admitted requests in [fromMs, toMs). */
export const admittedIn = (outcomes: Outcome[], fromMs: number, toMs: number): number =>
  outcomes.filter((o) => o.ok && o.atMs >= fromMs && o.atMs < toMs).length;
