// `GET /api/gateway` (SPEC §4.3): authenticates the upgrade (`Authorization: Bearer` or `?token=`)
// and hands the socket to the credential's gateway object (durable-objects/gateway.ts), which
// speaks the protocol from `Hello` on.
import { Hono } from "hono";
import { presentedToken, resolvePrincipal } from "../http/bearer-auth.ts";
import { principalId } from "../../auth/principal.ts";
import type { AppEnv } from "../http/app-env.ts";
import { ProblemError } from "../../shared/problem.ts";
import { gatewayName } from "../../contracts/stubs.ts";

export const gateway = new Hono<AppEnv>();

gateway.get("/api/gateway", async (c) => {
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket")
    throw new ProblemError(426, "upgrade_required", "GET /api/gateway is a WebSocket: send Upgrade: websocket", {
      headers: { upgrade: "websocket" },
    });
  const token = presentedToken(c.req.header("authorization"), c.req.query("token"));
  if (!token) throw new ProblemError(401, "token_missing", "a bearer token (header or ?token=) is required");
  const principal = await resolvePrincipal(c.env, token);
  if (!principal) throw new ProblemError(401, "token_invalid", "the token is unknown or revoked");
  const headers = new Headers(c.req.raw.headers);
  // Only this worker reaches the object: what it says about the caller is trusted there.
  headers.set("x-edgehook-principal", JSON.stringify(principal));
  return c.env.GATEWAY.getByName(gatewayName(principalId(principal))).fetch(
    new Request(c.req.raw.url, { method: "GET", headers }),
  );
});
