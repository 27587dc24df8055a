// `npm run crash`: kill -9 at random moments under load, restart on the same state, and count what
// was acknowledged, applied, lost and applied twice — for every acknowledged path of `npm start`:
//
//   sync        POST …/invoke                 200 after the device's write
//   wait=false  POST …/invoke?wait=false      202 after the event is kept (queue + spool)
//   mini-token  POST /m/{mini_token}?wait=false  204, likewise
//   processor   POST …/invoke (sync) to devices running the demo processor; applied = the
//               processor's `uplinks_today` tag (one per delivery), so this path counts the
//               outbox → deliveries queue → processor leg
//   downlinks   POST /api/agents/{id}/downlinks (202, Idempotency-Key) to HTTP devices (the
//               tracker's), DOWNLINKS of them while the events above are sent, and synchronous
//               uplinks from those devices all along (keyed, re-sent on no answer), whose answers
//               hand the queued downlinks out: every acknowledged downlink must come out in exactly
//               one answer (a replayed uplink's answer is the same answer), and read `sent`
//
// It runs `node scripts/start.mjs` (what `npm start` runs) in its own process group on throwaway
// state, sends EVENTS events per path from SENDERS concurrent senders per path, SIGKILLs the whole
// group KILLS times at random moments while they send (and once more right after the last answer),
// sends it CTRL_C SIGINTs (Ctrl-C in a terminal) at random moments too, and restarts it on the
// same state each time. A sender whose request got no answer (the process
// died under it) sends it again, with the same Idempotency-Key, once the server is back: what a
// webhook sender does. Afterwards it waits for the queues to drain and counts, on the devices,
// each event's effects. Not part of `npm test` (it takes a few minutes).
//
//   npm run crash
//   EVENTS=300 KILLS=2 npm run crash
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, apiClient } from "./lib/server.mjs";
import { trackerUplink } from "./lib/tracker-uplink.mjs";

const EVENTS = Number(process.env.EVENTS ?? 1000);
const KILLS = Number(process.env.KILLS ?? 5);
/** Ctrl-C (SIGINT to the whole process group, as a terminal sends it) under load, besides the kills. */
const CTRL_C = Number(process.env.CTRL_C ?? 1);
const SENDERS = Number(process.env.SENDERS ?? 10);
const DEVICES_PER_PATH = Number(process.env.DEVICES_PER_PATH ?? 5);
/** Give up waiting for the effects after this long without progress. */
const STALL_MS = Number(process.env.STALL_MS ?? 60_000);
const PATHS = ["sync", "wait=false", "mini-token", "processor"];
/** Downlinks queued under load (to DOWNLINK_DEVICES HTTP devices), and handed out in uplink answers. */
const DOWNLINKS = Number(process.env.DOWNLINKS ?? Math.max(12, Math.round(EVENTS / 10)));
const DOWNLINK_DEVICES = Number(process.env.DOWNLINK_DEVICES ?? 3);

const say = (line) => console.log(`[crash] ${line}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const scratch = await mkdtemp(path.join(tmpdir(), "edgehook-crash-"));
const logFile = path.join(scratch, "server.log");
const adminToken = `eha_${randomBytes(24).toString("base64url")}`;
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const api = apiClient(base, adminToken);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port: p } = srv.address();
      srv.close(() => resolve(p));
    });
  });
}

/** The server: `node scripts/start.mjs` in a process group of its own (workerd included). */
let server = null;
async function start() {
  const log = openSync(logFile, "a");
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "--port", String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      EDGEHOOK_STATE_DIR: path.join(scratch, "state"),
      EDGEHOOK_ADMIN_TOKEN: adminToken,
      WRANGLER_SEND_METRICS: "false",
    },
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  server = { child, exited };
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`${base}/`);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {}
    if (child.exitCode !== null || Date.now() > deadline) {
      const tail = (await readFile(logFile, "utf8")).split("\n").slice(-20).join("\n");
      throw new Error(`npm start did not become ready:\n${tail}`);
    }
    await sleep(100);
  }
}

/** SIGKILL (or another signal) to the whole group: node, wrangler's build if running, workerd. */
async function kill(signal = "SIGKILL") {
  const { child, exited } = server;
  server = null;
  try {
    process.kill(-child.pid, signal);
  } catch {}
  await exited;
  // workerd, in the same group, dies with it; wait until the port is free again.
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${base}/`);
    } catch {
      return;
    }
    await sleep(50);
  }
}

