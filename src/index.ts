// Worker entry: the Hono app for HTTP, the queue consumer, and the Durable Object classes.
import { app } from "./app.ts";
import { consumeBatch } from "./ingest/consumer.ts";
import { consumeDeliveries } from "./processors/consumer.ts";
import { countRequest, meteredEnv } from "./metering.ts";

export { Agent } from "../durable-objects/agent.ts";
export { Registry } from "../durable-objects/registry.ts";
export { Gateway } from "../durable-objects/gateway.ts";

export default {
  fetch(request, env, ctx) {
    countRequest();
    return app.fetch(request, meteredEnv(env), ctx);
  },
  queue(batch, env) {
    countRequest();
    // Processor deliveries, or `?wait=false` ingestion events.
    if (batch.queue.startsWith("edgehook-deliveries")) return consumeDeliveries(batch, meteredEnv(env));
    return consumeBatch(batch, meteredEnv(env));
  },
} satisfies ExportedHandler<Env, unknown>;
