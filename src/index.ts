// Worker entry: the Hono app for HTTP, the queue consumer, and the Durable Object classes.
import { app } from "./worker/app.ts";
import { consumeBatch } from "./queues/ingestion-events.ts";
import { consumeDeliveries } from "./queues/deliveries.ts";
import { countRequest, meteredEnv } from "./shared/metering.ts";
import { whileAccepting } from "./worker/routes/stopping.ts";

export { Agent } from "../durable-objects/agent.ts";
export { Registry } from "../durable-objects/registry.ts";
export { Gateway } from "../durable-objects/gateway.ts";

export default {
  fetch(request, env, ctx) {
    countRequest();
    const metered = meteredEnv(env);
    // Under `npm start` (a start id): requests are counted in flight, and refused once stopping.
    if (env.EDGEHOOK_START_ID) return whileAccepting(env, request, async () => app.fetch(request, metered, ctx));
    return app.fetch(request, metered, ctx);
  },
  queue(batch, env) {
    countRequest();
    // Processor deliveries, or `?wait=false` ingestion events.
    if (batch.queue.startsWith("edgehook-deliveries")) return consumeDeliveries(batch, meteredEnv(env));
    return consumeBatch(batch, meteredEnv(env));
  },
} satisfies ExportedHandler<Env, unknown>;
