// Cold wake for `npm run bench` (issue 18): devices report every few minutes, so each report meets
// a Durable Object that was evicted, holding a full journal (MESSAGE_RETENTION, 10,000 entries in
// production). Through the public HTTP API only: fills DEVICES devices with EVENTS uplinks each
// ("full") and DEVICES with SMALL_EVENTS ("small"), restarts the server on the same state (every
// Durable Object and the isolate cold), then sends one uplink to a pilot device (it takes the
// isolate's own warm-up, reported apart) and the first uplink to each device, one at a time, full
// and small interleaved, each timed from this process; then a second uplink to each (warm), for
// reference. ROUNDS restarts, samples pooled.
//
//   npm run bench -- cold
//   COLD_DEVICES=8 COLD_EVENTS=10500 COLD_ROUNDS=3 npm run bench -- cold
import { ensureDevices, checkRouting, trackerInstall, uplinkBody } from "./bench-cases.mjs";
import { runLoad } from "./load.mjs";

/** Devices of each kind. */
const DEVICES = Number(process.env.COLD_DEVICES ?? 4);
/** Uplinks per full device (production retention keeps 10,000 journal entries). */
const EVENTS = Number(process.env.COLD_EVENTS ?? 10_500);
/** Uplinks per small device. */
const SMALL_EVENTS = Number(process.env.COLD_SMALL_EVENTS ?? 10);
/** Restarts, each followed by one cold and one warm uplink per device. */
const ROUNDS = Number(process.env.COLD_ROUNDS ?? 4);
/** Connections of the fill (autocannon). */
const FILL_CONNECTIONS = Number(process.env.COLD_FILL_CONNECTIONS ?? 30);
/** Pause between measured uplinks (ms): each one's background work is done before the next. */
const GAP_MS = Number(process.env.COLD_GAP_MS ?? 100);
/** The target: a full device's first uplink after a restart at most this × a small one's … */
const TARGET_RATIO = 1.5;
/** … or at most this many ms more (medians). */
const TARGET_EXTRA_MS = 20;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const serials = (prefix, count) =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(2, "0")}`);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const max = (values) => Math.max(...values);
const fmt = (v) => v.toFixed(1);
const count = (n) => n.toLocaleString("en-US");

/**
 * `events` uplinks to each of `devices` (`{ serial }`), over at most FILL_CONNECTIONS connections:
 * every connection sends each device the same number, so each gets exactly the returned count
 * (`events`, unless no divisor of it is near FILL_CONNECTIONS: then rounded up to a multiple of
 * the connections). Throws unless every answer was 200.
 */
async function fill(url, headers, devices, events) {
  const most = Math.min(FILL_CONNECTIONS, events);
  let connections = most;
  while (events % connections !== 0) connections--;
  if (connections < most / 2) connections = most;
  const perConnection = Math.ceil(events / connections);
  const requests = devices.map(({ serial }) => ({ headers, body: uplinkBody(serial) }));
  const amount = connections * perConnection * devices.length;
  const started = performance.now();
  const r = await runLoad({ url, method: "POST", requests, connections, amount });
  const seconds = (performance.now() - started) / 1000;
  const failed = r.non2xx + r.errors + r.timeouts;
  if (failed > 0 || r.total !== amount)
    throw new Error(
      `fill: ${r.total} of ${amount} uplinks answered, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`,
    );
  return { each: connections * perConnection, total: amount, seconds };
}

/** Messages of a device's `on_external_event` channel (one per routed uplink), paged newest first. */
async function countMessages(api, agentId) {
  let count = 0;
  let before = "";
  for (;;) {
    const page = await api("GET", `/api/agents/${agentId}/channels/on_external_event/messages?limit=1000${before}`);
    count += page.length;
    if (page.length < 1000) return count;
    before = `&before=${page.at(-1).id}`;
  }
}

/** One uplink, timed from sending it to the last byte of its answer (ms); throws unless 200. */
async function timedUplink(url, headers, body) {
  const started = performance.now();
  const res = await fetch(url, { method: "POST", headers, body });
  const text = await res.text();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`uplink -> ${res.status}: ${text.slice(0, 300)}`);
  return ms;
}

/** The pilot's uplink right after a restart; a connection of the former server may fail once. */
async function pilotUplink(url, headers, body) {
  try {
    return await timedUplink(url, headers, body);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("uplink ->")) throw error;
    return timedUplink(url, headers, body);
  }
}

/** full, small, full, small … (`smallFirst`: small, full, …). */
function interleave(full, small, smallFirst) {
  const [a, b] = smallFirst ? [small, full] : [full, small];
  return a.flatMap((d, i) => [d, b[i]]).filter(Boolean);
}

/**
 * Runs the cold-wake bench on a throwaway server (`withThrowawayServer`'s `server`, `api` and
 * `restart`); returns the lines to print. `progress(line)` says what it is doing meanwhile.
 */
export async function benchCold({ server, api, restart }, progress = () => {}) {
  const ctx = { api, urls: server.urls, devices: new Map() };
  const fullSerials = serials("COLD-FULL-", DEVICES);
  const smallSerials = serials("COLD-SMALL-", DEVICES);
  const pilotSerial = "COLD-PILOT";
  await ensureDevices(ctx, [...fullSerials, ...smallSerials, pilotSerial]);
  const { pathname, headers } = await trackerInstall(ctx, "bench cold");
  const url = `${server.url}${pathname}`;
  const device = (serial, kind) => ({ serial, kind, id: ctx.devices.get(serial) });
  const full = fullSerials.map((s) => device(s, "full"));
  const small = smallSerials.map((s) => device(s, "small"));
  const pilot = device(pilotSerial, "pilot");
  // The pilot once with json_response=true: routed to its own agent, not the unknown-serial branch.
  await checkRouting(ctx, pathname, [{ headers, body: uplinkBody(pilot.serial) }], [pilot.id]);

  progress(`filling ${DEVICES} devices with ${EVENTS} uplinks each and ${DEVICES} with ${SMALL_EVENTS}`);
  const fullFill = await fill(url, headers, full, EVENTS);
  const smallFill = await fill(url, headers, small, SMALL_EVENTS);
  const [fullHeld, smallHeld] = [fullFill.each, smallFill.each];
  // Each device's uplinks were routed to it: it has the tracker's tags, and one message per uplink
  // (up to retention) on its `on_external_event` channel.
  for (const d of [...full, ...small]) await api("GET", `/api/agents/${d.id}/channels/tag_values/aggregate`);
  const kept = await countMessages(api, full[0].id);
  const keptSmall = await countMessages(api, small[0].id);
  if (keptSmall !== smallHeld) throw new Error(`${small[0].serial} keeps ${keptSmall} messages, not ${smallHeld}`);
  const lines = [
    `fill: ${fullFill.total + smallFill.total} uplinks in ${fmt(fullFill.seconds + smallFill.seconds)} s ` +
      `(${(fullFill.total / fullFill.seconds).toFixed(0)}/s); a full device got ${count(fullHeld)} and keeps ` +
      `${count(kept)} of them as messages, a small one ${smallHeld}`,
  ];

  const cold = { full: [], small: [] };
  const warm = { full: [], small: [] };
  const pilots = [];
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    progress(`round ${round + 1} of ${ROUNDS}: restarting on the same state`);
    const restartStarted = performance.now();
    await restart();
    const restartMs = performance.now() - restartStarted;
    // The isolate's warm-up (worker code, install lookup, registry) goes to the pilot, not to a measured device.
    pilots.push(await pilotUplink(url, headers, uplinkBody(pilot.serial)));
    await sleep(GAP_MS);
    const order = interleave(full, small, round % 2 === 1);
    const first = { full: [], small: [] };
    for (const d of order) {
      first[d.kind].push(await timedUplink(url, headers, uplinkBody(d.serial)));
      await sleep(GAP_MS);
    }
    for (const d of order) {
      warm[d.kind].push(await timedUplink(url, headers, uplinkBody(d.serial)));
      await sleep(GAP_MS);
    }
    cold.full.push(...first.full);
    cold.small.push(...first.small);
    rounds.push({ restartMs, pilot: pilots.at(-1), full: median(first.full), small: median(first.small) });
  }

  const row = (label, s) => [label, fmt(median(s)), fmt(max(s)), String(s.length)];
  const table = [
    ["uplink (ms, from this process)", "median", "max", "n"],
    row(`first after restart, full (${count(fullHeld)} uplinks before)`, cold.full),
    row(`first after restart, small (${smallHeld} uplinks before)`, cold.small),
    row("second (warm), full", warm.full),
    row("second (warm), small", warm.small),
    row("pilot: first request after restart (isolate cold too)", pilots),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  lines.push("", line(table[0]), line(widths.map((w) => "-".repeat(w))), ...table.slice(1).map(line));
  lines.push(
    "",
    ...rounds.map(
      (r, i) =>
        `  round ${i + 1}: restart ${fmt(r.restartMs / 1000)} s, pilot ${fmt(r.pilot)} ms, ` +
        `first uplink median full ${fmt(r.full)} ms, small ${fmt(r.small)} ms`,
    ),
  );
  const [coldFull, coldSmall] = [median(cold.full), median(cold.small)];
  const ratio = coldFull / coldSmall;
  const extra = coldFull - coldSmall;
  const holds = ratio <= TARGET_RATIO || extra <= TARGET_EXTRA_MS;
  lines.push(
    "",
    `full ÷ small, first uplink after restart (medians): ${ratio.toFixed(2)}×, ${extra >= 0 ? "+" : ""}${fmt(extra)} ms` +
      ` (warm: ${(median(warm.full) / median(warm.small)).toFixed(2)}×)`,
    `target: first uplink after restart to a ${count(fullHeld)}-event device ≤ ${TARGET_RATIO}× (or ≤ ${TARGET_EXTRA_MS} ms more than) ` +
      `one to a ${smallHeld}-event device: ${holds ? "PASS" : "FAIL"}`,
  );
  return lines;
}
