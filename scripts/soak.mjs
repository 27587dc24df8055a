// `npm run soak`: the whole pipeline for a long while at half its measured capacity. Serves
// edgehook as `npm start` does (throwaway state), puts the demo processor on the bench's eight
// devices, measures the routed-uplink capacity (SOAK_PROBE_S seconds flat out), then sends
// uplinks at SOAK_SHARE of it for SOAK_MINUTES and prints, per minute, what was answered and how
// fast, workerd's resident memory, and how far the processors have got. Not part of `npm test`.
//
//   npm run soak                          30 minutes at 50 %
//   SOAK_MINUTES=5 SOAK_SHARE=0.5 npm run soak
import { readFileSync, readdirSync } from "node:fs";
import autocannon from "autocannon";
import { benchContext, CASES, EXTRA_WORKERS, prepareCase } from "./lib/bench-cases.mjs";
import { runLoad } from "./lib/load.mjs";
import { withThrowawayServer } from "./lib/server.mjs";

const MINUTES = Number(process.env.SOAK_MINUTES ?? 30);
const SHARE = Number(process.env.SOAK_SHARE ?? 0.5);
const PROBE_S = Number(process.env.SOAK_PROBE_S ?? 10);

const say = (line) => console.log(`[soak] ${line}`);

function workerdRssMb() {
  let kb = 0;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p)))
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      if (/^Name:\s*workerd/m.test(status)) kb += Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      // Gone meanwhile.
    }
  return kb / 1024;
}

/** One minute at `rate` req/s, the case's requests in turn. */
async function minute(req, rate) {
  const result = await autocannon({
    url: req.url,
    method: req.method,
    headers: req.headers,
    requests: req.requests?.map((r) => ({ method: req.method, ...r })),
    connections: Math.min(32, Math.max(1, Math.ceil(rate / 50))),
    overallRate: rate,
    duration: 60,
  });
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx + result.errors + result.timeouts,
  };
}

await withThrowawayServer("edgehook-soak-", { extraWorkers: EXTRA_WORKERS }, async ({ server, api, adminToken }) => {
  const ctx = await benchContext({ server, api, adminToken });
  for (const [serial, agentId] of ctx.devices)
    await api("POST", "/api/control/installs", {
      app: "tracker_processor",
      agent_id: agentId,
      display_name: `soak ${serial}`,
      config: {},
    });
  const uplink = CASES.find((c) => c.id === "uplink");
  const { req } = await prepareCase(uplink, ctx);
  const capacity = (await runLoad({ ...req, connections: 32, duration: PROBE_S })).rps;
  const rate = Math.max(1, Math.round(capacity * SHARE));
  say(`capacity ${capacity.toFixed(0)} uplinks/s (${PROBE_S} s flat out); soaking at ${rate}/s for ${MINUTES} min`);
  const processed = async () => {
    let n = 0;
    for (const agentId of ctx.devices.values()) {
      const agg = await api("GET", `/api/agents/${agentId}/channels/tag_values/aggregate`).catch(() => null);
      n += agg?.data?.tracker_processor_1?.uplinks_today ?? 0;
    }
    return n;
  };
  console.log("minute  req/s  p50 ms  p99 ms  max ms  non-2xx  workerd MB  processed (total)");
  const rows = [];
  for (let m = 1; m <= MINUTES; m++) {
    const r = await minute(req, rate);
    const row = { m, ...r, rss: workerdRssMb(), processed: await processed() };
    rows.push(row);
    console.log(
      [
        String(m).padStart(6),
        r.rps.toFixed(0).padStart(6),
        String(r.p50).padStart(7),
        String(r.p99).padStart(7),
        String(r.max).padStart(7),
        String(r.non2xx).padStart(8),
        row.rss.toFixed(0).padStart(11),
        String(row.processed).padStart(17),
      ].join("  "),
    );
  }
  const first = rows[0];
  const last = rows.at(-1);
  if (first && last)
    say(
      `memory ${first.rss.toFixed(0)} → ${last.rss.toFixed(0)} MB; p99 ${first.p99} → ${last.p99} ms; ` +
        `non-2xx ${rows.reduce((n, r) => n + r.non2xx, 0)} in ${rows.reduce((n, r) => n + r.rps * 60, 0).toFixed(0)} requests`,
    );
});
