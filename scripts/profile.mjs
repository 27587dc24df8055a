// `npm run profile`: where the CPU of a bench case goes inside workerd. Serves edgehook and the
// bench's extra workers as `npm run bench` does (scripts/lib/server.mjs, with workerd's V8
// inspector on), sets a case up as the bench does (scripts/lib/bench-cases.mjs), and while
// autocannon loads it, samples the V8 CPU profiler of the isolate serving it through the Chrome
// DevTools Protocol. Saves each `.cpuprofile` (open it in Chrome DevTools or speedscope) and
// prints, per isolate: where its thread's time went (JS, GC, native, idle; edge vs Durable Object
// side), the top functions by self and by inclusive time with their hottest lines (bundle
// positions mapped back to src/ through the source map), the same by source file, and what the
// processes did meanwhile (cores, kernel time, storage writes and blocking per request).
//
//   npm run profile                        the 8-device uplink, then the durable floor
//   npm run profile -- uplink-signed       any case id of CASES (scripts/lib/bench-cases.mjs)
//   PROFILE_DURATION=10 PROFILE_INTERVAL_US=100 PROFILE_TARGETS=kv:ns npm run profile
//   LD_PRELOAD=libeatmydata.so npm run profile   (Debian's eatmydata) the same without fsync,
//                                                which separates CPU from disk-sync waits
//
// workerd runs one isolate per worker and a worker's Durable Objects in that same isolate, all on
// one thread, so edgehook's target ("core:user:edgehook") carries both the Hono app and the
// Agent/Registry objects, and its thread's time per request is what bounds req/s. PROFILE_TARGETS
// adds other workerd targets (comma-separated, e.g. "kv:ns" for Miniflare's KV simulator); the
// list of them is printed at start.
//
// Caveats: the profiler slows the isolate (each case is also measured unprofiled first, and both
// rates are printed); samples are counted, not weighted by their uneven gaps (see analyse);
// inclusive times follow synchronous stacks only (a function's time after an `await` belongs to
// whoever resumed it); what workerd does outside JS (HTTP, RPC delivery, the SQLite commit at the
// end of a Durable Object event) shows as "(program)" or as a native function without a JS
// caller, and time blocked in the kernel (fsync) is not sampled at all: the per-request
// "blocked" and "wrote" figures show it.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { SourceMap } from "node:module";
import path from "node:path";
import { benchContext, CASES, EXTRA_WORKERS, BENCH_VARS, prepareCase } from "./lib/bench-cases.mjs";
import { runLoad } from "./lib/load.mjs";
import { ROOT, WORKER_NAME, withThrowawayServer } from "./lib/server.mjs";

const DURATION = Number(process.env.PROFILE_DURATION ?? 10); // seconds profiled per case
const WARMUP = Number(process.env.PROFILE_WARMUP ?? 2); // seconds of load first, so the JIT is warm
const UNPROFILED = Number(process.env.PROFILE_UNPROFILED ?? 5); // seconds measured without the profiler
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const INTERVAL_US = Number(process.env.PROFILE_INTERVAL_US ?? 100); // V8 sampling interval
const TOP_SELF = Number(process.env.PROFILE_TOP ?? 40);
const TOP_TOTAL = Number(process.env.PROFILE_TOP_TOTAL ?? 25);
const TOP_FILES = 20;
const EXTRA_TARGETS = (process.env.PROFILE_TARGETS ?? "").split(",").filter(Boolean);
const OUT_DIR = process.env.PROFILE_OUT_DIR ?? "/tmp";
const DEFAULT_CASES = ["uplink", "durable-floor"];

// ---- Chrome DevTools Protocol -------------------------------------------------------------------

/** A CDP session over one inspector WebSocket (Node 22's global WebSocket); events are ignored. */
async function connect(wsUrl) {
  const ws = new WebSocket(wsUrl);
  await new Promise((resolve, reject) => {
    ws.addEventListener("open", resolve, { once: true });
    ws.addEventListener("error", () => reject(new Error(`cannot connect to ${wsUrl}`)), { once: true });
  });
  let nextId = 1;
  const waiting = new Map();
  ws.addEventListener("message", (event) => {
    const msg = JSON.parse(String(event.data));
    const pending = msg.id === undefined ? undefined : waiting.get(msg.id);
    if (!pending) return;
    waiting.delete(msg.id);
    if (msg.error) pending.reject(new Error(`${pending.method}: ${msg.error.message}`));
    else pending.resolve(msg.result);
  });
  ws.addEventListener("close", () => {
    for (const p of waiting.values()) p.reject(new Error(`${p.method}: inspector connection closed`));
    waiting.clear();
  });
  return {
    send(method, params = {}) {
      const id = nextId++;
      ws.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve, reject) => waiting.set(id, { method, resolve, reject }));
    },
    close: () => ws.close(),
  };
}

