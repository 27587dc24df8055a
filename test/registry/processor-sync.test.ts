// The registry tells each agent's object which processor installs cover it (own agent ∪ extended
// permissions), and the control API call returns only once the agents were told.
import { env } from "cloudflare:workers";
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ProcessorInstall } from "../../src/processors/processor-installs.ts";
import { agentStub, registry } from "../../src/contracts/stubs.ts";
import { call, json, nestedGroups, newAgent } from "../support/helpers.ts";
import { ALLOW_ALL } from "../support/ingest.ts";
import "../fixtures/probe-processor.ts";

/** The registry object for runInDurableObject (untyped: its RPC types are too deep to infer there). */
const registryObject = () => env.REGISTRY.getByName("registry") as unknown as DurableObjectStub;

type Install = { install_id: string; agent_id: string; app_key: string; config: Record<string, any> };

async function processor(permissions: Record<string, unknown> = {}, agentId?: string): Promise<Install> {
  const body = {
    app: "probe_processor",
    display_name: "probe processor",
    ...(agentId ? { agent_id: agentId } : {}),
    config: { dv_proc_extended_permissions: permissions },
  };
  return json(await call("/api/control/installs", { method: "POST", body }), 201);
}

type Push = (agentId: string, installs: ProcessorInstall[]) => Promise<void>;

/** Runs `body` with the registry's push to agents replaced (to record pushes, or make them fail). */
async function withPush<T>(replace: (original: Push) => Push, body: () => Promise<T>): Promise<T> {
  const syncOf = (instance: unknown) => (instance as { processors: { push: Push } }).processors;
  let original: Push | undefined;
  await runInDurableObject(registryObject(), (instance) => {
    original = syncOf(instance).push;
    syncOf(instance).push = replace(original);
  });
  try {
    return await body();
  } finally {
    await runInDurableObject(registryObject(), (instance) => {
      if (original) syncOf(instance).push = original;
    });
  }
}

const remove = async (p: Install): Promise<void> => {
  expect((await call(`/api/control/installs/${p.install_id}`, { method: "DELETE" })).status).toBe(204);
};

const held = (agentId: string): Promise<ProcessorInstall[]> => agentStub(env, agentId).processorInstalls();
const heldIds = async (agentId: string): Promise<string[]> => (await held(agentId)).map((i) => i.install_id);