async function setUp() {
  const integration = await api("POST", "/api/control/installs", {
    app: "tracker_integration",
    display_name: "crash cloud",
    config: {
      dv_proc_ingestion: { cidr_ranges: ["127.0.0.0/8"], throttle: 1_000_000, mini_token: true },
      dv_proc_extended_permissions: { all_devices: true },
    },
  });
  const devices = {};
  for (const name of PATHS) {
    devices[name] = [];
    for (let d = 0; d < DEVICES_PER_PATH; d++) {
      const serial = `CRASH-${name.replace(/[^a-z]/g, "")}-${d}`;
      const agent = await api("POST", "/api/control/agents", { name: serial, serial_number: serial, type: "device" });
      const device = { id: agent.id, serial, acked: 0 };
      if (name === "processor") {
        const processor = await api("POST", "/api/control/installs", {
          app: "tracker_processor",
          agent_id: agent.id,
          display_name: `processor ${serial}`,
          config: {},
        });
        device.appKey = processor.app_key;
      }
      devices[name].push(device);
    }
  }
  const downlinkDevices = [];
  for (let d = 0; d < DOWNLINK_DEVICES; d++) {
    const serial = `CRASH-downlink-${d}`;
    const agent = await api("POST", "/api/control/agents", { name: serial, serial_number: serial, type: "device" });
    downlinkDevices.push({ id: agent.id, serial });
  }
  const local = (url) => url.replace(/^https?:\/\/[^/]+/, base);
  return {
    devices,
    downlinkDevices,
    targets: {
      sync: { url: local(integration.ingestion.url), ok: 200, auth: integration.ingestion.token },
      "wait=false": { url: `${local(integration.ingestion.url)}?wait=false`, ok: 202, auth: integration.ingestion.token },
      "mini-token": { url: `${local(integration.ingestion.mini_url)}?wait=false`, ok: 204, auth: null },
      processor: { url: local(integration.ingestion.url), ok: 200, auth: integration.ingestion.token },
    },
  };
}

const stats = Object.fromEntries(PATHS.map((p) => [p, { acked: 0, resent: 0 }]));
let answered = 0;

