// Issue 20, item 2: a schedule or deployment whose send fails must back off like any other send
// (1 s doubling, as the outbox), not point the alarm back at the past run time and re-fire at
// once; and one install's failing sends must not hold back another install's schedules on the
// same agent. Sends are refused with the fault hook `failSendsOfInstalls` (src/shared/faults.ts),
// which also counts the refused attempts.
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { faults } from "../../src/shared/faults.ts";
import "../fixtures/echo-processor.ts";
import { call, chan, eventually, json, newAgent } from "../support/helpers.ts";

const stubOf = (id: string) => env.AGENT.getByName(id);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function echoOn(agentId: string, schedules: unknown[]) {
  return json(
    await call("/api/control/installs", {
      method: "POST",
      body: {
        app: "echo_processor",
        agent_id: agentId,
        display_name: "echo",
        config: { dv_proc_schedules: schedules },
      },
    }),
    201,
  );
}

async function ticks(agentId: string): Promise<string[]> {
  const res = await call(chan(agentId, "ticks", "/messages"));
  if (res.status === 404) return [];
  return ((await json(res, 200)) as { data: { name: string } }[]).map((m) => m.data.name);
}

const deployed = (agentId: string) =>
  runInDurableObject(stubOf(agentId), (_i, state) =>
    state.storage.sql.exec<{ install_id: string; fingerprint: string }>("SELECT * FROM deployed").toArray(),
  );

afterEach(() => {
  faults.failSendsOfInstalls.clear();
});

describe("schedule and deployment sends back off (issue 20: a failing send spun the alarm)", () => {
  it("a schedule whose send fails backs off, and another install's schedule on the agent still fires", async () => {
    const dev = await newAgent();
    const failing = await echoOn(dev.id, [{ name: "failing", schedule: "rate(1 hour)" }]);
    await echoOn(dev.id, [{ name: "healthy", schedule: "rate(1 hour)" }]);
    // Both deployed before the fault is on.
    await eventually(
      () => deployed(dev.id),
      (rows) => rows.length === 2,
    );
    faults.failSendsOfInstalls.set(failing.install_id, 0);
    // Time passes: both runs are due now; the alarm fires.
    await runInDurableObject(stubOf(dev.id), (_i, state) => {
      state.storage.sql.exec("UPDATE schedule_state SET next = ?", Date.now() - 1000);
    });
    await runDurableObjectAlarm(stubOf(dev.id));
    // The other install's schedule ran, on time.
    const first = await eventually(
      () => ticks(dev.id),
      (names) => names.includes("healthy"),
      3000,
    );
    expect(first).toEqual(["healthy"]);
    expect(faults.failSendsOfInstalls.get(failing.install_id)).toBe(1);
    // The retry is a backoff away, not at the past run time.
    const alarm = await runInDurableObject(stubOf(dev.id), (_i, state) => state.storage.getAlarm());
    expect(alarm).toBeGreaterThan(Date.now() + 300);
    // An alarm that fires early (another timer) does not retry before the backoff either.
    await runDurableObjectAlarm(stubOf(dev.id));
    expect(faults.failSendsOfInstalls.get(failing.install_id)).toBe(1);
    // Over 3.5 s of real alarms: retries at +1 s and +3 s (1 s, then 2 s), not dozens a second.
    await sleep(3500);
    const attempts = faults.failSendsOfInstalls.get(failing.install_id) ?? 0;
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThanOrEqual(4);
    expect((await ticks(dev.id)).filter((n) => n === "failing")).toEqual([]);
    // Once sends work again, the run kept for the retry fires once, at the next retry.
    faults.failSendsOfInstalls.clear();
    await runDurableObjectAlarm(stubOf(dev.id));
    const after = await runInDurableObject(stubOf(dev.id), (_i, state) => state.storage.getAlarm());
    expect(after).not.toBeNull();
    await eventually(
      () => ticks(dev.id),
      (names) => names.includes("failing"),
      12_000,
    );
    expect((await ticks(dev.id)).filter((n) => n === "failing")).toHaveLength(1);
    expect((await ticks(dev.id)).filter((n) => n === "healthy")).toHaveLength(1);
  }, 40_000);

  it("a deployment whose send fails backs off with its schedules due, then deploys once sends work", async () => {
    const dev = await newAgent();
    const inst = await echoOn(dev.id, [{ name: "every_minute", schedule: "rate(1 minute)" }]);
    await eventually(
      () => deployed(dev.id),
      (rows) => rows.length === 1,
    );
    const first = (await deployed(dev.id))[0]!.fingerprint;
    faults.failSendsOfInstalls.set(inst.install_id, 0);
    // A config change: a deployment to send, and a schedule due at once.
    const patched = await call(`/api/control/installs/${inst.install_id}`, {
      method: "PATCH",
      body: { config: { dv_proc_schedules: [{ name: "every_minute", schedule: "rate(2 minutes)" }] } },
    });
    expect(patched.status).toBe(200);
    await eventually(
      async () => faults.failSendsOfInstalls.get(inst.install_id) ?? 0,
      (n) => n >= 1,
    );
    await runInDurableObject(stubOf(dev.id), (_i, state) => {
      state.storage.sql.exec("UPDATE schedule_state SET next = ?", Date.now() - 1000);
    });
    await sleep(3500);
    const attempts = faults.failSendsOfInstalls.get(inst.install_id) ?? 0;
    expect(attempts).toBeLessThanOrEqual(4);
    expect((await deployed(dev.id))[0]!.fingerprint).toBe(first);
    faults.failSendsOfInstalls.clear();
    const rows = await eventually(
      () => deployed(dev.id),
      (r) => r[0]?.fingerprint !== first,
      12_000,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.fingerprint).not.toBe(first);
    const fired = await eventually(
      () => ticks(dev.id),
      (names) => names.length === 1,
    );
    expect(fired).toEqual(["every_minute"]);
  }, 40_000);
});
