// A measuring window of the cost runs: everything counted at the runtime's prototypes
// (runtime-meter.ts), plus what src/shared/metering.ts still counts (Worker requests, queue reads and
// acknowledgements). Each window also proves that src/shared/metering.ts's own binding counters stood
// aside, so no operation is counted twice.
import { meter, resetMeter } from "../../src/shared/metering.ts";
import { perEvent, type KindOf, type PerEvent } from "./prices.ts";
import { noOps, readRuntime, resetRuntime, type Ops, type Reading } from "./runtime-meter.ts";

export interface Window {
  reading: Reading;
  extra: { worker_requests: number; queue_reads: number; queue_acks: number };
}

/** Starts counting from zero. */
export function startWindow(): void {
  resetMeter();
  resetRuntime();
}

/** Stops counting; throws if src/shared/metering.ts counted a binding operation too (a double count). */
export function stopWindow(): Window {
  const reading = readRuntime();
  meter.enabled = false;
  const u = meter.usage;
  const legacy =
    Object.keys(u.do_calls).length +
    u.kv_reads +
    u.kv_writes +
    u.kv_lists +
    u.kv_deletes +
    u.queue_sends +
    u.alarm_sets;
  if (meter.atRuntime && (legacy > 0 || meter.cursors.length > 0))
    throw new Error(`src/shared/metering.ts counted binding operations beside the runtime meter: ${JSON.stringify(u)}`);
  return {
    reading,
    extra: { worker_requests: u.worker_requests, queue_reads: u.queue_reads, queue_acks: u.queue_acks },
  };
}

export const windowPerEvent = (w: Window, events: number, kindOf: KindOf): PerEvent =>
  perEvent(w.reading, w.extra, events, kindOf);

/** Pauses counting (harness work inside a window), then resumes. */
export async function paused<T>(work: () => Promise<T>): Promise<T> {
  const was = meter.enabled;
  meter.enabled = false;
  try {
    return await work();
  } finally {
    meter.enabled = was;
  }
}

/** Windows added together (events measured one by one, then grouped). */
export function mergeWindows(windows: Window[]): Window {
  const out: Window = {
    reading: { buckets: {}, active_ms: {} },
    extra: { worker_requests: 0, queue_reads: 0, queue_acks: 0 },
  };
  for (const w of windows) {
    for (const [bucket, o] of Object.entries(w.reading.buckets)) {
      const t = (out.reading.buckets[bucket] ??= noOps());
      for (const k of Object.keys(o) as (keyof Ops)[]) t[k] += o[k];
    }
    for (const [object, ms] of Object.entries(w.reading.active_ms))
      out.reading.active_ms[object] = (out.reading.active_ms[object] ?? 0) + ms;
    out.extra.worker_requests += w.extra.worker_requests;
    out.extra.queue_reads += w.extra.queue_reads;
    out.extra.queue_acks += w.extra.queue_acks;
  }
  return out;
}
