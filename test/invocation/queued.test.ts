// ?wait=false: verified, durably enqueued (a real miniflare Queue), handled by the consumer.
import { describe, expect, it } from "vitest";
import { json, eventually } from "../support/helpers.ts";
import { device, install, invocations, invoke, messagesOf } from "../support/ingest.ts";

describe("wait=false", () => {
  it("answers 202 {id} and the queue consumer runs the handler", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const payload = JSON.stringify({ messages: [{ agent: dev.id, channel: "queued", data: { q: 1 } }] });
    const res = await invoke(inst, { body: payload, query: "wait=false" });
    const body = await json(res, 202);
    expect(body.id).toMatch(/^\d+$/);
    const msgs = await eventually(
      () => messagesOf(dev.id, "queued"),
      (m) => m.length > 0,
    );
    expect(msgs).toHaveLength(1);
    const log = await eventually(
      () => invocations(inst),
      (l) => l.length > 0,
    );
    expect(log[0]).toMatchObject({ event_id: body.id, outcome: "ok", queued: true });
    // The file's first test also pays the worker's start (~4.5 s on a loaded 2-core machine,
    // against vitest's 5 s default): the time is the runtime's, not a waiting the test checks.
  }, 15_000);

  it("a repeated Idempotency-Key is not enqueued twice", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const payload = JSON.stringify({ messages: [{ agent: dev.id, channel: "queued", data: {} }] });
    const headers = { "idempotency-key": "q-1" };
    expect((await invoke(inst, { body: payload, query: "wait=false", headers })).status).toBe(202);
    expect((await invoke(inst, { body: payload, query: "wait=false", headers })).status).toBe(202);
    await eventually(
      () => messagesOf(dev.id, "queued"),
      (m) => m.length > 0,
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await messagesOf(dev.id, "queued")).toHaveLength(1);
  });

  it("a large body (beyond a queue message) waits in the DO and still arrives", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const payload = JSON.stringify({
      messages: [{ agent: dev.id, channel: "big", data: { pad: "x".repeat(200_000) } }],
    });
    expect((await invoke(inst, { body: payload, query: "wait=false" })).status).toBe(202);
    const msgs = await eventually(
      () => messagesOf(dev.id, "big"),
      (m) => m.length > 0,
    );
    expect(msgs[0].data.pad.length).toBe(200_000);
  });
});
