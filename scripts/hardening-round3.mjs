// Black-box check of issue 20 ("hardening, round 3"): runs `npm start` (scripts/start.mjs) on a
// free port with throwaway state and an admin token of its own, then shows each fixed item over
// HTTP and WebSocket only, one PASS/FAIL line per item; exits 1 on any FAIL (`npm run hardening`).
//
// To add an item: write `async function itemN(ctx)` that throws (or uses node:assert) on what it
// finds wrong and returns a one-line summary, and add it to ITEMS. `ctx` is { base, api, log } (the
// admin token is ADMIN; `log()`: what npm start printed so far); leave the server as you found it
// (accepting; delete what you install).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./lib/server.mjs";

// ---- items ---------------------------------------------------------------------------------

/** Item 4: the one-shot limit (64 KiB) counts bytes of UTF-8, not UTF-16 units. */
async function item4({ api, base }) {
  const agent = await api("POST", "/api/control/agents", { name: `hr3 one-shot ${randomBytes(4).toString("hex")}` });
  const ws = new WebSocket(`${base.replace(/^http/, "ws")}/api/gateway?token=${encodeURIComponent(ADMIN)}`);
  const frames = [];
  let wake = () => undefined;
  ws.addEventListener("message", (e) => {
    frames.push(JSON.parse(e.data));
    wake();
  });
  const next = async (pred, what, ms = 10_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const at = frames.findIndex(pred);
      if (at >= 0) return frames.splice(at, 1)[0];
      if (Date.now() > deadline) throw new Error(`no ${what} in ${ms / 1000} s`);
      await new Promise((r) => {
        wake = r;
        setTimeout(r, 200);
      });
    }
  };
  const channel = { agent_id: agent.id, name: "hr3_oneshot" };
  try {
    await next((f) => f.t === "Hello", "Hello");
    ws.send(JSON.stringify({ op: 10, d: {} }));
    await next((f) => f.t === "Ready", "Ready");
    ws.send(JSON.stringify({ op: 12, d: { channel, diff_only: false } }));
    await next((f) => f.t === "ChannelSync", "ChannelSync");
    // The issue's case: 65,000 CJK characters are 195,002 bytes of JSON (65,002 UTF-16 units).
    ws.send(JSON.stringify({ op: 15, d: { channel, data: "中".repeat(65_000) } }));
    const refused = await next(
      (f) => f.t === "WSSErrorEvent" || f.t === "OneShotMessage",
      "answer to the large one-shot",
    );
    assert.equal(refused.t, "WSSErrorEvent", "65,000 CJK characters went out as a one-shot");
    assert.match(refused.d.message, /at most 65536 bytes/);
    // Just under the limit in bytes (21,844 × 3 + 2 quotes = 65,534) still goes out.
    ws.send(JSON.stringify({ op: 15, d: { channel, data: "中".repeat(21_844) } }));
    const delivered = await next((f) => f.t === "WSSErrorEvent" || f.t === "OneShotMessage", "the fitting one-shot");
    assert.equal(delivered.t, "OneShotMessage", JSON.stringify(delivered).slice(0, 200));
    assert.equal(delivered.d.data.length, 21_844);
  } finally {
    ws.close(1000, "done");
    await api("DELETE", `/api/control/agents/${agent.id}`).catch(() => undefined);
  }
  return "65,000 CJK characters (195 KB) → WSSErrorEvent 'at most 65536 bytes'; 21,844 (65,534 bytes) → delivered";
}

/**
 * Item 2: an install config larger than a queue message is refused (it was accepted, never
 * deployed, and its schedules spun the alarm); one at the cap deploys and its schedules fire with
 * no failed send in the server's log.
 */
