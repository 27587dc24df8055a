// Issue 18: an uplink whose deliveries go to a processor running as the device is committed with
// the processor's writes in ONE journal row (src/agent/inline-runs.ts): the processor's
// effect is there when the uplink is answered, a copy of the delivery that comes through the
// queue later has no second effect, and a processor that fails falls back to the plain path.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { packDeliveries } from "../../src/processors/delivery.ts";
import { call, eventually, json } from "../support/helpers.ts";
import { echoOn } from "../fixtures/echo-processor.ts";
import { device, install, invoke, messagesOf, tagsOf } from "../support/ingest.ts";

const stubOf = (id: string) => env.AGENT.get(env.AGENT.idFromName(id));

const uplink = (serial: string, battery: number) =>
  JSON.stringify({ device_id: serial, position: { lat: -33.86, lon: 151.21 }, battery: { percent: battery } });

async function trackerWithProcessor() {
  const dev = await device({ type: "device" });
  const integration = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } }, "tracker_integration");
  const processor = await json(
    await call("/api/control/installs", {
      method: "POST",
      body: { app: "tracker_processor", agent_id: dev.id, display_name: "inline", config: {} },
    }),
    201,
  );
  // Its deployment (UI published) runs first; wait for it so the counts below are the uplinks'.
  await eventually(
    () => tagsOf(dev.id),
    () => true,
  );
  await eventually(
    async () => (await json(await call(`/api/agents/${dev.id}/channels/ui_state/aggregate`))).version ?? 0,
    (v) => v > 0,
  );
  return { dev, integration, processor, appKey: processor.app_key as string };
}

/** Journal rows and the seq of the newest, read in the device's object. */
function journal(id: string) {
  return runInDurableObject(stubOf(id), (_instance, state) => {
    const sql = state.storage.sql;
    const tables = sql
      .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .toArray()
      .map((t) => t.name)
      .filter((n) => /^journal_\d+$/.test(n));
    let rows = 0;
    let keys: string[] = [];
    for (const t of tables) {
      rows += sql.exec<{ c: number }>(`SELECT count(*) AS c FROM ${t}`).one().c;
      const top = sql.exec<{ k: string | null }>(`SELECT k FROM ${t} ORDER BY seq DESC LIMIT 1`).toArray()[0];
      if (top?.k) keys = top.k.split("\n");
    }
    return { rows, keys };
  });
}

describe("processors running as the device, inline", () => {
  it("an uplink and the processor's writes are one journal row, there when the uplink is answered", async () => {
    const { dev, integration, appKey } = await trackerWithProcessor();
    const before = await journal(dev.id);
    for (let i = 1; i <= 3; i++) {
      expect((await invoke(integration, { body: uplink(dev.serial_number, 50 + i) })).status).toBe(200);
      // No waiting: the processor's tags were committed with the uplink.
      const tags = (await tagsOf(dev.id))[appKey];
      expect(tags).toMatchObject({ battery: 50 + i, uplinks_today: i });
    }
    expect((await journal(dev.id)).rows - before.rows).toBe(3);
    // The history is as the queue path leaves it: one tag_values message per write, in order.
    const history = await messagesOf(dev.id, "tag_values");
    const own = history.filter((m) => m.data[appKey] !== undefined);
    expect(own.map((m) => m.data[appKey].battery)).toEqual([53, 52, 51]);
    expect(await messagesOf(dev.id, "on_external_event")).toHaveLength(3);
  });

  it("an uplink that hands out a queued downlink still commits with the processor's writes in one row", async () => {
    const { dev, integration, appKey } = await trackerWithProcessor();
    expect((await invoke(integration, { body: uplink(dev.serial_number, 40) })).status).toBe(200);
    const queued = await json(
      await call(`/api/agents/${dev.id}/downlinks`, { method: "POST", body: { f_port: 4, data: "AQ==" } }),
      202,
    );
    const before = await journal(dev.id);
    const res = await invoke(integration, { body: uplink(dev.serial_number, 41) });
    expect((await json(res, 200)).downlinks).toEqual([{ id: queued.id, f_port: 4, data: "AQ==" }]);
    expect((await tagsOf(dev.id))[appKey]).toMatchObject({ battery: 41 });
    expect((await journal(dev.id)).rows - before.rows).toBe(1);
    expect((await json(await call(`/api/agents/${dev.id}/downlinks/${queued.id}`), 200)).status).toBe("sent");
  });

  it("a copy of the delivery that comes through the queue later has no second effect", async () => {
    const { dev, integration, processor, appKey } = await trackerWithProcessor();
    expect((await invoke(integration, { body: uplink(dev.serial_number, 77) })).status).toBe(200);
    // The uplink's row carries the processor delivery's key, as the outbox would have sent it.
    const { keys } = await journal(dev.id);
    const prefix = `p:${processor.install_id}:`;
    const key = keys.find((k) => k.startsWith(prefix))?.slice(prefix.length);
    expect(key).toMatch(new RegExp(`^${dev.id}:\\d+:\\d+$`));
    const [message] = await messagesOf(dev.id, "on_external_event");
    const [body] = packDeliveries(
      [
        {
          install_id: processor.install_id,
          key: key ?? "",
          agent_id: dev.id,
          attempts: 0,
          event: {
            type: "message",
            id: message.id,
            channel: "on_external_event",
            author_id: message.author_id,
            data: message.data,
            timestamp: message.timestamp,
          },
        },
      ],
      new Map([[processor.install_id, { ...processor, organisation_id: "", config: {} }]]),
    );
    await env.DELIVERIES.send(body, { contentType: "json" });
    await new Promise((r) => setTimeout(r, 2000));
    expect((await tagsOf(dev.id))[appKey].uplinks_today).toBe(1);
  });

  it("a processor that sends a downlink joins the event's row: the downlink's rows in the same transaction", async () => {
    const dev = await device({ type: "device" });
    const integration = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    await echoOn(dev.id);
    const event = (n: number) =>
      JSON.stringify({ messages: [{ agent: dev.id, channel: "echo_in", data: { n, downlink: "AQI=" } }] });
    // The first event takes the install's deployment delivery too; count from the second.
    expect((await invoke(integration, { body: event(1) })).status).toBe(200);
    const before = await journal(dev.id);
    expect((await invoke(integration, { body: event(2) })).status).toBe(200);
    // One row: the event, the processor's writes and the downlink's `queued` message.
    expect((await journal(dev.id)).rows - before.rows).toBe(1);
    expect((await tagsOf(dev.id)).echo_processor_1).toMatchObject({ count: 2, last: 2 });
    const list = await json(await call(`/api/agents/${dev.id}/downlinks`), 200);
    expect(list.map((d: { status: string; f_port: number }) => [d.status, d.f_port])).toEqual([
      ["queued", 2],
      ["queued", 2],
    ]);
    const published = await messagesOf(dev.id, "downlinks");
    expect(published.map((m) => m.data.id).sort()).toEqual(list.map((d: { id: string }) => d.id).sort());
    const agg = await json(await call(`/api/agents/${dev.id}/channels/downlinks/aggregate`), 200);
    expect(agg.data).toEqual({ queued: 2 });
  });
});
