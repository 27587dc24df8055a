// Processors over Queues, in workerd with real Durable Objects and Queues: delivery from an agent's
// outbox, the runtime's retries and dead letters, duplicates, the alarm re-sending a failed send,
// schedules and connection status.
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { faults } from "../../src/shared/faults.ts";
import type { DeliveryBatch } from "../../src/processors/delivery.ts";
import { EchoProcessor, echoOn, post } from "../fixtures/echo-processor.ts";
import { call, chan, eventually, expectProblem, json, newAgent } from "../support/helpers.ts";
import { install as installIntegration, invoke } from "../support/ingest.ts";

const stubOf = (id: string) => env.AGENT.getByName(id);

async function tags(agentId: string, appKey = "echo_processor_1"): Promise<Record<string, any>> {
  const res = await call(chan(agentId, "tag_values", "/aggregate"));
  if (res.status === 404) return {};
  return ((await json(res, 200)).data ?? {})[appKey] ?? {};
}

async function messages(agentId: string, channel: string): Promise<any[]> {
  const res = await call(chan(agentId, channel, "/messages"));
  return res.status === 404 ? [] : json(res, 200);
}

async function deadLetters(installId: string): Promise<any[]> {
  return json(await call(`/api/control/installs/${installId}/dead_letters`), 200);
}

beforeEach(() => {
  faults.failDeliverySends = 0;
});

describe("delivery", () => {
  it("a message on a subscribed channel reaches the processor once; its tag, message and ping commit", async () => {
    const dev = await newAgent();
    await echoOn(dev.id);
    expect((await post(dev.id, "echo_in", { n: 7 })).status).toBe(201);
    const t = await eventually(
      () => tags(dev.id),
      (v) => v.count === 1,
    );
    expect(t).toEqual({ count: 1, last: 7 });
    const out = await messages(dev.id, "echo_out");
    expect(out).toHaveLength(1);
    expect(out[0].data.n).toBe(7);
    // The processor runs as the device: its writes are authored by it.
    expect(out[0].author_id).toBe(dev.id);
    const conn = await json(await call(chan(dev.id, "doover_connection", "/aggregate")), 200);
    expect(conn.data).toMatchObject({ status: "ContinuousOnline" });
    expect(typeof conn.data.online_at).toBe("number");
  });

  it("delivers to installs whose extended permissions grant the agent, not to others", async () => {
    const home = await newAgent();
    const granted = await newAgent();
    const other = await newAgent();
    const inst = await echoOn(home.id, { dv_proc_extended_permissions: { devices: [granted.id] } });
    await post(granted.id, "echo_in", { n: 1 });
    await post(other.id, "echo_in", { n: 2 });
    await eventually(
      () => tags(granted.id, inst.app_key),
      (v) => v.count === 1,
    );
    expect(await tags(granted.id, inst.app_key)).toMatchObject({ count: 1, last: 1 });
    expect(await tags(other.id, inst.app_key)).toEqual({});
  });

  it("an aggregate write to a subscribed channel invokes onAggregateUpdate; its own tag_values key does not re-invoke it", async () => {
    const dev = await newAgent();
    const inst = await echoOn(dev.id, { dv_proc_subscriptions: ["settings", "tag_values"] });
    const patch = await call(chan(dev.id, "settings", "/aggregate"), { method: "PATCH", body: { mode: "eco" } });
    expect(patch.status).toBe(200);
    const seen = await eventually(
      () => messages(dev.id, "echo_aggregates"),
      (v) => v.length === 1,
    );
    expect(seen[0].data).toEqual({ channel: "settings", request: { mode: "eco" } });
    // Another app's tag write invokes it; a write carrying its own key does not.
    await call(chan(dev.id, "tag_values", "/aggregate"), { method: "PATCH", body: { other_app_1: { x: 1 } } });
    await call(chan(dev.id, "tag_values", "/aggregate"), {
      method: "PATCH",
      body: { [inst.app_key]: { x: 2 } },
    });
    const after = await eventually(
      () => messages(dev.id, "echo_aggregates"),
      (v) => v.length >= 2,
    );
    await new Promise((r) => setTimeout(r, 1500));
    const all = await messages(dev.id, "echo_aggregates");
    expect(all.map((m: any) => m.data.channel).sort()).toEqual(["settings", "tag_values"]);
    expect(after.length).toBe(2);
  });

  it("many writes ride in few queue messages, and the write-backs commit once per agent per batch", async () => {
    const dev = await newAgent();
    await echoOn(dev.id);
    const sent = await Promise.all(Array.from({ length: 20 }, (_, n) => post(dev.id, "echo_in", { n })));
    expect(sent.every((r) => r.status === 201)).toBe(true);
    const t = await eventually(
      () => tags(dev.id),
      (v) => v.count === 20,
    );
    expect(t.count).toBe(20);
    expect(await messages(dev.id, "echo_out")).toHaveLength(20);
  });
});

