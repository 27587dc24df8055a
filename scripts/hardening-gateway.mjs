// Black-box checks of issue 20, items 1 and 3, against `npm start` (scripts/start.mjs) on a free port
// and throwaway state, over HTTP and WebSocket only (as scripts/smoke-readme.mjs starts it):
//   1. one read-only credential's flood (FLOOD_SOCKETS sockets × FLOOD_CHANNELS made-up channels,
//      default 100 × 100) cannot refuse an admin's or another token's subscription on the same
//      device, during or after it; a burst of 105 subscribes on one socket gets 100 ChannelSync and
//      5 refusals; the flood's share comes back when its sockets close;
//   3. sockets per credential are capped (1,000): the next upgrade is 429 problem+json.
// Prints PASS/FAIL per item; exits 1 on any failure. `node scripts/hardening-gateway.mjs`.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./lib/server.mjs";

const FLOOD_SOCKETS = Number(process.env.FLOOD_SOCKETS ?? 100);
const FLOOD_CHANNELS = Number(process.env.FLOOD_CHANNELS ?? 100);
const MAX_SOCKETS = 1000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A gateway socket collecting frames, with waits for the next one matching. */
class Client {
  frames = [];
  #waiters = [];
  static open(wsBase, token) {
    return new Promise((resolve, reject) => {
      const c = new Client();
      c.ws = new WebSocket(`${wsBase}/api/gateway?token=${encodeURIComponent(token)}`);
      c.ws.addEventListener("message", (e) => {
        const f = JSON.parse(String(e.data));
        c.frames.push(f);
        c.#waiters = c.#waiters.filter((w) => (w.match(f) ? (w.resolve(f), false) : true));
        if (f.t === "Hello") resolve(c);
      });
      c.ws.addEventListener("error", () => reject(new Error("socket failed")));
      c.ws.addEventListener("close", () => reject(new Error("socket closed")));
    });
  }
  send(op, d) {
    this.ws.send(JSON.stringify({ op, d }));
  }
  next(match, ms = 10_000, from = 0) {
    const seen = this.frames.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame in ${ms} ms`)), ms);
      this.#waiters.push({ match, resolve: (f) => (clearTimeout(timer), resolve(f)) });
    });
  }
  async identify() {
    this.send(10, { organisation_id: null });
    return this.next((f) => f.t === "Ready");
  }
  async subscribe(agent_id, name) {
    const from = this.frames.length;
    this.send(12, { channel: { agent_id, name }, diff_only: false });
    return this.next(
      (f) => (f.t === "ChannelSync" && f.d.channel.name === name) || f.t === "WSSErrorEvent",
      10_000,
      from,
    );
  }
  answered() {
    return this.frames.filter((f) => f.t === "ChannelSync" || f.t === "WSSErrorEvent").length;
  }
  close() {
    this.ws.close(1000, "done");
  }
}

async function until(read, ms, what) {
  const end = Date.now() + ms;
  for (;;) {
    if (await read()) return;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A raw upgrade request: the status and body when refused, 101 when it upgrades. */
function rawUpgrade(base, token) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}/api/gateway?token=${encodeURIComponent(token)}`, {
      headers: {
        connection: "Upgrade",
        upgrade: "websocket",
        "sec-websocket-version": "13",
        "sec-websocket-key": randomBytes(16).toString("base64"),
      },
    });
    req.on("upgrade", (_res, socket) => {
      socket.destroy();
      resolve({ status: 101 });
    });
    req.on("response", (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode, type: res.headers["content-type"], body }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function item1({ api, wsBase, admin, device }) {
  const token = async () =>
    (await api("POST", "/api/control/tokens", { grants: [{ agent_id: device, permission: "read" }] })).token;
  const [flood, other, late] = [await token(), await token(), await token()];
  const floodSockets = [];
  for (let i = 0; i < FLOOD_SOCKETS; i += 20)
    floodSockets.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(20, FLOOD_SOCKETS - i) }, async () => {
          const c = await Client.open(wsBase, flood);
          await c.identify();
          return c;
        }),
      )),
    );
  const t0 = Date.now();
  for (const [i, s] of floodSockets.entries())
    for (let c = 0; c < FLOOD_CHANNELS; c++) s.send(12, { channel: { agent_id: device, name: `flood${i}_${c}` } });
  const seen = async (clients, value) => {
    const from = clients.map((c) => c.frames.length);
    await api("PATCH", `/api/agents/${device}/channels/tag_values/aggregate`, { probe: { value } });
    await Promise.all(
      clients.map((c, i) =>
        c.next((f) => f.t === "AggregateUpdate" && f.d.aggregate?.data?.probe?.value === value, 10_000, from[i]),
      ),
    );
  };
  // During the flood.
  const a = await Client.open(wsBase, admin);
  await a.identify();
  const b = await Client.open(wsBase, other);
  await b.identify();
  for (const c of [a, b]) {
    const f = await c.subscribe(device, "tag_values");
    if (f.t !== "ChannelSync") throw new Error(`during the flood: refused: ${JSON.stringify(f.d)}`);
  }
  await seen([a, b], Date.now());
  const during = floodSockets.reduce((n, s) => n + s.answered(), 0);
  await until(
    () => floodSockets.reduce((n, s) => n + s.answered(), 0) >= FLOOD_SOCKETS * FLOOD_CHANNELS,
    120_000,
    "every flood subscribe answered",
  );
  const floodMs = Date.now() - t0;
  const syncs = floodSockets.reduce((n, s) => n + s.frames.filter((f) => f.t === "ChannelSync").length, 0);
  // After the flood: a third credential and the admin on another channel.
  const c = await Client.open(wsBase, late);
  await c.identify();
  for (const [client, name] of [
    [c, "tag_values"],
    [a, "ui_state"],
  ]) {
    const f = await client.subscribe(device, name);
    if (f.t !== "ChannelSync") throw new Error(`after the flood: refused: ${JSON.stringify(f.d)}`);
  }
  await seen([a, b, c], Date.now());
  // A burst of 105 on one fresh socket of another credential: 100 registered, 5 refused by the socket's cap.
  const burstToken = await token();
  const burst = await Client.open(wsBase, burstToken);
  await burst.identify();
  for (let i = 0; i < 105; i++) burst.send(12, { channel: { agent_id: device, name: `burst${i}` } });
  await until(() => burst.answered() >= 105, 30_000, "burst answered");
  const burstSyncs = burst.frames.filter((f) => f.t === "ChannelSync").length;
  const burstCap = burst.frames.filter(
    (f) => f.t === "WSSErrorEvent" && f.d.message.includes("per connection"),
  ).length;
  if (burstSyncs !== 100 || burstCap !== 5) throw new Error(`burst: ${burstSyncs} synced, ${burstCap} capped`);
  // The flood's sockets close: its share is free again (a new socket subscribes 100 new channels).
  for (const s of floodSockets) s.close();
  await new Promise((r) => setTimeout(r, 1000));
  const again = await Client.open(wsBase, flood);
  await again.identify();
  for (let i = 0; i < 100; i++) again.send(12, { channel: { agent_id: device, name: `again${i}` } });
  await until(() => again.answered() >= 100, 30_000, "the flood's token subscribing again");
  const againSyncs = again.frames.filter((f) => f.t === "ChannelSync").length;
  if (againSyncs !== 100) throw new Error(`after its sessions ended the flood token got ${againSyncs}/100`);
  await seen([a, b, c], Date.now());
  for (const s of [a, b, c, burst, again]) s.close();
  return (
    `${FLOOD_SOCKETS}×${FLOOD_CHANNELS} flood answered in ${floodMs} ms (${syncs} registered, ` +
    `${FLOOD_SOCKETS * FLOOD_CHANNELS - syncs} refused; ${during} answered when the others subscribed); ` +
    `admin and other tokens subscribed and saw writes during and after; burst 105 → ${burstSyncs} + ${burstCap} refused; ` +
    `flood token's share free after close (${againSyncs}/100)`
  );
}

