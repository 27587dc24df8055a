// `npm start`: builds the worker, serves it on 127.0.0.1:$PORT (default 8787) with state kept in
// .wrangler/state, and seeds the demo organisation on first start. See scripts/lib/server.mjs.
import { ADMIN_TOKEN_FILE, adminToken } from "./lib/admin-token.mjs";
import { seedDemo } from "./lib/demo-org.mjs";
import { PERSIST_DIR, startServer } from "./lib/server.mjs";

const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}

let server;
let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping`);
  try {
    await server?.stop();
  } finally {
    process.exit(0);
  }
}
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
// `npm start` runs this under `sh -c`, and a SIGTERM sent to npm alone kills npm and the shell but
// never reaches here: stop when orphaned rather than keep the port and workerd alive.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && shutdown("parent exited"), 1000).unref();

const admin = await adminToken();
// Shown at once, so a start that fails later cannot lose it.
if (admin.source === "generated") console.log(`admin token (generated; kept in ${ADMIN_TOKEN_FILE}): ${admin.token}`);
try {
  server = await startServer({ port, persist: PERSIST_DIR, adminToken: admin.token });
  await server.waitReady();
  const seed = await seedDemo({ baseUrl: server.url, adminToken: admin.token });

  console.log(`edgehook on ${server.url}  (state: ${PERSIST_DIR})`);
  if (admin.source === "env") console.log("admin token: the value of env EDGEHOOK_ADMIN_TOKEN");
  else console.log(`admin token: in ${ADMIN_TOKEN_FILE}`);
  if (seed.seeded.length > 0) {
    console.log(
      `seeded the demo organisation (${seed.seeded.join(", ")}): devices ${Object.keys(seed.records.devices ?? {}).join(", ")}`,
    );
  }
  for (const line of seed.lines) console.log(line);
  console.log(`ready: ${server.url}/`);
} catch (err) {
  if (stopping) await new Promise(() => {}); // shutdown() exits
  console.error(err instanceof Error ? err.message : err);
  await server?.stop();
  process.exit(1);
}