/** Sends event `i` of `name` until it is acknowledged (same Idempotency-Key every time). */
async function send(name, target, device, i) {
  const body = trackerUplink(device.serial, i);
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(target.url, {
        method: "POST",
        headers: {
          ...(target.auth ? { authorization: `Bearer ${target.auth}` } : {}),
          "content-type": "application/json",
          "cf-connecting-ip": "127.0.0.1",
          "idempotency-key": `${name}:${i}`,
        },
        body,
      });
      await res.arrayBuffer();
      if (res.status === target.ok) {
        device.acked++;
        stats[name].acked++;
        answered++;
        return;
      }
      // 503 `starting` while a restart seeds; anything else is a bug worth stopping for.
      if (res.status !== 503) throw new Error(`${name} event ${i}: HTTP ${res.status}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith(`${name} event`)) throw error;
    }
    if (attempt === 0) stats[name].resent++;
    await sleep(200);
  }
}

/** Applied effects per event, by path: message sequences on the devices, or processor counts. */
async function applied(devices) {
  const out = {};
  for (const name of PATHS) {
    const counts = new Map();
    let processed = 0;
    for (const device of devices[name]) {
      if (name === "processor") {
        const agg = await api("GET", `/api/agents/${device.id}/channels/tag_values/aggregate`).catch(() => null);
        const n = agg?.data?.[device.appKey]?.uplinks_today;
        device.processed = typeof n === "number" ? n : 0;
        processed += device.processed;
        continue;
      }
      const res = await fetch(`${base}/api/agents/${device.id}/channels/on_external_event/messages?limit=1000`, {
        headers: { authorization: `Bearer ${adminToken}` },
      });
      const list = res.status === 404 ? [] : await res.json();
      for (const m of list) counts.set(m.data.sequence, (counts.get(m.data.sequence) ?? 0) + 1);
    }
    if (name === "processor") {
      const lost = devices[name].reduce((n, d) => n + Math.max(0, d.acked - d.processed), 0);
      const twice = devices[name].reduce((n, d) => n + Math.max(0, d.processed - d.acked), 0);
      out[name] = { applied: processed - twice, lost, twice };
    } else {
      const twice = [...counts.values()].filter((n) => n > 1).length;
      out[name] = { applied: counts.size, lost: stats[name].acked - counts.size, twice };
    }
  }
  return out;
}

/** The downlink path: what was acknowledged (202) and what uplink answers handed out. */
const downlinks = { acked: new Map(), resent: 0, uplinks: 0, uplinksResent: 0, handed: new Map(), polling: true };

/** Queues downlink `i` until a 202 (the same Idempotency-Key every time; a full queue waits). */
async function queueDownlink(device, i) {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(`${base}/api/agents/${device.id}/downlinks`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${adminToken}`,
          "content-type": "application/json",
          "idempotency-key": `downlink:${i}`,
        },
        body: JSON.stringify({ f_port: 1 + (i % 223), data: Buffer.from(`dl-${i}`).toString("base64") }),
      });
      const text = await res.text();
      if (res.status === 202) {
        const { id, status } = JSON.parse(text);
        if (status !== "queued") throw new Error(`downlink ${i}: 202 with status ${status}`);
        downlinks.acked.set(id, device.id);
        return;
      }
      if (res.status !== 503 && !(res.status === 409 && text.includes("downlink_queue_full")))
        throw new Error(`downlink ${i}: HTTP ${res.status} ${text.slice(0, 200)}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("downlink ")) throw error;
    }
    if (attempt === 0) downlinks.resent++;
    await sleep(200);
  }
}

/**
 * A device's synchronous uplinks, keyed, each re-sent (same key) until answered: the ids its
 * answers carry, counted once per uplink (a replay answers the same list).
 */
async function pollDownlinks(target, device) {
  for (let j = 0; downlinks.polling; j++) {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(target.url, {
          method: "POST",
          headers: {
            authorization: `Bearer ${target.auth}`,
            "content-type": "application/json",
            "cf-connecting-ip": "127.0.0.1",
            "idempotency-key": `dl-uplink:${device.serial}:${j}`,
          },
          body: trackerUplink(device.serial, j),
        });
        const text = await res.text();
        if (res.status === 200) {
          downlinks.uplinks++;
          for (const d of JSON.parse(text).downlinks ?? []) downlinks.handed.set(d.id, (downlinks.handed.get(d.id) ?? 0) + 1);
          break;
        }
        if (res.status !== 503) throw new Error(`downlink uplink ${j}: HTTP ${res.status} ${text.slice(0, 200)}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith("downlink uplink")) throw error;
      }
      if (attempt === 0) downlinks.uplinksResent++;
      await sleep(200);
    }
    await sleep(100);
  }
}

/** Acknowledged downlinks handed out in no answer, in more than one, and not reading `sent`. */
async function downlinkResult() {
  const lost = [...downlinks.acked.keys()].filter((id) => !downlinks.handed.has(id));
  const twice = [...downlinks.handed].filter(([, n]) => n > 1).map(([id]) => id);
  const unknown = [...downlinks.handed.keys()].filter((id) => !downlinks.acked.has(id));
  const notSent = [];
  for (const [id, agent] of downlinks.acked) {
    const view = await api("GET", `/api/agents/${agent}/downlinks/${id}`).catch(() => null);
    if (view?.status !== "sent") notSent.push(`${id}: ${view?.status ?? "missing"}`);
  }
  return { lost, twice, unknown, notSent };
}

