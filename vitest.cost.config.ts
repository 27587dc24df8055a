// `npm run cost`: the cost paths (test/cost/) in workerd with the real bindings, metered.
import { workersConfig } from "./vitest.shared.ts";

export default workersConfig(
  ["test/cost/**/*.cost.ts"],
  // A short retention, so the measured window is the steady state of a full journal (segment
  // drops and checkpoints included) after a short warm-up.
  { MESSAGE_RETENTION: "512" },
  300_000,
);
