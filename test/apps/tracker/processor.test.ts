// The demo tracker processor's handlers against a recording stand-in for the invocation context:
// which tags, messages, pings and UI each event produces. The runtime's side (commits, queues,
// the connection alarm) is tested where it lives.
import { describe, expect, it } from "vitest";
import { TrackerProcessorConfig } from "../../../src/apps/tracker/processor-config.ts";
import { batteryRanges, REPORT_INTERVAL_MS, TrackerProcessor } from "../../../src/apps/tracker/processor.ts";
import type { Json } from "../../../src/shared/merge-patch.ts";
import type { InvocationContext } from "../../../src/sdk/context.ts";
import type { MessageCreateEvent, PingOptions } from "../../../src/sdk/types.ts";
import { uiStatePatch, type UiElement } from "../../../src/sdk/ui.ts";

const DEVICE = "100";
const APP = "tracker_processor_1";
const AT = Date.UTC(2026, 0, 2, 0, 0, 0);

/** A processor whose context records what it is asked to do; `tags` is its own namespace. */
function setup(config: Record<string, unknown> = {}, tags: Record<string, Json> = {}) {
  const validated = new TrackerProcessorConfig().validate(config);
  if (!validated.ok) throw new Error(JSON.stringify(validated.errors));
  const messages: { channel: string; data: Json; agentId: string | undefined }[] = [];
  const pings: PingOptions[] = [];
  const published: UiElement[][] = [];
  const downlinks: { agentId: string; body: unknown }[] = [];
  const context = {
    config: validated.value,
    install: { install_id: "1", app: "tracker_processor", app_key: APP, agent_id: DEVICE, organisation_id: "1" },
    getTag: async (key: string, fallback?: Json) => (Object.hasOwn(tags, key) ? tags[key] : fallback),
    setTag: async (key: string, value: Json) => void (tags[key] = value),
    createMessage: async (channel: string, data: Json, agentId?: string) =>
      void messages.push({ channel, data, agentId }),
    pingConnection: async (opts: PingOptions) => void pings.push(opts),
    publishUi: async (elements: UiElement[]) => void published.push(elements),
    sendDownlink: async (agentId: string, body: unknown) => {
      downlinks.push({ agentId, body });
      return { id: "1" };
    },
  };
  const app = new TrackerProcessor(context as unknown as InvocationContext);
  return { app, tags, messages, pings, published, downlinks };
}

function uplinkEvent(data: unknown, over: Partial<MessageCreateEvent> = {}): MessageCreateEvent {
  return { id: "7", agent_id: DEVICE, channel: "on_external_event", author_id: "2", data, timestamp: AT, ...over };
}

const UPLINK = {
  device_id: "TRK-0001",
  position: { lat: -33.87, lon: 151.21 },
  battery: { percent: 15 },
  readings: [{ name: "temperature", value: 21.5, unit: "C" }],
  status: "STATUS_OK",
};

