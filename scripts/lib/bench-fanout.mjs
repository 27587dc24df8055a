// Gateway fan-out for `npm run bench` (issue 10): SUBSCRIBERS WebSocket clients on one device's
// `tag_values` (one read token, as viewers of one dashboard), WRITES aggregate PATCHes through the
// data plane, and for every write and subscriber the time from sending the write to receiving
// its AggregateUpdate (one clock: this process). Also the server's memory per idle socket: the
// workerd process's resident set before and after the sockets open, divided by their number.
import { readFileSync, readdirSync } from "node:fs";

const SUBSCRIBERS = Number(process.env.FANOUT_SUBSCRIBERS ?? 1000);
const WRITES = Number(process.env.FANOUT_WRITES ?? 200);
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

function openSubscriber(wsUrl, agentId, onUpdate) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl);
    const timer = setTimeout(() => reject(new Error("subscriber did not get its ChannelSync in 30 s")), 30_000);
    ws.addEventListener("error", () => reject(new Error("subscriber socket failed")));
    ws.addEventListener("message", (e) => {
      const f = JSON.parse(e.data);
      if (f.t === "Hello") ws.send(JSON.stringify({ op: 10, d: { organisation_id: null } }));
      else if (f.t === "Ready")
        ws.send(JSON.stringify({ op: 12, d: { channel: { agent_id: agentId, name: "tag_values" }, diff_only: false } }));
      else if (f.t === "ChannelSync") {
        clearTimeout(timer);
        resolve(ws);
      } else if (f.t === "AggregateUpdate") onUpdate(f, performance.now());
    });
  });
}

/** Runs the fan-out measurement; returns printable lines. */
export async function benchFanout({ server, api, adminToken }) {
  const agent = await api("POST", "/api/control/agents", { name: `fanout-${Date.now()}`, type: "device" });
  const { token } = await api("POST", "/api/control/tokens", { grants: [{ agent_id: agent.id, permission: "read" }] });
  const wsUrl = `${server.url.replace(/^http/, "ws")}/api/gateway?token=${encodeURIComponent(token)}`;
  const sentAt = new Map();
  const latencies = [];
  const onUpdate = (f, now) => {
    const i = f.d?.request_data?.bench?.i;
    const at = sentAt.get(i);
    if (at !== undefined) latencies.push(now - at);
  };

  const before = workerdRss();
  const sockets = [];
  // Opened a few at a time: the bench measures delivery, not a connection storm.
  for (let i = 0; i < SUBSCRIBERS; i += 50)
    sockets.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, SUBSCRIBERS - i) }, () => openSubscriber(wsUrl, agent.id, onUpdate)),
      )),
    );
  await new Promise((r) => setTimeout(r, 1000));
  const after = workerdRss();
  const perSocketKb = (sumRss(after) - sumRss(before)) / SUBSCRIBERS;

  const url = `${server.url}/api/agents/${agent.id}/channels/tag_values/aggregate`;
  const headers = { authorization: `Bearer ${adminToken}`, "content-type": "application/json" };
  for (let i = 0; i < WRITES; i++) {
    sentAt.set(i, performance.now());
    const res = await fetch(url, { method: "PATCH", headers, body: JSON.stringify({ bench: { i } }) });
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, GAP_MS));
  }
  const expected = WRITES * SUBSCRIBERS;
  const until = Date.now() + 30_000;
  while (latencies.length < expected && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  for (const ws of sockets) ws.close();

  const sorted = latencies.slice().sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p99 = percentile(sorted, 99);
  return [
    `gateway fan-out: ${SUBSCRIBERS} subscribers on one device (one read token), ${WRITES} writes ${GAP_MS} ms apart`,
    `  delivered ${latencies.length} of ${expected} (${((latencies.length / expected) * 100).toFixed(2)} %)`,
    `  write → receipt: p50 ${p50?.toFixed(1)} ms, p99 ${p99?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (target p99 ≤ 50 ms: ${p99 <= 50 ? "holds" : "missed"})`,
    `  memory per idle socket (workerd RSS delta / sockets): ${perSocketKb.toFixed(1)} kB`,
  ];
}
