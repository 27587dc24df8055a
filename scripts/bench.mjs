// `npm run bench`: serves edgehook the way `npm start` does (Miniflare, direct socket) on a
// throwaway state directory, beside a bare HMAC worker served the same way, and measures each
// case with autocannon on 127.0.0.1. Prints req/s, p50/p99 latency and the ratio to the bare one.
//
//   npm run bench                      every case
//   npm run bench -- aggregate         only cases whose name contains "aggregate" (+ baseline)
//   BENCH_DURATION=10 BENCH_CONNECTIONS=64 npm run bench
//
// To add a case, append to CASES (the ingestion cases are pushed after it).
import { createHmac } from "node:crypto";
import path from "node:path";
import { runLoad } from "./lib/load.mjs";
import { ROOT, withThrowawayServer } from "./lib/server.mjs";

const DURATION = Number(process.env.BENCH_DURATION ?? 5); // seconds per case
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1); // seconds per case, not measured
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

const SMALL_BODY = JSON.stringify({ pump: { on: true, rpm: 1450 }, battery: 3.91 });
const JSON_HEADERS = { "content-type": "application/json" };
const bearer = (ctx) => ({ authorization: `Bearer ${ctx.token}` });

/**
 * A case: `worker` is the served worker to load ("edgehook" or "bare"); `path`, `headers` and
 * `body` may be functions of the bench context; `setup(ctx)` runs once before the case. `ctx`:
 * `{ api, urls, adminToken, agentId, token }` (`api(method, path, body)` is an admin client).
 * Exactly one case is the `baseline` the others are compared with.
 */
const CASES = [
  {
    name: "bare worker: HMAC-SHA256 of the body",
    baseline: true,
    worker: "bare",
    method: "POST",
    path: "/",
    headers: JSON_HEADERS,
    body: SMALL_BODY,
  },
  {
    name: "data plane read: GET aggregate",
    method: "GET",
    path: (ctx) => `/api/agents/${ctx.agentId}/channels/tag_values/aggregate`,
    headers: bearer,
    async setup(ctx) {
      // The channel must exist (a read of a missing one is a 404).
      const res = await fetch(`${ctx.urls.edgehook}/api/agents/${ctx.agentId}/channels/tag_values/aggregate`, {
        method: "PUT",
        headers: { ...bearer(ctx), ...JSON_HEADERS },
        body: SMALL_BODY,
      });
      if (!res.ok) throw new Error(`setup PUT aggregate -> ${res.status}: ${await res.text()}`);
    },
  },
  {
    name: "aggregate PATCH (small body)",
    method: "PATCH",
    path: (ctx) => `/api/agents/${ctx.agentId}/channels/bench_patch/aggregate`,
    headers: (ctx) => ({ ...bearer(ctx), ...JSON_HEADERS }),
    body: SMALL_BODY,
  },
];

const UPLINK_BODY = JSON.stringify({
  device_id: "BENCH-0001",
  position: { lat: -33.86, lon: 151.21 },
  battery: { percent: 87 },
});
const BENCH_SIGNING_KEY = "edgehook-bench-signing-key";

/**
 * Setup of an ingestion case: an install of the demo tracker integration allowing 127.0.0.1 with a
 * throttle far above any local rate (throughput, not throttling, is measured), then one uplink
 * with `json_response=true` to check it is routed to the seeded device (the full path: tags,
 * channel message, invocation log), not the unknown-serial one. Sets `ctx.ingest[name]`.
 */
