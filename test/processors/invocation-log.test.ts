// Issue 20, item 9: processor runs are in their install's invocation log, as integrations' are —
// outcome, code, duration, delivery key, agent, the error of a failure — listed newest first by
// `GET /api/control/installs/{id}/invocations`. A successful run's record rides in the journal row
// that committed its effect (no row of its own); a failed one is logged through the batched log.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { echoOn, post } from "../fixtures/echo-processor.ts";
import { call, eventually, json, newAgent } from "../support/helpers.ts";
import { device, install, invoke } from "../support/ingest.ts";

interface Record_ {
  install_id: string;
  event_id: string;
  outcome: "ok" | "error";
  status: number;
  code: string | null;
  duration_ms: number;
  queued: boolean;
  at: number;
  kind?: string;
  delivery_key?: string;
  agent_id?: string;
  error?: string;
}

const all = async (installId: string): Promise<Record_[]> =>
  json(await call(`/api/control/installs/${installId}/invocations`), 200);
/** The runs of deliveries (the install's deployment run left out). */
const invocations = async (installId: string): Promise<Record_[]> =>
  (await all(installId)).filter((r) => !r.delivery_key?.startsWith("deploy:"));

const newestFirst = (list: Record_[]) => {
  for (let i = 1; i < list.length; i++) expect(list[i - 1].at).toBeGreaterThanOrEqual(list[i].at);
};

describe("processor invocations in the invocation log (issue 20, item 9)", () => {
  it("lists a processor install's runs: GET …/invocations of a processor that has run is not []", async () => {
    const dev = await device({ type: "device" });
    const integration = await install(
      {},
      { dv_proc_extended_permissions: { devices: [dev.id] } },
      "tracker_integration",
    );
    const processor = await json(
      await call("/api/control/installs", {
        method: "POST",
        body: { app: "tracker_processor", agent_id: dev.id, display_name: "p", config: {} },
      }),
      201,
    );
    const body = JSON.stringify({ device_id: dev.serial_number, battery: { percent: 40 } });
    expect((await invoke(integration, { body })).status).toBe(200);
    // The uplink's processor run (inline, in the uplink's own row) and its deployment.
    const list = await eventually(
      () => all(processor.install_id),
      (v) => v.some((r) => r.delivery_key?.startsWith(`${dev.id}:`)),
    );
    newestFirst(list);
    const run = list.find((r) => r.delivery_key?.startsWith(`${dev.id}:`));
    expect(run).toMatchObject({
      install_id: processor.install_id,
      kind: "processor",
      outcome: "ok",
      status: 200,
      code: null,
      queued: false,
      agent_id: dev.id,
    });
    expect(run?.event_id).toBe(run?.delivery_key);
    expect(typeof run?.duration_ms).toBe("number");
    expect(list.some((r) => r.delivery_key?.startsWith("deploy:"))).toBe(true);
  }, 20_000);

  it("a run that failed and its retry that succeeded are listed newest first, with the error", async () => {
    const dev = await newAgent();
    const inst = await echoOn(dev.id);
    expect((await post(dev.id, "echo_in", { n: 1 })).status).toBe(201);
    await eventually(
      () => invocations(inst.install_id),
      (v) => v.length === 1,
    );
    expect((await post(dev.id, "echo_in", { n: 2, throw: "once" })).status).toBe(201);
    // Failed in the device's object, then retried by the queue's consumer, which succeeds.
    const list = await eventually(
      () => invocations(inst.install_id),
      (v) => v.length === 3,
      15_000,
    );
    newestFirst(list);
    const [retry, failure, first] = list;
    expect(first).toMatchObject({ outcome: "ok", queued: false, agent_id: dev.id, kind: "processor" });
    expect(failure).toMatchObject({
      outcome: "error",
      status: 500,
      code: "handler_failed",
      queued: false,
      agent_id: dev.id,
      kind: "processor",
    });
    expect(failure.error).toContain("echo: asked to throw once");
    expect(retry).toMatchObject({ outcome: "ok", queued: true, delivery_key: failure.delivery_key });
    expect(first.delivery_key).not.toBe(failure.delivery_key);
  }, 20_000);

  it("a delivery refused for good (guard) is listed with its code; a run for another agent names it", async () => {
    const home = await newAgent();
    const other = await newAgent();
    const inst = await echoOn(home.id, { dv_proc_extended_permissions: { devices: [other.id] } });
    // Through the queue (the install runs as another agent): the record goes to the install's agent.
    expect((await post(other.id, "echo_in", { n: 5 })).status).toBe(201);
    const ran = await eventually(
      () => invocations(inst.install_id),
      (v) => v.some((r) => r.agent_id === other.id),
    );
    expect(ran.find((r) => r.agent_id === other.id)).toMatchObject({ outcome: "ok", queued: true });
    // Publishing to the channel that invoked it: refused for good.
    expect((await post(home.id, "echo_in", { guard: true })).status).toBe(201);
    const list = await eventually(
      () => invocations(inst.install_id),
      (v) => v.filter((r) => r.outcome === "error").length === 2,
      15_000,
    );
    newestFirst(list);
    // Refused in the install's object, then by the queue's consumer (and dead-lettered).
    const [consumer, local] = list.filter((r) => r.outcome === "error");
    expect(consumer).toMatchObject({ code: "guard_violation", status: 422, queued: true, agent_id: home.id });
    expect(local).toMatchObject({ code: "guard_violation", queued: false, agent_id: home.id });
    expect(consumer.error).toMatch(/^GuardError/);
    expect(consumer.delivery_key).toBe(local.delivery_key);
  }, 20_000);

  it("records no row per successful run: it rides in the row that committed the run's effect", async () => {
    const dev = await newAgent();
    const inst = await echoOn(dev.id);
    for (let n = 0; n < 3; n++) expect((await post(dev.id, "echo_in", { n })).status).toBe(201);
    await eventually(
      () => invocations(inst.install_id),
      (v) => v.length === 3,
    );
    const logRows = await env.AGENT.getByName(dev.id).listInvocations(inst.install_id, 10);
    expect(logRows).toHaveLength(4); // and the deployment's run
    const { runInDurableObject } = await import("cloudflare:test");
    const stored = await runInDurableObject(
      env.AGENT.getByName(dev.id),
      (_i, state) => state.storage.sql.exec<{ c: number }>("SELECT count(*) AS c FROM invocation_log").one().c,
    );
    expect(stored).toBe(0);
  }, 20_000);
});
