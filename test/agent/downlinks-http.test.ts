// HTTP devices (issue 22): what is queued comes back in the answer to the device's next
// synchronous uplink and is then `sent` — on GET and as a `downlinks` channel message; a replayed
// uplink answers the same downlinks again; `?wait=false` answers carry none; mini-tokens get 200.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, json } from "../support/helpers.ts";
import { device, install, invoke, messagesOf } from "../support/ingest.ts";

const uplink = (serial: string) => JSON.stringify({ device_id: serial, battery: { percent: 80 } });

async function setup(ingestion: Record<string, unknown> = {}) {
  const dev = await device();
  const inst = await install(ingestion, { dv_proc_extended_permissions: { devices: [dev.id] } }, "tracker_integration");
  const queue = async (body: unknown) =>
    json(await call(`/api/agents/${dev.id}/downlinks`, { method: "POST", body }), 202);
  const view = async (id: string) => json(await call(`/api/agents/${dev.id}/downlinks/${id}`), 200);
  return { dev, inst, queue, view };
}

describe("downlinks to HTTP devices", () => {
  it("hands what is queued to the next synchronous uplink, once, then marks it sent", async () => {
    const { dev, inst, queue, view } = await setup();
    // Nothing queued: the answer is as before.
    expect(await json(await invoke(inst, { body: uplink(dev.serial_number) }), 200)).toEqual({
      id: expect.any(String),
    });
    const a = await queue({ f_port: 3, data: "AQI=" });
    const b = await queue({ payload: { command: "reboot" } });
    const answer = await json(await invoke(inst, { body: uplink(dev.serial_number) }), 200);
    expect(answer.downlinks).toEqual([
      { id: a.id, f_port: 3, data: "AQI=" },
      { id: b.id, payload: { command: "reboot" } },
    ]);
    expect(await view(a.id)).toMatchObject({ status: "sent", transport: "http", attempts: 1 });
    const statuses = (await messagesOf(dev.id, "downlinks")).map((m) => [m.data.id, m.data.status]);
    expect(statuses.slice(0, 2)).toEqual([
      [b.id, "sent"],
      [a.id, "sent"],
    ]);
    // Handed out once: the next uplink carries none.
    const next = await json(await invoke(inst, { body: uplink(dev.serial_number) }), 200);
    expect(next.downlinks).toBeUndefined();
  });

  it("a replayed uplink (same Idempotency-Key) answers the same downlinks: a lost answer loses nothing", async () => {
    const { dev, inst, queue } = await setup();
    const a = await queue({ data: "AQ==" });
    const headers = { "idempotency-key": "uplink-7" };
    const first = await invoke(inst, { body: uplink(dev.serial_number), headers });
    const firstBody = await json(first, 200);
    expect(firstBody.downlinks).toEqual([{ id: a.id, data: "AQ==" }]);
    const again = await invoke(inst, { body: uplink(dev.serial_number), headers });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await json(again, 200)).toEqual(firstBody);
    // Published once.
    expect((await messagesOf(dev.id, "downlinks")).filter((m) => m.data.status === "sent")).toHaveLength(1);
  });

  it("?wait=false answers carry none: the downlink stays queued for a synchronous uplink", async () => {
    const { dev, inst, queue, view } = await setup();
    const a = await queue({ data: "AQ==" });
    const res = await invoke(inst, { body: uplink(dev.serial_number), query: "wait=false" });
    expect(await json(res, 202)).toEqual({ id: expect.any(String) });
    expect(await view(a.id)).toMatchObject({ status: "queued" });
  });

  it("a mini-token uplink answers 200 {downlinks} when some are queued, 204 otherwise", async () => {
    const { dev, inst, queue } = await setup({ mini_token: true });
    const post = () =>
      exports.default.fetch(
        new Request(`http://edgehook.test/m/${inst.ingestion.mini_token}`, {
          method: "POST",
          headers: { "content-type": "application/json", "cf-connecting-ip": "192.0.2.8" },
          body: uplink(dev.serial_number),
        }),
      );
    expect((await post()).status).toBe(204);
    const a = await queue({ f_port: 9, data: "AQ==" });
    const res = await post();
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await json(res, 200)).toEqual({ downlinks: [{ id: a.id, f_port: 9, data: "AQ==" }] });
    expect((await post()).status).toBe(204);
  });

  it("an expired downlink is not handed out: it becomes expired", async () => {
    const { dev, inst, queue, view } = await setup();
    const a = await queue({ data: "AQ==", expires_at: new Date(Date.now() + 300).toISOString() });
    await new Promise((r) => setTimeout(r, 400));
    const answer = await json(await invoke(inst, { body: uplink(dev.serial_number) }), 200);
    expect(answer.downlinks).toBeUndefined();
    expect(await view(a.id)).toMatchObject({ status: "expired" });
  });

  it("survives an object restart: queued before, handed out after", async () => {
    const { dev, inst, queue } = await setup();
    const a = await queue({ data: "AQ==" });
    const { env } = await import("cloudflare:workers");
    await env.AGENT.getByName(dev.id)
      .restart()
      .catch(() => undefined);
    const answer = await json(await invoke(inst, { body: uplink(dev.serial_number) }), 200);
    expect(answer.downlinks).toEqual([{ id: a.id, data: "AQ==" }]);
  });
});
