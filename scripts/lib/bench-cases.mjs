// The cases of `npm run bench` and how each is set up: the workers served beside edgehook, the
// devices and installs a case needs, and the request(s) it sends. Shared by scripts/bench.mjs and
// scripts/profile.mjs, so a profile loads a case exactly as the bench measures it.
import { createHmac } from "node:crypto";
import path from "node:path";
import { ROOT } from "./server.mjs";

const SETUP_CONCURRENCY = 8; // requests in flight while creating devices and checking routes
const SMALL_BODY = JSON.stringify({ pump: { on: true, rpm: 1450 }, battery: 3.91 });
const JSON_HEADERS = { "content-type": "application/json" };
const BENCH_SIGNING_KEY = "edgehook-bench-signing-key";
const bearer = (ctx) => ({ authorization: `Bearer ${ctx.token}` });

/** `count` serial numbers `${prefix}0001`, `${prefix}0002`, … */
const serials = (prefix, count) =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(4, "0")}`);
const EIGHT_DEVICES = serials("BENCH-", 8);
const THOUSAND_DEVICES = serials("BENCH-1-", 1000);

/** The demo tracker's uplink (src/apps/tracker), routed by `device_id`. */
export const uplinkBody = (serial) =>
  JSON.stringify({ device_id: serial, position: { lat: -33.86, lon: 151.21 }, battery: { percent: 87 } });

/** The same bodies, one per device, that the 8-device uplink cases send (floors route on them too). */
const EIGHT_UPLINKS = EIGHT_DEVICES.map((serial) => ({ headers: JSON_HEADERS, body: uplinkBody(serial) }));
const THOUSAND_UPLINKS = THOUSAND_DEVICES.map((serial) => ({ headers: JSON_HEADERS, body: uplinkBody(serial) }));

/** The workers served beside edgehook; a case names one in `worker`. The floors import the bare HMAC. */
const script = (file) => path.join(ROOT, "scripts", file);
/**
 * Server options of the bench and the profiler: the deployed design, so without the local queue
 * spool (src/agent/queue-spool.ts; Cloudflare's Queues are durable), against the floors' plain queue sends.
 */
export const BENCH_VARS = { EDGEHOOK_QUEUE_SPOOL: "", EDGEHOOK_BENCH_ROWS: "on" };

export const EXTRA_WORKERS = [
  { name: "bare", scriptPath: script("bare-worker.js") },
  {
    name: "durable-floor",
    scriptPath: script("durable-floor-worker.js"),
    imports: [script("bare-worker.js")],
    durableObjects: { FLOOR_DEVICE: "FloorDevice" },
  },
  {
    name: "fanout-floor",
    scriptPath: script("fanout-floor-worker.js"),
    durableObjects: { FANOUT_ROOM: "FanoutRoom" },
  },
  {
    name: "queue-floor",
    scriptPath: script("queue-floor-worker.js"),
    imports: [script("bare-worker.js")],
    queues: { FLOOR_QUEUE: "bench-floor" },
  },
];

/** Runs `fn` on every item, `limit` at a time (setup work, which is not measured). */
async function inPool(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Device agents with these serial numbers (created once per run); returns their ids in order. */
export async function ensureDevices(ctx, wanted) {
  const missing = wanted.filter((serial) => !ctx.devices.has(serial));
  await inPool(missing, SETUP_CONCURRENCY, async (serial) => {
    const agent = await ctx.api("POST", "/api/control/agents", {
      name: serial.toLowerCase(),
      serial_number: serial,
      type: "device",
    });
    ctx.devices.set(serial, agent.id);
  });
  return wanted.map((serial) => ctx.devices.get(serial));
}

/**
 * Every request once with `json_response=true`: each must be routed to its own device (the full
 * path: tags, channel message, invocation log), not to the unknown-serial branch.
 */
export async function checkRouting(ctx, pathname, requests, agentIds) {
  const url = `${ctx.urls.edgehook}${pathname}?json_response=true`;
  await inPool([...requests.keys()], SETUP_CONCURRENCY, async (i) => {
    const res = await fetch(url, { method: "POST", ...requests[i] });
    const text = await res.text();
    if (res.status !== 200 || JSON.parse(text).agent_id !== agentIds[i])
      throw new Error(`uplink ${i} not routed to device ${agentIds[i]} -> ${res.status}: ${text.slice(0, 300)}`);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * After a queued case: waits until the consumer has worked off the backlog, so it does not run
 * into the next case, and says how long past the load that took (a queued rate the consumer
 * cannot follow only grows a backlog). `snapshot()` shows the consumer's progress; the backlog is
 * done when it has not changed for 2 s (longer than a batch's 1 s timeout).
 */
async function backlogDone(snapshot) {
  const started = performance.now();
  let last;
  let changedAt = started;
  while (performance.now() - changedAt < 2000) {
    if (performance.now() - started > 600_000) return "its consumer was still busy 10 min after the load";
    const seen = JSON.stringify(await snapshot());
    if (seen !== last) [last, changedAt] = [seen, performance.now()];
    await sleep(250);
  }
  return `its consumer finished the backlog ${((changedAt - started) / 1000).toFixed(1)} s after the load`;
}

/**
 * An install of the demo tracker integration allowing 127.0.0.1 with a throttle far above any
 * local rate (throughput, not throttling, is measured); `signed`: it checks `x-hmac-sha256`.
 * Returns its ingestion path, the headers an uplink to it carries, and its id.
 */
export async function trackerInstall(ctx, displayName, { signed = false } = {}) {
  const install = await ctx.api("POST", "/api/control/installs", {
    app: "tracker_integration",
    display_name: displayName,
    config: {
      dv_proc_ingestion: {
        cidr_ranges: ["127.0.0.0/8", "::1/128"],
        throttle: 1e9,
        ...(signed ? { signing_key: BENCH_SIGNING_KEY } : {}),
      },
      dv_proc_extended_permissions: { all_devices: true },
    },
  });
  const headers = {
    ...JSON_HEADERS,
    authorization: `Bearer ${install.ingestion.token}`,
    "cf-connecting-ip": "127.0.0.1", // locally nothing sets it; in production Cloudflare does
  };
  return { pathname: new URL(install.ingestion.url).pathname, headers, installId: install.install_id };
}

/**
 * An ingestion case: an install of the demo tracker integration (trackerInstall) and one uplink
 * per device, sent in turn. `signed`: each body carries its `x-hmac-sha256`; `wait: false`:
 * answered 202 once queued, and the case waits for the queue to drain afterwards.
 */
function ingestCase(id, name, { devices, signed = false, wait = true }) {
  async function setup(ctx) {
    const agentIds = await ensureDevices(ctx, devices);
    const { pathname, headers, installId } = await trackerInstall(ctx, `bench ${id}`, { signed });
    const requests = devices.map((serial) => {
      const body = uplinkBody(serial);
      if (!signed) return { headers, body };
      return {
        headers: { ...headers, "x-hmac-sha256": createHmac("sha256", BENCH_SIGNING_KEY).update(body).digest("hex") },
        body,
      };
    });
    await checkRouting(ctx, pathname, requests, agentIds);
    return { path: wait ? pathname : `${pathname}?wait=false`, requests, installId };
  }
  // Edgehook's consumer logs each event it handles: the newest entry shows its progress.
  const after = (ctx, { installId }) =>
    backlogDone(() => ctx.api("GET", `/api/control/installs/${installId}/invocations?limit=1`));
  return { id, name, method: "POST", setup, ...(wait ? {} : { after }) };
}

/** The history series case: 10,000 reports 5 minutes apart (a full journal: MESSAGE_RETENTION). */
const SERIES_REPORTS = 10_000;
const FIVE_MIN = 5 * 60_000;
const SERIES_DAYS = 7;

/**
 * A device with a full journal, its reports written with explicit times (`ts`) up to now, in order
 * (ids are strictly increasing, so one at a time). Returns the series path: the last 7 days at
 * 5-minute buckets (2,016 points).
 */
async function seriesDevice(ctx) {
  const [agentId] = await ensureDevices(ctx, ["BENCH-SERIES-0001"]);
  const last = Math.floor(Date.now() / FIVE_MIN) * FIVE_MIN - FIVE_MIN;
  const first = last - (SERIES_REPORTS - 1) * FIVE_MIN;
  const url = (rest) => `${ctx.urls.edgehook}/api/agents/${agentId}/channels/uplinks${rest}`;
  const headers = { authorization: `Bearer ${ctx.adminToken}`, ...JSON_HEADERS };
  for (let i = 0; i < SERIES_REPORTS; i++) {
    const body = JSON.stringify({ data: { temperature: 20 + (i % 17) / 2, battery: { percent: 90 - (i % 50) } }, ts: first + i * FIVE_MIN });
    const res = await fetch(url("/messages"), { method: "POST", headers, body });
    if (res.status !== 201) throw new Error(`series setup: message ${i} -> ${res.status}: ${await res.text()}`);
  }
  const from = last - SERIES_DAYS * 24 * 3_600_000 + 1;
  return { path: `/api/agents/${agentId}/channels/uplinks/series?field=temperature&bucket=5m&from=${from}&to=${last}`, url };
}

/**
 * A case: `id` names it in TARGETS; `worker` is the served worker to load ("edgehook" unless
 * named); `path`, `headers`, `body` and `requests` (entries `{ headers, body }` sent in turn) may
 * be functions of the bench context. `setup(ctx)` runs once before the case and may return any of
 * those four (and more for `after`); `after(ctx, prepared)` runs once after the load, with what
 * `setup` returned, and may return a note to print. `ctx`: `{ api, urls, adminToken, devices,
 * agentId, token }` (`api(method, path, body)` is an admin client, `devices` maps serial numbers
 * to agent ids). Exactly one case is the `baseline` the others are compared with. Cases run in
 * this order.
 */
export const CASES = [
  {
    id: "bare",
    name: "bare worker: HMAC-SHA256 of the body",
    baseline: true,
    worker: "bare",
    method: "POST",
    path: "/",
    headers: JSON_HEADERS,
    body: SMALL_BODY,
  },
  {
    id: "read",
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
    id: "patch",
    name: "aggregate PATCH (small body)",
    method: "PATCH",
    path: (ctx) => `/api/agents/${ctx.agentId}/channels/bench_patch/aggregate`,
    headers: (ctx) => ({ ...bearer(ctx), ...JSON_HEADERS }),
    body: SMALL_BODY,
  },
  {
    id: "durable-floor",
    name: "durable floor: HMAC + 1 DO SQLite write (8 objects)",
    worker: "durable-floor",
    method: "POST",
    path: "/",
    requests: EIGHT_UPLINKS,
  },
  ingestCase("uplink", "ingest: tracker uplink, 8 devices (JSON, routed)", { devices: EIGHT_DEVICES }),
  ingestCase("uplink-signed", "ingest: tracker uplink, 8 devices, HMAC-signed", {
    devices: EIGHT_DEVICES,
    signed: true,
  }),
  // The same floor over 1,000 objects: what spreading writes over more objects costs by itself
  // locally (each object's commits are its own SQLite file's fsyncs; 4 requests to one of 8
  // objects share a commit, 1 request to one of 1,000 does not).
  {
    id: "durable-floor-1000",
    name: "durable floor: HMAC + 1 DO SQLite write (1,000 objects)",
    worker: "durable-floor",
    method: "POST",
    path: "/",
    requests: THOUSAND_UPLINKS,
  },
  ingestCase("uplink-1000", "ingest: tracker uplink, 1,000 devices", { devices: THOUSAND_DEVICES }),
  // One client's chart query (1 connection: its latency, not a queue of 32 at one object), and the
  // rows it read (x-edgehook-rows-read, sent only under EDGEHOOK_BENCH_ROWS).
  {
    id: "series",
    name: "history: 7-day series at 5-minute buckets (2,016 points), full journal",
    method: "GET",
    connections: 1,
    headers: (ctx) => ({ authorization: `Bearer ${ctx.adminToken}` }),
    setup: seriesDevice,
    async after(ctx, { path }) {
      const res = await fetch(`${ctx.urls.edgehook}${path}`, { headers: { authorization: `Bearer ${ctx.adminToken}` } });
      const body = await res.json();
      return `${body.points.length} points, ${res.headers.get("x-edgehook-rows-read") ?? "?"} rows read (of ${SERIES_REPORTS} in the journal)`;
    },
  },
  // Queued cases last: edgehook's consumer may still be working through their backlog afterwards.
  {
    id: "queue-floor",
    name: "queue floor: HMAC + 1 queue message",
    worker: "queue-floor",
    method: "POST",
    path: "/",
    requests: EIGHT_UPLINKS,
    after: (ctx) => backlogDone(async () => (await fetch(ctx.urls["queue-floor"])).json()),
  },
  ingestCase("uplink-queued", "ingest: tracker uplink, 8 devices, ?wait=false", {
    devices: EIGHT_DEVICES,
    wait: false,
  }),
];

/**
 * What the server work aims at, as a ratio of two cases' `metric` in the same run: `of` ÷ `per`,
 * at least `min` or at most `max`. Selecting `of` also runs `per`.
 */
export const TARGETS = [
  { label: "uplink (8 devices) req/s ÷ durable floor", of: "uplink", per: "durable-floor", metric: "rps", min: 0.8 },
  { label: "uplink (8 devices) p99 ÷ durable floor", of: "uplink", per: "durable-floor", metric: "p99", max: 2 },
  { label: "?wait=false req/s ÷ queue floor", of: "uplink-queued", per: "queue-floor", metric: "rps", min: 0.8 },
  { label: "1,000 devices req/s ÷ 8 devices", of: "uplink-1000", per: "uplink", metric: "rps", min: 1.0 },
  // Not a target: the same ratio for the bare floor, measured beside it, explains a miss above.
  {
    label: "(floor: 1,000 objects ÷ 8 objects)",
    of: "durable-floor-1000",
    per: "durable-floor",
    metric: "rps",
    min: 1.0,
  },
  {
    label: "1,000 devices req/s ÷ durable floor (1,000 objects)",
    of: "uplink-1000",
    per: "durable-floor-1000",
    metric: "rps",
    min: 0.8,
  },
];

/**
 * The bench context a server needs before any case runs: the eight devices and a write token for
 * the first (see CASES for what `ctx` holds).
 */
export async function benchContext({ server, api, adminToken }) {
  const ctx = { api, urls: server.urls, adminToken, devices: new Map() };
  [ctx.agentId] = await ensureDevices(ctx, EIGHT_DEVICES);
  ({ token: ctx.token } = await api("POST", "/api/control/tokens", {
    grants: [{ agent_id: ctx.agentId, permission: "write" }],
  }));
  return ctx;
}

const value = (v, ctx) => (typeof v === "function" ? v(ctx) : v);

/** One request first: a case that answers an error would only measure the error path. */
async function probe(req) {
  const first = { ...req, ...req.requests?.[0] };
  const res = await fetch(req.url, { method: first.method, headers: first.headers, body: first.body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${first.method} ${req.url} -> ${res.status}: ${text.slice(0, 300)}`);
}

/**
 * Runs the case's setup and returns the load it sends (`req`, for runLoad, after one probe
 * answered 2xx) and what `setup` returned (`prepared`, for the case's `after`).
 */
export async function prepareCase(c, ctx) {
  const prepared = (await c.setup?.(ctx)) ?? {};
  const field = (name) => value(prepared[name] ?? c[name], ctx);
  const req = {
    url: `${ctx.urls[c.worker ?? "edgehook"]}${field("path")}`,
    method: c.method ?? "GET",
    headers: field("headers") ?? {},
    body: field("body"),
    requests: field("requests"),
  };
  await probe(req);
  return { req, prepared };
}