describe("failures", () => {
  it("a throwing processor is retried, then dead-lettered; a replay delivers it once", async () => {
    const dev = await newAgent();
    const inst = await echoOn(dev.id);
    EchoProcessor.broken.add(dev.id);
    await post(dev.id, "echo_in", { n: 1, throw: "while_broken" });
    const letters = await eventually(
      () => deadLetters(inst.install_id),
      (v) => v.length === 1,
      20_000,
    );
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ attempts: 5, install_id: inst.install_id });
    expect(letters[0].error).toContain("broken");
    expect(await tags(dev.id)).toEqual({});
    EchoProcessor.broken.delete(dev.id);
    const replay = await call(`/api/control/installs/${inst.install_id}/dead_letters/${letters[0].id}/replay`, {
      method: "POST",
    });
    expect(replay.status).toBe(202);
    await eventually(
      () => tags(dev.id),
      (v) => v.count === 1,
    );
    expect(await deadLetters(inst.install_id)).toEqual([]);
    // Replaying the same (now removed) letter again is a 404, and nothing happens twice.
    await expectProblem(
      await call(`/api/control/installs/${inst.install_id}/dead_letters/${letters[0].id}/replay`, { method: "POST" }),
      404,
      "not_found",
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect((await tags(dev.id)).count).toBe(1);
  }, 30_000);

  it("a processor that throws once succeeds on its retry, with one effect", async () => {
    const dev = await newAgent();
    await echoOn(dev.id);
    await post(dev.id, "echo_in", { n: 3, throw: "once" });
    await eventually(
      () => tags(dev.id),
      (v) => v.count === 1,
      15_000,
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await tags(dev.id)).toEqual({ count: 1, last: 3 });
  }, 20_000);

  it("a duplicated queue message has no second effect", async () => {
    const dev = await newAgent();
    const inst = await echoOn(dev.id);
    const body: DeliveryBatch = {
      kind: "deliveries",
      installs: {
        [inst.install_id]: {
          install_id: inst.install_id,
          app: "echo_processor",
          app_key: inst.app_key,
          agent_id: dev.id,
          organisation_id: "1",
          config: inst.config,
        },
      },
      items: [
        {
          install_id: inst.install_id,
          key: `${dev.id}:dup-test:0`,
          agent_id: dev.id,
          attempts: 0,
          event: { type: "message", id: "1", channel: "echo_in", author_id: dev.id, data: { n: 9 }, timestamp: 1 },
        },
      ],
    };
    await env.DELIVERIES.send(body, { contentType: "json" });
    await eventually(
      () => tags(dev.id),
      (v) => v.count === 1,
    );
    await env.DELIVERIES.send(body, { contentType: "json" });
    await env.DELIVERIES.send(body, { contentType: "json" });
    await new Promise((r) => setTimeout(r, 2500));
    expect(await tags(dev.id)).toEqual({ count: 1, last: 9 });
    expect(await messages(dev.id, "echo_out")).toHaveLength(1);
  });

  it("publishing to the invoking channel raises the guard error (dead letter at once, nothing committed)", async () => {
    const dev = await newAgent();
    const inst = await echoOn(dev.id);
    await post(dev.id, "echo_in", { n: 1, guard: true });
    const letters = await eventually(
      () => deadLetters(inst.install_id),
      (v) => v.length === 1,
    );
    expect(letters[0].error).toContain("GuardError");
    expect(letters[0].attempts).toBe(1);
    expect(await messages(dev.id, "echo_in")).toHaveLength(1);
    expect(await tags(dev.id)).toEqual({});
  });

  it("a failed send is kept in the outbox and re-sent by the alarm", async () => {
    const dev = await newAgent();
    await echoOn(dev.id);
    faults.failDeliverySends = 1;
    await post(dev.id, "echo_in", { n: 5 });
    await eventually(
      async () => faults.failDeliverySends,
      (n) => n === 0,
    );
    // The send failed: nothing delivered, and the retry alarm is set (1 s backoff); run it now.
    expect(await tags(dev.id)).toEqual({});
    expect(await runInDurableObject(stubOf(dev.id), (_i, state) => state.storage.getAlarm())).not.toBeNull();
    await runDurableObjectAlarm(stubOf(dev.id));
    await eventually(
      () => tags(dev.id),
      (v) => v.count === 1,
    );
    expect(await tags(dev.id)).toEqual({ count: 1, last: 5 });
  });

  it("deliveries written but not sent before the object stopped are sent when it wakes", async () => {
    const dev = await newAgent();
    await echoOn(dev.id);
    faults.failDeliverySends = 1000;
    await post(dev.id, "echo_in", { n: 11 });
    await new Promise((r) => setTimeout(r, 300));
    // A fresh object over the same storage (what a restart gives): it re-reads the outbox.
    faults.failDeliverySends = 0;
    await runInDurableObject(stubOf(dev.id), async (_instance, state) => {
      const { Agent } = await import("../../durable-objects/agent.ts");
      new Agent(state, env);
    });
    await eventually(
      () => tags(dev.id),
      (v) => v.count === 1,
    );
    expect((await tags(dev.id)).last).toBe(11);
  });
});