function ingestSetup(name, { signed }) {
  return async function setup(ctx) {
    const install = await ctx.api("POST", "/api/control/installs", {
      app: "tracker_integration",
      display_name: `bench ${name}`,
      config: {
        dv_proc_ingestion: {
          cidr_ranges: ["127.0.0.0/8", "::1/128"],
          throttle: 1e9,
          ...(signed ? { signing_key: BENCH_SIGNING_KEY } : {}),
        },
        dv_proc_extended_permissions: { all_devices: true },
      },
    });
    const url = new URL(install.ingestion.url);
    const headers = {
      ...JSON_HEADERS,
      authorization: `Bearer ${install.ingestion.token}`,
      "cf-connecting-ip": "127.0.0.1", // locally nothing sets it; in production Cloudflare does
      ...(signed ? { "x-hmac-sha256": createHmac("sha256", BENCH_SIGNING_KEY).update(UPLINK_BODY).digest("hex") } : {}),
    };
    const res = await fetch(`${ctx.urls.edgehook}${url.pathname}?json_response=true`, {
      method: "POST",
      headers,
      body: UPLINK_BODY,
    });
    const text = await res.text();
    if (res.status !== 200 || JSON.parse(text).agent_id !== ctx.agentId)
      throw new Error(`setup ${name}: uplink not routed to the seeded device -> ${res.status}: ${text.slice(0, 300)}`);
    ctx.ingest = { ...ctx.ingest, [name]: { path: url.pathname, headers } };
  };
}

CASES.push(
  {
    name: "ingest: tracker uplink (JSON, routed)",
    method: "POST",
    path: (ctx) => ctx.ingest.plain.path,
    headers: (ctx) => ctx.ingest.plain.headers,
    body: UPLINK_BODY,
    setup: ingestSetup("plain", { signed: false }),
  },
  {
    name: "ingest: tracker uplink, HMAC-signed",
    method: "POST",
    path: (ctx) => ctx.ingest.signed.path,
    headers: (ctx) => ctx.ingest.signed.headers,
    body: UPLINK_BODY,
    setup: ingestSetup("signed", { signed: true }),
  },
);

const value = (v, ctx) => (typeof v === "function" ? v(ctx) : v);

/** One request first: a case that answers an error would only measure the error path. */
async function probe(url, c) {
  const res = await fetch(url, { method: c.method, headers: c.headers, body: c.body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${c.method} ${url} -> ${res.status}: ${text.slice(0, 300)}`);
}

const ms = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(2));

function table(rows) {
  const head = ["case", "req/s", "p50 ms", "p99 ms", "vs bare", "non-2xx"];
  const body = rows.map((r) => [
    r.name,
    r.rps.toFixed(0),
    ms(r.p50),
    ms(r.p99),
    r.ratio === undefined ? "-" : `${(r.ratio * 100).toFixed(0)}%`,
    String(r.non2xx + r.errors + r.timeouts),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

async function main() {
  const filters = process.argv.slice(2).map((f) => f.toLowerCase());
  const cases = CASES.filter(
    (c) => c.baseline || filters.length === 0 || filters.some((f) => c.name.toLowerCase().includes(f)),
  );

  const extraWorkers = [{ name: "bare", scriptPath: path.join(ROOT, "scripts", "bare-worker.js") }];
  await withThrowawayServer("edgehook-bench-", { extraWorkers }, async ({ server, api, adminToken }) => {
    const agent = await api("POST", "/api/control/agents", {
      name: "bench-1",
      serial_number: "BENCH-0001",
      type: "device",
    });
    const { token } = await api("POST", "/api/control/tokens", {
      grants: [{ agent_id: agent.id, permission: "write" }],
    });
    const ctx = { api, urls: server.urls, adminToken, agentId: agent.id, token };

    console.log(
      `edgehook bench: ${CONNECTIONS} connections, ${WARMUP}s warm-up + ${DURATION}s per case, Miniflare direct sockets on 127.0.0.1\n`,
    );
    const rows = [];
    for (const c of cases) {
      await c.setup?.(ctx);
      const req = {
        url: `${server.urls[c.worker ?? "edgehook"]}${value(c.path, ctx)}`,
        method: c.method ?? "GET",
        headers: value(c.headers, ctx) ?? {},
        body: value(c.body, ctx),
      };
      await probe(req.url, req);
      if (WARMUP > 0) await runLoad({ ...req, connections: CONNECTIONS, duration: WARMUP });
      const r = await runLoad({ ...req, connections: CONNECTIONS, duration: DURATION });
      rows.push({ name: c.name, baseline: c.baseline, ...r });
      console.log(`  ${c.name}: ${r.rps.toFixed(0)} req/s`);
    }
    const base = rows.find((r) => r.baseline);
    for (const r of rows) if (!r.baseline && base) r.ratio = r.rps / base.rps;
    console.log(`\n${table(rows)}`);
  });
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
