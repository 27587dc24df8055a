// Counting at the runtime's binding prototypes (`npm run cost`), so nothing escapes the bill because
// it bypasses src/shared/metering.ts: the prototypes of what workerd hands out (SqlStorage, Durable Object
// storage, KV, Queue, Cache, Durable Object namespaces and their stubs) are patched once per isolate
// (runtime-patches.ts), taken from real instances (setup.ts). Every operation is counted in a bucket
// `<object>#<what>`: the object whose code ran it (`agent:<id>`, `registry`, `gateway:<name>`, or
// `worker`) and the invocation it belongs to (`wake` for the constructor, a method name, `alarm`).
// A stub call is a Durable Object request of the callee (`agent:<id>#commitEventText`).
//
// Duration: an object is active from the start of its constructor or an invocation until its work
// is done, timers it set (setTimeout) and I/O it started included; overlapping work counts once.
// Wall time on this machine (performance.now, which the driven clock of fleet runs leaves alone).
import { AsyncLocalStorage } from "node:async_hooks";
import { meter } from "../../src/shared/metering.ts";

export interface Ops {
  /** Durable Object requests (stub calls, alarms; incoming WebSocket messages at 1/20). */
  calls: number;
  rows_written: number;
  rows_read: number;
  alarm_sets: number;
  kv_reads: number;
  kv_writes: number;
  kv_lists: number;
  kv_deletes: number;
  queue_sends: number;
  /** Cache API match/put/delete (not billed; shown). */
  cache_ops: number;
  /** Storage operations not billed as rows (getAlarm, transactions, sync). */
  other_ops: number;
}

export const noOps = (): Ops => ({
  calls: 0,
  rows_written: 0,
  rows_read: 0,
  alarm_sets: 0,
  kv_reads: 0,
  kv_writes: 0,
  kv_lists: 0,
  kv_deletes: 0,
  queue_sends: 0,
  cache_ops: 0,
  other_ops: 0,
});

export interface Reading {
  /** `<object>#<what>` → operations. */
  buckets: Record<string, Ops>;
  /** Object → active wall time (ms) in the window. */
  active_ms: Record<string, number>;
}

/** An object's activity: pending work (invocations, timers, I/O) and the active time it adds up to. */
class Activity {
  pending = 0;
  since = 0;
  ms = 0;
  enter(): void {
    if (this.pending++ === 0) this.since = performance.now();
  }
  exit(): void {
    if (--this.pending === 0 && counting()) this.ms += performance.now() - this.since;
  }
  /** Active time up to now (an open interval included). */
  upToNow(): number {
    return this.ms + (this.pending > 0 && counting() ? performance.now() - this.since : 0);
  }
}

interface Invocation {
  object: string;
  what: string;
  activity: Activity | null;
}

const context = new AsyncLocalStorage<Invocation>();
/** Each object's alarm as its code set it (the harness runs due alarms without waking objects to ask). */
const alarms = new Map<string, number | null>();
const activities = new Map<string, Activity>();
let buckets = new Map<string, Ops>();
let cursors: [SqlStorageCursor<Record<string, SqlStorageValue>>, string][] = [];

export const runtime = {
  installed: false,
  /** Counts here even while src/shared/metering.ts counts too (the double-counting check only). */
  alongside: false,
  /** Harness operations in flight (inside objects, outside any invocation): not counted. */
  harness: 0,
  /** Calls recorded while on (object, method, arguments): what a path's event sends its device. */
  capture: null as { object: string; method: string; args: unknown[] }[] | null,
  /** Queue messages sent, and handed to a consumer whose handler is done (counted always). */
  queued: 0,
  consumed: 0,
};

const counting = (): boolean => meter.enabled && (meter.atRuntime || runtime.alongside);

function activity(object: string): Activity {
  let a = activities.get(object);
  if (!a) activities.set(object, (a = new Activity()));
  return a;
}

function ops(bucket: string): Ops {
  let o = buckets.get(bucket);
  if (!o) buckets.set(bucket, (o = noOps()));
  return o;
}

/** The bucket the running code counts in; null for harness work (not billed). */
function here(): string | null {
  const inv = context.getStore();
  if (inv) return `${inv.object}#${inv.what}`;
  return runtime.harness > 0 ? null : "unattributed#?";
}

function count(field: keyof Ops, n = 1, bucket = here()): void {
  if (counting() && bucket !== null) ops(bucket)[field] += n;
}

const isPromise = (v: unknown): v is Promise<unknown> =>
  typeof v === "object" && v !== null && typeof (v as { then?: unknown }).then === "function";

/** Keeps the running object active until `result` settles (I/O it awaits, or left running). */
function hold<T>(result: T): T {
  const act = context.getStore()?.activity;
  if (act && isPromise(result)) {
    act.enter();
    result.then(
      () => act.exit(),
      () => act.exit(),
    );
  }
  return result;
}

type Fn = (...args: any[]) => any;

/**
 * A Durable Object class whose constructor and methods run as counted invocations of the object
 * `labelOf(ctx)`: `wake` for the constructor, the method's name for a call (calls it makes to its
 * own methods stay in the outer invocation), `alarm` for an alarm (a request, as it is billed).
 */
