// Worker entry: the Hono app for HTTP, the queue consumer, and the Durable Object classes.
import { app } from "./app.ts";
import { consumeIngestion, queuedIngestion } from "./ingest/queued.ts";

export { Agent } from "../durable-objects/agent.ts";
export { Registry } from "../durable-objects/registry.ts";

/** Backoff of a retried queue message: 2, 4, 8 … seconds, at most 5 minutes. */
const retryDelay = (attempts: number): number => Math.min(300, 2 ** attempts);

export default {
  fetch: app.fetch,

  async queue(batch, env) {
    for (const message of batch.messages) {
      const parsed = queuedIngestion.safeParse(message.body);
      if (!parsed.success) {
        // Not ours or malformed: retrying cannot fix it.
        console.error("dropping malformed queue message", message.id, parsed.error.message);
        message.ack();
        continue;
      }
      try {
        const outcome = await consumeIngestion(env, parsed.data);
        if (outcome === "ack") message.ack();
        else message.retry({ delaySeconds: retryDelay(message.attempts) });
      } catch (error) {
        console.error("queued ingestion failed", parsed.data.event_id, error);
        message.retry({ delaySeconds: retryDelay(message.attempts) });
      }
    }
  },
} satisfies ExportedHandler<Env, unknown>;