describe("schedules", () => {
  it("a due schedule fires through the install agent's alarm; a config change reschedules", async () => {
    const dev = await newAgent();
    const inst = await echoOn(dev.id, {
      dv_proc_schedules: [
        { name: "hourly", schedule: "rate(1 hour)" },
        { name: "off", schedule: "rate(1 minute)", disabled: true },
      ],
    });
    const planned = () =>
      runInDurableObject(stubOf(dev.id), (_i, state) =>
        state.storage.sql
          .exec<{ k: string; next: number; expr: string }>("SELECT k, next, expr FROM schedule_state")
          .toArray(),
      );
    const rows = await planned();
    expect(rows.map((r) => r.expr)).toEqual(["rate(1 hour)"]);
    expect(rows[0]!.next % 3_600_000).toBe(0);
    expect(await runInDurableObject(stubOf(dev.id), (_i, state) => state.storage.getAlarm())).toBeLessThanOrEqual(
      rows[0]!.next,
    );
    // Time passes: the run is due now.
    await runInDurableObject(stubOf(dev.id), (_i, state) => {
      state.storage.sql.exec("UPDATE schedule_state SET next = ?", Date.now() - 1000);
    });
    await runDurableObjectAlarm(stubOf(dev.id));
    const ticks = await eventually(
      () => messages(dev.id, "ticks"),
      (v) => v.length === 1,
    );
    expect(ticks[0].data.name).toBe("hourly");
    expect((await planned())[0]!.next).toBeGreaterThan(Date.now());
    // A new expression (no redeploy): planned again at once.
    const patched = await call(`/api/control/installs/${inst.install_id}`, {
      method: "PATCH",
      body: { config: { dv_proc_schedules: [{ name: "hourly", schedule: "cron(30 6 * * ? *)" }] } },
    });
    expect(patched.status).toBe(200);
    const after = await eventually(planned, (r) => r[0]?.expr === "cron(30 6 * * ? *)");
    expect(new Date(after[0]!.next).getUTCHours()).toBe(6);
    expect(new Date(after[0]!.next).getUTCMinutes()).toBe(30);
  });

  it("an invalid expression is a 422 naming the field", async () => {
    const dev = await newAgent();
    const res = await call("/api/control/installs", {
      method: "POST",
      body: {
        app: "echo_processor",
        agent_id: dev.id,
        display_name: "echo",
        config: { dv_proc_schedules: [{ name: "bad", schedule: "cron(0 12 * * * *)" }] },
      },
    });
    const problem = await expectProblem(res, 422, "validation_failed");
    expect(JSON.stringify(problem)).toContain("dv_proc_schedules[0].schedule");
  });
});

describe("connection status", () => {
  it("the offline alarm flips the status at the deadline and the next uplink flips it back", async () => {
    const dev = await newAgent({ type: "device" });
    const integ = await installIntegration({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    // A periodic device expected every 250 ms: offline 500 ms after its last report (long enough
    // for the reads below to come first on a loaded machine; 5 ms here made the test flaky).
    await call(chan(dev.id, "doover_connection", "/aggregate"), {
      method: "PATCH",
      body: { type: "Periodic", expected_interval: 250 },
    });
    const uplink = () =>
      invoke(integ, { body: JSON.stringify({ tags: [{ agent: dev.id, key: "t", value: Date.now() }] }) });
    expect((await uplink()).status).toBe(200);
    const conn = async () => (await json(await call(chan(dev.id, "doover_connection", "/aggregate")), 200)).data;
    const online = await conn();
    expect(online).toMatchObject({ status: "ContinuousOnline", type: "Periodic" });
    expect(online.last_seen).toBeGreaterThanOrEqual(online.online_at);
    await new Promise((r) => setTimeout(r, 550));
    await runDurableObjectAlarm(stubOf(dev.id));
    const offline = await eventually(conn, (c) => c.status === "ContinuousOffline");
    expect(offline.status).toBe("ContinuousOffline");
    expect(offline.offline_at).toBe(online.last_seen + 500);
    expect((await uplink()).status).toBe(200);
    const back = await conn();
    expect(back.status).toBe("ContinuousOnline");
    // Merge-patch null removes the key: an online connection has no offline_at of its own.
    expect(back.offline_at).toBeUndefined();
    expect(back.online_at).toBeGreaterThan(online.online_at);
  });

  it("a report does not move the alarm (no storage write per event); the alarm re-arms for the deadline", async () => {
    const dev = await newAgent({ type: "device" });
    const integ = await installIntegration({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const uplink = () =>
      invoke(integ, { body: JSON.stringify({ tags: [{ agent: dev.id, key: "t", value: Date.now() }] }) });
    await uplink();
    const alarmAt = () => runInDurableObject(stubOf(dev.id), (_i, state) => state.storage.getAlarm());
    const first = await alarmAt();
    expect(first).not.toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    await uplink();
    expect(await alarmAt()).toBe(first);
    await runDurableObjectAlarm(stubOf(dev.id));
    const conn = (await json(await call(chan(dev.id, "doover_connection", "/aggregate")), 200)).data;
    expect(conn.status).toBe("ContinuousOnline");
    expect(await alarmAt()).toBe(conn.last_seen + 3_600_000);
  });
});
