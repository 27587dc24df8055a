// "Queue floor" of `npm run bench`: the bare worker (read, HMAC) plus the least an accepted
// `?wait=false` uplink must do — send ONE message to a queue. Its consumer (the same worker,
// batched like edgehook's) only acknowledges, so consuming is part of the floor as edgehook's
// consumer is part of `?wait=false`, and messages do not pile up.
import { hmacHex } from "./bare-worker.js";

// Messages acknowledged so far, for `GET /`: the bench waits for the backlog to drain, as it does
// for edgehook's. Locally one isolate serves both handlers.
let acked = 0;

export default {
  async fetch(request, env) {
    if (request.method === "GET") return Response.json({ acked });
    const body = await request.arrayBuffer();
    const mac = await hmacHex(body);
    await env.FLOOR_QUEUE.send({ mac, body: new Uint8Array(body) });
    return Response.json({ ok: true, mac }, { status: 202 });
  },

  queue(batch) {
    acked += batch.messages.length;
    batch.ackAll();
  },
};
