// Sending to a queue from a Worker, and clearing what a consumer is done with, with the local
// queue spool (src/agent/queue-spool.ts) on or off. Off (Cloudflare): a plain send, and clearing
// costs nothing. On: the send goes through the Durable Object named (one call), which keeps the
// message before sending it; a consumer clears the kept copies of a batch's finished messages in
// one call per object.
import { z } from "zod";
import type { SpoolQueue } from "../contracts/agent-records.ts";
import { agentStub } from "../contracts/stubs.ts";

/** A queued message's kept copy: the object holding it and its row. */
export const spoolRef = z.object({ agent: z.string(), id: z.string() });

export const spooling = (env: Env): boolean => (env.EDGEHOOK_QUEUE_SPOOL as string) === "on";

/** Sends `body` to `queue`; with the spool on, kept first by agent `keeper`'s object. */
export async function sendQueued(
  env: Env,
  queue: SpoolQueue,
  body: object,
  keeper: string,
  delaySeconds?: number,
): Promise<void> {
  if (spooling(env)) return agentStub(env, keeper).spoolSend(queue, [body], delaySeconds);
  await env[queue].send(body, { contentType: "json", ...(delaySeconds ? { delaySeconds } : {}) });
}

/** The kept copies of a batch's finished messages, cleared together when the batch is done. */
export class SpoolClears {
  readonly #byAgent = new Map<string, string[]>();

  constructor(private readonly env: Env) {}

  /** A message the consumer is done with (acknowledged: applied, dead-lettered or dropped). */
  done(body: unknown): void {
    if (!spooling(this.env)) return;
    const ref = spoolRef.safeParse((body as { spool?: unknown } | null)?.spool);
    if (!ref.success) return;
    const ids = this.#byAgent.get(ref.data.agent) ?? [];
    ids.push(ref.data.id);
    this.#byAgent.set(ref.data.agent, ids);
  }

  /** One call per object; a clear that fails only means a duplicate later (de-duplicated). */
  async flush(): Promise<void> {
    const pending = [...this.#byAgent];
    this.#byAgent.clear();
    await Promise.all(
      pending.map(([agent, ids]) =>
        agentStub(this.env, agent)
          .clearSpool(ids)
          .catch((error: unknown) => console.error(`could not clear spooled messages of agent ${agent}`, error)),
      ),
    );
  }
}
