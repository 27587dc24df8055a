// Data plane: a device's downlinks (issue 22, docs/wire.md "Downlinks"). Queue one (202; an
// Idempotency-Key makes a retried POST answer the first downlink), list them newest first, read
// one, cancel one still queued. Access is the agent routes' own (agent-access.ts).
import { Hono } from "hono";
import type { Context } from "hono";
import { principalId } from "../../auth/principal.ts";
import { agentStub } from "../../contracts/stubs.ts";
import { EVENT_ID } from "../../invocation/dedup-key.ts";
import { downlinkBody, toQueuedRequest } from "../../shared/downlink-request.ts";
import { notFound, ProblemError } from "../../shared/problem.ts";
import { isSnowflakeText, newRegistryId } from "../../shared/snowflake.ts";
import type { AppEnv } from "../http/app-env.ts";
import { jsonResponse } from "../http/respond.ts";
import { jsonBody, validQuery } from "../http/validate.ts";
import { downlinkPage } from "./data-plane-schemas.ts";
import { unwrap } from "./outcome.ts";

export const downlinks = new Hono<AppEnv>();

downlinks.post("/downlinks", async (c) => {
  const agent = c.get("agent");
  const body = await jsonBody(c, downlinkBody);
  const by = principalId(c.get("principal"));
  const view = unwrap(
    await agentStub(c.env, agent.id).queueDownlink(toQueuedRequest(newRegistryId(), body), by, idempotencyKey(c, by)),
  );
  return jsonResponse(view, 202);
});

downlinks.get("/downlinks", validQuery(downlinkPage), async (c) => {
  const { limit } = c.req.valid("query");
  return jsonResponse(await agentStub(c.env, c.get("agent").id).listDownlinks(limit));
});

downlinks.get("/downlinks/:downlink_id", async (c) => {
  const id = downlinkId(c);
  const view = await agentStub(c.env, c.get("agent").id).getDownlink(id);
  if (!view) throw notFound(`downlink ${id}`);
  return jsonResponse(view);
});

downlinks.delete("/downlinks/:downlink_id", async (c) => {
  const id = downlinkId(c);
  unwrap(await agentStub(c.env, c.get("agent").id).cancelDownlink(id, principalId(c.get("principal"))));
  return c.body(null, 204);
});

/** The caller's Idempotency-Key, scoped to its credential (another token's key is another request). */
function idempotencyKey(c: Context<AppEnv>, by: string): string | null {
  const key = c.req.header("idempotency-key");
  if (key === undefined) return null;
  if (!EVENT_ID.test(key))
    throw new ProblemError(400, "invalid_parameter", "Idempotency-Key must be 1–200 visible ASCII characters");
  return `downlink:${by}:${key}`;
}

function downlinkId(c: Context<AppEnv>): string {
  const id = c.req.param("downlink_id") ?? "";
  if (!isSnowflakeText(id)) throw notFound(`downlink ${id}`);
  return id;
}