/** workerd's inspector targets (one per worker, its id e.g. "core:user:edgehook"). */
async function listTargets(inspectorUrl) {
  const res = await fetch(`${inspectorUrl}/json`);
  return (await res.json()).map((t) => ({ id: t.id, wsUrl: t.webSocketDebuggerUrl }));
}

// ---- process CPU (what the profile cannot see: workerd outside the isolate, the load generator) --

const CLK_TCK = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" })) || 100;
  } catch {
    return 100;
  }
})();

/** `/proc/<pid>/stat` (or a task's): name, parent, CPU ticks in user and kernel mode. */
function procStat(file) {
  try {
    const text = readFileSync(file, "utf8");
    const close = text.lastIndexOf(")");
    const fields = text.slice(close + 2).split(" ");
    return {
      comm: text.slice(text.indexOf("(") + 1, close),
      ppid: Number(fields[1]),
      user: Number(fields[11]),
      system: Number(fields[12]),
    };
  } catch {
    return null; // gone meanwhile
  }
}

/** Numeric fields of a `key: value` (/proc/<pid>/status) or `key value` (/proc/<pid>/io) file. */
function procFields(file) {
  try {
    return Object.fromEntries(
      readFileSync(file, "utf8")
        .split("\n")
        .map((line) => line.split(/:\s*/))
        .filter(([, v]) => v !== undefined && /^\d+/.test(v))
        .map(([k, v]) => [k, Number.parseInt(v, 10)]),
    );
  } catch {
    return {};
  }
}

/** workerd processes started under this one (Miniflare spawns workerd as a direct child). */
function workerdPids() {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      const stat = procStat(`/proc/${pid}/stat`);
      return stat && stat.ppid === process.pid && stat.comm.includes("workerd");
    });
}

/** Busy and total ticks of the whole machine (every core), from /proc/stat. */
function machineTicks() {
  const [, ...nums] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
  const v = nums.map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - v[3] - (v[4] ?? 0), total };
}

function cpuSnapshot(pids) {
  const threads = new Map();
  const io = { write_bytes: 0, syscw: 0 };
  for (const pid of pids) {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = procStat(`/proc/${pid}/task/${tid}/stat`);
      const status = procFields(`/proc/${pid}/task/${tid}/status`);
      if (stat) threads.set(`${pid}/${tid}`, { ...stat, blocked: status.voluntary_ctxt_switches ?? 0 });
    }
    const fields = procFields(`/proc/${pid}/io`);
    io.write_bytes += fields.write_bytes ?? 0;
    io.syscw += fields.syscw ?? 0;
  }
  return { at: performance.now(), threads, io, self: process.cpuUsage(), machine: machineTicks() };
}

/**
 * What the processes did between two snapshots: cores used by workerd (its busiest threads, user
 * and kernel time), by this process and by the whole machine; and per request, workerd's main
 * thread CPU, the bytes it had written to storage (SQLite's WAL; socket writes do not count) and
 * how often the thread blocked (voluntary context switches, e.g. waiting for an fsync).
 */
