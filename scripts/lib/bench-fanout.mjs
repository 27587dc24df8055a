// Gateway fan-out for `npm run bench` (issue 10): SUBSCRIBERS WebSocket clients on one device's
// `tag_values` (one read token, as viewers of one dashboard), WRITES aggregate PATCHes through the
// data plane, and for every write and subscriber the time from sending the write to receiving
// its AggregateUpdate (one clock: this process). Also the server's memory per idle socket: the
// workerd process's resident set before and after the sockets open, divided by their number.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

const SUBSCRIBER_THREAD = path.join(path.dirname(fileURLToPath(import.meta.url)), "fanout-subscribers.mjs");

const SUBSCRIBERS = Number(process.env.FANOUT_SUBSCRIBERS ?? 1000);
const WRITES = Number(process.env.FANOUT_WRITES ?? 200);
/** Threads the subscribers are spread over. */
const THREADS = Number(process.env.FANOUT_THREADS ?? 2);
/** Pause between writes (ms): a write's fan-out is measured, not a backlog of them. */
const GAP_MS = Number(process.env.FANOUT_GAP_MS ?? 20);

/** workerd processes' resident memory (kB), by pid. */
function workerdRss() {
  const out = new Map();
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      if (!/^Name:\s*workerd/m.test(status)) continue;
      out.set(pid, Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

const sumRss = (m) => [...m.values()].reduce((a, b) => a + b, 0);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Subscribers (in THREADS worker threads) on `wsUrl`, WRITES writes by `write(i)`, GAP_MS apart;
 * returns the write → receipt latencies (ms) and the server's memory per idle socket (kB).
 */
async function measure({ wsUrl, agentId, floor, write }) {
  const sentAt = new Map();
  const before = workerdRss();
  const threads = Array.from({ length: THREADS }, (_, t) => {
    const count = Math.floor(SUBSCRIBERS / THREADS) + (t < SUBSCRIBERS % THREADS ? 1 : 0);
    return new Worker(SUBSCRIBER_THREAD, { workerData: { wsUrl, agentId, count, floor } });
  });
  const message = (w, type) =>
    new Promise((resolve, reject) => {
      w.once("error", reject);
      w.on("message", (m) => m.type === type && resolve(m));
    });
  await Promise.all(threads.map((w) => message(w, "ready")));
  await new Promise((r) => setTimeout(r, 1000));
  const perSocketKb = (sumRss(workerdRss()) - sumRss(before)) / SUBSCRIBERS;
  for (let i = 0; i < WRITES; i++) {
    sentAt.set(i, performance.timeOrigin + performance.now());
    await write(i);
    await new Promise((r) => setTimeout(r, GAP_MS));
  }
  await new Promise((r) => setTimeout(r, 2000));
  const results = await Promise.all(
    threads.map((w) => {
      const done = message(w, "arrivals");
      w.postMessage({ type: "finish" });
      return done;
    }),
  );
  await Promise.all(threads.map((w) => w.terminate()));
  const latencies = results.flatMap((r) => r.arrivals.map(([i, at]) => at - sentAt.get(i))).sort((a, b) => a - b);
  return { latencies, perSocketKb };
}

const summary = ({ latencies }) => ({
  delivered: latencies.length,
  p50: percentile(latencies, 50),
  p99: percentile(latencies, 99),
  max: latencies.at(-1),
});

/** Runs the fan-out measurement (the floor, then the gateway); returns printable lines. */
export async function benchFanout({ server, api, adminToken }) {
  const floorUrl = server.urls["fanout-floor"];
  const floor = summary(
    await measure({
      wsUrl: floorUrl.replace(/^http/, "ws"),
      floor: true,
      write: async (i) => (await fetch(`${floorUrl}/send?i=${i}`, { method: "POST" })).arrayBuffer(),
    }),
  );

  const agent = await api("POST", "/api/control/agents", { name: `fanout-${Date.now()}`, type: "device" });
  const { token } = await api("POST", "/api/control/tokens", { grants: [{ agent_id: agent.id, permission: "read" }] });
  const url = `${server.url}/api/agents/${agent.id}/channels/tag_values/aggregate`;
  const headers = { authorization: `Bearer ${adminToken}`, "content-type": "application/json" };
  const measured = await measure({
    wsUrl: `${server.url.replace(/^http/, "ws")}/api/gateway?token=${encodeURIComponent(token)}`,
    agentId: agent.id,
    floor: false,
    write: async (i) => (await fetch(url, { method: "PATCH", headers, body: JSON.stringify({ bench: { i } }) })).arrayBuffer(),
  });
  const gw = summary(measured);
  const expected = WRITES * SUBSCRIBERS;
  const ms = (v) => (v === undefined ? "-" : v.toFixed(1));
  return [
    `gateway fan-out: ${SUBSCRIBERS} subscribers on one device (one read token; ${THREADS} client threads), ${WRITES} writes ${GAP_MS} ms apart`,
    `  fan-out floor (1 DO: SQLite write + send to its sockets): delivered ${floor.delivered}/${expected}, p50 ${ms(floor.p50)} ms, p99 ${ms(floor.p99)} ms, max ${ms(floor.max)} ms`,
    `  edgehook (REST PATCH → agent → gateway → sockets):      delivered ${gw.delivered}/${expected}, p50 ${ms(gw.p50)} ms, p99 ${ms(gw.p99)} ms, max ${ms(gw.max)} ms`,
    `  p99 ${ms(gw.p99)} ms (target ≤ 50 ms: ${gw.p99 <= 50 ? "holds" : "missed"}); ${(gw.p99 / floor.p99).toFixed(2)}× the floor's p99 in this run`,
    `  memory per idle socket (workerd RSS delta / sockets): ${measured.perSocketKb.toFixed(1)} kB`,
  ];
}
