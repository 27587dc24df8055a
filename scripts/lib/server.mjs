// Serves edgehook locally through the Miniflare API: build the bundle with wrangler, read the
// bindings from wrangler.toml with wrangler's own config reader, and listen on the worker's own
// ("direct") socket. Shared by scripts/start.mjs and scripts/bench.mjs.
//
// Why not `wrangler dev`: it puts a forwarding workerd in front of the worker and records every
// request into a local trace store, which costs 5-8x the throughput (see issue 2). Miniflare's
// normal entry port also forwards once more; the direct socket goes straight to the worker.
import { spawn, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Local state: `.wrangler/state` (shared with `npm run dev`), or env EDGEHOOK_STATE_DIR. */
export const STATE_DIR = process.env.EDGEHOOK_STATE_DIR
  ? path.resolve(process.env.EDGEHOOK_STATE_DIR)
  : path.join(ROOT, ".wrangler", "state");
/** Where `wrangler dev` keeps its resources: sharing it lets `npm run dev` see the same data. */
export const PERSIST_DIR = path.join(STATE_DIR, "v3");
export const DIST_DIR = path.join(ROOT, ".wrangler", "dist");
export const WORKER_NAME = "edgehook";

// Nothing here may reach the network or phone home.
process.env.WRANGLER_SEND_METRICS = "false";
process.env.X_LOCAL_OBSERVABILITY = "false";

const requireFromRoot = createRequire(path.join(ROOT, "package.json"));
const wranglerPkg = requireFromRoot.resolve("wrangler/package.json");

/** Wrangler's own Miniflare (and so its workerd), the one `npm run dev` uses on the same state. */
async function loadMiniflare() {
  let entry;
  try {
    entry = createRequire(wranglerPkg).resolve("miniflare");
  } catch {
    entry = requireFromRoot.resolve("miniflare");
  }
  return import(pathToFileURL(entry).href);
}

/**
 * Has Miniflare run workerd in a session of its own, so Ctrl-C — which a terminal sends to the
 * whole foreground process group — does not kill it at once, cutting requests in flight: `npm
 * start` stops it itself once they are done (scripts/start.mjs). It still dies with its parent,
 * however that dies (`setpriv --pdeathsig KILL`): a kill -9 of `npm start` leaves no workerd
 * behind. Where `setsid` or `setpriv` (util-linux) is missing, workerd is run as before.
 */
async function detachWorkerdFromTerminal(scratchDir) {
  if (process.platform !== "linux" || process.env.MINIFLARE_WORKERD_PATH) return;
  if (spawnSync("sh", ["-c", "command -v setsid && command -v setpriv"], { stdio: "ignore" }).status !== 0) return;
  let workerdPkg;
  try {
    workerdPkg = createRequire(createRequire(wranglerPkg).resolve("miniflare")).resolve("workerd");
  } catch {
    workerdPkg = requireFromRoot.resolve("workerd");
  }
  // A CommonJS module: its `default` export is the binary's path.
  const { default: exported } = await import(pathToFileURL(workerdPkg).href);
  const workerd = typeof exported === "string" ? exported : exported.default;
  await mkdir(scratchDir, { recursive: true });
  const wrapper = path.join(scratchDir, "workerd-own-session.sh");
  await writeFile(wrapper, `#!/bin/sh\nexec setsid setpriv --pdeathsig KILL ${JSON.stringify(workerd)} "$@"\n`, {
    mode: 0o755,
  });
  process.env.MINIFLARE_WORKERD_PATH = wrapper;
}

/** `wrangler deploy --dry-run --outdir <abs>`: the exact bundle `wrangler deploy` would upload. */
export async function buildBundle({ outdir = DIST_DIR } = {}) {
  const bin = path.join(path.dirname(wranglerPkg), "bin", "wrangler.js");
  const out = path.resolve(outdir);
  // A stale module of an earlier build would otherwise be served beside the new bundle.
  const ours = [path.join(ROOT, ".wrangler"), tmpdir()].some((dir) => out.startsWith(dir + path.sep));
  if (ours) await rm(out, { recursive: true, force: true });
  const args = [bin, "deploy", "--dry-run", "--outdir", out];
  // process.execPath is the Node running this script (22 from node_modules), which wrangler needs.
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: process.env.CI ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`wrangler build failed (exit ${code}):\n${output}`);
  return out;
}