async function item2({ api, log }) {
  const bytes = (value) => Buffer.byteLength(JSON.stringify(value), "utf8");
  const schedules = (n, first) =>
    Array.from({ length: n }, (_, i) => ({
      name: i === 0 && first ? first : `every_minute_${String(i).padStart(4, "0")}`,
      schedule: "rate(1 minute)",
      disabled: false,
    }));
  const refusal = (promise) =>
    promise.then(
      (ok) => assert.fail(`accepted: ${JSON.stringify(ok).slice(0, 120)}`),
      (e) => e,
    );
  const agent = await api("POST", "/api/control/agents", { name: `hr3 caps ${Date.now()}` });
  const create = (config) =>
    api("POST", "/api/control/installs", {
      app: "tracker_processor",
      agent_id: agent.id,
      display_name: "hr3 caps",
      config,
    });
  const installsOn = async () => (await api("GET", "/api/control/installs")).filter((i) => i.agent_id === agent.id);

  const big = { dv_proc_schedules: schedules(2000) };
  const many = await refusal(create(big));
  assert.equal(many.status, 422);
  assert.equal(many.body.code, "validation_failed");
  assert.equal(many.body.field, "config.dv_proc_schedules");
  const wide = { dv_proc_subscriptions: Array.from({ length: 100 }, (_, i) => `c${i}_${"x".repeat(700)}`) };
  const tooWide = await refusal(create(wide));
  assert.equal(tooWide.status, 422);
  assert.equal(tooWide.body.field, "config");
  assert.deepEqual(await installsOn(), [], "a refused config stored an install");

  // Just under 64 KiB: 100 rate(1 minute) schedules (one the demo's daily_summary), padded.
  let config;
  for (let pad = 700; pad > 0; pad -= 5) {
    config = {
      dv_proc_schedules: schedules(100, "daily_summary"),
      dv_proc_subscriptions: [
        "on_external_event",
        "ui_cmds",
        ...Array.from({ length: 98 }, (_, i) => `c${i}_${"x".repeat(pad)}`),
      ],
    };
    if (bytes(config) + 64 <= 64 * 1024) break;
  }
  const inst = await create(config);
  try {
    let deployed = false;
    for (let i = 0; i < 50 && !deployed; i++) {
      const ui = await api("GET", `/api/agents/${agent.id}/channels/ui_state/aggregate`).catch(() => null);
      deployed = ui?.data?.state?.children?.[inst.app_key] !== undefined;
      if (!deployed) await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(deployed, "the config at the cap did not deploy");
    const failedSends = () => log().match(/schedule\/deployment send (of \S+ )?failed/g)?.length ?? 0;
    const before = failedSends();
    // The next minute boundary, and a few seconds for its 100 runs.
    await new Promise((r) => setTimeout(r, 60_000 - (Date.now() % 60_000) + 5_000));
    const summaries = await api("GET", `/api/agents/${agent.id}/channels/daily_summary/messages`).catch(() => []);
    assert.ok(summaries.length >= 1, "its schedules did not fire");
    assert.equal(failedSends() - before, 0, "schedule/deployment sends failed");
    const patched = await refusal(api("PATCH", `/api/control/installs/${inst.install_id}`, { config: wide }));
    assert.equal(patched.body.field, "config");
    assert.equal(bytes((await installsOn())[0].config), bytes(inst.config), "a refused PATCH changed the config");
  } finally {
    await api("DELETE", `/api/control/installs/${inst.install_id}`);
  }
  return (
    `2,000 schedules (${bytes(big)} B) → 422 config.dv_proc_schedules; ${bytes(wide)} B → 422 config, nothing stored; ` +
    `${bytes(inst.config)} B with 100 rate(1 minute) schedules deploys and fires, 0 failed sends`
  );
}

/** Item 5: LoRaWAN reveals nothing of devices outside the install's permissions. */
async function item5({ api, base }) {
  const eui = () => randomBytes(8).toString("hex");
  const mine = await api("POST", "/api/control/agents", { name: `hr3 mine ${eui()}`, serial_number: eui() });
  const elsewhereEui = eui();
  const elsewhere = await api("POST", "/api/control/agents", {
    name: `hr3 elsewhere ${eui()}`,
    serial_number: elsewhereEui.toUpperCase().match(/../g).join("-"),
  });
  const tracker = `TRK-${randomBytes(3).toString("hex")}`;
  const trk = await api("POST", "/api/control/agents", { name: `hr3 ${tracker}`, serial_number: tracker });
  const inst = await api("POST", "/api/control/installs", {
    app: "chirpstack_integration",
    display_name: "hardening round 3",
    config: {
      dv_proc_ingestion: { cidr_ranges: ["127.0.0.0/8", "::1/128"], throttle: 1000 },
      dv_proc_extended_permissions: { devices: [mine.id, trk.id] },
    },
  });
  const post = (body, type = "application/json") =>
    fetch(`${inst.ingestion.url.replace(/^https?:\/\/[^/]+/, base)}?event=up&json_response=true`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${inst.ingestion.token}`,
        "content-type": type,
        "cf-connecting-ip": "127.0.0.1",
      },
      body,
    });
  const uplink = (devEui) =>
    JSON.stringify({
      deduplicationId: crypto.randomUUID(),
      time: new Date().toISOString(),
      deviceInfo: { deviceName: "hr3", devEui },
      fCnt: 1,
      fPort: 2,
      object: { temperature: 20 },
    });
  const answer = async (res) => ({ status: res.status, type: res.headers.get("content-type"), body: await res.text() });

  // Outside the permissions = unknown, byte for byte.
  const outside = await answer(await post(uplink(elsewhereEui)));
  const unknown = await answer(await post(uplink(eui())));
  assert.deepEqual(outside, unknown, "a device outside the permissions must answer as an unknown one");
  assert.equal(outside.status, 200);
  assert.ok(!outside.body.includes(elsewhere.id), "the answer names the agent");
  const tags = await api("GET", `/api/agents/${elsewhere.id}/channels/tag_values/aggregate`).catch((e) => e.status);
  assert.equal(tags, 404, "the device outside the permissions was written");
  const audit = await api("GET", `/api/agents/${inst.agent_id}/channels/chirpstack_audit/messages?limit=10`);
  assert.ok(
    audit.some((m) => m.data.reason === "outside_permissions" && m.data.agent_id === elsewhere.id),
    "the install's audit channel does not record the device outside its permissions",
  );

  // A devEui that is not a DevEUI is not routed by its raw value; DevEUI notations are.
  const raw = JSON.parse((await answer(await post(uplink(tracker)))).body);
  assert.equal(raw.routed, false, `devEui ${tracker} was routed by its raw value`);
  const mineEui = mine.serial_number;
  for (const notation of [
    `0x${mineEui.toUpperCase()}`,
    mineEui.match(/../g).join(":"),
    mineEui.match(/../g).join(" "),
  ]) {
    const routed = JSON.parse((await answer(await post(uplink(notation)))).body);
    assert.equal(routed.agent_id, mine.id, `DevEUI notation ${notation} not routed`);
  }

  // Protobuf: f_cnt (field 7, a varint) sent as bytes is 422, nothing written.
  const text = (n, s) => [(n << 3) | 2, s.length, ...Buffer.from(s)];
  const info = [...text(7, "hr3"), ...text(8, mineEui)];
  const good = [...text(1, crypto.randomUUID()), (3 << 3) | 2, info.length, ...info];
  const before = await api("GET", `/api/agents/${mine.id}/channels/tag_values/aggregate`);
  const wrongWire = await post(Uint8Array.from([...good, (7 << 3) | 2, 2, 1, 2]), "application/octet-stream");
  const problem = await wrongWire.json();
  assert.equal(wrongWire.status, 422, `f_cnt as bytes answered ${wrongWire.status}`);
  assert.equal(problem.code, "payload_undecodable");
  const after = await api("GET", `/api/agents/${mine.id}/channels/tag_values/aggregate`);
  assert.equal(after.version, before.version, "a refused event wrote tags");
  await api("DELETE", `/api/control/installs/${inst.install_id}`);
  return "outside-permissions DevEUI answers as unknown (audited); TRK-… not routed; f_cnt as bytes → 422";
}

/** Item 6: schedules that can never fire are refused, naming the schedule. */
async function item6({ api }) {
  const agent = await api("POST", "/api/control/agents", { name: `hr3 schedules ${Date.now()}` });
  const install = (schedule) =>
    api("POST", "/api/control/installs", {
      app: "tracker_processor",
      agent_id: agent.id,
      display_name: "hr3 schedules",
      config: { dv_proc_schedules: [{ name: "s", schedule }] },
    });
  const never = ["cron(0 0 30 2 ? *)", "0 0 31 2 *", "cron(* * * * ? 1970)", "rate(99999999999999999999 days)"];
  for (const schedule of never) {
    const err = await install(schedule).then(
      () => null,
      (e) => e,
    );
    assert.ok(err, `${schedule} was accepted`);
    assert.equal(err.status, 422, `${schedule}: ${err.status}`);
    assert.equal(err.body.code, "validation_failed");
    assert.equal(err.body.field, "config.dv_proc_schedules[0].schedule", `${schedule}: field ${err.body.field}`);
  }
  const leap = await install("cron(0 0 29 2 ? *)");
  await api("DELETE", `/api/control/installs/${leap.install_id}`);
  return `${never.length} never-firing schedules → 422 naming dv_proc_schedules[0].schedule; leap day accepted`;
}

/** Item 7: only the start script that owns the process may stop (or resume) it. */
async function item7({ api, base }) {
  for (const [what, headers] of [
    ["stop", {}],
    ["stop", { "x-edgehook-start-secret": "guess" }],
    ["resume", {}],
  ]) {
    const res = await fetch(`${base}/api/control/${what}`, {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN}`, ...headers },
    });
    assert.equal(res.status, 403, `admin ${what} without the secret answered ${res.status}`);
    assert.match(res.headers.get("content-type") ?? "", /application\/problem\+json/);
    assert.equal((await res.json()).code, "start_secret_invalid");
  }
  // Still serving.
  assert.equal((await fetch(`${base}/`)).status, 200);
  await api("GET", "/api/control/organisation");
  return "admin token without the start secret: stop/resume → 403 start_secret_invalid, still serving (owner's stop: below)";
}

