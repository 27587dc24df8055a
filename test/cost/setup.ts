// Setup of the cost runs (vitest.cost.config.ts): before any Durable Object exists, the app's object
// classes and Worker handlers are replaced by counted ones (the main module's exports, which the
// test pool instantiates), and the runtime's binding prototypes are patched, taken from real
// instances (test/cost/runtime-meter.ts). From here on src/shared/metering.ts's own wrappers stand aside.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import * as main from "../../src/index.ts";
import { meter } from "../../src/shared/metering.ts";
import { meteredClass, meteredHandler, runtime } from "./runtime-meter.ts";
import { installRuntimeMeter } from "./runtime-patches.ts";

if (!runtime.installed) {
  const exported = main as unknown as Record<string, unknown>;
  const replace = (name: string, value: unknown) =>
    Object.defineProperty(exported, name, { get: () => value, enumerable: true, configurable: true });
  replace(
    "Agent",
    meteredClass(main.Agent, (ctx) => `agent:${ctx.id.name ?? ctx.id.toString()}`),
  );
  replace(
    "Registry",
    meteredClass(main.Registry, () => "registry"),
  );
  replace(
    "Gateway",
    meteredClass(main.Gateway, (ctx) => `gateway:${ctx.id.name ?? ctx.id.toString()}`),
  );
  const worker = main.default as unknown as Required<Pick<ExportedHandler<Env>, "fetch" | "queue">>;
  worker.fetch = meteredHandler("fetch", worker.fetch);
  worker.queue = meteredHandler("queue", worker.queue);

  // Real instances hand out the prototypes: a probe object's storage, and the bindings.
  const probe = env.AGENT.getByName("cost-meter-probe");
  const fromObject = await runInDurableObject(probe, (_, state) => ({
    sql: Object.getPrototypeOf(state.storage.sql) as object,
    storage: Object.getPrototypeOf(state.storage) as object,
  }));
  installRuntimeMeter(
    {
      ...fromObject,
      kv: Object.getPrototypeOf(env.CACHE) as object,
      queue: Object.getPrototypeOf(env.DELIVERIES) as object,
      cache: Object.getPrototypeOf(caches.default) as object,
      namespace: Object.getPrototypeOf(env.AGENT) as object,
    },
    new Map<object, (name: string) => string>([
      [env.AGENT, (name) => `agent:${name}`],
      [env.REGISTRY, () => "registry"],
      [env.GATEWAY, (name) => `gateway:${name}`],
    ]),
  );
  meter.atRuntime = true;
}
