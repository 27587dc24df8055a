// Control API (SPEC §4.4): agents, groups and tokens (listed without their secrets). Admin only; every write invalidates the
// isolate's cached copy so the next request in this isolate sees it at once.
import { Hono } from "hono";
import type { MiddlewareHandler } from "hono";
import { z } from "zod";
import { isAdmin } from "../../auth/principal.ts";
import type { AppEnv } from "../http/app-env.ts";
import { ProblemError, notFound } from "../../shared/problem.ts";
import { jsonBody } from "../http/validate.ts";
import { agentKey, invalidate, invalidateAll, registry, serialKey, tokenKey } from "../../kv-mirror/edge-cache.ts";
import { agentStub, gatewayName, gatewayStub } from "../../contracts/stubs.ts";
import { PERMISSIONS } from "../../contracts/registry-records.ts";
import { installs } from "./installs.ts";
import { markReady } from "./readiness.ts";
import { resume, stop } from "./stopping.ts";
import { unwrap } from "./outcome.ts";

export const control = new Hono<AppEnv>();

function requireAdmin(): MiddlewareHandler<AppEnv> {
  return async function requireAdmin(c, next) {
    if (!isAdmin(c.get("principal"))) throw new ProblemError(403, "forbidden", "the control API needs an admin token");
    await next();
  };
}
control.use("*", requireAdmin());
control.route("/", installs);

const name = z.string().trim().min(1).max(200);
const id = z.string().regex(/^\d{1,19}$/, "must be an id");
export const agentCreate = z.object({
  name,
  display_name: name.optional(),
  serial_number: z.string().trim().min(1).max(200).nullable().optional(),
  groups: z.array(id).max(100).optional(),
  type: z.enum(["device", "integration"]).optional(),
});
// Strict: a field the API does not change (e.g. `type`) is refused, not silently ignored.
export const agentPatch = agentCreate
  .omit({ type: true })
  .partial()
  .extend({
    // A future value is capped at now by the registry (src/registry/agents-store.ts).
    tokens_valid_from: z.number().int().nonnegative().optional(),
  })
  .strict();
export const groupCreate = z.object({ name, parent: id.nullable().optional() });
const permission = z.enum(PERMISSIONS);
const grant = z.union([
  z.object({ agent_id: id, permission }).strict(),
  z.object({ group: id, permission }).strict(),
  z.object({ all: z.literal(true), permission }).strict(),
]);
export const tokenCreate = z.object({ grants: z.array(grant).min(1).max(100) });

control.get("/organisation", async (c) => c.json(await registry(c.env).organisation()));
control.post("/ready", markReady);
control.post("/stop", stop);
control.post("/resume", resume);

control.post("/agents", async (c) => {
  const body = await jsonBody(c, agentCreate);
  const agent = unwrap(await registry(c.env).createAgent(body));
  dropCached(agent);
  return c.json(agent, 201);
});

control.get("/agents", async (c) => {
  const serial = c.req.query("serial_number")?.trim();
  return c.json(await registry(c.env).listAgents(serial === undefined ? {} : { serial_number: serial }));
});

control.get("/agents/:id", async (c) => {
  const agent = await registry(c.env).getAgent(c.req.param("id"));
  if (!agent) throw notFound(`agent ${c.req.param("id")}`);
  return c.json(agent);
});

control.patch("/agents/:id", async (c) => {
  const body = await jsonBody(c, agentPatch);
  const before = await registry(c.env).getAgent(c.req.param("id"));
  const agent = unwrap(await registry(c.env).updateAgent(c.req.param("id"), body));
  dropCached(agent, before);
  return c.json(agent);
});

control.delete("/agents/:id", async (c) => {
  const before = await registry(c.env).getAgent(c.req.param("id"));
  unwrap(await registry(c.env).deleteAgent(c.req.param("id")));
  if (before) dropCached(before);
  return c.body(null, 204);
});

/**
 * Restarts an agent's Durable Object: its memory is dropped and rebuilt from storage on the next
 * call (checkpoint + journal replay, outbox recovery). What a deploy or an eviction does, on
 * demand: for operators, and for the fault script (scripts/fault-processors.mjs).
 */
control.post("/agents/:id/restart", async (c) => {
  const agent = await registry(c.env).getAgent(c.req.param("id"));
  if (!agent) throw notFound(`agent ${c.req.param("id")}`);
  try {
    await agentStub(c.env, agent.id).restart();
  } catch {
    // The object aborts itself: the call that asked for it fails by design.
  }
  return c.body(null, 202);
});

/** This isolate sees an agent write at once: the agent and its old and new serial numbers. */
function dropCached(...agents: ({ id: string; serial_number: string | null } | null)[]): void {
  for (const agent of agents) {
    if (!agent) continue;
    invalidate(agentKey(agent.id));
    if (agent.serial_number) invalidate(serialKey(agent.serial_number));
  }
}

control.post("/groups", async (c) => {
  const body = await jsonBody(c, groupCreate);
  return c.json(unwrap(await registry(c.env).createGroup(body)), 201);
});

control.get("/groups", async (c) => c.json(await registry(c.env).listGroups()));

control.delete("/groups/:id", async (c) => {
  unwrap(await registry(c.env).deleteGroup(c.req.param("id")));
  // Group membership is folded into every cached agent: drop them all.
  invalidateAll();
  return c.body(null, 204);
});

control.post("/tokens", async (c) => {
  const body = await jsonBody(c, tokenCreate);
  return c.json(await registry(c.env).createToken(body.grants), 201);
});

// Id, grants and creation time of each token, oldest first; never the secret or its hash. Not when
// a token was last used: knowing that would cost a registry write per request.
control.get("/tokens", async (c) => c.json(await registry(c.env).listTokens()));

control.delete("/tokens/:id", async (c) => {
  // Only a token's gateway is revoked: an id naming none (e.g. `admin`, the admin's gateway) is 404.
  if (!(await registry(c.env).tokenExists(c.req.param("id")))) throw notFound(`token ${c.req.param("id")}`);
  // Its gateway sessions end first (op 3, then close), and the gateway refuses it from now on — even
  // through another isolate's cache: a failure here leaves the token valid, so a retry can finish.
  await gatewayStub(c.env, gatewayName(c.req.param("id"))).revoke();
  const hash = await registry(c.env).revokeToken(c.req.param("id"));
  if (!hash) throw notFound(`token ${c.req.param("id")}`);
  invalidate(tokenKey(hash));
  return c.body(null, 204);
});
