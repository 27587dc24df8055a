// Hono typing shared by every route: bindings from wrangler types, per-request variables.
import type { Principal } from "../../auth/principal.ts";
import type { ResolvedAgent } from "../../contracts/registry-records.ts";

export type AppEnv = {
  Bindings: Env;
  Variables: {
    principal: Principal;
    agent: ResolvedAgent;
  };
};
