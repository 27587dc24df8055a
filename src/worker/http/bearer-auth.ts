// Bearer-token middleware: `Authorization: Bearer <token>` or `?token=` (browsers). A malformed
// token is refused without a lookup; any other is looked up in the registry's mirror, and a miss
// for one minted a moment ago asks the registry itself before refusing (SPEC §4.1).
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env.ts";
import { ProblemError } from "../../shared/problem.ts";
import { cachedToken } from "../../kv-mirror/edge-cache.ts";
import { isFresh } from "../../kv-mirror/layout.ts";
import { inspectSecret } from "../../auth/minted.ts";
import type { Principal } from "../../auth/principal.ts";
import { hexEquals, sha256Hex, tokenHash } from "../../auth/secret.ts";

export function presentedToken(authorization: string | undefined, query: string | undefined): string | null {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  if (match) return match[1] ?? null;
  return query && query.length > 0 ? query : null;
}

// The admin secret's hash, computed once per isolate (and again only if the secret changes).
// The finished hash is kept, never the pending digest (another request must not await it).
let adminHash: { secret: string; hash: string } | undefined;

/** Shorter admin secrets can be guessed; same bound as `npm start` (scripts/lib/admin-token.mjs). */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

async function adminHashOf(secret: string): Promise<string> {
  if (adminHash?.secret === secret) return adminHash.hash;
  // Once per isolate (per secret): a warning in the log, not a refusal that would lock the admin out.
  if (secret.length < MIN_ADMIN_TOKEN_LENGTH)
    console.warn(
      `EDGEHOOK_ADMIN_TOKEN has ${secret.length} characters; use at least ${MIN_ADMIN_TOKEN_LENGTH}: it opens the whole control API`,
    );
  const hash = await sha256Hex(secret);
  adminHash = { secret, hash };
  return hash;
}

/** One SHA-256 per request: the token's hash is compared with the admin secret's, then looked up. */
export async function resolvePrincipal(env: Env, token: string): Promise<Principal | null> {
  const hash = await tokenHash(token);
  const admin = env.EDGEHOOK_ADMIN_TOKEN;
  if (admin && hexEquals(hash, await adminHashOf(admin))) return { kind: "admin" };
  const inspected = await inspectSecret(env, "eht", token);
  if (inspected.shape === "malformed") return null;
  const record = await cachedToken(env, hash, inspected.shape === "minted" && isFresh(inspected.created_ms));
  return record ? { kind: "token", ...record } : null;
}

export function bearerAuth(): MiddlewareHandler<AppEnv> {
  return async function bearerAuth(c, next) {
    const token = presentedToken(c.req.header("authorization"), c.req.query("token"));
    if (!token)
      throw new ProblemError(401, "token_missing", "a bearer token is required", {
        headers: { "www-authenticate": "Bearer" },
      });
    const principal = await resolvePrincipal(c.env, token);
    if (!principal)
      throw new ProblemError(401, "token_invalid", "the token is unknown or revoked", {
        headers: { "www-authenticate": "Bearer" },
      });
    c.set("principal", principal);
    await next();
  };
}
