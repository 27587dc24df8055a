// Worker entry: the Hono app for HTTP, the queue consumer, and the Durable Object classes.
import { app } from "./app.ts";
import { consumeBatch } from "./ingest/consumer.ts";

export { Agent } from "../durable-objects/agent.ts";
export { Registry } from "../durable-objects/registry.ts";

export default {
  fetch: app.fetch,
  queue: consumeBatch,
} satisfies ExportedHandler<Env, unknown>;
