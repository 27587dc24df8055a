// Data plane: a channel's message log (SPEC §4.1). Lists are bare arrays, newest first.
import { Hono } from "hono";
import type { Context } from "hono";
import { principalId } from "../../auth/principal.ts";
import { isSnowflakeText } from "../../shared/snowflake.ts";
import type { AppEnv } from "../http/app-env.ts";
import { notFound } from "../../shared/problem.ts";
import { PART_BYTES, streamJsonArray } from "../http/json-stream.ts";
import { jsonResponse } from "../http/respond.ts";
import { jsonBody, validQuery } from "../http/validate.ts";
import { agentStub } from "../../contracts/stubs.ts";
import { channelParam } from "./channels.ts";
import { unwrap } from "./outcome.ts";
import { messageCreate, messagePage, messageUpdate } from "./data-plane-schemas.ts";

export const messages = new Hono<AppEnv>();

messages.post("/channels/:channel/messages", async (c) => {
  const agent = c.get("agent");
  const name = channelParam(c);
  const body = await jsonBody(c, messageCreate);
  const message = unwrap(
    await agentStub(c.env, agent.id).createMessage(name, {
      author_id: principalId(c.get("principal")),
      data: body.data,
      ...(body.ts === undefined ? {} : { ts: body.ts }),
    }),
  );
  return jsonResponse(message, 201);
});

messages.get("/channels/:channel/messages", validQuery(messagePage), async (c) => {
  const agent = c.get("agent");
  const name = channelParam(c);
  const page = c.req.valid("query");
  const stub = agentStub(c.env, agent.id);
  const first = await stub.messagesPage(name, page, PART_BYTES);
  if (!first) throw notFound(`channel ${name}`);
  // Forward paging continues after the last id listed; backward, before it.
  const forward = page.after !== undefined && page.before === undefined;
  let listed = first.count;
  return streamJsonArray(first, async (previous) => {
    const rest = page.limit - listed;
    const cursor = previous.last ?? undefined;
    const next = await stub.messagesPage(
      name,
      forward ? { ...page, after: cursor, limit: rest } : { ...page, before: cursor, limit: rest },
      PART_BYTES,
    );
    listed += next?.count ?? 0;
    return next;
  });
});

messages.get("/channels/:channel/messages/:message_id", async (c) => {
  const agent = c.get("agent");
  const [name, id] = messageParams(c);
  const message = await agentStub(c.env, agent.id).getMessage(name, id);
  if (!message) throw notFound(`message ${id}`);
  return jsonResponse(message);
});

for (const mode of ["patch", "put"] as const) {
  messages.on(mode.toUpperCase(), "/channels/:channel/messages/:message_id", async (c) => {
    const agent = c.get("agent");
    const [name, id] = messageParams(c);
    const { data } = await jsonBody(c, messageUpdate);
    return jsonResponse(
      unwrap(await agentStub(c.env, agent.id).updateMessage(name, id, mode, data, principalId(c.get("principal")))),
    );
  });
}

messages.delete("/channels/:channel/messages/:message_id", async (c) => {
  const agent = c.get("agent");
  const [name, id] = messageParams(c);
  if (!(await agentStub(c.env, agent.id).deleteMessage(name, id))) throw notFound(`message ${id}`);
  return c.body(null, 204);
});

function messageParams(c: Context<AppEnv>): [string, string] {
  const name = channelParam(c);
  const id = c.req.param("message_id") ?? "";
  if (!isSnowflakeText(id)) throw notFound(`message ${id}`);
  return [name, id];
}
