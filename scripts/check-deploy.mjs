// The last step of `npm run check`: `wrangler deploy --dry-run`, the bundle `wrangler deploy` would
// upload, checked against wrangler.toml; then its size (fails above 1 MiB gzipped). With
// `--production` (`npm run check -- --production`, also run by `npm run deploy`) it also fails on
// what only a real deploy would trip over: a placeholder binding id, or a local-only variable set.
//
//   node scripts/check-deploy.mjs [--production] [--config <wrangler.toml>]
//
// `--config` checks another copy of the config; its `main` is taken relative to this project, so a
// copy anywhere (e.g. a temp file with real ids, as .ci/run does) checks this project's code.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUTDIR = path.join(ROOT, ".wrangler", "check");

/** Largest gzipped bundle accepted (our target; Cloudflare's own limit is 3 MB free, 10 MB paid). */
const GZIP_LIMIT_BYTES = 1024 * 1024;

// Module files wrangler uploads (as scripts/lib/server.mjs serves them); not source maps or README.md.
const MODULE_FILE = /\.(m?js|cjs|wasm|txt|html|sql|bin)$/;

/**
 * Binding ids a deploy needs real values for. Queues and Durable Objects are named, not given ids,
 * so there is nothing to check offline for them.
 */
const BINDING_IDS = [
  {
    section: "kv_namespaces",
    field: "id",
    valid: /^[0-9a-f]{32}$/i,
    what: "a KV namespace id (32 hex digits)",
    create: (name) => `npx wrangler kv namespace create ${name}`,
  },
  {
    section: "d1_databases",
    field: "database_id",
    valid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    what: "a D1 database id (a UUID)",
    create: (name) => `npx wrangler d1 create ${name}`,
  },
];

/** Variables that only local runs set (docs/deploy.md, "Settings"): empty in production. */
const LOCAL_ONLY_VARS = {
  EDGEHOOK_START_ID:
    "set per start by `npm start`; deployed, GET / answers 503 `starting` until someone calls POST /api/control/ready",
  EDGEHOOK_START_SECRET:
    "set per start by `npm start`; deployed, whoever knows it may stop the worker (POST /api/control/stop)",
  EDGEHOOK_FAULTS: "fault injection for scripts/fault-processors.mjs; deployed, it fails real deliveries",
  EDGEHOOK_QUEUE_SPOOL:
    "the local queue spool (Miniflare's queues are in memory); Cloudflare's Queues are durable, and deployed it adds a Durable Object call and rows per queued message",
};

/**
 * What stops a wrangler config (as wrangler reads it, before normalising) from being deployed
 * for real: one message per problem, naming the binding and how to fix it. Pure: no I/O.
 *
 * @param {Record<string, any>} config
 * @param {string} [file] the config's name in messages
 * @returns {string[]}
 */
function productionProblems(config, file = "wrangler.toml") {
  const scopes = [["", config], ...Object.entries(config.env ?? {}).map(([name, env]) => [`env.${name}.`, env])];
  const problems = [];
  for (const [prefix, scope] of scopes) {
    for (const { section, field, valid, what, create } of BINDING_IDS) {
      for (const binding of scope[section] ?? []) {
        const id = binding[field];
        if (typeof id === "string" && valid.test(id)) continue;
        const name = typeof id === "string" && /^[\w-]+$/.test(id) ? id : "<name>";
        const has = id === undefined ? `has no ${field}` : `has ${field} ${JSON.stringify(id)}`;
        problems.push(
          `${file}: ${prefix}${section} binding ${binding.binding} ${has}; it needs ${what}. ` +
            `Create it with \`${create(name)}\` and put the id it prints in its place (docs/deploy.md).`,
        );
      }
    }
    for (const [name, why] of Object.entries(LOCAL_ONLY_VARS)) {
      const value = scope.vars?.[name];
      if (value !== undefined && value !== "")
        problems.push(
          `${file}: ${prefix}vars.${name} is ${JSON.stringify(value)}; leave it "" in production (${why}).`,
        );
    }
  }
  return problems;
}

/** Total and gzipped size of the bundle's modules, as wrangler reports them (gzip of all, joined). */
function bundleSize(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && MODULE_FILE.test(f.name))
    .map((f) => path.join(f.parentPath ?? f.path, f.name))
    .sort();
  if (files.length === 0) throw new Error(`no bundle in ${dir}`);
  const joined = Buffer.concat(files.map((f) => readFileSync(f)));
  return { files: files.map((f) => path.relative(dir, f)), bytes: joined.length, gzipBytes: gzipSync(joined).length };
}

