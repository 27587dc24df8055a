// The Workers-runtime test setup both vitest configs use: the real bindings from wrangler.toml
// (miniflare), with the test admin token, plus test-only bindings a config adds.
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// wrangler.toml lists the admin token as a required secret; give the config reader the test one
// too, so it does not warn about a secret the miniflare bindings below provide.
process.env.EDGEHOOK_ADMIN_TOKEN = "test-admin-token";
// The config reader's notes ("Using secrets defined in process.env", once per test runtime) are
// info lines; its warnings still print.
process.env.WRANGLER_LOG ??= "warn";

export function workersConfig(include: string[], bindings: Record<string, string> = {}, testTimeout?: number) {
  return defineConfig({
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        // workerd's own diagnostics (an object aborted on purpose by a restart test, an alarm run
        // a little late) are not test output; a failing test still reports its error.
        verbose: false,
        miniflare: {
          // A fixed admin token so tests can call the control API without seeding.
          bindings: { EDGEHOOK_ADMIN_TOKEN: "test-admin-token", ...bindings },
        },
      }),
    ],
    // The stand-in server (test/stand-in/) plays the outside services the code calls out to.
    test: { include, globalSetup: ["test/stand-in/server.mjs"], ...(testTimeout ? { testTimeout } : {}) },
  });
}
