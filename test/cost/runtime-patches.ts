// The runtime's binding prototypes, patched once per isolate (test/cost/setup.ts) to count into
// runtime-meter.ts: SqlStorage, Durable Object storage, KV, Queue, Cache, Durable Object
// namespaces (their stubs) and setTimeout (a timer keeps its object active).
import { internals, runtime, type Ops } from "./runtime-meter.ts";

const { context, counting, here, count, hold, isPromise } = internals;

type Fn = (...args: any[]) => any;

function patch(proto: object, name: string, wrap: (original: Fn) => Fn): void {
  const original = (proto as Record<string, Fn>)[name];
  if (typeof original !== "function") throw new Error(`cost meter: no ${name} to patch`);
  Object.defineProperty(proto, name, { value: wrap(original), writable: true, configurable: true });
}

/** A KV key's kind: its first segment, two for the registry mirror's (`reg:serial`). */
function keyClass(arg: unknown): string {
  const key = Array.isArray(arg)
    ? arg[0]
    : typeof arg === "object" && arg !== null
      ? (arg as { prefix?: unknown }).prefix
      : arg;
  const parts = String(key ?? "").split(":");
  return parts[0] === "reg" ? `reg:${parts[1] ?? ""}` : (parts[0] ?? "");
}

const keysOf = (arg: unknown): number =>
  Array.isArray(arg) ? arg.length : typeof arg === "object" && arg !== null ? Object.keys(arg).length : 1;

export interface Prototypes {
  sql: object;
  storage: object;
  kv: object;
  queue: object;
  cache: object;
  namespace: object;
}

/**
 * Patches the runtime's prototypes. `namespaces` maps the app's Durable Object bindings to the
 * label prefix of their objects; stubs of other namespaces (the test pool's own) are left alone.
 */
export function installRuntimeMeter(p: Prototypes, namespaces: Map<object, (name: string) => string>): void {
  if (runtime.installed) return;
  runtime.installed = true;

  patch(
    p.sql,
    "exec",
    (exec) =>
      function (this: SqlStorage, ...args: unknown[]) {
        const cursor = exec.apply(this, args);
        const bucket = here();
        if (counting() && bucket !== null) internals.cursor(cursor, bucket);
        return cursor;
      },
  );

  const storageOp = (field: keyof Ops | null, n: (args: unknown[], result: unknown) => number) => (original: Fn) =>
    function (this: DurableObjectStorage, ...args: unknown[]) {
      const bucket = here();
      const result = original.apply(this, args);
      if (field === "rows_read" && isPromise(result))
        // A list reads the rows it returns.
        void result.then((value) => count(field, n(args, value), bucket)).catch(() => undefined);
      else count(field ?? "other_ops", field ? n(args, result) : 1, bucket);
      return hold(result);
    };
  patch(
    p.storage,
    "get",
    storageOp("rows_read", (a) => keysOf(a[0])),
  );
  patch(
    p.storage,
    "list",
    storageOp("rows_read", (_, v) => (v instanceof Map ? v.size : 0)),
  );
  patch(
    p.storage,
    "put",
    storageOp("rows_written", (a) => (typeof a[0] === "string" ? 1 : keysOf(a[0]))),
  );
  patch(
    p.storage,
    "delete",
    storageOp("rows_written", (a) => keysOf(a[0])),
  );
  // An alarm set (or deleted) is stored by the object: priced as a row written (prices.ts).
  patch(
    p.storage,
    "setAlarm",
    storageOp("alarm_sets", () => 1),
  );
  patch(
    p.storage,
    "deleteAlarm",
    storageOp("alarm_sets", () => 1),
  );
  const track = (at: (args: unknown[]) => number | null) => (original: Fn) =>
    function (this: DurableObjectStorage, ...args: unknown[]) {
      const object = context.getStore()?.object;
      if (object) internals.alarm(object, at(args));
      return original.apply(this, args);
    };
  patch(
    p.storage,
    "setAlarm",
    track((a) => (a[0] instanceof Date ? a[0].getTime() : Number(a[0]))),
  );
  patch(
    p.storage,
    "deleteAlarm",
    track(() => null),
  );
  for (const name of ["getAlarm", "transaction", "transactionSync", "sync", "deleteAll"])
    patch(
      p.storage,
      name,
      storageOp(null, () => 1),
    );

  const binding = (field: keyof Ops, n: (args: unknown[]) => number) => (original: Fn) =>
    function (this: unknown, ...args: unknown[]) {
      count(field, n(args));
      return hold(original.apply(this, args));
    };
  // KV operations are counted apart by the kind of key (`KV thr`: the throttle, `KV reg:serial`:
  // the registry mirror's serial entries…), so a bill line says what they are for.
  const kv = (field: keyof Ops, n: (args: unknown[]) => number) => (original: Fn) =>
    function (this: unknown, ...args: unknown[]) {
      const bucket = here();
      count(field, n(args), bucket === null ? null : `${bucket} KV ${keyClass(args[0])}`);
      return hold(original.apply(this, args));
    };
  // A bulk get reads each key.
  const keys = (a: unknown[]) => (Array.isArray(a[0]) ? a[0].length : 1);
  patch(p.kv, "get", kv("kv_reads", keys));
  patch(p.kv, "getWithMetadata", kv("kv_reads", keys));
  patch(
    p.kv,
    "put",
    kv("kv_writes", () => 1),
  );
  patch(
    p.kv,
    "list",
    kv("kv_lists", () => 1),
  );
  patch(
    p.kv,
    "delete",
    kv("kv_deletes", () => 1),
  );
  // The queue bills each message sent (a batch counts its messages).
  const sent = (n: (args: unknown[]) => number) => (original: Fn) =>
    function (this: unknown, ...args: unknown[]) {
      runtime.queued += n(args);
      return original.apply(this, args);
    };
  const messages = (a: unknown[]) => (Array.isArray(a[0]) ? a[0].length : 1);
  patch(
    p.queue,
    "send",
    binding("queue_sends", () => 1),
  );
  patch(p.queue, "sendBatch", binding("queue_sends", messages));
  patch(
    p.queue,
    "send",
    sent(() => 1),
  );
  patch(p.queue, "sendBatch", sent(messages));
  for (const name of ["match", "put", "delete"])
    patch(
      p.cache,
      name,
      binding("cache_ops", () => 1),
    );

  const stubOf = (ns: object, stub: object, name: string): object => {
    const labelOf = namespaces.get(ns);
    return labelOf ? meteredStub(labelOf(name), stub) : stub;
  };
  patch(
    p.namespace,
    "getByName",
    (original) =>
      function (this: object, name: string, ...rest: unknown[]) {
        return stubOf(this, original.call(this, name, ...rest), name);
      },
  );
  patch(
    p.namespace,
    "get",
    (original) =>
      function (this: object, id: DurableObjectId, ...rest: unknown[]) {
        return stubOf(this, original.call(this, id, ...rest), id.name ?? id.toString());
      },
  );

  patchTimers();
}