function parseArgs(argv) {
  const options = { production: false, config: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--production") options.production = true;
    else if (arg === "--config" && argv[i + 1]) options.config = path.resolve(argv[++i]);
    else if (arg.startsWith("--config=")) options.config = path.resolve(arg.slice("--config=".length));
    else throw new Error(`unknown argument ${arg}; usage: check-deploy.mjs [--production] [--config <wrangler.toml>]`);
  }
  return options;
}

const requireFromRoot = createRequire(path.join(ROOT, "package.json"));

/** The config as written (wrangler's own reader: TOML, JSON or JSONC). */
async function readRawConfig(file) {
  const wrangler = await import(pathToFileURL(requireFromRoot.resolve("wrangler")).href);
  return wrangler.experimental_readRawConfig({ config: file }).rawConfig;
}

/** `wrangler deploy --dry-run --outdir`, its output shown as it comes; resolves to the exit code. */
function dryRun({ config, entry }) {
  rmSync(OUTDIR, { recursive: true, force: true }); // a stale module would be counted otherwise
  const bin = path.join(path.dirname(requireFromRoot.resolve("wrangler/package.json")), "bin", "wrangler.js");
  const args = [bin, "deploy", ...(entry ? [entry] : []), "--dry-run", "--outdir", OUTDIR];
  if (config) args.push("--config", config);
  // process.execPath: the Node running this script (npm scripts: the project's Node 22, as wrangler needs).
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    stdio: "inherit",
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
}

const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
const shown = (file) => (file.startsWith(ROOT) ? path.relative(ROOT, file) : file);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const configFile = options.config ?? path.join(ROOT, "wrangler.toml");
  const raw = options.production || options.config ? await readRawConfig(configFile) : null;
  const problems = options.production ? productionProblems(raw, shown(configFile)) : [];

  // A config outside the project would have wrangler look for `main` next to it.
  const entry = options.config && typeof raw?.main === "string" ? path.resolve(ROOT, raw.main) : null;
  const code = await dryRun({ config: options.config, entry });
  if (code !== 0) {
    for (const p of problems) console.error(`✘ ${p}`);
    return code;
  }

  const size = bundleSize(OUTDIR);
  const over = size.gzipBytes > GZIP_LIMIT_BYTES;
  console.log(
    `bundle (${size.files.join(", ")}): ${kib(size.bytes)}, gzipped ${kib(size.gzipBytes)} ` +
      `(limit ${kib(GZIP_LIMIT_BYTES)} gzipped${over ? ": OVER" : ""})`,
  );
  if (over) console.error(`✘ the bundle is ${kib(size.gzipBytes - GZIP_LIMIT_BYTES)} over the gzipped limit`);

  if (options.production) {
    for (const p of problems) console.error(`✘ ${p}`);
    if (problems.length === 0)
      console.log(`production: ${shown(configFile)} has real binding ids and no local-only vars`);
  }
  return over || problems.length > 0 ? 1 : 0;
}

/** Wrangler's own floor (its `engines`). */
const WRANGLER_NODE = [22, 12];

/**
 * Run directly on an older Node (`node scripts/check-deploy.mjs` with a system Node 20), the check
 * re-runs itself on the project's own Node 22 (the `node` dev dependency, as `npm run check` uses);
 * without it, it says what to do instead of wrangler's bare refusal.
 */
function onProjectNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major > WRANGLER_NODE[0] || (major === WRANGLER_NODE[0] && minor >= WRANGLER_NODE[1])) return null;
  const own = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "node.cmd" : "node");
  if (!existsSync(own) || path.resolve(process.execPath) === path.resolve(own)) {
    console.error(
      `check-deploy needs Node ≥ ${WRANGLER_NODE.join(".")} (wrangler's floor); this is Node ${process.versions.node}. ` +
        "Run `npm install`, then `npm run check` (npm scripts use the project's own Node 22).",
    );
    return 2;
  }
  const child = spawnSync(own, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  return child.status ?? 1;
}

const handedOver = onProjectNode();
if (handedOver !== null) process.exit(handedOver);

try {
  process.exitCode = await main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 2;
}