async function item3({ base, wsBase, api, device }) {
  const { token } = await api("POST", "/api/control/tokens", { grants: [{ agent_id: device, permission: "read" }] });
  const open = [];
  for (let i = 0; i < MAX_SOCKETS; i += 50)
    open.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, MAX_SOCKETS - i) }, () => Client.open(wsBase, token)),
      )),
    );
  const refused = await rawUpgrade(base, token);
  const body = refused.body ? JSON.parse(refused.body) : {};
  if (refused.status !== 429 || body.code !== "too_many_connections" || !/problem\+json/.test(refused.type ?? ""))
    throw new Error(`socket ${MAX_SOCKETS + 1}: ${refused.status} ${refused.type} ${refused.body}`);
  open.pop().close();
  await new Promise((r) => setTimeout(r, 500));
  const after = await rawUpgrade(base, token);
  for (const s of open) s.close();
  if (after.status !== 101) throw new Error(`after closing one: ${after.status} ${after.body}`);
  return `${MAX_SOCKETS} sockets open; the next → ${refused.status} ${body.code} ("${body.detail}"); after closing one → 101`;
}

async function main() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const wsBase = base.replace(/^http/, "ws");
  const state = await mkdtemp(path.join(tmpdir(), "edgehook-hardening-gw-"));
  const admin = `hardening-${randomBytes(12).toString("hex")}`;
  const { PORT: _port, ...inherited } = process.env;
  const server = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "--port", String(port)], {
    cwd: ROOT,
    env: { ...inherited, EDGEHOOK_STATE_DIR: state, EDGEHOOK_ADMIN_TOKEN: admin },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  let failed = 0;
  try {
    await until(() => log.includes("ready: "), 180_000, `npm start ready:\n${log}`);
    const api = async (method, p, body) => {
      const res = await fetch(`${base}${p}`, {
        method,
        headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${text}`);
      return text ? JSON.parse(text) : null;
    };
    const [dev] = await api("GET", "/api/control/agents?serial_number=TRK-0001");
    const ctx = { base, wsBase, api, admin, device: dev.id };
    for (const [name, check] of [
      ["item 1: one credential's subscription flood cannot deny others; burst capped before the agent", item1],
      ["item 3: sockets per credential capped", item3],
    ]) {
      try {
        console.log(`PASS ${name}: ${await check(ctx)}`);
      } catch (error) {
        failed++;
        console.log(`FAIL ${name}: ${error instanceof Error ? error.message : error}`);
      }
    }
  } finally {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // Gone already.
    }
    await new Promise((resolve) => (server.exitCode === null ? server.once("exit", resolve) : resolve()));
    await rm(state, { recursive: true, force: true });
  }
  return failed;
}

main().then(
  (failed) => process.exit(failed > 0 ? 1 : 0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
