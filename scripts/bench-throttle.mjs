// `npm run bench:throttle`: the throttle benchmark of issue 3. Serves edgehook the way `npm start`
// does (Miniflare, direct socket, one isolate) on a throwaway state directory, installs the demo
// tracker integration with a `throttle`, floods its ingestion endpoint from 127.0.0.1 at a
// multiple of the limit (autocannon `overallRate`), and prints admitted/s against the limit and
// KV writes per second per key. Targets: admitted within ±10 % of the limit, ≤ 1 KV write/s/key.
//
//   npm run bench:throttle
//   THROTTLE_LIMIT=100 THROTTLE_FACTOR=4 THROTTLE_DURATION=20 npm run bench:throttle
//   THROTTLE_LIMIT2=0 npm run bench:throttle          only the first scenario
//
// The requests carry an unknown serial ({"device_id":"NOPE"}), so an admitted one is a fast 200
// (nothing routed); a throttled one is 429. Anything else is counted as an error.
import { runPaced } from "./lib/load.mjs";
import { withThrowawayServer } from "./lib/server.mjs";

const num = (name, fallback) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a number >= 0`);
  return v;
};

const DURATION = num("THROTTLE_DURATION", 10); // seconds of flood per scenario
const WARMUP = num("THROTTLE_WARMUP", 1); // first seconds of the flood left out of admitted/s
const CONNECTIONS = num("THROTTLE_CONNECTIONS", 10);
const SCENARIOS = [
  { limit: num("THROTTLE_LIMIT", 50), factor: num("THROTTLE_FACTOR", 4) },
  { limit: num("THROTTLE_LIMIT2", 20), factor: num("THROTTLE_FACTOR2", 2) },
].filter((s) => s.limit > 0 && s.factor > 0);

const POLL_MS = 50; // how often the throttle counters are read during a flood
const TOLERANCE = 0.1; // admitted within ±10 % of the limit
const MAX_KV_WRITES_PER_S = 1; // per KV key
if (DURATION > 120) throw new Error("THROTTLE_DURATION is capped at 120 s");
if (WARMUP >= DURATION) throw new Error("THROTTLE_WARMUP must be shorter than THROTTLE_DURATION");

const BODY = JSON.stringify({ device_id: "NOPE" });

async function installWithThrottle(api, limit) {
  const install = await api("POST", "/api/control/installs", {
    app: "tracker_integration",
    display_name: `throttle bench ${limit}/s`,
    config: {
      dv_proc_ingestion: { cidr_ranges: ["127.0.0.0/8", "::1/128"], throttle: limit },
      dv_proc_extended_permissions: { all_devices: true },
    },
  });
  if (!install.ingestion?.url || !install.ingestion?.token)
    throw new Error(`install has no ingestion: ${JSON.stringify(install)}`);
  return install;
}

const throttleStats = async (api, installId) => {
  const s = await api("GET", `/api/control/installs/${installId}/throttle`);
  return { key: s.key, ...(s.this_isolate ?? { admitted: 0, rejected: 0, kv_writes: 0, kv_lists: 0, peers_rate: 0 }) };
};

const pct = (v) => `${(v * 100).toFixed(1)} %`;
const f1 = (v) => v.toFixed(1);
const f2 = (v) => v.toFixed(2);

async function scenario(api, { limit, factor }) {
  const rate = Math.round(limit * factor);
  const install = await installWithThrottle(api, limit);
  const req = {
    url: install.ingestion.url,
    method: "POST",
    headers: {
      authorization: `Bearer ${install.ingestion.token}`,
      "content-type": "application/json",
      "cf-connecting-ip": "127.0.0.1",
    },
    body: BODY,
  };
  // One request first: an endpoint that answers an error would only measure the error path.
  const probe = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body });
  const probeText = await probe.text();
  if (probe.status !== 200) throw new Error(`probe POST ${req.url} -> ${probe.status}: ${probeText.slice(0, 300)}`);
  // Let the bucket refill after the probe, then take the server's counters as the baseline.
  await new Promise((r) => setTimeout(r, 1100));
  const before = await throttleStats(api, install.install_id);

  // Read the server's counters every POLL_MS during the flood (bounded), to time the KV writes.
  const t0 = performance.now();
  let flooding = true;
  const samples = [];
  const poller = (async () => {
    for (let i = 0; flooding && i < ((DURATION + 5) * 1000) / POLL_MS; i++) {
      const t = performance.now() - t0;
      samples.push([t, (await throttleStats(api, install.install_id)).kv_writes - before.kv_writes]);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  })();
  let run;
  try {
    run = await runPaced({ ...req, rate, connections: CONNECTIONS, duration: DURATION });
  } finally {
    flooding = false;
    await poller;
  }
  const after = await throttleStats(api, install.install_id);

  const byStatus = new Map();
  for (const [, status] of run.responses) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  const admitted = byStatus.get(200) ?? 0;
  const throttled = byStatus.get(429) ?? 0;
  const other = [...byStatus].filter(([s]) => s !== 200 && s !== 429);
  const otherCount = other.reduce((n, [, c]) => n + c, 0);

  // Measured window: [WARMUP, DURATION) seconds after the flood began, by response completion.
  const windowS = DURATION - WARMUP;
  const inWindow = run.responses.filter(([t, s]) => s === 200 && t >= WARMUP * 1000 && t < DURATION * 1000).length;
  const admittedPerS = inWindow / windowS;
  const ratio = admittedPerS / limit;
  const perSecond = Array.from({ length: Math.ceil(run.elapsedMs / 1000) }, () => 0);
  for (const [t, s] of run.responses) if (s === 200) perSecond[Math.floor(t / 1000)] += 1;

  const elapsedS = run.elapsedMs / 1000;
  const kvWrites = after.kv_writes - before.kv_writes;
  const kvWritesPerS = kvWrites / elapsedS;
  // KV writes seen by the poller: a write lands between two reads; its time is taken as the later.
  const writeTimes = [];
  for (let i = 1; i < samples.length; i++)
    for (let n = samples[i - 1][1]; n < samples[i][1]; n++) writeTimes.push(samples[i][0]);
  const gaps = writeTimes.slice(1).map((t, i) => t - writeTimes[i]);
  const minGapMs = gaps.length ? Math.min(...gaps) : NaN;
  // Writes in the measured window [WARMUP, DURATION) s: the counter read at its end minus at its start.
  const counterAt = (ms) => samples.find(([t]) => t >= ms)?.[1] ?? kvWrites;
  const windowWrites = counterAt(DURATION * 1000) - counterAt(WARMUP * 1000);
  const windowWritesPerS = windowWrites / windowS;
  const serverAdmitted = after.admitted - before.admitted;
  const serverRejected = after.rejected - before.rejected;

  const accOk = Math.abs(ratio - 1) <= TOLERANCE;
  const kvOk = windowWritesPerS <= MAX_KV_WRITES_PER_S;
  const errors = otherCount + run.errors + run.timeouts;

  const lines = [
    `scenario: limit ${limit}/s, offered ${rate} req/s (${factor}x), ${DURATION} s, ${CONNECTIONS} connections`,
    `  throttle key                 ${after.key}`,
    `  responses                    ${run.responses.length} (200: ${admitted}, 429: ${throttled}, other: ${otherCount}${
      other.length ? ` [${other.map(([s, c]) => `${s}: ${c}`).join(", ")}]` : ""
    }; socket errors ${run.errors}, timeouts ${run.timeouts})`,
    `  offered (sent)               ${f1(run.total / elapsedS)} req/s over ${f2(elapsedS)} s`,
    `  admitted per second          ${perSecond.join(" ")}`,
    `  admitted/s, whole flood      ${f1(admitted / DURATION)} (${pct(admitted / DURATION / limit)} of limit; bound limit*(t+1)/t = ${f1(
      (limit * (DURATION + 1)) / DURATION,
    )})`,
    `  admitted/s, measured window  ${f1(admittedPerS)} over ${windowS} s (first ${WARMUP} s excluded) = ${pct(ratio)} of limit`,
    `  server counters (flood)      admitted ${serverAdmitted}, rejected ${serverRejected}, kv_lists ${
      after.kv_lists - before.kv_lists
    }, peers_rate ${after.peers_rate}${
      serverAdmitted + serverRejected > run.responses.length
        ? ` (${serverAdmitted + serverRejected - run.responses.length} more than the client counted: in flight when it stopped)`
        : ""
    }`,
    `  KV writes, whole flood       ${kvWrites} in ${f2(elapsedS)} s = ${f2(kvWritesPerS)} writes/s on one key (one isolate; ` +
      `a closed span of t s holds up to t+1 writes 1 s apart)`,
    `  KV writes, measured window   ${windowWrites} in ${windowS} s = ${f2(windowWritesPerS)} writes/s/key; ` +
      `shortest gap between writes ${Number.isNaN(minGapMs) ? "-" : Math.round(minGapMs)} ms (±${POLL_MS} ms, ${samples.length} polls)`,
    `  ${accOk && kvOk && errors === 0 ? "PASS" : "FAIL"}: admitted ${pct(ratio)} of limit (target 90-110 %) ${accOk ? "ok" : "MISSED"}; ` +
      `${f2(windowWritesPerS)} KV writes/s/key (target <= ${MAX_KV_WRITES_PER_S}) ${kvOk ? "ok" : "MISSED"}; errors ${errors}`,
  ];
  console.log(lines.join("\n") + "\n");
  return accOk && kvOk && errors === 0;
}

async function main() {
  let pass = true;
  await withThrowawayServer("edgehook-bench-throttle-", {}, async ({ api }) => {
    console.log(
      `edgehook throttle bench: Miniflare direct socket on 127.0.0.1 (one isolate), autocannon overallRate\n`,
    );
    for (const s of SCENARIOS) pass = (await scenario(api, s)) && pass;
    console.log(pass ? "overall: PASS" : "overall: FAIL");
  });
  return pass;
}

main().then(
  (pass) => process.exit(pass ? 0 : 2),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
