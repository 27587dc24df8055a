// `?wait=false`: the verified event is durably enqueued (Cloudflare Queue) and handled by the
// queue consumer. Bodies too large for a queue message wait in the install agent's DO.
import { z } from "zod";
import { decodeBase64, encodeBase64 } from "../codecs/base64.ts";
import { newRegistryId } from "../shared/snowflake.ts";
import { cachedIngestion, registry } from "../kv-mirror/edge-cache.ts";
import { agentStub } from "../contracts/stubs.ts";
import { deliveryBatch } from "../processors/delivery.ts";
import { sendQueued, spoolRef } from "../shared/spooled-send.ts";
import { eventKeyOf } from "./dedup-key.ts";
import { runInvocation } from "./invoke.ts";

/** Raw bytes carried inside the message up to this size (queue messages are ≤ 128 KB). */
const INLINE_LIMIT = 64 * 1024;

export const queuedIngestion = z.object({
  kind: z.literal("ingestion"),
  ingestion_id: z.string(),
  event_id: z.string(),
  /** Sender credential the event id is scoped to (absent in messages queued before it existed). */
  credential: z.string().default("endpoint"),
  target_agent_id: z.string(),
  /** A pinned mini-token's agent, the only one the handler may write (absent before it existed). */
  pinned_agent_id: z.string().nullable().default(null),
  raw_b64: z.string().nullable(),
  stash_key: z.string().nullable(),
  content_type: z.string().nullable(),
  invocation_url: z.string(),
  source_ip: z.string(),
  received_at: z.number(),
  /** The request's forwarded headers (forwarded-headers.ts); absent when none. */
  forwarded_headers: z.record(z.string(), z.string()).optional(),
  /** Its kept copy, when the queue is not durable (src/spool/). */
  spool: spoolRef.optional(),
});
export type QueuedIngestion = z.infer<typeof queuedIngestion>;

export async function enqueue(
  env: Env,
  installAgentId: string,
  msg: Omit<QueuedIngestion, "raw_b64" | "stash_key" | "kind" | "spool">,
  raw: Uint8Array,
): Promise<void> {
  let raw_b64: string | null = null;
  let stash_key: string | null = null;
  if (raw.byteLength <= INLINE_LIMIT) raw_b64 = encodeBase64(raw);
  else {
    // Unique per acceptance: an event id reused after the dedup window must not overwrite a
    // body still waiting (e.g. behind a dead letter).
    stash_key = `${msg.ingestion_id}:${msg.event_id}:${crypto.randomUUID()}`;
    await agentStub(env, installAgentId).stashPayload(stash_key, raw);
  }
  const body: QueuedIngestion = { kind: "ingestion", ...msg, raw_b64, stash_key };
  await sendQueued(env, "EVENTS", body, installAgentId);
}

export type Consumed = { ok: true } | { ok: false; error: string };

/** Runs a queued event: settled (ack), or failed with a reason (retry, then dead letter). */
export async function consumeIngestion(
  env: Env,
  body: QueuedIngestion,
  defer: (work: Promise<unknown>) => void,
): Promise<Consumed> {
  const record = await cachedIngestion(env, body.ingestion_id);
  // The endpoint was deleted after the event was accepted: nothing left to deliver to.
  if (!record) return { ok: true };
  const raw =
    body.raw_b64 !== null
      ? decodeBase64(body.raw_b64)
      : body.stash_key
        ? await agentStub(env, record.agent_id).stashedPayload(body.stash_key)
        : null;
  if (!raw) return { ok: true };
  const result = await runInvocation(
    env,
    {
      record,
      event_id: body.event_id,
      // Always keyed: a redelivered message must have no second effect.
      event_key: eventKeyOf(record.install_id, body.credential, body.event_id),
      credential: body.credential,
      target_agent_id: body.target_agent_id,
      pinned_agent_id: body.pinned_agent_id,
      raw,
      content_type: body.content_type,
      invocation_url: body.invocation_url,
      source_ip: body.source_ip,
      received_at: body.received_at,
      forwarded_headers: body.forwarded_headers,
      respond: "id",
      queued: true,
    },
    defer,
  );
  if (!result.final) return { ok: false, error: `${result.code ?? "error"}: ${result.body.slice(0, 500)}` };
  if (body.stash_key) await agentStub(env, record.agent_id).dropPayload(body.stash_key);
  return { ok: true };
}

/**
 * Keeps an event whose handler kept failing in its install agent's DO (a stashed body stays until
 * the replay succeeds). Returns false when the endpoint no longer exists.
 */
export async function deadLetter(env: Env, body: QueuedIngestion, error: string, attempts: number): Promise<boolean> {
  const record = await cachedIngestion(env, body.ingestion_id);
  if (!record) return false;
  await agentStub(env, record.agent_id).addDeadLetter({
    id: newRegistryId(),
    install_id: record.install_id,
    event_id: body.event_id,
    message: JSON.stringify(body),
    error,
    attempts,
    at: Date.now(),
  });
  return true;
}

/** Sends a dead letter's event to the queue again; it is removed only once the queue took it. */
export async function replayDeadLetter(
  env: Env,
  installAgentId: string,
  installId: string,
  id: string,
): Promise<string | null> {
  const stub = agentStub(env, installAgentId);
  const letter = await stub.getDeadLetter(installId, id);
  if (!letter) return null;
  const message: unknown = JSON.parse(letter.message);
  // A processor delivery (src/processors/consumer.ts) or a queued ingestion event.
  const delivery = deliveryBatch.safeParse(message);
  if (delivery.success) {
    // Run under the install as it is now (its config and permissions), not as it was then.
    const current = await registry(env).getInstall(installId);
    if (!current) return null;
    const held = delivery.data.installs[installId];
    const installs = held ? { [installId]: { ...held, config: current.config, agent_id: current.agent_id } } : {};
    await sendQueued(env, "DELIVERIES", { ...delivery.data, installs }, installAgentId);
  } else await sendQueued(env, "EVENTS", queuedIngestion.parse(message), installAgentId);
  await stub.deleteDeadLetter(installId, id);
  return letter.event_id;
}
