// `npm run cost` (scripts/cost.mjs): the cost paths (test/cost/) in workerd with the real bindings,
// counted at the runtime's binding prototypes (test/cost/setup.ts). Two projects, one after the
// other (groupOrder), each with its own retention:
// - busy: the busy and sparse regimes, with a short MESSAGE_RETENTION so the measured window is the
//   steady state of a full journal (segment drops and checkpoints included) after a quick fill;
// - fleet: the fleet regime at the production retention (wrangler.toml's MESSAGE_RETENTION), and the
//   archive's cost per device-month (archive.cost.ts).
// Sizes come from COST_* environment variables (docs/cost.md); COST_BILL=1 prints the monthly bill.
import { defineConfig } from "vitest/config";
import { workersConfig } from "./vitest.shared.ts";

/** COST_* variables of the environment, passed to the tests as bindings. */
const costVars = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith("COST_"))) as Record<
  string,
  string
>;

function project(name: string, include: string[], bindings: Record<string, string>, groupOrder: number) {
  const base = workersConfig(include, { ...bindings, ...costVars }, 900_000);
  return {
    ...base,
    test: { ...base.test, name, setupFiles: ["test/cost/setup.ts"], sequence: { groupOrder } },
  };
}

export default defineConfig({
  test: {
    projects: [
      project("busy", ["test/cost/paths.cost.ts"], { MESSAGE_RETENTION: "512" }, 0),
      project("fleet", ["test/cost/fleet.cost.ts", "test/cost/archive.cost.ts"], {}, 1),
    ],
  },
});
