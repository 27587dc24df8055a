// `?wait=false`: the verified event is durably enqueued (Cloudflare Queue) and handled by the
// queue consumer. Bodies too large for a queue message wait in the install agent's DO.
import { z } from "zod";
import { decodeBase64, encodeBase64 } from "../codecs/base64.ts";
import { cachedIngestion } from "../registry/cache.ts";
import { agentStub } from "../registry/rpc.ts";
import { runInvocation } from "./invoke.ts";

/** Raw bytes carried inside the message up to this size (queue messages are ≤ 128 KB). */
const INLINE_LIMIT = 64 * 1024;

export const queuedIngestion = z.object({
  kind: z.literal("ingestion"),
  ingestion_id: z.string(),
  event_id: z.string(),
  target_agent_id: z.string(),
  raw_b64: z.string().nullable(),
  stash_key: z.string().nullable(),
  content_type: z.string().nullable(),
  invocation_url: z.string(),
  source_ip: z.string(),
  received_at: z.number(),
});
export type QueuedIngestion = z.infer<typeof queuedIngestion>;

export async function enqueue(
  env: Env,
  installAgentId: string,
  msg: Omit<QueuedIngestion, "raw_b64" | "stash_key" | "kind">,
  raw: Uint8Array,
): Promise<void> {
  let raw_b64: string | null = null;
  let stash_key: string | null = null;
  if (raw.byteLength <= INLINE_LIMIT) raw_b64 = encodeBase64(raw);
  else {
    stash_key = `${msg.ingestion_id}:${msg.event_id}`;
    await agentStub(env, installAgentId).stashPayload(stash_key, raw);
  }
  await env.EVENTS.send({ kind: "ingestion", ...msg, raw_b64, stash_key } satisfies QueuedIngestion, {
    contentType: "json",
  });
}

/** Runs a queued event; returns whether it is settled (ack) or should be retried. */
export async function consumeIngestion(env: Env, body: QueuedIngestion): Promise<"ack" | "retry"> {
  const record = await cachedIngestion(env, body.ingestion_id);
  // The endpoint was deleted after the event was accepted: nothing left to deliver to.
  if (!record) return "ack";
  const raw =
    body.raw_b64 !== null
      ? decodeBase64(body.raw_b64)
      : body.stash_key
        ? await agentStub(env, record.agent_id).stashedPayload(body.stash_key)
        : null;
  if (!raw) return "ack";
  const result = await runInvocation(env, {
    record,
    event_id: body.event_id,
    claim_key: null,
    target_agent_id: body.target_agent_id,
    raw,
    content_type: body.content_type,
    invocation_url: body.invocation_url,
    source_ip: body.source_ip,
    received_at: body.received_at,
    json_response: false,
    queued: true,
  });
  if (!result.final) return "retry";
  if (body.stash_key) await agentStub(env, record.agent_id).dropPayload(body.stash_key);
  return "ack";
}
