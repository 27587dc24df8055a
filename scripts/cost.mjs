#!/usr/bin/env node
// npm run cost [-- --bill] [vitest options]: the cost paths (vitest.cost.config.ts, projects busy and
// fleet, one after the other); fails when a path exceeds its budget (test/cost/budgets.ts).
// --bill also prints the monthly bill of the fleet regime (test/cost/bill.ts). Other options go to
// vitest as they are (e.g. --reporter=json --outputFile.json=…, --project fleet).
// Sizes: COST_BUSY_DEVICES, COST_BUSY_PER_DEVICE, COST_SPARSE_EVENTS, COST_FLEET_DEVICES,
// COST_FLEET_PER_DEVICE, COST_DAY_HOURS (docs/cost.md).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const bill = args.includes("--bill");
const vitest = fileURLToPath(new URL("../node_modules/vitest/vitest.mjs", import.meta.url));
const child = spawn(
  process.execPath,
  [vitest, "run", "--config", "vitest.cost.config.ts", ...args.filter((a) => a !== "--bill")],
  { stdio: "inherit", env: { ...process.env, ...(bill ? { COST_BILL: "1" } : {}) } },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
