// Data plane: channels and their aggregates (SPEC §4.1).
import { Hono } from "hono";
import type { Context } from "hono";
import { principalId } from "../../auth/principal.ts";
import type { AppEnv } from "../http/app-env.ts";
import { ProblemError, badRequest, notFound } from "../../shared/problem.ts";
import { PART_BYTES, streamJsonArray } from "../http/json-stream.ts";
import { jsonResponse } from "../http/respond.ts";
import { jsonBody, validQuery } from "../http/validate.ts";
import { agentStub } from "../../contracts/stubs.ts";
import { aggregateQuery, channelName, jsonObject } from "./data-plane-schemas.ts";
import { unwrap } from "./outcome.ts";

export const channels = new Hono<AppEnv>();

channels.get("/channels", async (c) => {
  const stub = agentStub(c.env, c.get("agent").id);
  const first = await stub.channelsPage(null, PART_BYTES);
  return streamJsonArray(first, (previous) => stub.channelsPage(previous.last, PART_BYTES));
});

channels.get("/channels/:channel", async (c) => {
  const agent = c.get("agent");
  const name = channelParam(c);
  const channel = await agentStub(c.env, agent.id).getChannel(name);
  if (!channel) throw notFound(`channel ${name}`);
  return jsonResponse(channel);
});

channels.get("/channels/:channel/aggregate", async (c) => {
  const agent = c.get("agent");
  const name = channelParam(c);
  const aggregate = await agentStub(c.env, agent.id).getAggregate(name);
  if (!aggregate) throw notFound(`channel ${name}`);
  return jsonResponse(aggregate, 200, { etag: `"${aggregate.version}"` });
});

for (const mode of ["patch", "put"] as const) {
  channels.on(mode.toUpperCase(), "/channels/:channel/aggregate", validQuery(aggregateQuery), async (c) => {
    const agent = c.get("agent");
    const name = channelParam(c);
    const q = c.req.valid("query");
    const ifMatch = parseIfMatch(c.req.header("if-match"));
    const data = await jsonBody(c, jsonObject);
    const aggregate = unwrap(
      await agentStub(c.env, agent.id).writeAggregate(name, {
        mode,
        data,
        author_id: principalId(c.get("principal")),
        log_update: q.log_update === "true",
        ...(ifMatch === undefined ? {} : { if_match: ifMatch }),
      }),
    );
    if (q.suppress_response === "true") return c.body(null, 204);
    return jsonResponse(aggregate, 200, { etag: `"${aggregate.version}"` });
  });
}

export function channelParam(c: Context<AppEnv>): string {
  const parsed = channelName.safeParse(c.req.param("channel"));
  if (!parsed.success) throw badRequest(parsed.error.issues[0]?.message ?? "bad channel name", "invalid_parameter");
  return parsed.data;
}

/** `If-Match: 3`, `"3"` or `W/"3"`: the aggregate version the client last saw; `*`: any. */
function parseIfMatch(header: string | undefined): number | "*" | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === "*") return "*";
  const match = header.trim().match(/^(?:W\/)?"?(\d{1,15})"?$/);
  if (!match) throw new ProblemError(400, "invalid_parameter", "If-Match must be an aggregate version number");
  return Number(match[1]);
}
