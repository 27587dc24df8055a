// Tests run inside workerd with the real bindings from wrangler.toml (miniflare).
import { workersConfig } from "./vitest.shared.ts";

export default workersConfig(["test/**/*.test.ts"]);
