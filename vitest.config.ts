// Tests run inside workerd with the real bindings from wrangler.toml (miniflare).
import { workersConfig } from "./vitest.shared.ts";

// Processor retries back off by 0 s here (2 s, doubling, in production): a test sees a delivery
// dead-lettered after its 5 attempts in about a second.
// Miniflare's queues are in memory, as under `npm start`: the queue spool is on (src/spool/).
export default workersConfig(["test/**/*.test.ts"], { DELIVERY_RETRY_BASE_S: "0", EDGEHOOK_QUEUE_SPOOL: "on" });
