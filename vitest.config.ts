// Tests run inside workerd with the real bindings from wrangler.toml (miniflare).
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// wrangler.toml lists the admin token as a required secret; give the config reader the test one
// too, so it does not warn about a secret the miniflare bindings below provide.
process.env.EDGEHOOK_ADMIN_TOKEN = "test-admin-token";

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        // A fixed admin token so tests can call the control API without seeding.
        bindings: { EDGEHOOK_ADMIN_TOKEN: "test-admin-token" },
      },
    }),
  ],
  test: {
    include: ["test/**/*.test.ts"],
  },
});
