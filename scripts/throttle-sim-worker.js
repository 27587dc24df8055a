// A worker for `npm run bench:throttle` (bundled with src/worker/ingest/throttle-state.ts by esbuild, run by
// Miniflare in workerd): POST a scenario, get what the throttle admitted and the KV operations it
// made. Each isolate is a Throttle instance with its own isolate id; the clock is simulated
// (`check()` takes `now`), so ten minutes of a fleet take a second; KV is Miniflare's real one.
import { quantumOf, Throttle } from "../src/worker/ingest/throttle-state.ts";

let run = 0;

export default {
  async fetch(request, env) {
    /** @type {{ limit: number, isolates: number, streams: [number, number, number, number, number][], window: [number, number] }} */
    const s = await request.json();
    const ops = { put: 0, list: 0, other: 0 };
    const kv = new Proxy(env.KV, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (typeof value !== "function") return value;
        return (...args) => {
          if (prop === "put" || prop === "list") ops[prop] += 1;
          else ops.other += 1;
          return value.apply(target, args);
        };
      },
    });
    run += 1;
    const throttles = Array.from({ length: s.isolates }, () => new Throttle(`bench${run}`));
    // Streams: [isolate, requests per second, from ms, to ms, offset of the first ms].
    const arrivals = [];
    for (const [isolate, perS, from, to, offset] of s.streams)
      for (let t = from + offset; t < to; t += 1000 / perS) arrivals.push([t, isolate]);
    arrivals.sort((a, b) => a[0] - b[0]);
    const start = Date.now();
    const pending = [];
    let admitted = 0;
    let inWindow = 0;
    for (const [t, isolate] of arrivals) {
      const decision = throttles[isolate].check(kv, "k", s.limit, start + t, (p) => pending.push(p));
      // A reconcile runs in waitUntil in the worker; here it finishes before the next request.
      if (pending.length) await Promise.all(pending.splice(0));
      if (!decision.ok) continue;
      admitted += 1;
      if (t >= s.window[0] && t < s.window[1]) inWindow += 1;
    }
    const writes = throttles.map((t) => t.stats("k")?.kv_writes ?? 0);
    return Response.json({
      offered: arrivals.length,
      admitted,
      admitted_in_window: inWindow,
      kv_puts: ops.put,
      kv_lists: ops.list,
      kv_other: ops.other,
      max_writes_one_isolate: Math.max(0, ...writes),
      isolates_that_wrote: writes.filter((w) => w > 0).length,
      quantum: quantumOf(s.limit),
    });
  },
};
