// `npm run bench`: serves edgehook the way `npm start` does (Miniflare, direct socket) on a
// throwaway state directory, beside bare workers served the same way, and measures each case with
// autocannon on 127.0.0.1. The bare workers are the HMAC baseline and two floors: the least a
// worker here can do to make an uplink durable (one Durable Object SQLite write) or to queue it
// (one queue message). Prints req/s, p50/p99 latency and the ratio to the baseline, then the
// targets: ingestion against its floor as ratios within this run (the machine is noisy, so only
// figures from one run compare).
//
//   npm run bench                      every case
//   npm run bench -- aggregate         only cases whose id or name contains "aggregate" (+ the
//                                      baseline, + the cases a target compares them with)
//   npm run bench -- fanout            only the gateway fan-out (1,000 subscribers, 200 writes;
//                                      FANOUT_SUBSCRIBERS, FANOUT_WRITES, FANOUT_GAP_MS)
//   npm run bench -- series            only the history series (7 days at 5-minute buckets from a
//                                      full journal; 1 connection; notes the rows read)
//   npm run bench -- cold              only the cold wake after a restart, full journal against
//                                      small (a server of its own; COLD_DEVICES, COLD_EVENTS,
//                                      COLD_ROUNDS; scripts/lib/bench-cold.mjs)
//   BENCH_DURATION=10 BENCH_CONNECTIONS=64 npm run bench
//
// To add a case, add it to CASES; to compare two cases, add a target to TARGETS.
// Edgehook is driven only through its public HTTP API (control API, data plane, ingestion).
import { benchContext, CASES, EXTRA_WORKERS, BENCH_VARS, prepareCase, TARGETS } from "./lib/bench-cases.mjs";
import { benchCold } from "./lib/bench-cold.mjs";
import { benchFanout } from "./lib/bench-fanout.mjs";
import { runLoad } from "./lib/load.mjs";
import { withThrowawayServer } from "./lib/server.mjs";

const DURATION = Number(process.env.BENCH_DURATION ?? 5); // seconds per case
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1); // seconds per case, not measured
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

/** The baseline, the cases a filter names (all without one), and those their targets need. */
function selectCases(filters) {
  const named = CASES.filter(
    (c) => filters.length === 0 || filters.some((f) => `${c.id} ${c.name}`.toLowerCase().includes(f)),
  );
  const ids = new Set(named.map((c) => c.id));
  for (const t of TARGETS) if (ids.has(t.of)) ids.add(t.per);
  return CASES.filter((c) => c.baseline || ids.has(c.id));
}

async function measure(c, ctx) {
  const { req, prepared } = await prepareCase(c, ctx);
  // A case may fix its connections (a latency case: one client).
  const connections = c.connections ?? CONNECTIONS;
  if (WARMUP > 0) await runLoad({ ...req, connections, duration: WARMUP });
  const result = await runLoad({ ...req, connections, duration: DURATION });
  return { ...result, note: await c.after?.(ctx, prepared) };
}

const ms = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(2));

/** Aligned columns: the first left-aligned, the others right-aligned. */
function table(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

function resultsTable(rows) {
  const base = rows.find((r) => r.baseline);
  return table(
    ["case", "req/s", "p50 ms", "p99 ms", "vs bare", "non-2xx"],
    rows.map((r) => [
      r.name,
      r.rps.toFixed(0),
      ms(r.p50),
      ms(r.p99),
      r.baseline || !base ? "-" : `${((r.rps / base.rps) * 100).toFixed(0)}%`,
      String(r.non2xx + r.errors + r.timeouts),
    ]),
  );
}

function targetsTable(rows) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const figure = (v, metric) => (metric === "rps" ? v.toFixed(0) : ms(v));
  return table(
    ["target", "measured", "ratio", "goal", "status"],
    TARGETS.map((t) => {
      const goal = t.min === undefined ? `≤ ${t.max.toFixed(1)}` : `≥ ${t.min.toFixed(1)}`;
      const [of, per] = [byId.get(t.of), byId.get(t.per)];
      if (!of || !per) return [t.label, "-", "-", goal, "not run"];
      const ratio = of[t.metric] / per[t.metric];
      const holds = t.min === undefined ? ratio <= t.max : ratio >= t.min;
      return [
        t.label,
        `${figure(of[t.metric], t.metric)} ÷ ${figure(per[t.metric], t.metric)}`,
        ratio.toFixed(2),
        goal,
        holds ? "holds" : "missed",
      ];
    }),
  );
}

async function main() {
  const filters = process.argv.slice(2).map((f) => f.toLowerCase());
  // `fanout` alone measures only the gateway's fan-out (and the baseline, as ever); `cold` only the
  // cold wake, on a server of its own (it restarts it).
  const isFanout = (f) => "fanout gateway".includes(f);
  const isCold = (f) => ["cold", "restart"].some((word) => word.startsWith(f));
  const sideOnly = filters.length > 0 && filters.every((f) => isFanout(f) || isCold(f));
  const fanout = filters.length === 0 || (sideOnly && filters.some(isFanout));
  const cold = filters.length === 0 || filters.some(isCold);
  const cases = sideOnly ? (fanout ? CASES.filter((c) => c.baseline) : []) : selectCases(filters);

  if (cases.length > 0 || fanout) await benchMain(cases, fanout);
  if (cold) {
    console.log(`\ncold wake after a restart (issue 18), a server of its own:`);
    await withThrowawayServer("edgehook-bench-cold-", { vars: BENCH_VARS }, async (served) => {
      const lines = await benchCold(served, (line) => console.log(`  ${line}`));
      console.log(`\n${lines.join("\n")}`);
    });
  }
}

async function benchMain(cases, fanout) {
  await withThrowawayServer("edgehook-bench-", { extraWorkers: EXTRA_WORKERS, vars: BENCH_VARS }, async ({ server, api, adminToken }) => {
    const ctx = await benchContext({ server, api, adminToken });

    console.log(
      `edgehook bench: ${CONNECTIONS} connections, ${WARMUP}s warm-up + ${DURATION}s per case, Miniflare direct sockets on 127.0.0.1\n`,
    );
    const rows = [];
    for (const c of cases) {
      const r = await measure(c, ctx);
      rows.push({ id: c.id, name: c.name, baseline: c.baseline, ...r });
      console.log(`  ${c.name}: ${r.rps.toFixed(0)} req/s`);
    }
    console.log(`\n${resultsTable(rows)}`);
    for (const r of rows.filter((row) => row.note)) console.log(`  ${r.name}: ${r.note}`);
    console.log(`\ntargets (ratios of this run):\n${targetsTable(rows)}`);
    const failing = rows.filter((r) => r.non2xx + r.errors + r.timeouts > 0).map((r) => r.name);
    if (failing.length > 0) console.log(`\nnot all answers were 2xx in: ${failing.join("; ")}`);
    if (fanout) console.log(`\n${(await benchFanout({ server, api, adminToken })).join("\n")}`);
  });
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
