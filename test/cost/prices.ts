// List prices of SPEC §2 (USD per million operations) and the per-event bill they give a usage.
import { noOps, type Ops, type Reading } from "./runtime-meter.ts";

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
  /** Durable Object duration, per million GB-s; an object is billed 128 MB while active. */
  gb_s: 12.5,
} as const;

/** Memory a Durable Object is billed for while active (GB). */
export const DO_MEMORY_GB = 0.128;
/** SQLite storage, USD per GB-month. */
export const STORAGE_GB_MONTH = 0.2;

/** Kinds of Durable Object the bill tells apart. */
export type Kind = "device" | "install_agent" | "registry" | "log" | "alarm" | "gateway" | "other";
export const KINDS: Kind[] = ["device", "install_agent", "registry", "log", "alarm", "gateway", "other"];

/**
 * What a bucket `<object>#<what>` is billed as: alarms and the log's batched calls have their own;
 * null for an object the measured path does not use (another path's object finishing its own work).
 */
export type KindOf = (object: string, what: string) => Kind | null;

/** One event's share of each billed operation. */
export interface PerEvent {
  /** Worker invocations: fetches, and queue batches delivered to the consumer. */
  worker_requests: number;
  /** Durable Object requests by kind (`log`: the invocation log's batched calls; `alarm`: alarms run). */
  do_calls: Record<Kind, number>;
  /** SQLite rows written, alarm sets included (an alarm set is stored by the object: a row). */
  rows_written: number;
  rows_read: number;
  kv_reads: number;
  kv_writes: number;
  kv_lists: number;
  kv_deletes: number;
  /** A queued message is written once, read once per delivery and deleted once (acknowledged). */
  queue_ops: number;
  /** Durable Object duration (GB-s) by kind of the object that was active. */
  gb_s: Record<Kind, number>;
  /** SQLite storage (GB-months) per event, where the regime prices it (fleet). */
  storage_gb_month: number;
  /** Cache API operations (not billed). */
  cache_ops: number;
  /** Buckets `<object kind>#<what>` → operations per event: where the money goes. */
  lines: Record<string, Ops>;
}

/** Usage outside the runtime's bindings (src/shared/metering.ts): Worker requests, queue reads and acks. */
export interface Extra {
  worker_requests: number;
  queue_reads: number;
  queue_acks: number;
}

const zeroKinds = (): Record<Kind, number> => ({
  device: 0,
  install_agent: 0,
  registry: 0,
  log: 0,
  alarm: 0,
  gateway: 0,
  other: 0,
});

/** No usage. */
export const zeroPerEvent = (): PerEvent => perEvent({ buckets: {}, active_ms: {} }, noExtra, 1, () => "other");
const noExtra: Extra = { worker_requests: 0, queue_reads: 0, queue_acks: 0 };

export function perEvent(r: Reading, extra: Extra, events: number, kindOf: KindOf): PerEvent {
  const e: PerEvent = {
    worker_requests: extra.worker_requests / events,
    do_calls: zeroKinds(),
    rows_written: 0,
    rows_read: 0,
    kv_reads: 0,
    kv_writes: 0,
    kv_lists: 0,
    kv_deletes: 0,
    queue_ops: (extra.queue_reads + extra.queue_acks) / events,
    gb_s: zeroKinds(),
    storage_gb_month: 0,
    cache_ops: 0,
    lines: {},
  };
  for (const [bucket, o] of Object.entries(r.buckets)) {
    const [object = "", what = ""] = bucket.split("#");
    const kind = kindOf(object, what);
    if (kind === null) continue;
    e.do_calls[kind] += o.calls / events;
    e.rows_written += (o.rows_written + o.alarm_sets) / events;
    e.rows_read += o.rows_read / events;
    e.kv_reads += o.kv_reads / events;
    e.kv_writes += o.kv_writes / events;
    e.kv_lists += o.kv_lists / events;
    e.kv_deletes += o.kv_deletes / events;
    e.queue_ops += o.queue_sends / events;
    e.cache_ops += o.cache_ops / events;
    const line = `${object === "worker" ? "worker" : kindOf(object, "")}#${what}`;
    const l = (e.lines[line] ??= noOps());
    for (const k of Object.keys(o) as (keyof Ops)[]) l[k] += o[k] / events;
  }
  for (const [object, ms] of Object.entries(r.active_ms)) {
    const kind = kindOf(object, "");
    if (kind !== null) e.gb_s[kind] += (DO_MEMORY_GB * ms) / 1000 / events;
  }
  return e;
}

export const sum = (r: Record<Kind, number>): number => KINDS.reduce((a, k) => a + r[k], 0);
export const totalCalls = (e: PerEvent): number => sum(e.do_calls);

/** Calls made while the event is being answered (not the log's, nor alarms, which come after). */
export const pathCalls = (e: PerEvent): number => totalCalls(e) - e.do_calls.log - e.do_calls.alarm;

/** USD per million events, line by line. */
export function bill(e: PerEvent): Record<string, number> {
  return {
    worker_requests: e.worker_requests * PRICES.worker_requests,
    do_calls: totalCalls(e) * PRICES.do_calls,
    duration: sum(e.gb_s) * PRICES.gb_s,
    rows_written: e.rows_written * PRICES.rows_written,
    rows_read: e.rows_read * PRICES.rows_read,
    storage: e.storage_gb_month * STORAGE_GB_MONTH * 1e6,
    kv: e.kv_reads * PRICES.kv_reads + (e.kv_writes + e.kv_lists + e.kv_deletes) * PRICES.kv_writes,
    queue: e.queue_ops * PRICES.queue_ops,
  };
}

export const dollars = (b: Record<string, number>): number => Object.values(b).reduce((a, v) => a + v, 0);

/** USD per million events of one line's operations (no duration: that is per object). */
export function lineDollars(o: Ops): number {
  return (
    o.calls * PRICES.do_calls +
    (o.rows_written + o.alarm_sets) * PRICES.rows_written +
    o.rows_read * PRICES.rows_read +
    o.kv_reads * PRICES.kv_reads +
    (o.kv_writes + o.kv_lists + o.kv_deletes) * PRICES.kv_writes +
    o.queue_sends * PRICES.queue_ops
  );
}

/**
 * Adds per-event usages (a path's parts: the event, and its share of alarms over a day); `part`
 * names b's lines in the sum (`day: device#alarm`).
 */
export function addPerEvent(a: PerEvent, b: PerEvent, weight = 1, part = ""): PerEvent {
  const out: PerEvent = structuredClone(a);
  out.worker_requests += b.worker_requests * weight;
  for (const k of KINDS) {
    out.do_calls[k] += b.do_calls[k] * weight;
    out.gb_s[k] += b.gb_s[k] * weight;
  }
  for (const f of [
    "rows_written",
    "rows_read",
    "kv_reads",
    "kv_writes",
    "kv_lists",
    "kv_deletes",
    "queue_ops",
  ] as const)
    out[f] += b[f] * weight;
  out.storage_gb_month += b.storage_gb_month * weight;
  out.cache_ops += b.cache_ops * weight;
  for (const [line, o] of Object.entries(b.lines)) {
    const l = (out.lines[part ? `${part}: ${line}` : line] ??= noOps());
    for (const k of Object.keys(o) as (keyof Ops)[]) l[k] += o[k] * weight;
  }
  return out;
}
