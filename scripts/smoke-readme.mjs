// End-to-end smoke test of the README: runs `npm start -- --port N` (scripts/start.mjs) on a free
// port, as a newcomer does (empty state, generated admin token), then the README's walk-through
// shell blocks exactly as written (only the base URL swapped) from another directory, after the
// `export` line npm start printed, and checks what they print. Meanwhile it polls GET / and, at the
// first 200, looks up a seeded device: ready must mean seeded. Exit 0 = the README works on this
// machine. Used by .ci/run.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import path from "node:path";
import { adminTokenWarning } from "./lib/admin-token.mjs";
import { ROOT } from "./lib/server.mjs";
import { startOptions } from "./lib/start-options.mjs";

/** Lines the walk-through must print, in README order. */
const EXPECTED = [
  '"version":1',
  '"data":{"my_app_1":{"counter":2}}',
  '"code":"version_conflict"',
  '"kind":"door_closed"',
  '"code":"forbidden"',
  '"routed":true',
  '"battery": 87',
  '"code":"signature_invalid"',
  '"outcome":"ok"',
  '"counts":{"signature_invalid":1}',
  '"uplinks_today":1',
  '"status":"ContinuousOnline"',
  '["tracker_processor_1"]',
  '{"status":"queued","transport":"http"}',
  '"kind":"processor","outcome":"ok"',
  '{"status":"queued","transport":"http"}',
  '["request_position","AQI="]',
  '["sent","sent"]',
  "204",
  '{"min":87,"max":87,"last":87}',
  "[87,87]",
  "id,timestamp,author_id,data.device_id,data.position.lat,data.position.lon,data.battery.percent",
];

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

function walkThrough(base) {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]);
  const walk = blocks.filter((b) => b.includes("$EH/api/"));
  if (walk.length < 2) throw new Error("README walk-through blocks not found");
  return walk.join("\n").replace("EH=http://127.0.0.1:8787", `EH=${base}`);
}

/** `npm start`'s command line and admin-token warning (issue 8: `--port` was ignored). */
function checkStartOptions() {
  const port = (argv, env = {}) => startOptions(argv, env).port;
  assert.equal(port([]), 8787);
  assert.equal(port([], { PORT: "9000" }), 9000);
  assert.equal(port(["--port", "9001"], { PORT: "9000" }), 9001);
  assert.equal(port(["--port=9002"]), 9002);
  assert.equal(port(["-p", "0"]), 0);
  assert.deepEqual(startOptions(["--help"], {}), { help: true });
  for (const bad of [["--port"], ["--port", "80a"], ["--port", "70000"], ["--prot", "1"], ["9000"]])
    assert.throws(() => startOptions(bad, {}), undefined, `npm start -- ${bad.join(" ")} must be refused`);
  assert.throws(() => startOptions([], { PORT: "x" }), /PORT must be a port number/);
  assert.match(adminTokenWarning("x") ?? "", /has 1 characters; use at least 16/);
  assert.equal(adminTokenWarning("0123456789abcdef"), null);
}

/**
 * Polls GET / until it answers 200, then at once looks up a seeded device with the admin token
 * npm start wrote. Resolves with what it saw; `stop()` ends it early.
 */
