// `npm run cost`: the cost paths (test/cost/) in workerd with the real bindings, metered.
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

process.env.EDGEHOOK_ADMIN_TOKEN = "test-admin-token";

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          EDGEHOOK_ADMIN_TOKEN: "test-admin-token",
          // A short retention, so the measured window is the steady state of a full channel
          // (pruning included) after a short warm-up.
          MESSAGE_RETENTION: "512",
        },
      },
    }),
  ],
  test: {
    include: ["test/cost/**/*.cost.ts"],
    testTimeout: 300_000,
  },
});
