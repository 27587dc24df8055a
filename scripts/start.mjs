// `npm start`: builds the worker, serves it on 127.0.0.1:<port> (`npm start -- --port N`, env PORT,
// default 8787) with state kept in .wrangler/state, and seeds the demo organisation on first start.
// GET / answers 503 `starting` until the seeding is done (see src/worker/routes/readiness.ts).
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { ADMIN_TOKEN_FILE, adminToken, adminTokenWarning, exportLine } from "./lib/admin-token.mjs";
import { seedDemo } from "./lib/demo-org.mjs";
import { PERSIST_DIR, STATE_DIR, START_SECRET_HEADER, apiClient, startServer } from "./lib/server.mjs";
import { USAGE, startOptions } from "./lib/start-options.mjs";

/** A folder under the current one as a relative path (`.wrangler/state`), any other in full. */
const shownDir = (dir) => (dir.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), dir) : dir);

let options;
try {
  options = startOptions(process.argv.slice(2), process.env);
} catch (err) {
  console.error(err.message);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

let server;
let admin;
let stopping = false;
// Only this process knows it (the worker gets it as EDGEHOOK_START_SECRET): it alone may stop or
// resume the server (POST /api/control/stop|resume), not any admin token (issue 20, item 7).
const startSecret = randomBytes(32).toString("base64url");
const owner = { [START_SECRET_HEADER]: startSecret };
/**
 * SIGINT/SIGTERM: new requests are answered 503 `stopping`, those in flight finish (at most 10 s;
 * src/worker/routes/stopping.ts), then the runtime stops. Queued events not yet consumed stay kept in
 * their Durable Objects and are sent again by the next start (src/agent/queue-spool.ts). Open gateway WebSockets
 * are cut (close 1006); clients resume their sessions (op 11) for 5 minutes after the next start.
 */
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping (new requests get 503 stopping; finishing those in flight)`);
  try {
    if (server && admin) {
      const done = await apiClient(server.url, admin.token, owner)("POST", "/api/control/stop").catch(() => null);
      if (done) console.log(`stopped accepting; ${done.in_flight} requests still in flight; queued events kept for the next start`);
    }
    await server?.stop();
  } finally {
    process.exit(0);
  }
}
const onSignal = { SIGINT: () => shutdown("SIGINT"), SIGTERM: () => shutdown("SIGTERM") };
for (const [signal, handler] of Object.entries(onSignal)) process.on(signal, handler);
/** Miniflare's own exit hook disposes the runtime and exits at once on a signal: ours only. */
function onlyOurSignalHandlers() {
  for (const [signal, handler] of Object.entries(onSignal))
    for (const listener of process.listeners(signal)) if (listener !== handler) process.removeListener(signal, listener);
}
// `npm start` runs this under `sh -c`, and a SIGTERM sent to npm alone kills npm and the shell but
// never reaches here: stop when orphaned rather than keep the port and workerd alive.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && shutdown("parent exited"), 1000).unref();

admin = await adminToken();
const weak = adminTokenWarning(admin.token);
if (weak) console.warn(weak);
// Shown at once, so a start that fails later cannot lose it.
if (admin.source === "generated") console.log(`admin token (generated; kept in ${ADMIN_TOKEN_FILE}): ${admin.token}`);
try {
  // A new id per start: GET / stays 503 `starting` until this start says it is done seeding.
  const startId = randomUUID();
  // Ctrl-C (the terminal signals the whole group) must not reach workerd: shutdown() stops it
  // once requests in flight are done.
  server = await startServer({
    port: options.port,
    persist: PERSIST_DIR,
    adminToken: admin.token,
    startId,
    startSecret,
    ownSession: true,
  });
  onlyOurSignalHandlers();
  await server.waitReady(30_000, { starting: true });
  const seed = await seedDemo({ baseUrl: server.url, adminToken: admin.token });
  await apiClient(server.url, admin.token)("POST", "/api/control/ready");

  // The state folder as the README names it (the admin token file, the seed marker, and v3/, where
  // Miniflare keeps the Durable Objects, KV and queues, as `npm run dev` does).
  console.log(`edgehook on ${server.url}  (state: ${shownDir(STATE_DIR)})`);
  if (admin.source === "env") console.log("admin token: the value of env EDGEHOOK_ADMIN_TOKEN (set it where you call from too)");
  else console.log(`admin token: in ${ADMIN_TOKEN_FILE}; to use it from any directory, run in your shell:\n  ${exportLine()}`);
  if (seed.seeded.length > 0) {
    console.log(
      `seeded the demo organisation (${seed.seeded.join(", ")}): devices ${Object.keys(seed.records.devices ?? {}).join(", ")}`,
    );
  }
  for (const line of seed.lines) console.log(line);
  console.log(`dashboard: open ${server.url}/ in a browser, with a token (README, "Dashboard")`);
  console.log(`ready: ${server.url}/`);
} catch (err) {
  if (stopping) await new Promise(() => {}); // shutdown() exits
  console.error(err instanceof Error ? err.message : err);
  await server?.stop();
  process.exit(1);
}