function watchReadiness(base, tokenFile) {
  let stopped = false;
  const seen = { starting: 0, serial_found: null };
  const done = (async () => {
    while (!stopped) {
      const res = await fetch(`${base}/`).catch(() => null);
      const body = res ? await res.text() : "";
      if (res?.status === 503 && body.includes('"starting"')) seen.starting += 1;
      if (res?.status === 200) {
        const token = (await readFile(tokenFile, "utf8")).trim();
        const found = await fetch(`${base}/api/control/agents?serial_number=TRK-0001`, {
          headers: { authorization: `Bearer ${token}` },
        });
        seen.serial_found = found.ok && (await found.json()).length === 1;
        return seen;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    return seen;
  })();
  return { done, stop: () => (stopped = true) };
}

/**
 * Issue 21: a request that came through a tunnel carries no CF-Connecting-IP (Cloudflare sets it
 * in production only); locally it counts as from 127.0.0.1, so an allow-all endpoint takes it and
 * one whose ranges leave out loopback refuses it (403 address_not_allowed).
 */
async function checkTunnel(base, admin) {
  const headers = { authorization: `Bearer ${admin}`, "content-type": "application/json" };
  const statuses = [];
  for (const cidr_ranges of [["0.0.0.0/0", "::/0"], ["10.0.0.0/8"]]) {
    const config = { dv_proc_ingestion: { cidr_ranges }, dv_proc_extended_permissions: { all_devices: true } };
    const res = await fetch(`${base}/api/control/installs`, {
      method: "POST",
      headers,
      body: JSON.stringify({ app: "tracker_integration", display_name: `tunnel ${cidr_ranges[0]}`, config }),
    });
    const inst = await res.json();
    assert.equal(res.status, 201, JSON.stringify(inst));
    const uplink = await fetch(inst.ingestion.url, {
      method: "POST",
      headers: { authorization: `Bearer ${inst.ingestion.token}`, "content-type": "application/json" },
      body: JSON.stringify({ device_id: "TRK-0002", battery: { percent: 50 } }),
    });
    statuses.push(uplink.status);
    const body = await uplink.text();
    if (cidr_ranges.length === 1) assert.match(body, /address_not_allowed|not in this endpoint's allowed ranges/, body);
    await fetch(`${base}/api/control/installs/${inst.install_id}`, { method: "DELETE", headers });
  }
  assert.deepEqual(statuses, [200, 403], "a tunnel-style request: accepted by an allow-all endpoint, refused outside 10.0.0.0/8");
  return "tunnel-style requests (no CF-Connecting-IP): allow-all endpoint 200, 10.0.0.0/8 endpoint 403";
}

async function main() {
  checkStartOptions();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // A first start on empty state with a generated admin token, as a newcomer gets it (the
  // README's outputs assume one); the port only on the command line.
  const state = await mkdtemp(path.join(tmpdir(), "edgehook-smoke-"));
  // The walk-through runs from here: nothing in it may depend on the project directory.
  const elsewhere = await mkdtemp(path.join(tmpdir(), "edgehook-smoke-cwd-"));
  const { PORT: _port, EDGEHOOK_ADMIN_TOKEN: _token, ...inherited } = process.env;
  const env = { ...inherited, EDGEHOOK_STATE_DIR: state };
  const server = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "--port", String(port)], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const readiness = watchReadiness(base, path.join(state, "edgehook-admin-token"));
  let log = "";
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start not ready in 180 s:\n${log}`)), 180_000);
      server.stdout.on("data", (chunk) => {
        log += chunk;
        if (log.includes("ready: ")) {
          clearTimeout(timer);
          resolve();
        }
      });
      server.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${log}`)));
    });
    // Once npm start says ready, GET / on our port must have answered 200 already, or does now.
    const late = new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`GET ${base}/ never answered 200 (is --port honoured?):\n${log}`)), 10_000).unref(),
    );
    const seen = await Promise.race([readiness.done, late]);
    if (seen.serial_found !== true)
      throw new Error(`GET / answered 200 before the demo was seeded (TRK-0001 not found):\n${log}`);
    const exported = log.match(/^\s*(export EDGEHOOK_ADMIN_TOKEN=.*)$/m)?.[1];
    if (!exported) throw new Error(`npm start printed no export line for the admin token:\n${log}`);
    const run = spawnSync("bash", ["-euo", "pipefail", "-c", `${exported}\n${walkThrough(base)}`], {
      cwd: elsewhere,
      env,
      encoding: "utf8",
      timeout: 120_000,
    });
    const out = run.stdout ?? "";
    let at = 0;
    const missing = [];
    for (const expected of EXPECTED) {
      const found = out.indexOf(expected, at);
      if (found === -1) missing.push(expected);
      else at = found + expected.length;
    }
    if (run.status !== 0 || missing.length > 0) {
      console.error(
        `--- npm start said:\n${log}--- the walk-through printed:\n${out}\n--- and on stderr:\n${run.stderr}`,
      );
      throw new Error(`README walk-through failed (exit ${run.status}); missing in order: ${missing.join(" | ")}`);
    }
    const admin = (await readFile(path.join(state, "edgehook-admin-token"), "utf8")).trim();
    const tunnel = await checkTunnel(base, admin);
    console.log(
      `${tunnel}\nREADME walk-through ok against npm start --port ${port}, run from ${elsewhere} ` +
        `(${EXPECTED.length} checks); GET / was 503 starting ${seen.starting} times, then 200 with the demo seeded`,
    );
  } finally {
    readiness.stop();
    server.kill("SIGTERM");
    await new Promise((resolve) => (server.exitCode === null ? server.once("exit", resolve) : resolve()));
    await rm(state, { recursive: true, force: true });
    await rm(elsewhere, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
