// Billable-operation counters for `npm run cost`: Durable Object calls (per object), SQLite rows
// from the runtime's own cursor counters, KV and queue operations. Off unless a cost run turns it
// on (`meter.enabled`); when off, the wrappers below are a property read each. The cost harness
// counts at the runtime's binding prototypes instead (test/cost/runtime-meter.ts, `atRuntime`):
// then the wrappers and counters of bindings here stand aside, so nothing is counted twice.

export interface Usage {
  worker_requests: number;
  /** RPC method calls by object: `registry`, or `agent:<id>`. */
  do_calls: Record<string, number>;
  kv_reads: number;
  kv_writes: number;
  kv_lists: number;
  kv_deletes: number;
  queue_sends: number;
  queue_reads: number;
  queue_acks: number;
  /** Durable Object alarms set (storage holds the alarm: billed like a row written). */
  alarm_sets: number;
}

interface Meter {
  enabled: boolean;
  /**
   * Set by the cost harness while it counts at the runtime's prototypes (SQL cursors, storage, KV,
   * queues, stubs, alarms): meteredStub/meteredSql/meteredEnv/countCall/countAlarmSet count nothing.
   * Worker requests and queue reads/acknowledgements (no binding to patch) are still counted here.
   */
  atRuntime: boolean;
  usage: Usage;
  /** Cursors of statements run while enabled; their counters are final once consumed. */
  cursors: SqlStorageCursor<Record<string, SqlStorageValue>>[];
  /** The statement of each cursor, in the same order (what tests attribute rows to). */
  queries: string[];
}

const empty = (): Usage => ({
  worker_requests: 0,
  do_calls: {},
  kv_reads: 0,
  kv_writes: 0,
  kv_lists: 0,
  kv_deletes: 0,
  queue_sends: 0,
  queue_reads: 0,
  queue_acks: 0,
  alarm_sets: 0,
});

export const meter: Meter = { enabled: false, atRuntime: false, usage: empty(), cursors: [], queries: [] };

/** Starts a fresh count (and turns metering on). */
export function resetMeter(): void {
  meter.enabled = true;
  meter.usage = empty();
  meter.cursors = [];
  meter.queries = [];
}

/** Usage since the last reset, with SQLite rows summed from the cursors' own counters. */
export function readMeter(): Usage & { rows_written: number; rows_read: number } {
  let rows_written = 0;
  let rows_read = 0;
  for (const cursor of meter.cursors) {
    rows_written += cursor.rowsWritten;
    rows_read += cursor.rowsRead;
  }
  return { ...structuredClone(meter.usage), rows_written, rows_read };
}

/** Rows read per statement since the last reset (its text, summed), for tests that attribute them. */
export function rowsReadByQuery(): Map<string, number> {
  const out = new Map<string, number>();
  meter.cursors.forEach((cursor, i) => {
    const query = meter.queries[i] ?? "";
    out.set(query, (out.get(query) ?? 0) + cursor.rowsRead);
  });
  return out;
}

/** Counts every method call on a Durable Object stub under `label`. */
export function meteredStub<T extends object>(label: string, stub: T): T {
  if (!meter.enabled || meter.atRuntime) return stub;
  return new Proxy(stub, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop);
      if (typeof value !== "function" || typeof prop !== "string" || prop === "then") return value;
      return (...args: unknown[]) => {
        countCall(label);
        // An RPC method stub would take `.apply` for a remote method name: call it directly.
        return (target as Record<string, (...a: unknown[]) => unknown>)[prop](...args);
      };
    },
  });
}

/**
 * A Durable Object's SQL handle whose statements are counted while metering is on. Only `exec`
 * is offered (all our stores use); a plain object, not a Proxy, so the hot path pays one check.
 */
export function meteredSql(sql: SqlStorage): SqlStorage {
  const exec = sql.exec.bind(sql);
  return {
    exec(query: string, ...bindings: unknown[]) {
      const cursor = exec(query, ...bindings);
      if (meter.enabled && !meter.atRuntime) {
        meter.cursors.push(cursor);
        meter.queries.push(query);
      }
      return cursor;
    },
  } as unknown as SqlStorage;
}

const KV_COUNTERS: Record<string, keyof Usage> = {
  get: "kv_reads",
  getWithMetadata: "kv_reads",
  put: "kv_writes",
  list: "kv_lists",
  delete: "kv_deletes",
};

function countingProxy<T extends object>(target: T, counters: Record<string, keyof Usage>): T {
  return new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof value !== "function") return value;
      const counter = typeof prop === "string" ? counters[prop] : undefined;
      return (...args: unknown[]) => {
        if (counter && meter.enabled && !meter.atRuntime) {
          // sendBatch counts one operation per message, as the queue bills it.
          const n = prop === "sendBatch" && Array.isArray(args[0]) ? args[0].length : 1;
          (meter.usage[counter] as number) += n;
        }
        return (t as Record<string | symbol, (...a: unknown[]) => unknown>)[prop](...args);
      };
    },
  });
}

/** The bindings with KV and queue operations counted (only while metering is on). */
export function meteredEnv(env: Env): Env {
  if (!meter.enabled || meter.atRuntime) return env;
  return {
    ...env,
    CACHE: countingProxy(env.CACHE, KV_COUNTERS),
    EVENTS: countingProxy(env.EVENTS, { send: "queue_sends", sendBatch: "queue_sends" }),
    DELIVERIES: countingProxy(env.DELIVERIES, { send: "queue_sends", sendBatch: "queue_sends" }),
  };
}

/** Counts a Durable Object invocation made without a stub call (an alarm). */
export function countCall(label: string): void {
  if (meter.enabled && !meter.atRuntime) meter.usage.do_calls[label] = (meter.usage.do_calls[label] ?? 0) + 1;
}

/** Counts a Worker invocation (a fetch, or a queue batch delivered to the consumer). */
export function countRequest(): void {
  if (meter.enabled) meter.usage.worker_requests += 1;
}

/** Counts an alarm set by a Durable Object. */
export function countAlarmSet(): void {
  if (meter.enabled && !meter.atRuntime) meter.usage.alarm_sets += 1;
}

/** Counts the queue's read of a delivered batch, and each acknowledgement (a delete). */
export function countQueue(kind: "queue_reads" | "queue_acks", n = 1): void {
  if (meter.enabled) meter.usage[kind] += n;
}
