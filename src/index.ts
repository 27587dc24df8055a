// Worker entry: the Hono app for HTTP, and the Durable Object classes wrangler binds.
import { app } from "./app.ts";

export { Agent } from "../durable-objects/agent.ts";
export { Registry } from "../durable-objects/registry.ts";

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
