// The demo tracker integration end to end: JSON and protobuf uplinks routed by serial number.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { edgehook } from "../../../src/codecs/generated/tracker.js";
import worker from "../../../src/index.ts";
import { call, expectProblem, json } from "../../support/helpers.ts";
import { device, install, invocations, invoke, messagesOf, tagsOf } from "../../support/ingest.ts";

const uplink = (serial: string) => ({
  device_id: serial,
  sequence: "18446744073709551615",
  timestamp_ms: "1767225600000",
  position: { lat: -33.86, lon: 151.21, alt_m: 12.5, speed_kmh: 4, satellites: 9 },
  readings: [{ name: "temp", value: 21.5, unit: "C" }],
  battery: { percent: 87, voltage: 3.9, charging: false },
  status: "STATUS_OK",
  labels: { site: "north" },
});

async function tracker(perms: Record<string, unknown>) {
  return install({}, { dv_proc_extended_permissions: perms }, "tracker_integration");
}

describe("demo tracker integration", () => {
  it("routes a JSON uplink to the device with that serial: tags and on_external_event, nothing on its own agent", async () => {
    const dev = await device();
    const inst = await tracker({ devices: [dev.id] });
    const body = await json(
      await invoke(inst, { body: JSON.stringify(uplink(dev.serial_number)), query: "json_response=true" }),
      200,
    );
    expect(body).toEqual({ routed: true, agent_id: dev.id });
    const tags = (await tagsOf(dev.id)).tracker_integration_1;
    expect(tags.latest_data).toEqual(uplink(dev.serial_number));
    expect(tags).toMatchObject({ position: { lat: -33.86, lon: 151.21 }, battery: 87, status: "STATUS_OK" });
    expect(await messagesOf(dev.id, "on_external_event")).toHaveLength(1);
    // The serial index replaces the seed's `devices` map: a routed uplink writes nothing on the
    // integration's own agent (no per-event write to an object the whole integration shares).
    expect(await messagesOf(inst.agent_id, "tracker_audit")).toEqual([]);
    expect(await tagsOf(inst.agent_id)).toEqual({});
  });

  it("routes a protobuf uplink (static module) the same way, 64-bit integers as strings", async () => {
    const dev = await device();
    const inst = await tracker({ devices: [dev.id] });
    const msg = edgehook.demo.TrackerUplink.fromObject({ ...uplink(dev.serial_number), status: 1 });
    const bytes = edgehook.demo.TrackerUplink.encode(msg).finish();
    const res = await invoke(inst, { body: bytes, headers: { "content-type": "application/x-protobuf" } });
    expect(res.status).toBe(200);
    const tags = (await tagsOf(dev.id)).tracker_integration_1;
    expect(tags.latest_data.sequence).toBe("18446744073709551615");
    expect(tags.latest_data.status).toBe("STATUS_OK");
    expect(tags.latest_data.readings).toEqual([{ name: "temp", value: 21.5, unit: "C" }]);
    expect(tags.position.lat).toBeCloseTo(-33.86);
  });

  it("an unknown serial is recorded in the audit channel and nothing is written to any device", async () => {
    const dev = await device();
    const inst = await tracker({ all_devices: true });
    const body = await json(
      await invoke(inst, { body: JSON.stringify(uplink("NO-SUCH-SERIAL")), query: "json_response=true" }),
      200,
    );
    expect(body).toEqual({ routed: false, reason: "unknown_serial" });
    expect((await messagesOf(inst.agent_id, "tracker_audit"))[0].data).toMatchObject({
      device_id: "NO-SUCH-SERIAL",
      reason: "unknown_serial",
    });
    expect(await tagsOf(dev.id)).toEqual({});
    expect((await invocations(inst))[0]).toMatchObject({ outcome: "ok" });
  });

  it("a device outside the extended permissions is 403 forbidden and nothing is committed", async () => {
    const dev = await device();
    const inst = await tracker({ devices: [] });
    await expectProblem(await invoke(inst, { body: JSON.stringify(uplink(dev.serial_number)) }), 403, "forbidden");
    expect(await tagsOf(dev.id)).toEqual({});
    expect(await messagesOf(inst.agent_id, "tracker_audit")).toHaveLength(0);
  });

  // Regression (issue 8): a JSON `null` crashed the handler (500 handler_failed, retried until
  // dead-lettered when queued); the other shapes were routed or recorded as if they made sense.
  it.each([
    ["null", "the payload must be a JSON object"],
    ["[]", "the payload must be a JSON object"],
    ["5", "the payload must be a JSON object"],
    ['"TRK-0001"', "the payload must be a JSON object"],
    ['{"device_id": 5}', "device_id must be a string"],
    ['{"device_id": "X", "position": "here"}', "position must be a JSON object"],
    ['{"device_id": "X", "battery": {"percent": "87"}}', "battery.percent must be a number"],
    ['{"device_id": "X", "readings": [{"value": "hot"}]}', "readings[0].value must be a number"],
  ])("a payload of the wrong shape (%s) is 422 payload_undecodable and writes nothing", async (body, detail) => {
    const inst = await tracker({ all_devices: true });
    const problem = await expectProblem(await invoke(inst, { body }), 422, "payload_undecodable");
    expect(problem.detail).toContain(detail);
    expect(await messagesOf(inst.agent_id, "tracker_audit")).toEqual([]);
    expect((await invocations(inst))[0]).toMatchObject({ outcome: "error", code: "payload_undecodable" });
  });

  it("a queued null payload is final: acknowledged, not retried, not dead-lettered", async () => {
    const inst = await tracker({ all_devices: true });
    const batch = createMessageBatch("edgehook-events", [
      {
        id: `m-${crypto.randomUUID()}`,
        timestamp: new Date(),
        attempts: 1,
        body: {
          kind: "ingestion",
          ingestion_id: inst.ingestion.id,
          event_id: `null-${crypto.randomUUID()}`,
          credential: "endpoint",
          target_agent_id: inst.agent_id,
          raw_b64: btoa("null"),
          stash_key: null,
          content_type: "application/json",
          invocation_url: "http://edgehook.test/invoke",
          source_ip: "203.0.113.7",
          received_at: Date.now(),
        },
      },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.retryMessages).toEqual([]);
    expect(result.explicitAcks).toHaveLength(1);
    expect(await json(await call(`/api/control/installs/${inst.install_id}/dead_letters`), 200)).toEqual([]);
  });

  it("null members count as not sent; fields it does not know pass through", async () => {
    const dev = await device();
    const inst = await tracker({ devices: [dev.id] });
    const body = { device_id: dev.serial_number, position: null, battery: null, vendor_extra: [1, "x"] };
    expect(await json(await invoke(inst, { body: JSON.stringify(body), query: "json_response=true" }), 200)).toEqual({
      routed: true,
      agent_id: dev.id,
    });
    expect((await tagsOf(dev.id)).tracker_integration_1.latest_data.vendor_extra).toEqual([1, "x"]);
  });

  // Regression (issue 8): `bad/name` was accepted at install, then every unroutable uplink was a
  // 500 (the runtime refuses the channel name).
  it("refuses an audit_channel that is not a channel name at install and on PATCH, naming the field", async () => {
    const config = (audit_channel: string) => ({
      dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0"] },
      audit_channel,
    });
    const create = (audit_channel: string) =>
      call("/api/control/installs", {
        method: "POST",
        body: { app: "tracker_integration", display_name: "audit", config: config(audit_channel) },
      });
    for (const bad of ["bad/name", "", "x".repeat(129), "with space"]) {
      const problem = await expectProblem(await create(bad), 422, "validation_failed");
      expect(problem.field).toBe("config.audit_channel");
    }
    const inst = await json(await create("vendor.audit:v1"), 201);
    const patch = await call(`/api/control/installs/${inst.install_id}`, {
      method: "PATCH",
      body: { config: config("bad/name") },
    });
    expect((await expectProblem(patch, 422, "validation_failed")).field).toBe("config.audit_channel");
    const res = await invoke(inst, { body: JSON.stringify(uplink("NO-SUCH-SERIAL")) });
    expect(res.status).toBe(200);
    expect(await messagesOf(inst.agent_id, "vendor.audit:v1")).toHaveLength(1);
  });

  it("is listed by GET /api/control/apps with its JSON Schema", async () => {
    const apps = await json(await call("/api/control/apps"), 200);
    const app = apps.find((a: any) => a.name === "tracker_integration");
    expect(app.kind).toBe("integration");
    expect(Object.keys(app.config_schema.properties)).toEqual(
      expect.arrayContaining(["dv_proc_ingestion", "dv_proc_extended_permissions", "api_key", "audit_channel"]),
    );
    expect(app.config_schema.required).toContain("dv_proc_ingestion");
    // A string with the channel-name pattern (null: "not set", as for every optional field).
    expect(app.config_schema.properties.audit_channel).toMatchObject({
      type: ["string", "null"],
      pattern: "^[A-Za-z0-9_.:-]{1,128}$",
      default: "tracker_audit",
    });
  });
});

describe("runtime .proto from the install's config", () => {
  const proto = `
    syntax = "proto3";
    package acme;
    enum Kind { KIND_UNKNOWN = 0; KIND_GAUGE = 1; KIND_COUNTER = 2; }
    message Sample { string name = 1; Kind kind = 2; repeated sint64 values = 3; }
    message Batch { fixed64 batch_id = 1; repeated Sample samples = 2; Meta meta = 3; }
    message Meta { int64 offset = 1; bool test = 2; }
  `;

  function varint(n: bigint): number[] {
    const out: number[] = [];
    let v = BigInt.asUintN(64, n);
    do {
      let b = Number(v & 0x7fn);
      v >>= 7n;
      if (v) b |= 0x80;
      out.push(b);
    } while (v);
    return out;
  }
  const zigzag = (n: bigint) => (n << 1n) ^ (n >> 63n);
  const len = (field: number, bytes: number[]) => [(field << 3) | 2, ...varint(BigInt(bytes.length)), ...bytes];
  const str = (field: number, s: string) => len(field, [...new TextEncoder().encode(s)]);

  it("decodes nested messages, repeated fields, enums and 64-bit integers (as strings) without generated code", async () => {
    const inst = await install({ proto_schema: proto, proto_message: "acme.Batch" });
    const sample = [
      ...str(1, "flow"),
      0x10,
      2,
      ...len(3, [...varint(zigzag(-5n)), ...varint(zigzag(9007199254740993n))]),
    ];
    const id = new Uint8Array(new BigUint64Array([18446744073709551000n]).buffer);
    const meta = [0x08, ...varint(-42n), 0x10, 1];
    const bytes = new Uint8Array([
      (1 << 3) | 1,
      ...id,
      ...len(2, sample),
      ...len(2, [...str(1, "t")]),
      ...len(3, meta),
    ]);
    const body = await json(
      await invoke(inst, {
        body: bytes,
        headers: { "content-type": "application/x-protobuf" },
        query: "json_response=true",
      }),
      200,
    );
    expect(body.payload).toEqual({
      batch_id: "18446744073709551000",
      samples: [{ name: "flow", kind: "KIND_COUNTER", values: ["-5", "9007199254740993"] }, { name: "t" }],
      meta: { offset: "-42", test: true },
    });
  });

  it("garbage protobuf is 422 payload_undecodable and writes nothing", async () => {
    const inst = await install({ proto_schema: proto, proto_message: "acme.Batch" });
    await expectProblem(
      await invoke(inst, {
        body: new Uint8Array([0x12, 0xff, 0x01]),
        headers: { "content-type": "application/x-protobuf" },
      }),
      422,
      "payload_undecodable",
    );
    expect((await invocations(inst))[0]).toMatchObject({ outcome: "error", code: "payload_undecodable" });
  });
});
