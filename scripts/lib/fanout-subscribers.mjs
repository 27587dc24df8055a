// Worker thread of the fan-out bench (bench-fanout.mjs): opens its share of gateway subscribers and
// records when each AggregateUpdate arrives (absolute ms), so receiving does not share an event
// loop with the writer, Miniflare's Node side or the other subscribers.
import { parentPort, workerData } from "node:worker_threads";

// `floor`: the fan-out floor's sockets (no protocol: open is subscribed).
const { wsUrl, agentId, count, floor } = workerData;
const now = () => performance.timeOrigin + performance.now();
/** Arrival times by write index. */
const arrivals = [];

function open() {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl);
    const timer = setTimeout(() => reject(new Error("subscriber did not get its ChannelSync in 30 s")), 30_000);
    ws.addEventListener("error", () => reject(new Error("subscriber socket failed")));
    if (floor)
      ws.addEventListener("open", () => {
        clearTimeout(timer);
        resolve(ws);
      });
    ws.addEventListener("message", (e) => {
      const f = JSON.parse(e.data);
      if (f.t === "AggregateUpdate") arrivals.push([f.d.request_data.bench.i, now()]);
      else if (f.t === "Hello") ws.send(JSON.stringify({ op: 10, d: { organisation_id: null } }));
      else if (f.t === "Ready")
        ws.send(JSON.stringify({ op: 12, d: { channel: { agent_id: agentId, name: "tag_values" }, diff_only: false } }));
      else if (f.t === "ChannelSync") {
        clearTimeout(timer);
        resolve(ws);
      }
    });
  });
}

const sockets = [];
for (let i = 0; i < count; i += 50)
  sockets.push(...(await Promise.all(Array.from({ length: Math.min(50, count - i) }, open))));
parentPort.postMessage({ type: "ready" });
parentPort.on("message", (m) => {
  if (m.type !== "finish") return;
  for (const ws of sockets) ws.close();
  parentPort.postMessage({ type: "arrivals", arrivals });
});