/** Item 8: a malformed gateway upgrade is problem+json; a well-formed one still opens. */
async function item8({ base }) {
  const { port } = new URL(base);
  const attempt = (headers) =>
    new Promise((resolve, reject) => {
      const req = httpRequest({
        host: "127.0.0.1",
        port,
        path: "/api/gateway",
        headers: { connection: "Upgrade", upgrade: "websocket", authorization: `Bearer ${ADMIN}`, ...headers },
      });
      req.on("upgrade", (res, socket) => {
        socket.destroy();
        resolve({ status: res.statusCode, type: "", body: "" });
      });
      req.on("response", (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode, type: res.headers["content-type"] ?? "", body }));
      });
      req.on("error", reject);
      req.end();
    });
  const cases = [
    [{ "sec-websocket-version": "13" }, 400, "websocket_handshake_invalid"],
    [{ "sec-websocket-version": "13", "sec-websocket-key": "short" }, 400, "websocket_handshake_invalid"],
    [
      { "sec-websocket-version": "8", "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==" },
      426,
      "websocket_version_unsupported",
    ],
  ];
  for (const [headers, status, code] of cases) {
    const seen = await attempt(headers);
    assert.equal(seen.status, status, `${JSON.stringify(headers)}: ${seen.status} ${seen.type} ${seen.body}`);
    assert.match(seen.type, /application\/problem\+json/, `${JSON.stringify(headers)}: ${seen.type}`);
    assert.equal(JSON.parse(seen.body).code, code);
  }
  // A real WebSocket client still gets its Hello.
  const ws = new WebSocket(`${base.replace(/^http/, "ws")}/api/gateway?token=${encodeURIComponent(ADMIN)}`);
  const hello = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no Hello in 10 s")), 10_000);
    ws.addEventListener("message", (e) => {
      clearTimeout(timer);
      resolve(JSON.parse(e.data));
    });
    ws.addEventListener("error", () => reject(new Error("WebSocket error")));
  });
  ws.close(1000, "done");
  assert.equal(hello.t, "Hello");
  return "no/short Sec-WebSocket-Key → 400, version 8 → 426, both problem+json; a WebSocket client gets Hello";
}