function cpuReport(a, b, requests) {
  const seconds = (b.at - a.at) / 1000;
  const cores = (ticks) => ticks / CLK_TCK / seconds;
  const threads = [...b.threads]
    .map(([key, s]) => {
      const was = a.threads.get(key) ?? { user: 0, system: 0, blocked: 0 };
      return {
        name: `${s.comm}[${key.split("/")[1]}]`,
        user: cores(s.user - was.user),
        system: cores(s.system - was.system),
        blocked: s.blocked - was.blocked,
      };
    })
    .sort((x, y) => y.user + y.system - x.user - x.system);
  const workerd = threads.reduce((n, t) => n + t.user + t.system, 0);
  const self = (b.self.user + b.self.system - a.self.user - a.self.system) / 1e6 / seconds;
  const machineCores = (b.machine.total - a.machine.total) / CLK_TCK / seconds;
  const machine = (b.machine.busy - a.machine.busy) / CLK_TCK / seconds;
  const busiest = threads
    .filter((t) => t.user + t.system >= 0.02)
    .slice(0, 3)
    .map((t) => `${t.name} ${(t.user + t.system).toFixed(2)} (kernel ${t.system.toFixed(2)})`)
    .join(", ");
  const main = threads[0];
  const perReq = (v) => (requests > 0 ? v / requests : 0);
  return [
    `cores used: workerd ${workerd.toFixed(2)}: ${busiest || "-"}; this node process (autocannon, Miniflare) ${self.toFixed(2)};`,
    `            whole machine ${machine.toFixed(2)} of ${machineCores.toFixed(0)} (others ${Math.max(0, machine - workerd - self).toFixed(2)})`,
    main
      ? `per request: workerd main thread ${perReq((main.user + main.system) * seconds * 1e6).toFixed(0)} µs CPU ` +
        `(kernel ${perReq(main.system * seconds * 1e6).toFixed(0)}), blocked ${perReq(main.blocked).toFixed(2)}×; ` +
        `workerd wrote ${(perReq(b.io.write_bytes - a.io.write_bytes) / 1024).toFixed(1)} KiB to storage`
      : "",
  ].join("\n");
}

// ---- the profile's summary ------------------------------------------------------------------------

const SPECIAL = new Set(["(root)", "(program)", "(idle)", "(garbage collector)"]);

/**
 * Maps a frame to where it was written: the bundle's positions through its source map, a worker
 * script's path relative to the repository; native functions (no url) as "(native)". `line(url,
 * n)` maps a 1-based line of a script (a profile's positionTicks) the same way.
 */
