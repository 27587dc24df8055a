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

/** RFC 6455 §4.1: the key is 16 random bytes in base64 (24 characters, `==`-padded). */
const WEBSOCKET_KEY = /^[A-Za-z0-9+/]{21}[AQgw]==$/;

/**
 * Refuses (problem+json) an upgrade the runtime could not complete, which it would otherwise
 * answer with its own text/plain 426 (issue 20, item 8): RFC 6455 §4.2.1 asks for a
 * `Sec-WebSocket-Key` of 16 bytes in base64 (else 400) and version 13 (else 426 naming the
 * version spoken). `Connection` is hop-by-hop (a proxy may rewrite it) and is not looked at.
 */
function handshakeProblem(headers: Headers): void {
  const key = headers.get("sec-websocket-key")?.trim() ?? "";
  if (!WEBSOCKET_KEY.test(key))
    throw new ProblemError(
      400,
      "websocket_handshake_invalid",
      key ? "Sec-WebSocket-Key must be 16 bytes in base64" : "a WebSocket upgrade needs a Sec-WebSocket-Key header",
    );
  const version = headers.get("sec-websocket-version")?.trim();
  if (version !== "13")
    throw new ProblemError(426, "websocket_version_unsupported", "only Sec-WebSocket-Version 13 is spoken", {
      headers: { "sec-websocket-version": "13" },
    });
}

gateway.get("/api/gateway", async (c) => {
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket")
    throw new ProblemError(426, "upgrade_required", "GET /api/gateway is a WebSocket: send Upgrade: websocket", {
      headers: { upgrade: "websocket" },
    });
  const token = presentedToken(c.req.header("authorization"), c.req.query("token"));
  if (!token) throw new ProblemError(401, "token_missing", "a bearer token (header or ?token=) is required");
  const principal = await resolvePrincipal(c.env, token);
  if (!principal) throw new ProblemError(401, "token_invalid", "the token is unknown or revoked");
  handshakeProblem(c.req.raw.headers);
  const headers = new Headers(c.req.raw.headers);
  // Only this worker reaches the object: what it says about the caller is trusted there.
  headers.set("x-edgehook-principal", JSON.stringify(principal));
  return c.env.GATEWAY.getByName(gatewayName(principalId(principal))).fetch(
    new Request(c.req.raw.url, { method: "GET", headers }),
  );
});
