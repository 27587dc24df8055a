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

const ITEMS = [
  ["2", "install configs are capped below a queue message; schedule sends never spin", item2],
  ["5", "LoRaWAN: devices outside the permissions, DevEUI routing, protobuf wire types", item5],
  ["6", "schedules that can never fire are refused", item6],
  ["7", "stop only by the start script that owns the process", item7],
  ["8", "gateway upgrade refusals are problem+json", item8],
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
