// `npm test`: every test file in workerd with the real bindings from wrangler.toml (miniflare).
// Processor retries back off by 0 s here (2 s, doubling, in production): a test sees a delivery
// dead-lettered after its 5 attempts in about a second.
// Miniflare's queues are in memory, as under `npm start`: the queue spool is on (src/spool/).
//
// Speed (issue 21): most files share one runtime per worker (`isolate: false`): starting workerd and
// loading the worker's modules once, not per file, is most of what made the suite take 6+ minutes.
// Their state is shared too, so each test makes its own devices, installs, tokens and source
// addresses. The files in ISOLATED count operations with the isolate-wide meter
// (src/shared/metering.ts), which another file's objects would add to: each gets a runtime of its own.
// Files run in parallel, one worker (and runtime) per core, at least two: on this 2-core machine
// the suite takes about 2½ minutes (README, "Test it").
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { workersConfig } from "./vitest.shared.ts";

const ISOLATED = [
  "test/agent/journal-wake.test.ts",
  "test/agent/downlink-store-cost.test.ts",
  "test/agent/history-rows.test.ts",
  "test/worker/guards/rejection-log.test.ts",
  "test/kv-mirror/location-cache.test.ts",
  "test/kv-mirror/edge-cache.test.ts",
];

const bindings = { DELIVERY_RETRY_BASE_S: "0", EDGEHOOK_QUEUE_SPOOL: "on" };

// A test's time limit: 15 s, not vitest's 5 — the first test of a file in a busy runtime (two
// workers on two cores) can take seconds to load; no test asserts speed (benchmarks do).
const TEST_TIMEOUT_MS = 15_000;

function project(name: string, include: string[], test: { exclude?: string[]; isolate?: boolean }) {
  const base = workersConfig(include, bindings, TEST_TIMEOUT_MS);
  return { ...base, test: { ...base.test, ...test, name } };
}

export default defineConfig({
  test: {
    maxWorkers: Math.max(2, availableParallelism()),
    // A passing test's expected diagnostics (retries it provokes, refused writes) are not printed
    // (the reporters read this from the root config, not a project's).
    silent: "passed-only",
    projects: [
      project("shared", ["test/**/*.test.ts"], { exclude: ISOLATED, isolate: false }),
      project("isolated", ISOLATED, {}),
    ],
  },
});
