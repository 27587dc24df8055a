// "Fan-out floor" of `npm run bench`: the least a worker here can do to deliver one write to 1,000
// WebSocket subscribers — one Durable Object that holds every socket (Hibernation API), writes the
// value to its SQLite (durable before it is sent, as edgehook's) and sends each socket a frame.
// No protocol, no authorization, no second object: the gateway's figures are read against it.
import { DurableObject } from "cloudflare:workers";

export class FanoutRoom extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS latest (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID");
  }

  async fetch() {
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  broadcast(i) {
    this.ctx.storage.sql.exec("INSERT OR REPLACE INTO latest (k, v) VALUES ('bench', ?)", `${i}:${Date.now()}`);
    const text = JSON.stringify({ op: 0, t: "AggregateUpdate", d: { request_data: { bench: { i } } } });
    for (const ws of this.ctx.getWebSockets()) ws.send(text);
    return true;
  }
}

export default {
  async fetch(request, env) {
    const room = env.FANOUT_ROOM.get(env.FANOUT_ROOM.idFromName("room"));
    if (request.headers.get("upgrade") === "websocket") return room.fetch(request);
    const i = Number(new URL(request.url).searchParams.get("i"));
    await room.broadcast(i);
    return Response.json({ ok: true });
  },
};
