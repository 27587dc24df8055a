// `npm run fault:processors`: the integration + processor pattern under faults. Serves edgehook the
// way `npm start` does (Miniflare, throwaway state) with the demo processor's first attempts
// failing at random (EDGEHOOK_FAULTS, src/shared/faults.ts), sends UPLINKS tracker uplinks through the
// demo integration to DEVICES devices running the demo processor, restarts every device's Durable
// Object (memory dropped, rebuilt from storage) RESTARTS times mid-run, waits for the processors to
// catch up, and prints what was accepted, processed, doubled and lost. Not a timed test.
//
//   npm run fault:processors
//   UPLINKS=2000 DEVICES=20 THROW_SHARE=0.5 npm run fault:processors
//
// Accepted: 200 from the integration. Processed (in effect): the sum over devices of the demo
// processor's `uplinks_today` tag, which each delivery increments once. Per device, a count above
// the uplinks accepted for it is a duplicate in effect; below, a loss.
import { withThrowawayServer } from "./lib/server.mjs";
import { trackerUplink } from "./lib/tracker-uplink.mjs";

const UPLINKS = Number(process.env.UPLINKS ?? 10_000);
const DEVICES = Number(process.env.DEVICES ?? 50);
const THROW_SHARE = Number(process.env.THROW_SHARE ?? 0.2);
const RESTARTS = Number(process.env.RESTARTS ?? 3);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
/** Give up waiting for the processors after this long without progress. */
const STALL_MS = Number(process.env.STALL_MS ?? 60_000);

const say = (line) => console.log(`[fault] ${line}`);

async function setUp(api) {
  const devices = [];
  for (let d = 0; d < DEVICES; d++) {
    const serial = `FAULT-${String(d).padStart(4, "0")}`;
    const agent = await api("POST", "/api/control/agents", { name: serial, serial_number: serial, type: "device" });
    const processor = await api("POST", "/api/control/installs", {
      app: "tracker_processor",
      agent_id: agent.id,
      display_name: `processor ${serial}`,
      config: {},
    });
    devices.push({ id: agent.id, serial, appKey: processor.app_key, accepted: 0 });
  }
  const integration = await api("POST", "/api/control/installs", {
    app: "tracker_integration",
    display_name: "fault cloud",
    config: {
      dv_proc_ingestion: { cidr_ranges: ["127.0.0.0/8"], throttle: 1_000_000 },
      dv_proc_extended_permissions: { all_devices: true },
    },
  });
  return { devices, integration };
}

/** Sends one uplink until it is answered (a 5xx or a dropped connection is retried: same event id). */
async function send(url, token, device, i) {
  const body = trackerUplink(device.serial, i);
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "cf-connecting-ip": "127.0.0.1",
          "idempotency-key": `uplink-${i}`,
        },
        body,
      });
      await res.arrayBuffer();
      if (res.status === 200) return true;
      if (res.status < 500 || attempt >= 20) return false;
    } catch {
      if (attempt >= 20) return false;
    }
    await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
  }
}

async function processedOf(api, device) {
  try {
    const agg = await api("GET", `/api/agents/${device.id}/channels/tag_values/aggregate`);
    const n = agg?.data?.[device.appKey]?.uplinks_today;
    return typeof n === "number" ? n : 0;
  } catch (error) {
    if (error.status === 404) return 0;
    throw error;
  }
}

await withThrowawayServer(
  "edgehook-fault-",
  { vars: { EDGEHOOK_FAULTS: `processor_first_attempt_throws=${THROW_SHARE}` } },
  async ({ server, api }) => {
    say(`served at ${server.url}; ${DEVICES} devices, ${UPLINKS} uplinks, ${THROW_SHARE * 100}% of first attempts throw`);
    const { devices, integration } = await setUp(api);
    const url = integration.ingestion.url.replace(/^https?:\/\/[^/]+/, server.url);
    const restartAt = new Set(Array.from({ length: RESTARTS }, (_, k) => Math.floor((UPLINKS * (k + 1)) / (RESTARTS + 1))));
    let next = 0;
    let restarts = 0;
    const started = Date.now();
    async function worker() {
      for (;;) {
        const i = next++;
        if (i >= UPLINKS) return;
        if (restartAt.has(i)) {
          restarts++;
          await Promise.all(devices.map((d) => api("POST", `/api/control/agents/${d.id}/restart`)));
          say(`restarted all ${DEVICES} device objects at uplink ${i}`);
        }
        const device = devices[i % devices.length];
        if (await send(url, integration.ingestion.token, device, i)) device.accepted++;
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const accepted = devices.reduce((n, d) => n + d.accepted, 0);
    say(`sent in ${((Date.now() - started) / 1000).toFixed(1)} s; waiting for the processors`);

    let counts = [];
    let last = -1;
    let lastChange = Date.now();
    for (;;) {
      counts = await Promise.all(devices.map((d) => processedOf(api, d)));
      const total = counts.reduce((a, b) => a + b, 0);
      if (total !== last) {
        last = total;
        lastChange = Date.now();
      }
      if (counts.every((n, k) => n >= devices[k].accepted) || Date.now() - lastChange > STALL_MS) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    // Anything still in flight (a duplicate re-send) gets its chance to show.
    await new Promise((r) => setTimeout(r, 3000));
    counts = await Promise.all(devices.map((d) => processedOf(api, d)));
    const processed = counts.reduce((a, b) => a + b, 0);
    const doubled = counts.reduce((n, c, k) => n + Math.max(0, c - devices[k].accepted), 0);
    const lost = counts.reduce((n, c, k) => n + Math.max(0, devices[k].accepted - c), 0);
    let deadLetters = 0;
    for (const inst of await api("GET", "/api/control/installs"))
      deadLetters += (await api("GET", `/api/control/installs/${inst.install_id}/dead_letters`)).length;
    console.log(
      [
        "",
        `uplinks sent        ${UPLINKS}`,
        `accepted (200)      ${accepted}`,
        `processed (effect)  ${processed}`,
        `duplicates in effect ${doubled}`,
        `lost                ${lost}`,
        `dead letters        ${deadLetters}`,
        `object restarts     ${restarts} × ${DEVICES} devices`,
        `elapsed             ${((Date.now() - started) / 1000).toFixed(1)} s`,
        "",
      ].join("\n"),
    );
    process.exitCode = doubled === 0 && lost === 0 && accepted === UPLINKS ? 0 : 1;
  },
);