describe("tracker processor", () => {
  it("turns an uplink into tags and pings the device as periodic", async () => {
    const { app, tags, pings, messages } = setup({}, { uplinks_today: 4 });
    await app.onMessageCreate(uplinkEvent(UPLINK));
    expect(tags).toEqual({
      position: { lat: -33.87, lon: 151.21 },
      battery: 15,
      low_battery: true,
      temperature: 21.5,
      status: "STATUS_OK",
      last_uplink_at: AT,
      uplinks_today: 5,
    });
    expect(pings).toEqual([{ connectionType: "Periodic", expectedInterval: REPORT_INTERVAL_MS }]);
    expect(messages).toEqual([]);
  });

  it("compares the battery with the configured low level", async () => {
    const { app, tags } = setup({ low_battery: 10 });
    await app.onMessageCreate(uplinkEvent(UPLINK));
    expect(tags.low_battery).toBe(false);
  });

  it("leaves tags of members the uplink did not send (or sent as null) alone", async () => {
    const { app, tags } = setup({}, { battery: 80, temperature: 19 });
    await app.onMessageCreate(uplinkEvent({ device_id: "TRK-0001", battery: { percent: null }, status: null }));
    expect(tags).toEqual({ battery: 80, temperature: 19, last_uplink_at: AT, uplinks_today: 1 });
  });

  it("skips a message that is not an uplink instead of failing (a retry would not fix it)", async () => {
    const { app, tags, pings } = setup();
    await app.onMessageCreate(uplinkEvent({ battery: "full" }));
    await app.onMessageCreate(uplinkEvent(null));
    expect(tags).toEqual({});
    expect(pings).toEqual([]);
  });

  it("ignores other channels and other agents' messages", async () => {
    const { app, tags } = setup();
    await app.onMessageCreate(uplinkEvent(UPLINK, { channel: "other" }));
    await app.onMessageCreate(uplinkEvent(UPLINK, { agent_id: "101" }));
    expect(tags).toEqual({});
  });

  it("writes the daily summary for the day that ended, then restarts the count", async () => {
    const { app, tags, messages } = setup({}, { uplinks_today: 96, battery: 15, position: { lat: 1, lon: 2 } });
    await app.onSchedule({ name: "daily_summary", schedule: "cron(0 0 * * ? *)", scheduled_at: AT });
    expect(messages).toEqual([
      {
        channel: "daily_summary",
        data: { date: "2026-01-01", uplinks: 96, battery: 15, position: { lat: 1, lon: 2 } },
        agentId: undefined,
      },
    ]);
    expect(tags.uplinks_today).toBe(0);
  });

  it("summarises a device that never reported as nulls and zero", async () => {
    const { app, messages } = setup();
    await app.onSchedule({ name: "daily_summary", schedule: "cron(0 0 * * ? *)", scheduled_at: AT });
    expect(messages[0]?.data).toEqual({ date: "2026-01-01", uplinks: 0, battery: null, position: null });
  });

  it("ignores a schedule it does not know", async () => {
    const { app, messages, tags } = setup();
    await app.onSchedule({ name: "other", schedule: "rate(1 hour)", scheduled_at: AT });
    expect(messages).toEqual([]);
    expect(tags).toEqual({});
  });

  it("queues a downlink on the device for a Request position press from ui_cmds", async () => {
    const { app, downlinks } = setup();
    const press = { [APP]: { request_position: 1 } };
    await app.onAggregateUpdate({
      id: "8",
      agent_id: DEVICE,
      channel: "ui_cmds",
      author_id: "3",
      mode: "patch",
      request: press,
      timestamp: AT,
    });
    expect(downlinks).toEqual([
      { agentId: DEVICE, body: { payload: { command: "request_position", value: 1, requested_at: AT } } },
    ]);
  });

  it("ignores ui_cmds writes for other apps, cleared commands and other channels", async () => {
    const { app, messages, downlinks } = setup();
    const write = (channel: string, request: Json) =>
      app.onAggregateUpdate({
        id: "8",
        agent_id: DEVICE,
        channel,
        author_id: "3",
        mode: "patch",
        request,
        timestamp: AT,
      });
    await write("ui_cmds", { other_app_1: { request_position: 1 } });
    await write("ui_cmds", { [APP]: { request_position: null } });
    await write("on_external_event", { [APP]: { request_position: 1 } });
    expect(messages).toEqual([]);
    expect(downlinks).toEqual([]);
  });

  it("publishes its UI on deployment, with the battery's low band from config", async () => {
    const { app, published } = setup({ low_battery: 25 });
    await app.onDeployment({ install_id: "1", app_key: APP, agent_id: DEVICE, reason: "install" });
    expect(published).toHaveLength(1);
    const patch = uiStatePatch(APP, "Tracker", published[0] ?? []) as {
      state: { children: Record<string, { children: Record<string, Record<string, Json>> }> };
    };
    const children = patch.state.children[APP]?.children ?? {};
    expect(Object.keys(children)).toEqual([
      "low_battery",
      "battery",
      "temperature",
      "latitude",
      "longitude",
      "status",
      "last_uplink_at",
      "uplinks_today",
      "request_position",
    ]);
    expect(children.battery?.ranges).toEqual([
      { label: "Low", min: 0, max: 25, colour: "tomato" },
      { label: "OK", min: 25, max: 100, colour: "green" },
    ]);
    expect(children.latitude?.currentValue).toBe(`$tag.${APP}.position.lat:number`);
    expect(children.request_position?.currentValue).toBe(`$cmds.${APP}.request_position`);
  });

  it("keeps valid battery ranges at the extreme low levels 0 and 100", () => {
    expect(batteryRanges(0)).toEqual([{ label: "OK", min: 0, max: 100, colour: "green" }]);
    expect(batteryRanges(100)).toEqual([{ label: "Low", min: 0, max: 100, colour: "tomato" }]);
    for (const low of [0, 100]) expect(() => setup({ low_battery: low }).app.uiElements()).not.toThrow();
  });
});
