// This isolate's buffer of invocation records (and counts of rejected requests), per install: sent to the install agent's DO at most
// once per FLUSH_MS (not per event), after the answer, so no event waits on or queues behind the
// object its whole integration shares. Loss bound: what an isolate buffered in its last FLUSH_MS if
// it dies before the flush (waitUntil normally keeps it alive for it), and what the install agent
// held in memory for PERSIST_EVERY_MS (src/data/invocation-log.ts) if it crashes.
import {
  addRejection,
  type InvocationLog,
  type RejectedAttempt,
  type Rejections,
} from "../shared/invocation-records.ts";
import { agentStub } from "../contracts/stubs.ts";

export const FLUSH_MS = 1_000;
/** A buffer this full is flushed at once (bounds memory and the RPC size). */
const MAX_BUFFERED = 500;

interface Buffer {
  env: Env;
  entries: InvocationLog[];
  /** Requests refused before the handler, per install: counts by code and the last few. */
  rejections: Record<string, Rejections>;
  scheduled: boolean;
}

const buffers = new Map<string, Buffer>();

/**
 * Buffers a record for the install agent `agentId`; the first record of a period schedules the
 * flush through `defer` (the request's waitUntil).
 */
export function logInvocation(
  env: Env,
  agentId: string,
  entry: InvocationLog,
  defer: (work: Promise<unknown>) => void,
): void {
  const buffer = bufferOf(env, agentId);
  buffer.entries.push(entry);
  schedule(agentId, buffer, defer);
}

/** Counts a request refused before the handler (bad token, signature, address…): no write per request. */
export function logRejection(
  env: Env,
  agentId: string,
  installId: string,
  attempt: RejectedAttempt,
  defer: (work: Promise<unknown>) => void,
): void {
  const buffer = bufferOf(env, agentId);
  buffer.rejections[installId] = addRejection(buffer.rejections[installId], attempt);
  schedule(agentId, buffer, defer);
}

function bufferOf(env: Env, agentId: string): Buffer {
  let buffer = buffers.get(agentId);
  if (!buffer) {
    buffer = { env, entries: [], rejections: {}, scheduled: false };
    buffers.set(agentId, buffer);
  }
  return buffer;
}

function schedule(agentId: string, buffer: Buffer, defer: (work: Promise<unknown>) => void): void {
  if (buffer.entries.length >= MAX_BUFFERED) defer(flush(agentId));
  else if (!buffer.scheduled) {
    buffer.scheduled = true;
    defer(new Promise((resolve) => setTimeout(resolve, FLUSH_MS)).then(() => flush(agentId)));
  }
}

async function flush(agentId: string): Promise<void> {
  const buffer = buffers.get(agentId);
  if (!buffer) return;
  buffers.delete(agentId);
  if (buffer.entries.length === 0 && Object.keys(buffer.rejections).length === 0) return;
  try {
    await agentStub(buffer.env, agentId, "log").recordInvocations(buffer.entries, buffer.rejections);
  } catch (error) {
    // The log is not the event's effect: a failed flush loses these records, never an event.
    console.warn("invocation log flush failed", agentId, buffer.entries.length, error);
  }
}

/** Sends every buffered record now (the queue consumer after a batch; tests; the cost tool). */
export async function flushInvocationLogs(): Promise<void> {
  await Promise.all([...buffers.keys()].map(flush));
}