const MODULE_TYPES = [
  [/\.(m?js)$/, "ESModule"],
  [/\.cjs$/, "CommonJS"],
  [/\.wasm$/, "CompiledWasm"],
  [/\.(txt|html|sql)$/, "Text"],
  [/\.bin$/, "Data"],
];

/** Every module of the bundle, entry first (wrangler may emit wasm or text modules beside it). */
function bundleModules(dist, main = "index.js") {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => path.relative(dist, path.join(f.parentPath ?? f.path, f.name)));
  const modules = [];
  for (const file of files) {
    const type = MODULE_TYPES.find(([re]) => re.test(file))?.[1];
    if (!type) continue; // README.md, source maps
    const module = { type, path: path.join(dist, file) };
    if (file === main) modules.unshift(module);
    else modules.push(module);
  }
  if (modules[0]?.path !== path.join(dist, main)) throw new Error(`no ${main} in ${dist}`);
  return modules;
}

/** Bindings, vars, DOs (SQLite), KV, queues and compatibility settings from wrangler.toml. */
async function configWorkerOptions(adminToken, startId, startSecret, vars = {}) {
  // Give wrangler the secret so it neither warns about it nor reads a stale one elsewhere.
  process.env.EDGEHOOK_ADMIN_TOKEN = adminToken;
  const { unstable_getMiniflareWorkerOptions } = await import("wrangler");
  const logLevel = process.env.WRANGLER_LOG;
  process.env.WRANGLER_LOG ??= "warn"; // not "Using secrets defined in process.env" on every start
  let workerOptions;
  try {
    ({ workerOptions } = unstable_getMiniflareWorkerOptions(path.join(ROOT, "wrangler.toml")));
  } finally {
    if (logLevel === undefined) delete process.env.WRANGLER_LOG;
  }
  // Miniflare 5 rejects modulesRules; the bundle's modules are listed explicitly instead.
  const { modulesRules: _rules, ...rest } = workerOptions;
  // EDGEHOOK_START_ID: GET / answers 503 `starting` until this start is marked ready (src/worker/routes/readiness.ts).
  // EDGEHOOK_START_SECRET: only a caller that knows it may stop or resume this start
  // (src/worker/routes/stopping.ts); empty, nobody may.
  // Miniflare's queues live in memory: keep queued messages durably until consumed (src/agent/queue-spool.ts).
  // EDGEHOOK_QUEUE_SPOOL=off in the environment shows what is lost without (`npm run crash`).
  const bindings = {
    ...rest.bindings,
    EDGEHOOK_QUEUE_SPOOL: process.env.EDGEHOOK_QUEUE_SPOOL === "off" ? "" : "on",
    ...vars,
    EDGEHOOK_ADMIN_TOKEN: adminToken, EDGEHOOK_START_ID: startId ?? "", EDGEHOOK_START_SECRET: startSecret ?? "" };
  return { ...rest, bindings };
}

/**
 * A worker served beside edgehook. It gets edgehook's kinds of binding (unused) so it is served on
 * equal terms, plus its own:
 * - `imports`: paths of the modules its script imports (Miniflare 5 serves only the modules it is
 *   given; it does not follow imports), in the script's folder or below;
 * - `durableObjects`: binding -> class the script exports, stored in SQLite like edgehook's own;
 * - `queues`: binding -> queue name the worker both produces to and consumes (its script's
 *   `queue()` handler), batched like edgehook's own consumer, so consuming costs the same.
 *
 * @typedef {{ name: string, scriptPath: string, port?: number, imports?: string[],
 *             durableObjects?: Record<string, string>, queues?: Record<string, string> }} ExtraWorker
 */

const mapValues = (record = {}, fn) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));

