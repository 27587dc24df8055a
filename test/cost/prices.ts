// List prices of SPEC §2 (USD per million operations) and the per-event bill they give a usage.
import type { Usage } from "../../src/metering.ts";

export const PRICES = {
  worker_requests: 0.3,
  do_calls: 0.15,
  rows_written: 1.0,
  rows_read: 0.001,
  kv_reads: 0.5,
  kv_writes: 5.0,
  kv_lists: 5.0,
  kv_deletes: 5.0,
  queue_ops: 0.4,
} as const;

export type Measured = Usage & { rows_written: number; rows_read: number };

/** One event's share of each billed operation, by kind of object for Durable Object calls. */
export interface PerEvent {
  worker_requests: number;
  /** `log`: the invocation log's batched calls and every alarm, after the answer (off the request path). */
  do_calls: { device: number; install_agent: number; registry: number; log: number; other: number };
  rows_written: number;
  rows_read: number;
  kv_reads: number;
  kv_writes: number;
  kv_lists: number;
  kv_deletes: number;
  queue_ops: number;
}

export function perEvent(m: Measured, events: number, kindOf: (label: string) => keyof PerEvent["do_calls"]): PerEvent {
  const calls = { device: 0, install_agent: 0, registry: 0, log: 0, other: 0 };
  for (const [label, n] of Object.entries(m.do_calls)) calls[kindOf(label)] += n / events;
  return {
    worker_requests: m.worker_requests / events,
    do_calls: calls,
    // An alarm set is stored by the object: priced as a row written.
    rows_written: (m.rows_written + m.alarm_sets) / events,
    rows_read: m.rows_read / events,
    kv_reads: m.kv_reads / events,
    kv_writes: m.kv_writes / events,
    kv_lists: m.kv_lists / events,
    kv_deletes: m.kv_deletes / events,
    // A queued message is written once, read once per delivery and deleted once (acked).
    queue_ops: (m.queue_sends + m.queue_reads + m.queue_acks) / events,
  };
}

export const totalCalls = (e: PerEvent): number =>
  e.do_calls.device + e.do_calls.install_agent + e.do_calls.registry + e.do_calls.log + e.do_calls.other;

/** Calls made while the event is being answered (all but the log's, sent after it). */
export const pathCalls = (e: PerEvent): number => totalCalls(e) - e.do_calls.log;

/** USD per million events, line by line. */
export function bill(e: PerEvent): Record<string, number> {
  return {
    worker_requests: e.worker_requests * PRICES.worker_requests,
    do_calls: totalCalls(e) * PRICES.do_calls,
    rows_written: e.rows_written * PRICES.rows_written,
    rows_read: e.rows_read * PRICES.rows_read,
    kv: e.kv_reads * PRICES.kv_reads + (e.kv_writes + e.kv_lists + e.kv_deletes) * PRICES.kv_writes,
    queue: e.queue_ops * PRICES.queue_ops,
  };
}

export const dollars = (b: Record<string, number>): number => Object.values(b).reduce((a, v) => a + v, 0);
