// Regressions from the review of the processor pipeline (issue 9): each of these failed before
// its fix. Workerd, real Durable Objects and Queues.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { APPS } from "../../src/apps/index.ts";
import { agentStub } from "../../src/contracts/stubs.ts";
import { Application } from "../../src/sdk/application.ts";
import { config } from "../../src/sdk/config.ts";
import type { DeploymentEvent } from "../../src/sdk/types.ts";
import "../fixtures/echo-processor.ts";
import { call, chan, eventually, json, newAgent } from "../support/helpers.ts";

class ProbeConfig extends config.Schema {
  label = new config.String("Label", { default: "a" });
  subscriptions = new config.ManySubscriptionConfig({ default: ["probe_in"] });
  schedules = new config.ScheduleConfig({ default: [] });
}

/** Writes its config's label on every deployment. */
class DeployProbe extends Application {
  static appName = "deploy_probe";
  static kind = "processor" as const;
  static configSchema = new ProbeConfig();
  override async onDeployment(_e: DeploymentEvent): Promise<void> {
    await this.setTag("label", (this.config as { label?: string }).label ?? null);
  }
}
if (!APPS.includes(DeployProbe)) APPS.push(DeployProbe);

const stubOf = (id: string) => env.AGENT.getByName(id);

async function tags(agentId: string, appKey: string): Promise<Record<string, any>> {
  const res = await call(chan(agentId, "tag_values", "/aggregate"));
  if (res.status === 404) return {};
  return ((await json(res, 200)).data ?? {})[appKey] ?? {};
}

async function installOn(agentId: string, app: string, cfg: Record<string, unknown>) {
  return json(
    await call("/api/control/installs", {
      method: "POST",
      body: { app, agent_id: agentId, display_name: app, config: cfg },
    }),
    201,
  );
}

describe("processor pipeline regressions", () => {
  it("a config changed back (A → B → A) is deployed again", async () => {
    const dev = await newAgent();
    const inst = await installOn(dev.id, "deploy_probe", { label: "a" });
    await eventually(
      () => tags(dev.id, inst.app_key),
      (t) => t.label === "a",
    );
    const patch = (label: string) =>
      call(`/api/control/installs/${inst.install_id}`, { method: "PATCH", body: { config: { label } } });
    expect((await patch("b")).status).toBe(200);
    await eventually(
      () => tags(dev.id, inst.app_key),
      (t) => t.label === "b",
    );
    expect((await patch("a")).status).toBe(200);
    const back = await eventually(
      () => tags(dev.id, inst.app_key),
      (t) => t.label === "a",
    );
    expect(back.label).toBe("a");
  });

  it("last_seen survives a restart right after a checkpoint entry", async () => {
    const dev = await newAgent();
    const stub = stubOf(dev.id);
    const api = agentStub(env, dev.id);
    const seen = `{"key":null,"author_id":"x","tag_patch":null,"messages":[],"ops":[],"seen":true,"outcome":null}`;
    let lastSeen = 0;
    for (let i = 0; i < 40; i++) {
      await new Promise((r) => setTimeout(r, 3));
      expect((await api.commitEventText(seen)).ok).toBe(true);
      const { checkpoint, newest } = await runInDurableObject(stub, (_i, state) => {
        const meta = state.storage.sql
          .exec<{ v: string }>("SELECT v FROM journal_meta WHERE k='checkpoint'")
          .toArray()[0];
        const newest = state.storage.sql.exec<{ seq: string }>("SELECT max(seq) AS seq FROM journal_1").one().seq;
        return { checkpoint: meta ? (JSON.parse(meta.v) as { seq: string }).seq : null, newest };
      });
      const connection = await api.getAggregate("doover_connection");
      lastSeen = (connection?.data as { last_seen?: number } | undefined)?.last_seen ?? 0;
      // Stop when the newest entry is the checkpoint's own (it is not replayed at wake).
      if (checkpoint !== null && BigInt(checkpoint) === BigInt(newest)) break;
    }
    await runInDurableObject(stub, async (_i, state) => {
      const { Agent } = await import("../../durable-objects/agent.ts");
      const fresh = new Agent(state, env);
      expect(fresh.getAggregate("doover_connection")?.data).toMatchObject({ last_seen: lastSeen });
    });
  });

  it("a schedule changed while its run is being sent keeps the new expression", async () => {
    const dev = await newAgent();
    await installOn(dev.id, "echo_processor", { dv_proc_schedules: [{ name: "s", schedule: "rate(1 hour)" }] });
    const rows = await runInDurableObject(stubOf(dev.id), async (instance, state) => {
      state.storage.sql.exec("UPDATE schedule_state SET next = ?", Date.now() - 1000);
      const changed = instance.processorInstalls().map((i) => ({
        ...i,
        config: { ...i.config, dv_proc_schedules: [{ name: "s", schedule: "rate(5 minutes)" }] },
      }));
      await Promise.all([instance.alarm(), instance.syncProcessors(changed)]);
      return state.storage.sql.exec<{ expr: string }>("SELECT expr FROM schedule_state").toArray();
    });
    expect(rows.map((r) => r.expr)).toEqual(["rate(5 minutes)"]);
  });

  it("a write too large to store fails only its own delivery, not its batch-mates", async () => {
    const dev = await newAgent();
    const inst = await installOn(dev.id, "echo_processor", {});
    const post = (data: unknown) => call(chan(dev.id, "echo_in", "/messages"), { method: "POST", body: { data } });
    // Each echo writes its `n` as a tag and a message: ~1 MiB of it cannot be stored twice over.
    const [a, b] = await Promise.all([post({ n: 1 }), post({ n: "x".repeat(1024 * 1024 - 20) })]);
    expect([a.status, b.status]).toEqual([201, 201]);
    await eventually(
      async () => json(await call(`/api/control/installs/${inst.install_id}/dead_letters`), 200),
      (v: any[]) => v.length >= 1,
      20_000,
    );
    await new Promise((r) => setTimeout(r, 1500));
    const letters = await json(await call(`/api/control/installs/${inst.install_id}/dead_letters`), 200);
    expect(letters).toHaveLength(1);
    expect(letters[0].error).toContain("payload_too_large");
    expect((await tags(dev.id, inst.app_key)).last).toBe(1);
  }, 30_000);
});