/** Miniflare options of an ExtraWorker; `base` is edgehook's (from wrangler.toml). */
function extraWorkerOptions(w, base, host) {
  const scriptPath = path.resolve(w.scriptPath);
  const queueNames = Object.values(w.queues ?? {});
  // wrangler.toml has one consumer (edgehook's): its batch size, timeout and retries.
  const consumer = Object.values(base.queueConsumers ?? {})[0] ?? {};
  return {
    name: w.name,
    rootPath: ROOT,
    compatibilityDate: base.compatibilityDate,
    compatibilityFlags: base.compatibilityFlags,
    modules: [scriptPath, ...(w.imports ?? [])].map((p) => ({ type: "ESModule", path: path.resolve(p) })),
    modulesRoot: path.dirname(scriptPath),
    kvNamespaces: base.kvNamespaces,
    queueProducers: { ...base.queueProducers, ...mapValues(w.queues, (queueName) => ({ queueName })) },
    queueConsumers: Object.fromEntries(queueNames.map((q) => [q, consumer])),
    durableObjects: {
      ...mapValues(base.durableObjects, (v) => ({ ...v, scriptName: WORKER_NAME })),
      ...mapValues(w.durableObjects, (className) => ({ className, useSQLite: true })),
    },
    unsafeDirectSockets: [{ host, port: w.port ?? 0 }],
  };
}

/**
 * Builds and serves the worker. Returns once workerd listens; call `waitReady()` for `GET /`.
 *
 * @param {object} o
 * @param {number} [o.port] direct-socket port of the edgehook worker (0: any free port)
 * @param {string} [o.host]
 * @param {string|false} [o.persist] resource directory, or false for throwaway state
 * @param {string} o.adminToken
 * @param {string} [o.startId] set by a start that seeds: GET / is not ready until it calls
 *   POST /api/control/ready (default: ready at once)
 * @param {string} [o.startSecret] set by the start that owns the process: the secret it sends
 *   (header `x-edgehook-start-secret`) to stop or resume it; without one nobody may
 * @param {Array<ExtraWorker>} [o.extraWorkers] more workers served the same way (each on its own
 *   direct socket), e.g. the bench's bare baseline and floors
 * @param {string} [o.tmpPath] Miniflare's scratch directory when persisting (default .wrangler/tmp)
 * @param {string} [o.outdir] where the bundle is built (default .wrangler/dist)
 * @param {boolean} [o.build] run the wrangler build first (default true)
 * @param {Record<string, string>} [o.vars] variables over wrangler.toml's (e.g. EDGEHOOK_FAULTS)
 * @param {boolean} [o.ownSession] workerd out of the terminal's process group (Ctrl-C): the
 *   caller stops it (`npm start`); it still dies with this process
 * @param {number} [o.inspectorPort] serve workerd's V8 inspector on 127.0.0.1 (0: any free port):
 *   one DevTools target per worker, listed at `http://127.0.0.1:<port>/json` (scripts/profile.mjs)
 */