function locator(dist) {
  let map = null;
  let bundleLines = [];
  try {
    map = new SourceMap(JSON.parse(readFileSync(path.join(dist, "index.js.map"), "utf8")));
    bundleLines = readFileSync(path.join(dist, "index.js"), "utf8").split("\n");
  } catch {}
  const isBundle = (url) => map !== null && /(^|\/)index\.js$/.test(url);
  const memo = new Map();
  const relative = (url) =>
    url.startsWith("file://") || url.startsWith("/") ? path.relative(ROOT, url.replace(/^file:\/\//, "")) : url;
  const fromMap = (lineNumber, columnNumber) => {
    const entry = map.findEntry(lineNumber, columnNumber);
    if (!entry?.originalSource) return null;
    const file = path.relative(ROOT, path.resolve(dist, entry.originalSource.replace(/^file:\/\//, "")));
    return { file, line: entry.originalLine + 1, name: entry.name ?? null };
  };
  function locate({ url, lineNumber, columnNumber }) {
    if (!url) return { file: "(native)", where: "(native)", name: null };
    const key = `${url}:${lineNumber}:${columnNumber}`;
    let found = memo.get(key);
    if (found) return found;
    const mapped = isBundle(url) ? fromMap(lineNumber, columnNumber) : null;
    found = mapped
      ? { file: mapped.file, where: `${mapped.file}:${mapped.line}`, name: mapped.name }
      : { file: relative(url), where: `${relative(url)}:${lineNumber + 1}`, name: null };
    memo.set(key, found);
    return found;
  }
  locate.line = (url, n) => {
    if (!isBundle(url)) return `${relative(url)}:${n}`;
    // The line's first token: a statement's own position, not the end of the previous line's.
    const column = Math.max(0, (bundleLines[n - 1] ?? "").search(/\S/));
    const mapped = fromMap(n - 1, column);
    return mapped ? `${mapped.file}:${mapped.line}` : `${url}:${n}`;
  };
  return locate;
}

/** node_modules/<pkg>/… → node_modules/<pkg> (one package's files rolled up as one). */
const fileGroup = (file) => file.replace(/^(node_modules\/(?:@[^/]+\/)?[^/]+)\/.*$/, "$1");

/**
 * Self and inclusive time per function and per source file, from sample counts. On this (2-core,
 * shared) machine V8's sampler often cannot keep its interval, and it cannot sample a thread
 * blocked in the kernel (e.g. SQLite's fsync), so the gaps between samples are uneven; weighting
 * each sample by its gap would charge a block to whatever ran before it. Each sample counts as the
 * profile's mean interval instead. A function or file on a stack more than once counts once.
 */
function analyse(profile, locate) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const wall = profile.endTime - profile.startTime;
  const unit = wall / Math.max(1, profile.samples.length); // µs per sample
  const selfUs = new Map(); // node id → µs
  for (const id of profile.samples) selfUs.set(id, (selfUs.get(id) ?? 0) + unit);
  const gaps = profile.timeDeltas.slice(1).sort((a, b) => a - b);
  const medianInterval = gaps[Math.floor(gaps.length / 2)] ?? 0;

  // A native function (no url: a runtime API such as Response, sql.exec, structuredClone) is
  // listed per JS caller, which says what it was called for.
  const jsCaller = (id) => {
    for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
      const f = nodes.get(at).callFrame;
      if (f.url || f.functionName === "(root)") return at;
    }
    return undefined;
  };
  const describe = new Map(); // node id → { key, name, where, file, lines }
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const special = SPECIAL.has(f.functionName);
    const loc = locate(f);
    let name = f.functionName || loc.name || "(anonymous)";
    let key = special ? f.functionName : `${name}@${loc.where}:${f.columnNumber}`;
    let where = special ? "" : loc.where;
    let file = loc.file;
    if (!f.url && !special) {
      const caller = jsCaller(n.id);
      file =
        caller === undefined || !nodes.get(caller).callFrame.url
          ? "(native, no JS caller)"
          : locate(nodes.get(caller).callFrame).file;
      const c = caller === undefined ? null : nodes.get(caller).callFrame;
      const callerName = !c ? "?" : c.url ? c.functionName || locate(c).name || "(anonymous)" : c.functionName;
      where = c?.url ? locate(c).where : "";
      name = `${name} (native) ← ${callerName}`;
      key = `${name}@${where}`;
    }
    describe.set(n.id, {
      key,
      name,
      where,
      file: special ? f.functionName : fileGroup(file),
      // positionTicks: the function's own samples per line; its first line (or none) is time in
      // natives or builtins it called that have no frame of their own (JSON, RPC calls, SQL…).
      lines: f.url
        ? (n.positionTicks ?? []).map((t) => ({
            line: t.line,
            ticks: t.ticks,
            entry: t.line === f.lineNumber + 1,
            url: f.url,
          }))
        : [],
    });
  }

  // Edgehook's Durable Object classes live in durable-objects/: a stack through one of them is
  // the object's side of an RPC (its JS and the natives it calls, such as SQL).
  const onDoSide = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at))
      if (describe.get(at).file.startsWith("durable-objects/")) return true;
    return false;
  };
  const sides = { edge: 0, object: 0, runtime: 0 };
  const fns = new Map();
  const files = new Map();
  const row = (table, key, init) => table.get(key) ?? table.set(key, { ...init, self: 0, total: 0 }).get(key);
  const buckets = { idle: 0, program: 0, gc: 0, js: 0 };
  for (const [id, us] of selfUs) {
    const d = describe.get(id);
    if (d.key === "(idle)") buckets.idle += us;
    else if (d.key === "(program)") buckets.program += us;
    else if (d.key === "(garbage collector)") buckets.gc += us;
    else buckets.js += us;
    if (d.key !== "(idle)") {
      const runtime = SPECIAL.has(d.key) || d.file === "(native, no JS caller)";
      sides[runtime ? "runtime" : onDoSide(id) ? "object" : "edge"] += us;
    }
    const fn = row(fns, d.key, { name: d.name, where: d.where, lines: new Map() });
    fn.self += us;
    row(files, d.file, { name: d.file }).self += us;
    const seenFns = new Set();
    const seenFiles = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const up = describe.get(at);
      if (up.key === "(root)") break;
      if (!seenFns.has(up.key)) {
        seenFns.add(up.key);
        row(fns, up.key, { name: up.name, where: up.where, lines: new Map() }).total += us;
      }
      if (!seenFiles.has(up.file)) {
        seenFiles.add(up.file);
        row(files, up.file, { name: up.file }).total += us;
      }
    }
  }
  for (const n of profile.nodes) {
    const d = describe.get(n.id);
    const fn = fns.get(d.key);
    if (!fn) continue;
    for (const t of d.lines) {
      const at = `${locate.line(t.url, t.line)}${t.entry ? " (entry)" : ""}`;
      fn.lines.set(at, (fn.lines.get(at) ?? 0) + t.ticks);
    }
  }
  fns.delete("(idle)");
  files.delete("(idle)");
  return {
    buckets,
    sides,
    wall,
    samples: profile.samples.length,
    medianInterval,
    fns: [...fns.values()],
    files: [...files.values()],
  };
}

