// "Durable floor" of `npm run bench`: the bare worker (read, HMAC) plus the least a routed uplink
// must do to be durable — ONE Durable Object RPC call that writes one row to the object's SQLite.
// The object is chosen by the body's `device_id`, so the bench's uplinks spread over as many
// objects as they name devices, as edgehook routes them to as many device agents.
import { DurableObject } from "cloudflare:workers";
import { hmacHex } from "./bare-worker.js";

export class FloorDevice extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS latest (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID");
  }

  /**
   * The write commits before the caller sees the answer (output gate), like edgehook's. Each
   * write stores new content (the value with a sequence number): SQLite skips a write that changes
   * nothing, so rewriting the bench's same body would commit nothing and measure no durability.
   */
  record(key, value) {
    this.#seq += 1;
    this.ctx.storage.sql.exec(
      "INSERT OR REPLACE INTO latest (key, value) VALUES (?, ?)",
      key,
      `${this.#seq}:${Date.now()}:${value}`,
    );
    return true;
  }

  #seq = 0;
}

export default {
  async fetch(request, env) {
    const body = await request.arrayBuffer();
    const mac = await hmacHex(body);
    const text = new TextDecoder().decode(body);
    const device = String(JSON.parse(text).device_id ?? "none");
    await env.FLOOR_DEVICE.get(env.FLOOR_DEVICE.idFromName(device)).record("latest_data", text);
    return Response.json({ ok: true, device, mac });
  },
};