export async function startServer({
  port = 8787,
  host = "127.0.0.1",
  persist = PERSIST_DIR,
  adminToken,
  startId,
  startSecret,
  extraWorkers = [],
  tmpPath = path.join(ROOT, ".wrangler", "tmp"),
  outdir = DIST_DIR,
  build = true,
  inspectorPort,
  vars = {},
  ownSession = false,
} = {}) {
  if (!adminToken) throw new Error("startServer needs an adminToken");
  const dist = build ? await buildBundle({ outdir }) : path.resolve(outdir);
  if (ownSession) await detachWorkerdFromTerminal(tmpPath);
  const { Miniflare, Log, LogLevel, convertV4MiniflareOptions } = await loadMiniflare();
  const base = await configWorkerOptions(adminToken, startId, startSecret, vars);
  if (persist) await mkdir(persist, { recursive: true });

  const edgehook = {
    ...base,
    name: WORKER_NAME,
    rootPath: ROOT,
    modules: bundleModules(dist),
    modulesRoot: dist,
    unsafeDirectSockets: [{ host, port }],
  };
  const extras = extraWorkers.map((w) => extraWorkerOptions(w, base, host));

  const options = convertV4MiniflareOptions({
    rootPath: ROOT,
    // Miniflare's own entry socket: unused by clients (it adds a hop), so any free port.
    host,
    port: 0,
    cf: false, // placeholder Request.cf: never fetch the real one
    telemetry: { enabled: false },
    unsafeObservability: false,
    logRequests: false,
    log: new Log(LogLevel.WARN),
    // workerd's own inspector socket (no Miniflare proxy in front: none of the workers asks for one).
    inspectorPort,
    resourcePersistencePath: persist || undefined,
    resourceTmpPath: persist ? tmpPath : undefined,
    workers: [edgehook, ...extras],
  });
  const mf = new Miniflare(options);
  let url;
  let inspectorUrl;
  const urls = {};
  try {
    await mf.ready;
    url = await mf.unsafeGetDirectURL(WORKER_NAME);
    urls[WORKER_NAME] = url.origin;
    for (const w of extras) urls[w.name] = (await mf.unsafeGetDirectURL(w.name)).origin;
    if (inspectorPort !== undefined) inspectorUrl = (await mf.getInspectorURL()).origin.replace(/^ws:/, "http:");
  } catch (err) {
    await mf.dispose().catch(() => {});
    throw err;
  }

  let disposed;
  return {
    mf,
    url: url.origin,
    /** The served bundle's folder (its `index.js.map` maps profiles back to src/). */
    dist,
    urls,
    /** `http://127.0.0.1:<port>` of workerd's inspector, when `inspectorPort` was given. */
    inspectorUrl,
    /**
     * Polls `GET /` until it answers 200, or with `starting: true` also 503 (up, but a start with
     * a `startId` has yet to be marked ready).
     */
    async waitReady(timeoutMs = 30_000, { starting = false } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        try {
          const res = await fetch(`${url.origin}/`);
          await res.arrayBuffer();
          if (res.status === 200 || (starting && res.status === 503)) return;
        } catch {}
        if (Date.now() > deadline) throw new Error(`GET ${url.origin}/ did not answer 200 in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop() {
      disposed ??= mf.dispose();
      return disposed;
    },
  };
}

/** The header a start script sends its start secret in (src/worker/routes/stopping.ts). */
export const START_SECRET_HEADER = "x-edgehook-start-secret";

/**
 * A tiny JSON client of the control API (and anything else under the same origin); `headers` go
 * with every request (e.g. the start secret).
 */
export function apiClient(baseUrl, token, headers = {}) {
  return async function api(method, pathname, body) {
    const res = await fetch(new URL(pathname, baseUrl), {
      method,
      headers: {
        ...headers,
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const data = text ? JSON.parse(text) : null;
    if (!res.ok) {
      const err = new Error(`${method} ${pathname} -> ${res.status}: ${text}`);
      err.status = res.status;
      err.body = data;
      throw err;
    }
    return data;
  };
}

const portOf = (origin) => Number(new URL(origin).port);

/**
 * A server on a random port with throwaway state, build and temp folders (for benchmarks): runs
 * `work({ server, api, adminToken, restart })` and always stops the server and removes the
 * folders, also on SIGINT/SIGTERM.
 *
 * `restart()` stops the runtime as `npm start` does on SIGTERM (`POST /api/control/stop`, then
 * the workerd process ends) and starts a new one on the same state, bundle (not rebuilt) and
 * ports, so `server.url`, `server.urls` and `api` stay valid: every Durable Object and the
 * isolate start cold. It resolves to the new server (the `server` given to `work` is stopped).
 */
export async function withThrowawayServer(prefix, options, work) {
  const { mkdtemp, rm } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { randomBytes } = await import("node:crypto");
  const scratch = await mkdtemp(path.join(tmpdir(), prefix));
  const adminToken = `eha_${randomBytes(24).toString("base64url")}`;
  let server;
  const stop = async () => {
    await server?.stop();
    await rm(scratch, { recursive: true, force: true });
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => stop().finally(() => process.exit(130)));
  const serverOptions = {
    port: 0,
    persist: path.join(scratch, "state"),
    tmpPath: path.join(scratch, "tmp"),
    outdir: path.join(scratch, "dist"),
    adminToken,
    ...options,
  };
  const restart = async () => {
    const { url, urls } = server;
    // Refused (403) without a start id and secret, where there is nothing to stop
    // (src/worker/routes/stopping.ts); with them it waits for requests in flight.
    const owner = serverOptions.startSecret ? { [START_SECRET_HEADER]: serverOptions.startSecret } : {};
    await apiClient(url, adminToken, owner)("POST", "/api/control/stop").catch(() => null);
    await server.stop();
    server = null;
    server = await startServer({
      ...serverOptions,
      build: false,
      port: portOf(url),
      extraWorkers: (serverOptions.extraWorkers ?? []).map((w) => ({ ...w, port: portOf(urls[w.name]) })),
    });
    await server.waitReady();
    return server;
  };
  try {
    server = await startServer(serverOptions);
    await server.waitReady();
    return await work({ server, api: apiClient(server.url, adminToken), adminToken, restart });
  } finally {
    await stop();
  }
}
