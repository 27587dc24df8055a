// Baseline for `npm run bench`: the least a worker can do with a request here — read the body,
// HMAC-SHA256 it and answer a small JSON. Served through Miniflare exactly like edgehook.
const encoder = new TextEncoder();
let key;

export default {
  async fetch(request) {
    key ??= crypto.subtle.importKey("raw", encoder.encode("edgehook-bench"), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    const body = await request.arrayBuffer();
    const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await key, body));
    const hex = Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("");
    return Response.json({ ok: true, bytes: body.byteLength, mac: hex });
  },
};
