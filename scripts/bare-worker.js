// Baseline for `npm run bench`: the least a worker can do with a request here — read the body,
// HMAC-SHA256 it and answer a small JSON. Served through Miniflare exactly like edgehook.
// `hmacHex` is shared with the floors (durable-floor-worker.js, queue-floor-worker.js).
const encoder = new TextEncoder();
let key;

/** Hex HMAC-SHA256 of `body` under a fixed key (imported once per isolate). */
export async function hmacHex(body) {
  key ??= crypto.subtle.importKey("raw", encoder.encode("edgehook-bench"), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await key, body));
  return Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("");
}

export default {
  async fetch(request) {
    const body = await request.arrayBuffer();
    return Response.json({ ok: true, bytes: body.byteLength, mac: await hmacHex(body) });
  },
};