describe("processor installs pushed to the agents they cover", () => {
  it("an install's own agent holds it, with its config and the organisation", async () => {
    const a = await newAgent();
    const p = await processor({}, a.id);
    const org = await json(await call("/api/control/organisation"), 200);
    expect(await held(a.id)).toEqual([
      {
        install_id: p.install_id,
        app: "probe_processor",
        app_key: p.app_key,
        agent_id: a.id,
        organisation_id: org.id,
        config: p.config,
      },
    ]);
    expect(p.config.dv_proc_subscriptions).toEqual(["probe_in"]);
    expect(await registry(env).processorSyncPending()).toBe(0);
  });

  it("devices in the extended permissions hold it; other devices do not", async () => {
    const [b, c] = [await newAgent(), await newAgent()];
    const p = await processor({ devices: [b.id] });
    expect(await heldIds(b.id)).toContain(p.install_id);
    expect(await heldIds(c.id)).not.toContain(p.install_id);
    expect(await heldIds(p.agent_id)).toEqual([p.install_id]);
  });

  it("groups cover their nested groups' members, and a device follows its groups", async () => {
    const { parent, child } = await nestedGroups();
    const inChild = await newAgent({ groups: [child.id] });
    const outside = await newAgent();
    const p = await processor({ groups: [parent.id] });
    expect(await heldIds(inChild.id)).toContain(p.install_id);
    expect(await heldIds(outside.id)).not.toContain(p.install_id);
    // Joining and leaving a group (PATCH) push the device its new list.
    await json(await call(`/api/control/agents/${outside.id}`, { method: "PATCH", body: { groups: [child.id] } }), 200);
    expect(await heldIds(outside.id)).toContain(p.install_id);
    await json(await call(`/api/control/agents/${inChild.id}`, { method: "PATCH", body: { groups: [] } }), 200);
    expect(await heldIds(inChild.id)).not.toContain(p.install_id);
  });

  it("all_devices covers a device created after the install, but not an integration agent", async () => {
    const p = await processor({ all_devices: true });
    try {
      const later = await newAgent();
      expect(await heldIds(later.id)).toContain(p.install_id);
      const integration = await newAgent({ type: "integration" });
      expect(await heldIds(integration.id)).not.toContain(p.install_id);
      // A deleted agent is told it holds nothing, should its object outlive the record.
      expect((await call(`/api/control/agents/${later.id}`, { method: "DELETE" })).status).toBe(204);
      expect(await heldIds(later.id)).toEqual([]);
    } finally {
      await remove(p);
    }
  });

  it("apps_installed covers an agent once the app is installed on it, and not after it is removed", async () => {
    const d = await newAgent();
    const p = await processor({ apps_installed: ["probe_integration"] });
    try {
      expect(await heldIds(d.id)).not.toContain(p.install_id);
      const integration = await json(
        await call("/api/control/installs", {
          method: "POST",
          body: {
            app: "probe_integration",
            agent_id: d.id,
            display_name: "probe",
            config: { dv_proc_ingestion: { cidr_ranges: ALLOW_ALL } },
          },
        }),
        201,
      );
      expect(await heldIds(d.id)).toContain(p.install_id);
      await remove(integration);
      expect(await heldIds(d.id)).not.toContain(p.install_id);
    } finally {
      await remove(p);
    }
  });

  it("a config update that shrinks the scope removes it from the dropped agent; the kept one gets the new config", async () => {
    const [b, c] = [await newAgent(), await newAgent()];
    const p = await processor({ devices: [b.id, c.id] });
    expect(await heldIds(c.id)).toContain(p.install_id);
    const patched = await json(
      await call(`/api/control/installs/${p.install_id}`, {
        method: "PATCH",
        body: { config: { dv_proc_extended_permissions: { devices: [b.id] }, dv_proc_subscriptions: ["other"] } },
      }),
      200,
    );
    expect(patched.config.dv_proc_subscriptions).toEqual(["other"]);
    expect(await heldIds(c.id)).not.toContain(p.install_id);
    const kept = (await held(b.id)).find((i) => i.install_id === p.install_id);
    expect(kept?.config).toEqual(patched.config);
    expect((await held(p.agent_id))[0]?.config).toEqual(patched.config);
  });

  it("deleting an install removes it from its own agent and every agent in its scope", async () => {
    const b = await newAgent();
    const p = await processor({ devices: [b.id] });
    expect(await heldIds(p.agent_id)).toEqual([p.install_id]);
    await remove(p);
    expect(await held(p.agent_id)).toEqual([]);
    expect(await heldIds(b.id)).not.toContain(p.install_id);
  });

  it("an integration install is held by no agent and pushes to none", async () => {
    const d = await newAgent();
    const pushed: string[] = [];
    const record =
      (original: Push): Push =>
      (agentId, installs) => {
        pushed.push(agentId);
        return original(agentId, installs);
      };
    const inst = await withPush(record, async () =>
      json(
        await call("/api/control/installs", {
          method: "POST",
          body: {
            app: "probe_integration",
            agent_id: d.id,
            display_name: "probe",
            config: {
              dv_proc_ingestion: { cidr_ranges: ALLOW_ALL },
              dv_proc_extended_permissions: { devices: [d.id] },
            },
          },
        }),
        201,
      ),
    );
    expect(pushed).toEqual([]);
    // The recorder does see pushes: a processor on the same agent pushes that agent, once.
    await withPush(record, () => processor({}, d.id));
    expect(pushed).toEqual([d.id]);
    expect(await heldIds(inst.agent_id)).not.toContain(inst.install_id);
    expect((await registry(env).bindingsFor(d.id)).map((i) => i.install_id)).not.toContain(inst.install_id);
  });

  it("a push the agent did not take stays staged, and the registry's alarm retries it", async () => {
    const a = await newAgent();
    const before = Date.now();
    const fail = (): Push => () => Promise.reject(new Error("agent unavailable"));
    // The control call still succeeds: the change is committed, the push deferred.
    const p = await withPush(fail, () => processor({}, a.id));
    expect(await heldIds(a.id)).not.toContain(p.install_id);
    expect(await registry(env).processorSyncPending()).toBeGreaterThan(0);
    const later = Date.now() + 600_000;
    await runInDurableObject(registryObject(), async (_instance, state) => {
      // Staged with the change, counted as a failed attempt, and an alarm set for the retry.
      const row = state.storage.sql
        .exec<{ attempts: number; not_before: number }>("SELECT * FROM processor_sync WHERE agent_id = ?", a.id)
        .one();
      expect(row.attempts).toBe(1);
      // Backed off past the failure (not "after now": a loaded machine may already be past it).
      expect(row.not_before).toBeGreaterThan(before);
      expect(await state.storage.getAlarm()).not.toBeNull();
      // A retry due much later than anything the mirror has to do.
      state.storage.sql.exec("UPDATE processor_sync SET not_before = ?", later);
    });
    // The mirror's keys for `a` wait out KV's one write a second per key; once the alarm has written
    // them, the mirror needs no alarm — and must not clear the one the retry needs (one DO, one alarm).
    await new Promise((r) => setTimeout(r, 1_100));
    // Run now if it has not fired by itself yet (a loaded machine may have got there first).
    await runDurableObjectAlarm(registryObject());
    expect(await registry(env).mirrorPending()).toBe(0);
    expect(await heldIds(a.id)).not.toContain(p.install_id);
    await runInDurableObject(registryObject(), async (_instance, state) => {
      expect(await state.storage.getAlarm()).toBe(later);
      // Skip the backoff instead of waiting it out.
      state.storage.sql.exec("UPDATE processor_sync SET not_before = 0");
      // Far enough ahead not to fire by itself before the test runs it (an alarm set for now can,
      // on a loaded machine, leaving runDurableObjectAlarm nothing to run).
      await state.storage.setAlarm(Date.now() + 60_000);
    });
    expect(await runDurableObjectAlarm(registryObject())).toBe(true);
    expect(await heldIds(a.id)).toContain(p.install_id);
    expect(await registry(env).processorSyncPending()).toBe(0);
  });
});
