// The integration + processor pattern end to end, in workerd with real Durable Objects and Queues:
// a tracker uplink through the demo integration reaches the demo processor on the device, whose
// tags, UI, connection status, commands and daily summary are visible through the REST API.
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { REPORT_INTERVAL_MS } from "../../../src/apps/tracker/processor.ts";
import { call, chan, eventually, json } from "../../support/helpers.ts";
import { device, install, invoke, messagesOf, tagsOf } from "../../support/ingest.ts";

const uplink = (serial: string, battery: number) =>
  JSON.stringify({
    device_id: serial,
    position: { lat: -33.86, lon: 151.21 },
    battery: { percent: battery },
    readings: [{ name: "temperature", value: 21.5, unit: "C" }],
    status: "STATUS_OK",
  });

async function demo() {
  const dev = await device({ type: "device" });
  const integration = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } }, "tracker_integration");
  const processor = await json(
    await call("/api/control/installs", {
      method: "POST",
      body: { app: "tracker_processor", agent_id: dev.id, display_name: "demo processor", config: {} },
    }),
    201,
  );
  return { dev, integration, processor, appKey: processor.app_key as string };
}

const aggregate = async (agentId: string, channel: string) => {
  const res = await call(chan(agentId, channel, "/aggregate"));
  return res.status === 404 ? null : (await json(res, 200)).data;
};

describe("demo tracker processor", () => {
  it("is listed as a processor with its subscriptions", async () => {
    const apps = await json(await call("/api/control/apps"), 200);
    const processor = apps.find((a: any) => a.name === "tracker_processor");
    expect(processor).toMatchObject({ kind: "processor", dv_proc_subscriptions: ["on_external_event", "ui_cmds"] });
  });

  it("publishes its UI to ui_state on deployment", async () => {
    const { dev, appKey } = await demo();
    const ui = await eventually(
      () => aggregate(dev.id, "ui_state"),
      (v) => v?.state?.children?.[appKey] !== undefined,
    );
    const node = ui.state.children[appKey];
    expect(node.type).toBe("uiApplication");
    expect(Object.keys(node.children)).toEqual(
      expect.arrayContaining(["battery", "low_battery", "temperature", "request_position"]),
    );
    expect(node.children.battery.units).toBe("%");
  });

  it("an uplink reaches the processor: tags, warning, connection status", async () => {
    const { dev, integration, appKey } = await demo();
    expect((await invoke(integration, { body: uplink(dev.serial_number, 87) })).status).toBe(200);
    const tags = await eventually(
      async () => (await tagsOf(dev.id))[appKey],
      (t) => t?.uplinks_today === 1,
    );
    expect(tags).toMatchObject({
      battery: 87,
      low_battery: false,
      temperature: 21.5,
      position: { lat: -33.86, lon: 151.21 },
      status: "STATUS_OK",
      uplinks_today: 1,
    });
    expect(await aggregate(dev.id, "doover_connection")).toMatchObject({
      status: "ContinuousOnline",
      type: "Periodic",
      expected_interval: REPORT_INTERVAL_MS,
    });
    expect((await invoke(integration, { body: uplink(dev.serial_number, 9) })).status).toBe(200);
    const low = await eventually(
      async () => (await tagsOf(dev.id))[appKey],
      (t) => t?.uplinks_today === 2,
    );
    expect(low).toMatchObject({ battery: 9, low_battery: true });
  });

  it("Request position (ui_cmds) queues a real downlink, handed to the tracker with its next uplink", async () => {
    const { dev, integration, appKey } = await demo();
    const res = await call(chan(dev.id, "ui_cmds", "/aggregate"), {
      method: "PATCH",
      body: { [appKey]: { request_position: true } },
    });
    expect(res.status).toBe(200);
    const queued = await eventually(
      async () => json(await call(`/api/agents/${dev.id}/downlinks`), 200),
      (list: { id: string }[]) => list.length === 1,
    );
    expect(queued[0]).toMatchObject({ status: "queued", transport: null });
    const answer = await json(await invoke(integration, { body: uplink(dev.serial_number, 50) }), 200);
    expect(answer.downlinks).toEqual([
      { id: queued[0].id, payload: { command: "request_position", value: true, requested_at: expect.any(Number) } },
    ]);
  });

  it("the daily summary runs on the device's alarm and resets the count", async () => {
    const { dev, integration, appKey } = await demo();
    await invoke(integration, { body: uplink(dev.serial_number, 50) });
    await eventually(
      async () => (await tagsOf(dev.id))[appKey],
      (t) => t?.uplinks_today === 1,
    );
    const stub = env.AGENT.getByName(dev.id);
    await runInDurableObject(stub, (_i, state) => {
      state.storage.sql.exec("UPDATE schedule_state SET next = ?", Date.now() - 1000);
    });
    await runDurableObjectAlarm(stub);
    const summary = await eventually(
      () => messagesOf(dev.id, "daily_summary"),
      (m) => m.length === 1,
    );
    expect(summary[0].data).toMatchObject({ uplinks: 1, battery: 50 });
    const tags = await eventually(
      async () => (await tagsOf(dev.id))[appKey],
      (t) => t?.uplinks_today === 0,
    );
    expect(tags.uplinks_today).toBe(0);
  });
});