/** Aligned columns: the text ones (named in `left`) left-aligned, the others right-aligned. */
function table(head, body, left = [head.length - 2, head.length - 1]) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (left.includes(i) ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/**
 * The printed summary of one isolate's profile. Percentages are of the isolate's busy time (all
 * but idle), so they add up to the whole CPU the isolate's thread spent; µs/req divides by the
 * requests answered while profiling.
 */
function summary(analysis, requests) {
  const { buckets, sides, wall, samples, medianInterval, fns, files } = analysis;
  const busy = buckets.js + buckets.gc + buckets.program;
  const ms = (us) => (us / 1000).toFixed(1);
  const pct = (us) => `${((us / busy) * 100).toFixed(1)}%`;
  const perReq = (us) => (requests > 0 ? (us / requests).toFixed(1) : "-");
  const out = [];
  out.push(
    `${samples} samples over ${ms(wall)} ms (every ${(wall / samples).toFixed(0)} µs on average, median ${medianInterval} µs; ` +
      `each counts as the average)`,
  );
  out.push(
    `thread time ${ms(wall)} ms: busy ${ms(busy)} ms (${((busy / wall) * 100).toFixed(0)}% of wall) = ` +
      `JS ${pct(buckets.js)} + GC ${pct(buckets.gc)} + (program) ${pct(buckets.program)}; idle ${ms(buckets.idle)} ms`,
  );
  out.push(
    `per request (${requests} answered): busy ${perReq(busy)} µs = JS ${perReq(buckets.js)} + GC ${perReq(buckets.gc)} + (program) ${perReq(buckets.program)}`,
  );

  /** A function's lines with ≥ 10% of its own samples (`:n` within its own file). */
  const hotLines = (f) => {
    const ticks = [...(f.lines ?? [])].sort((a, b) => b[1] - a[1]);
    const all = ticks.reduce((n, [, t]) => n + t, 0);
    const file = f.where.replace(/:\d+$/, "");
    return ticks
      .filter(([, t]) => t / all >= 0.1)
      .slice(0, 3)
      .map(([at, t]) => `${at.startsWith(`${file}:`) ? at.slice(file.length) : at} ${((t / all) * 100).toFixed(0)}%`)
      .join(", ");
  };
  if (sides.object > 0)
    out.push(
      `by side: edge (Hono app, guards, app, RPC calls) ${pct(sides.edge)}, Durable Objects (durable-objects/ and what ` +
        `they call) ${pct(sides.object)}, runtime (program, GC, natives without a JS caller) ${pct(sides.runtime)}`,
    );
  const fnRows = (list, lines) =>
    list.map((f) => [
      ms(f.self),
      pct(f.self),
      perReq(f.self),
      ms(f.total),
      pct(f.total),
      f.name,
      f.where,
      ...(lines ? [hotLines(f)] : []),
    ]);
  const fnHead = ["self ms", "self%", "µs/req", "total ms", "total%", "function", "where"];
  out.push(`\ntop ${TOP_SELF} functions by self time (hot lines: of the function's own samples; "entry": in`);
  out.push(`natives/builtins it called that have no frame of their own, e.g. JSON, an RPC or SQL call):`);
  out.push(
    table(
      [...fnHead, "hot lines"],
      fnRows([...fns].sort((a, b) => b.self - a.self).slice(0, TOP_SELF), true),
      [5, 6, 7],
    ),
  );
  out.push(`\ntop ${TOP_TOTAL} functions by total (inclusive, synchronous stacks) time:`);
  out.push(
    table(
      fnHead,
      fnRows(
        [...fns]
          .filter((f) => f.where !== "" || f.name === "(garbage collector)")
          .sort((a, b) => b.total - a.total)
          .slice(0, TOP_TOTAL),
        false,
      ),
    ),
  );
  const fileRows = (list) =>
    list.map((f) => [ms(f.self), pct(f.self), perReq(f.self), ms(f.total), pct(f.total), f.name]);
  const fileHead = ["self ms", "self%", "µs/req", "total ms", "total%", "source file (node_modules: per package)"];
  out.push(
    `\nsource files by self time, natives counted to their JS caller's file (total: the file anywhere on the stack):`,
  );
  out.push(
    table(fileHead, fileRows([...files].sort((a, b) => b.self - a.self).slice(0, TOP_FILES)), [fileHead.length - 1]),
  );
  return out.join("\n");
}

// ---- the run --------------------------------------------------------------------------------------

const stamp = () => new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);