export function meteredClass<C extends abstract new (...args: any[]) => object>(
  Base: C,
  labelOf: (ctx: DurableObjectState) => string,
): C {
  function Metered(this: unknown, ctx: DurableObjectState, env: unknown): object {
    const object = labelOf(ctx);
    const act = activity(object);
    act.enter();
    try {
      return context.run({ object, what: "wake", activity: act }, () =>
        Reflect.construct(Base, [ctx, env], new.target ?? Metered),
      );
    } finally {
      act.exit();
    }
  }
  Object.setPrototypeOf(Metered, Base);
  Metered.prototype = Object.create(Base.prototype, { constructor: { value: Metered, writable: true } });
  for (const name of Object.getOwnPropertyNames(Base.prototype)) {
    const d = Object.getOwnPropertyDescriptor(Base.prototype, name);
    if (name === "constructor" || !d || typeof d.value !== "function") continue;
    const method = d.value as Fn;
    Metered.prototype[name] = function (this: { ctx: DurableObjectState }, ...args: unknown[]) {
      const object = labelOf(this.ctx);
      const outer = context.getStore();
      const nested = outer?.object === object;
      if (!nested && name === "alarm") {
        count("calls", 1, `${object}#alarm`);
        // The runtime deletes an alarm as it runs it; the handler may set the next.
        alarms.set(object, null);
      }
      // Incoming WebSocket messages are billed as requests at 20:1.
      if (!nested && name === "webSocketMessage") count("calls", 1 / 20, `${object}#webSocketMessage`);
      const act = activity(object);
      act.enter();
      let result: unknown;
      try {
        result = context.run({ object, what: nested ? outer.what : name, activity: act }, () =>
          method.apply(this, args),
        );
      } catch (error) {
        act.exit();
        throw error;
      }
      if (isPromise(result))
        result.then(
          () => act.exit(),
          () => act.exit(),
        );
      else act.exit();
      return result;
    };
  }
  return Metered as unknown as C;
}

/** Runs Worker entry code (fetch, queue) as counted invocations of `worker`. */
export function meteredHandler<F extends Fn>(what: string, handler: F): F {
  return function (this: unknown, ...args: unknown[]) {
    const result = context.run({ object: "worker", what, activity: null }, () => handler.apply(this, args));
    if (what === "queue") {
      const n = (args[0] as MessageBatch).messages.length;
      const done = () => {
        runtime.consumed += n;
      };
      if (isPromise(result)) result.then(done, done);
      else done();
    }
    return result;
  } as F;
}

/** Waits until every queued message reached a consumer that is done with it, and all is quiet. */
export async function drained(max = 60_000): Promise<void> {
  const until = performance.now() + max;
  do {
    while (runtime.consumed < runtime.queued && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
    await quiet(30, Math.max(0, until - performance.now()));
  } while (runtime.consumed < runtime.queued && performance.now() < until);
}

/** Harness work (fills, evictions, running alarms by hand): its own storage calls are not billed. */
export async function harness<T>(work: () => Promise<T>): Promise<T> {
  runtime.harness++;
  try {
    return await work();
  } finally {
    runtime.harness--;
  }
}

/** Starts a window: counts from zero, active times from now. */
export function resetRuntime(): void {
  buckets = new Map();
  cursors = [];
  const now = performance.now();
  for (const a of activities.values()) {
    a.ms = 0;
    if (a.pending > 0) a.since = now;
  }
}

/** What the window counted; SQLite rows from the cursors' own counters. */
export function readRuntime(): Reading {
  const out: Record<string, Ops> = {};
  for (const [bucket, o] of buckets) out[bucket] = { ...o };
  for (const [cursor, bucket] of cursors) {
    const o = (out[bucket] ??= noOps());
    o.rows_written += cursor.rowsWritten;
    o.rows_read += cursor.rowsRead;
  }
  const active_ms: Record<string, number> = {};
  for (const [object, a] of activities) {
    const ms = a.upToNow();
    if (ms > 0) active_ms[object] = ms;
  }
  return { buckets: out, active_ms };
}

/** Waits until no object has had work pending for `ms` (what an earlier step left running is done). */
export async function quiet(ms = 200, max = 30_000): Promise<void> {
  const until = performance.now() + max;
  let idleSince = performance.now();
  while (performance.now() < until) {
    const busy = [...activities.values()].some((a) => a.pending > 0);
    if (busy) idleSince = performance.now();
    else if (performance.now() - idleSince >= ms) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Objects (of those given) whose alarm, as last set, is due at `now`. */
export const dueAlarms = (objects: Iterable<string>, now: number): string[] =>
  [...objects].filter((o) => {
    const at = alarms.get(o);
    return at !== undefined && at !== null && at <= now;
  });

/** An object's alarm as last set (null: none; undefined: never seen set). */
export const alarmOf = (object: string): number | null | undefined => alarms.get(object);

/** What the binding patches (runtime-patches.ts) count with. */
export const internals = {
  context,
  counting,
  here,
  count,
  hold,
  isPromise,
  cursor(cursor: SqlStorageCursor<Record<string, SqlStorageValue>>, bucket: string): void {
    cursors.push([cursor, bucket]);
  },
  alarm(object: string, at: number | null): void {
    alarms.set(object, at);
  },
};