const RAW = Symbol("raw stub");

/** The stub itself, uncounted (for the harness: runInDurableObject, evictions). */
export const rawStub = <T extends object>(stub: T): T => ((stub as Record<symbol, T>)[RAW] ?? stub) as T;

/** Every method call on the stub is one request of the callee, made while the caller waits. */
function meteredStub(object: string, stub: object): object {
  return new Proxy(stub, {
    get(target, prop) {
      if (prop === RAW) return target;
      const value: unknown = Reflect.get(target, prop);
      if (typeof prop !== "string" || prop === "then" || typeof value !== "function") return value;
      return (...args: unknown[]) => {
        count("calls", 1, `${object}#${prop}`);
        runtime.capture?.push({ object, method: prop, args });
        return hold((target as Record<string, Fn>)[prop](...args));
      };
    },
  });
}

/** A timer set by an object's code keeps the object active until its callback is done. */
function patchTimers(): void {
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  const pending = new Map<unknown, () => void>();
  globalThis.setTimeout = function (handler: unknown, ms?: number, ...args: unknown[]) {
    const act = context.getStore()?.activity;
    if (!act || typeof handler !== "function") return realSet.call(globalThis, handler as Fn, ms, ...args);
    act.enter();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      pending.delete(id);
      act.exit();
    };
    const id = realSet.call(
      globalThis,
      () => {
        try {
          const result = (handler as Fn)(...args);
          if (isPromise(result)) result.then(finish, finish);
          else finish();
        } catch (error) {
          finish();
          throw error;
        }
      },
      ms,
    );
    pending.set(id, finish);
    return id;
  } as typeof setTimeout;
  globalThis.clearTimeout = function (id?: unknown) {
    pending.get(id)?.();
    realClear.call(globalThis, id as number);
  } as typeof clearTimeout;
}
