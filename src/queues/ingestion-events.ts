// Queue consumer of `?wait=false` ingestion events: run, retry with backoff, and after
// DEAD_LETTER_AFTER failed attempts keep the event as a dead letter instead of losing it.
import { countQueue } from "../shared/metering.ts";
import { flushInvocationLogs } from "../invocation/log-buffer.ts";
import { SpoolClears } from "../shared/spooled-send.ts";
import { consumeIngestion, deadLetter, queuedIngestion } from "../invocation/queued.ts";

/** Attempts before an event becomes a dead letter; must stay ≤ the consumer's max_retries. */
export const DEAD_LETTER_AFTER = 5;

/** Backoff of a retried message: 2, 4, 8 … seconds, at most 5 minutes. */
export const retryDelay = (attempts: number): number => Math.min(300, 2 ** attempts);

/** Acknowledges a message (a delete, as the queue bills it); its kept copy goes too. */
function ack(message: Message, clears: SpoolClears): void {
  countQueue("queue_acks");
  message.ack();
  clears.done(message.body);
}

export async function consumeBatch(batch: MessageBatch, env: Env): Promise<void> {
  countQueue("queue_reads", batch.messages.length);
  // The batch's invocation records go to the install agents in one call per install, sent when
  // the batch is done (waiting on the log's timer would hold the consumer for it).
  try {
    await consumeMessages(batch, env);
  } finally {
    await flushInvocationLogs();
  }
}

async function consumeMessages(batch: MessageBatch, env: Env): Promise<void> {
  const defer = () => undefined;
  const clears = new SpoolClears(env);
  try {
    for (const message of batch.messages) await consumeMessage(message, env, defer, clears);
  } finally {
    await clears.flush();
  }
}

async function consumeMessage(
  message: Message,
  env: Env,
  defer: (work: Promise<unknown>) => void,
  clears: SpoolClears,
): Promise<void> {
  const parsed = queuedIngestion.safeParse(message.body);
  if (!parsed.success) {
    // Not ours or malformed: retrying cannot fix it.
    console.error("dropping malformed queue message", message.id, parsed.error.message);
    ack(message, clears);
    return;
  }
  let error: string | null;
  try {
    const consumed = await consumeIngestion(env, parsed.data, defer);
    error = consumed.ok ? null : consumed.error;
  } catch (cause) {
    error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  }
  if (error === null) {
    ack(message, clears);
    return;
  }
  if (message.attempts >= DEAD_LETTER_AFTER) {
    try {
      await deadLetter(env, parsed.data, error, message.attempts);
      ack(message, clears);
      return;
    } catch (cause) {
      console.error("could not store dead letter", parsed.data.event_id, cause);
    }
  }
  message.retry({ delaySeconds: retryDelay(message.attempts) });
}