let failed = false;
try {
  say(`state in ${scratch}; ${EVENTS} events per path (${PATHS.join(", ")}), ${SENDERS} senders each, ${KILLS} kills`);
  await start();
  const { devices, downlinkDevices, targets } = await setUp();
  const total = EVENTS * PATHS.length;
  // Random moments under load: after a random share of the answers (not the first or last 5%).
  const moment = () => Math.floor(total * (0.05 + Math.random() * 0.9));
  const killAt = [
    ...Array.from({ length: KILLS }, () => ({ at: moment(), signal: "SIGKILL" })),
    ...Array.from({ length: CTRL_C }, () => ({ at: moment(), signal: "SIGINT" })),
  ].sort((a, b) => a.at - b.at);
  const started = Date.now();
  const senders = [];
  for (const name of PATHS) {
    let next = 0;
    const worker = async () => {
      for (;;) {
        const i = next++;
        if (i >= EVENTS) return;
        await send(name, targets[name], devices[name][i % DEVICES_PER_PATH], i);
      }
    };
    for (let s = 0; s < SENDERS; s++) senders.push(worker());
  }
  // Downlinks queued while the events are sent (two at a time), spread over the HTTP devices;
  // their uplinks poll all along, through the kills, until every acknowledged one came out.
  let nextDownlink = 0;
  const downlinkWorker = async () => {
    for (;;) {
      const i = nextDownlink++;
      if (i >= DOWNLINKS) return;
      await queueDownlink(downlinkDevices[i % DOWNLINK_DEVICES], i);
      await sleep(Math.random() * 100);
    }
  };
  senders.push(downlinkWorker(), downlinkWorker());
  const polling = Promise.all(downlinkDevices.map((d) => pollDownlinks(targets.sync, d)));
  const sending = Promise.all(senders);
  let done = false;
  sending.then(
    () => (done = true),
    () => (done = true),
  );
  let kills = 0;
  while (!done) {
    if (kills < killAt.length && answered >= killAt[kills].at) {
      const { signal } = killAt[kills];
      await kill(signal);
      kills++;
      say(`${signal === "SIGKILL" ? "kill -9" : "Ctrl-C"} #${kills} after ${answered} answers; restarting`);
      await start();
    }
    await sleep(5);
  }
  await sending;
  // The original measurement: right after the last answer.
  await kill();
  say(`kill -9 #${kills + 1} right after the last answer (${answered}); restarting`);
  await start();
  say(`sent in ${((Date.now() - started) / 1000).toFixed(1)} s; waiting for queues and processors`);

  let result;
  let last = "";
  let lastChange = Date.now();
  for (;;) {
    result = await applied(devices);
    const key = JSON.stringify(result);
    if (key !== last) {
      last = key;
      lastChange = Date.now();
    }
    const handedAll = [...downlinks.acked.keys()].every((id) => downlinks.handed.has(id));
    if ((PATHS.every((p) => result[p].lost === 0) && handedAll) || Date.now() - lastChange > STALL_MS) break;
    await sleep(1000);
  }
  // A duplicate re-sent late gets its chance to show (the uplinks still poll meanwhile).
  await sleep(6000);
  result = await applied(devices);
  downlinks.polling = false;
  await polling;
  const dl = await downlinkResult();

  console.log(`\n${"path".padEnd(12)} ${"acknowledged".padStart(12)} ${"applied".padStart(8)} ${"lost".padStart(5)} ${"twice".padStart(6)} ${"re-sent".padStart(8)}`);
  for (const name of PATHS) {
    const r = result[name];
    console.log(
      `${name.padEnd(12)} ${String(stats[name].acked).padStart(12)} ${String(r.applied).padStart(8)} ${String(r.lost).padStart(5)} ${String(r.twice).padStart(6)} ${String(stats[name].resent).padStart(8)}`,
    );
    if (r.lost !== 0 || r.twice !== 0) failed = true;
  }
  console.log(
    `${"downlinks".padEnd(12)} ${String(downlinks.acked.size).padStart(12)} ${String(downlinks.acked.size - dl.lost.length).padStart(8)} ${String(dl.lost.length).padStart(5)} ${String(dl.twice.length).padStart(6)} ${String(downlinks.resent).padStart(8)}`,
  );
  say(
    `downlinks: ${downlinks.acked.size} acknowledged (202) to ${DOWNLINK_DEVICES} HTTP devices, handed out by ${downlinks.uplinks} answered uplinks (${downlinks.uplinksResent} re-sent with their key); applied = in exactly one answer`,
  );
  if (dl.unknown.length) say(`downlinks handed out that were never acknowledged: ${dl.unknown.join(", ")}`);
  if (dl.notSent.length) say(`downlinks not reading sent: ${dl.notSent.join(", ")}`);
  if (dl.lost.length || dl.twice.length || dl.unknown.length || dl.notSent.length) failed = true;
  say(
    `${KILLS} kill -9 and ${CTRL_C} Ctrl-C under load, 1 kill -9 after the last answer; re-sent: requests unanswered when the process died, sent again`,
  );
  say(failed ? "FAILED: something acknowledged was lost or applied twice" : "ok: nothing acknowledged lost, nothing applied twice");
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  if (server) await kill();
  await rm(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