/** Item 9: a processor's runs, ok and failed, are in its install's invocation log, newest first. */
async function item9({ api, base }) {
  const serial = `HR3-${randomBytes(3).toString("hex")}`;
  const dev = await api("POST", "/api/control/agents", { name: `hr3 ${serial}`, serial_number: serial });
  const integration = await api("POST", "/api/control/installs", {
    app: "tracker_integration",
    display_name: "hr3 item 9",
    config: {
      dv_proc_ingestion: { cidr_ranges: ["127.0.0.0/8", "::1/128"], throttle: 1000 },
      dv_proc_extended_permissions: { devices: [dev.id] },
    },
  });
  const processor = await api("POST", "/api/control/installs", {
    app: "tracker_processor",
    agent_id: dev.id,
    display_name: "hr3 item 9",
    config: {},
  });
  const list = () => api("GET", `/api/control/installs/${processor.install_id}/invocations`);
  const until = async (pred, what, ms = 15_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const got = await list();
      if (pred(got)) return got;
      if (Date.now() > deadline) throw new Error(`${what} not listed in ${ms / 1000} s: ${JSON.stringify(got)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  try {
    const uplink = JSON.stringify({ device_id: serial, battery: { percent: 55 } });
    const res = await fetch(`${integration.ingestion.url.replace(/^https?:\/\/[^/]+/, base)}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${integration.ingestion.token}`,
        "content-type": "application/json",
        "cf-connecting-ip": "127.0.0.1",
      },
      body: uplink,
    });
    assert.equal(res.status, 200, await res.text());
    const ok = (await until((l) => l.some((r) => r.delivery_key?.startsWith(`${dev.id}:`)), "the uplink's run")).find(
      (r) => r.delivery_key?.startsWith(`${dev.id}:`),
    );
    assert.equal(ok.kind, "processor");
    assert.equal(ok.outcome, "ok");
    assert.equal(ok.code, null);
    assert.equal(ok.agent_id, dev.id);
    assert.equal(typeof ok.duration_ms, "number");
    // A failing run: the device's tags already hold 600 KB (another app's), and the processor's
    // `status` tag of 450 KB would take the aggregate past 1 MiB: its commit is refused for good.
    await api("PATCH", `/api/agents/${dev.id}/channels/tag_values/aggregate`, {
      hr3_other_1: { blob: "中".repeat(200_000) },
    });
    await api("POST", `/api/agents/${dev.id}/channels/on_external_event/messages`, {
      data: { device_id: serial, status: "中".repeat(150_000) },
    });
    const after = await until((l) => l.some((r) => r.outcome === "error"), "the failed run");
    for (let i = 1; i < after.length; i++) assert.ok(after[i - 1].at >= after[i].at, "not newest first");
    const failed = after.find((r) => r.outcome === "error");
    assert.equal(after[0].outcome, "error", "the newest record is not the failure");
    assert.equal(failed.kind, "processor");
    assert.equal(failed.agent_id, dev.id);
    assert.match(failed.error, /payload_too_large/);
    assert.ok(failed.code && failed.delivery_key, JSON.stringify(failed));
    return `uplink run ok (${ok.duration_ms} ms, key ${ok.delivery_key}); failure listed newest first: ${failed.code} ${failed.status}, "${failed.error.slice(0, 60)}…"; ${after.length} records`;
  } finally {
    await api("DELETE", `/api/control/installs/${processor.install_id}`).catch(() => undefined);
    await api("DELETE", `/api/control/installs/${integration.install_id}`).catch(() => undefined);
  }
}

// Items 1 and 3 (the gateway's bounds per credential).
const FLOOD_SOCKETS = Number(process.env.FLOOD_SOCKETS ?? 100);
const FLOOD_CHANNELS = Number(process.env.FLOOD_CHANNELS ?? 100);
const MAX_SOCKETS = 1000;

/** A gateway socket collecting frames, with waits for the next one matching. */
class GatewayClient {
  frames = [];
  #waiters = [];
  static open(wsBase, token) {
    return new Promise((resolve, reject) => {
      const c = new GatewayClient();
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
    const req = httpRequest(`${base}/api/gateway?token=${encodeURIComponent(token)}`, {
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

/**
 * Item 1: one read-only credential's flood (FLOOD_SOCKETS sockets × FLOOD_CHANNELS made-up
 * channels, default 100 × 100) cannot refuse an admin's or another token's subscription on the
 * same device, during or after it; a burst of 105 on one socket gets 100 ChannelSync and 5
 * refusals (the socket's cap, checked before the agent is told); the flood's share is free again
 * once its sockets close. (The rows themselves: test/gateway/subscription-bounds.test.ts.)
 */
async function item1({ api, base }) {
  const wsBase = base.replace(/^http/, "ws");
  const admin = ADMIN;
  const [{ id: device }] = await api("GET", "/api/control/agents?serial_number=TRK-0001");
  const token = async () =>
    (await api("POST", "/api/control/tokens", { grants: [{ agent_id: device, permission: "read" }] })).token;
  const [flood, other, late] = [await token(), await token(), await token()];
  const floodSockets = [];
  for (let i = 0; i < FLOOD_SOCKETS; i += 20)
    floodSockets.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(20, FLOOD_SOCKETS - i) }, async () => {
          const c = await GatewayClient.open(wsBase, flood);
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
  const a = await GatewayClient.open(wsBase, admin);
  await a.identify();
  const b = await GatewayClient.open(wsBase, other);
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
  const c = await GatewayClient.open(wsBase, late);
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
  const burst = await GatewayClient.open(wsBase, burstToken);
  await burst.identify();
  for (let i = 0; i < 105; i++) burst.send(12, { channel: { agent_id: device, name: `burst${i}` } });
  await until(() => burst.answered() >= 105, 30_000, "burst answered");
  const burstSyncs = burst.frames.filter((f) => f.t === "ChannelSync").length;
  const burstCap = burst.frames.filter((f) => f.t === "WSSErrorEvent" && f.d.message.includes("per connection")).length;
  if (burstSyncs !== 100 || burstCap !== 5) throw new Error(`burst: ${burstSyncs} synced, ${burstCap} capped`);
  // The flood's sockets close: its share is free again (a new socket subscribes 100 new channels).
  for (const s of floodSockets) s.close();
  await new Promise((r) => setTimeout(r, 1000));
  const again = await GatewayClient.open(wsBase, flood);
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

/** Item 3: sockets per credential are capped (1,000): the next upgrade is 429 problem+json. */
async function item3({ base, api }) {
  const wsBase = base.replace(/^http/, "ws");
  const [{ id: device }] = await api("GET", "/api/control/agents?serial_number=TRK-0001");
  const { token } = await api("POST", "/api/control/tokens", { grants: [{ agent_id: device, permission: "read" }] });
  const open = [];
  for (let i = 0; i < MAX_SOCKETS; i += 50)
    open.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, MAX_SOCKETS - i) }, () => GatewayClient.open(wsBase, token)),
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

const ITEMS = [
  ["1", "one credential's subscription flood cannot deny others; a burst is capped before the agent", item1],
  ["2", "install configs are capped below a queue message; schedule sends never spin", item2],
  ["3", "sockets per credential capped", item3],
  ["4", "size limits count UTF-8 bytes: a one-shot of 65,000 CJK characters is refused", item4],
  ["5", "LoRaWAN: devices outside the permissions, DevEUI routing, protobuf wire types", item5],
  ["6", "schedules that can never fire are refused", item6],
  ["7", "stop only by the start script that owns the process", item7],
  ["8", "gateway upgrade refusals are problem+json", item8],
  ["9", "processor runs are in the install's invocation log", item9],
];

// ---- harness ------------------------------------------------------------------------------

const ADMIN = `eha_${randomBytes(24).toString("base64url")}`;

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

/** The control-API client of scripts/lib/server.mjs, inlined: a failure carries status and body. */
function client(base) {
  return async (method, pathname, body) => {
    const res = await fetch(new URL(pathname, base), {
      method,
      headers: {
        authorization: `Bearer ${ADMIN}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const data = text ? JSON.parse(text) : null;
    if (!res.ok)
      throw Object.assign(new Error(`${method} ${pathname} -> ${res.status}: ${text}`), {
        status: res.status,
        body: data,
      });
    return data;
  };
}

async function main() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const state = await mkdtemp(path.join(tmpdir(), "edgehook-hardening-"));
  const { PORT: _port, ...inherited } = process.env;
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "--port", String(port)], {
    cwd: ROOT,
    env: { ...inherited, EDGEHOOK_STATE_DIR: state, EDGEHOOK_ADMIN_TOKEN: ADMIN },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  let failed = 0;
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start not ready in 180 s:\n${log}`)), 180_000);
      const check = () => {
        if (log.includes("ready: ")) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on("data", check);
      exited.then((code) => reject(new Error(`npm start exited (${code}):\n${log}`)));
    });
    const ctx = { base, api: client(base), log: () => log };
    for (const [id, title, run] of ITEMS) {
      try {
        const summary = await run(ctx);
        console.log(`PASS item ${id}: ${title} — ${summary}`);
      } catch (err) {
        failed++;
        console.log(`FAIL item ${id}: ${title} — ${err instanceof Error ? err.message : err}`);
      }
    }
  } finally {
    // The owner's stop (Ctrl-C): start.mjs calls POST /api/control/stop with its start secret.
    child.kill("SIGINT");
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r("timeout"), 30_000))]);
    if (code === "timeout") child.kill("SIGKILL");
    const clean = code === 0 && /stopped accepting/.test(log);
    if (!clean) failed++;
    console.log(
      `${clean ? "PASS" : "FAIL"} item 7 (owner): npm start's own Ctrl-C stop still works — exit ${code}${clean ? ', "stopped accepting"' : `\n${log}`}`,
    );
    await rm(state, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
