// Issue 20, item 5 (hardening round 3): a LoRaWAN install revealed devices outside its
// permissions (a DevEUI of another group answered 403 naming the agent id, an unknown one 200
// `routed: false`), routed a `devEui` that is not a DevEUI ("TRK-0002") through the raw-value
// fallback, and dropped a protobuf field of the wrong wire type (`fCnt` sent as bytes) with 200.
import { describe, expect, it } from "vitest";
import { integration } from "../../../src/codecs/generated/chirpstack.js";
import { json } from "../../support/helpers.ts";
import { device, install, invoke, messagesOf, tagsOf, type Installed } from "../../support/ingest.ts";

const newEui = () =>
  [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0")).join("");

const uplink = (devEui: string) => ({
  deduplicationId: crypto.randomUUID(),
  time: "2026-11-30T10:00:00Z",
  deviceInfo: { deviceName: "sensor", devEui },
  fCnt: 41,
  fPort: 2,
  object: { temperature: 21.5 },
});

const uplinkProtobuf = (devEui: string): Uint8Array =>
  integration.UplinkEvent.encode(
    integration.UplinkEvent.fromObject({ ...uplink(devEui), time: { seconds: 1_796_032_000 }, object: undefined }),
  ).finish();

async function chirpstack(permitted: string[]): Promise<Installed> {
  return install({}, { dv_proc_extended_permissions: { devices: permitted } }, "chirpstack_integration");
}

function post(inst: Installed, body: unknown, query = "event=up") {
  const bytes = body instanceof Uint8Array;
  return invoke(inst, {
    body: bytes ? body : JSON.stringify(body),
    headers: bytes ? { "content-type": "application/octet-stream" } : {},
    query,
  });
}

/** Status, content type and body: what the sender sees of an answer. */
async function seen(res: Response) {
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    body: (await res.json()) as Record<string, unknown>,
  };
}

describe("LoRaWAN: nothing revealed of devices outside the install's permissions", { timeout: 30_000 }, () => {
  it("a DevEUI of a device outside the install's permissions answers exactly as an unknown DevEUI (not 403 naming the agent), audited only on the audit channel", async () => {
    const mine = await device({ type: "device", serial_number: newEui() });
    const elsewhereEui = newEui();
    const elsewhere = await device({ type: "device", serial_number: elsewhereEui.toUpperCase() });
    const inst = await chirpstack([mine.id]);

    for (const query of ["event=up&json_response=true", "event=up"]) {
      const outside = await seen(await post(inst, uplink(elsewhereEui), query));
      const unknown = await seen(await post(inst, uplink(newEui()), query));
      expect(outside.status).toBe(200);
      expect(outside.type).toBe(unknown.type);
      if (query.includes("json_response")) {
        expect(outside.body).toEqual({ routed: false, reason: "unknown_device" });
        expect(outside.body).toEqual(unknown.body);
      } else expect(Object.keys(outside.body)).toEqual(Object.keys(unknown.body));
      expect(JSON.stringify(outside.body)).not.toContain(elsewhere.id);
    }
    // Also by protobuf.
    const pb = await post(inst, uplinkProtobuf(elsewhereEui), "event=up&json_response=true");
    expect(await json(pb, 200)).toEqual({ routed: false, reason: "unknown_device" });

    // Nothing written to the device; its owner's audit says what it was.
    expect(await tagsOf(elsewhere.id)).toEqual({});
    expect(await messagesOf(elsewhere.id, "on_external_event")).toEqual([]);
    const audit = await messagesOf(inst.agent_id, "chirpstack_audit");
    const reasons = audit.map((m) => m.data.reason);
    expect(reasons.filter((r) => r === "outside_permissions")).toHaveLength(3);
    expect(reasons.filter((r) => r === "unknown_device")).toHaveLength(2);
    expect(audit.find((m) => m.data.reason === "outside_permissions").data).toMatchObject({
      agent_id: elsewhere.id,
      dev_eui: elsewhereEui,
      type: "up",
    });
  });

  it("a devEui that is not a DevEUI (TRK-0002) is not routed through the raw-value fallback; DevEUIs route in every common notation", async () => {
    const serial = `TRK-${crypto.randomUUID().slice(0, 8)}`;
    const tracker = await device({ type: "device", serial_number: serial });
    const eui = newEui();
    const sensor = await device({ type: "device", serial_number: eui.toUpperCase() });
    const inst = await chirpstack([tracker.id, sensor.id]);

    const refused = await post(inst, uplink(serial), "event=up&json_response=true");
    expect(await json(refused, 200)).toEqual({ routed: false, reason: "not_a_dev_eui" });
    expect(await tagsOf(tracker.id)).toEqual({});
    const audit = await messagesOf(inst.agent_id, "chirpstack_audit");
    expect(audit[0].data).toMatchObject({ reason: "not_a_dev_eui", dev_eui: serial });

    const pairs = eui.match(/../g) ?? [];
    for (const notation of [
      eui,
      eui.toUpperCase(),
      `0x${eui}`,
      `0X${eui.toUpperCase()}`,
      pairs.join("-"),
      pairs.join(":").toUpperCase(),
      pairs.join(" "),
    ]) {
      const res = await post(inst, uplink(notation), "event=up&json_response=true");
      expect(await json(res, 200), notation).toMatchObject({ routed: true, agent_id: sensor.id });
    }
    // Naming another key in the config routes by its raw value.
    const byName = await install(
      {},
      { dv_proc_extended_permissions: { devices: [tracker.id] }, device_key: "device_name" },
      "chirpstack_integration",
    );
    const named = { ...uplink(newEui()), deviceInfo: { deviceName: serial, devEui: newEui() } };
    expect(await json(await post(byName, named, "event=up&json_response=true"), 200)).toMatchObject({
      routed: true,
      agent_id: tracker.id,
    });
  });

  it("a known ChirpStack protobuf field sent with the wrong wire type (fCnt as bytes) is 422 with nothing written, not dropped with 200", async () => {
    const eui = newEui();
    const dev = await device({ type: "device", serial_number: eui });
    const inst = await chirpstack([dev.id]);
    const good = uplinkProtobuf(eui);
    // Field 7 (f_cnt, uint32: a varint) as a length-delimited field: tag (7 << 3) | 2.
    const fCntAsBytes = new Uint8Array([...good, 0x3a, 0x02, 0x01, 0x02]);
    // Field 3 (device_info, a message) as a varint.
    const infoAsVarint = new Uint8Array([0x18, 0x05, ...good]);
    for (const body of [fCntAsBytes, infoAsVarint]) {
      const res = await post(inst, body, "event=up&json_response=true");
      expect(res.status).toBe(422);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(((await res.json()) as { code: string }).code).toBe("payload_undecodable");
    }
    expect(await tagsOf(dev.id)).toEqual({});
    expect(await messagesOf(dev.id, "on_external_event")).toEqual([]);
    expect(await messagesOf(inst.agent_id, "chirpstack_audit")).toEqual([]);
    // An unknown field number of any wire type is still skipped (newer ChirpStack versions).
    const unknownField = new Uint8Array([...good, 0xf8, 0x06, 0x01]);
    expect(await json(await post(inst, unknownField, "event=up&json_response=true"), 200)).toMatchObject({
      routed: true,
      agent_id: dev.id,
    });
  });
});
