// End-to-end smoke test of the README: runs `npm start` (scripts/start.mjs) on a free port, then
// the README's walk-through shell blocks exactly as written (only the base URL swapped), and checks
// what they print. Exit 0 = the README works on this machine. Used by .ci/run.
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import path from "node:path";
import { ROOT } from "./lib/server.mjs";

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

async function main() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // A first start on empty state, as a newcomer gets it (the README's outputs assume one).
  const state = await mkdtemp(path.join(tmpdir(), "edgehook-smoke-"));
  const env = {
    ...process.env,
    PORT: String(port),
    EDGEHOOK_STATE_DIR: state,
    EDGEHOOK_ADMIN_TOKEN: `eha_${randomUUID()}`,
  };
  const server = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs")], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
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
    const run = spawnSync("bash", ["-euo", "pipefail", "-c", walkThrough(base)], {
      cwd: ROOT,
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
    console.log(`README walk-through ok against npm start on ${base} (${EXPECTED.length} checks)`);
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => (server.exitCode === null ? server.once("exit", resolve) : resolve()));
    await rm(state, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