async function profileCase(c, ctx, server, targets) {
  const worker = c.worker ?? WORKER_NAME;
  const wanted = [`core:user:${worker}`, ...EXTRA_TARGETS];
  const chosen = wanted.map((id) => {
    const target = targets.find((t) => t.id === id);
    if (!target) throw new Error(`no inspector target ${id}; workerd has: ${targets.map((t) => t.id).join(", ")}`);
    return target;
  });

  const { req, prepared } = await prepareCase(c, ctx);
  const load = (duration) => runLoad({ ...req, connections: CONNECTIONS, duration });
  if (WARMUP > 0) await load(WARMUP);
  const unprofiled = UNPROFILED > 0 ? await load(UNPROFILED) : null;

  const sessions = await Promise.all(chosen.map((t) => connect(t.wsUrl)));
  for (const s of sessions) {
    await s.send("Profiler.enable");
    await s.send("Profiler.setSamplingInterval", { interval: INTERVAL_US });
  }
  const pids = workerdPids();
  const before = cpuSnapshot(pids);
  await Promise.all(sessions.map((s) => s.send("Profiler.start")));
  const result = await load(DURATION);
  const profiles = await Promise.all(sessions.map((s) => s.send("Profiler.stop")));
  const after = cpuSnapshot(pids);
  for (const s of sessions) s.close();
  const note = await c.after?.(ctx, prepared);

  const bad = result.non2xx + result.errors + result.timeouts;
  console.log(`\n${"=".repeat(100)}\n${c.name}  [case ${c.id}, worker ${worker}]`);
  console.log(
    `load: ${CONNECTIONS} connections; unprofiled ${unprofiled ? `${unprofiled.rps.toFixed(0)} req/s` : "not run"}, ` +
      `profiled ${result.rps.toFixed(0)} req/s over ${DURATION} s (sampling every ${INTERVAL_US} µs)` +
      `${bad > 0 ? `; ${bad} answers not 2xx` : ""}${note ? `; ${note}` : ""}`,
  );
  console.log(cpuReport(before, after, result.total));

  const locate = locator(server.dist);
  for (const [i, target] of chosen.entries()) {
    const file = path.join(OUT_DIR, `edgehook-${c.id}-${target.id.replace(/[^\w.-]+/g, "_")}-${stamp()}.cpuprofile`);
    await writeFile(file, JSON.stringify(profiles[i].profile));
    console.log(`\n--- isolate ${target.id}  (profile: ${file})`);
    console.log(summary(analyse(profiles[i].profile, locate), result.total));
  }
}

async function main() {
  const ids = process.argv.slice(2);
  const cases = (ids.length > 0 ? ids : DEFAULT_CASES).map((id) => {
    const c = CASES.find((x) => x.id === id);
    if (!c) throw new Error(`no bench case ${id}; the cases are: ${CASES.map((x) => x.id).join(", ")}`);
    return c;
  });

  await withThrowawayServer(
    "edgehook-profile-",
    { extraWorkers: EXTRA_WORKERS, inspectorPort: 0, vars: BENCH_VARS },
    async ({ server, api, adminToken }) => {
      const ctx = await benchContext({ server, api, adminToken });
      const targets = await listTargets(server.inspectorUrl);
      console.log(`workerd inspector ${server.inspectorUrl}: targets ${targets.map((t) => t.id).join(", ")}`);
      for (const c of cases) await profileCase(c, ctx, server, targets);
    },
  );
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
