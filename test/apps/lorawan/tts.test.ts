// The Things Stack v3 integration: recorded-shape webhook bodies (from TTS's documented message
// formats) routed by DevEUI in any case and with separators, other message types, unknown devices
// and wrong shapes. Workerd, real Durable Objects.
import { describe, expect, it } from "vitest";
import { call, chan, json } from "../../support/helpers.ts";
import { device, install, invoke, messagesOf, tagsOf } from "../../support/ingest.ts";

const uplink = (devEui: string) => ({
  end_device_ids: {
    device_id: "eui-70b3d57ed0000001",
    application_ids: { application_id: "my-app" },
    dev_eui: devEui,
    join_eui: "0000000000000000",
    dev_addr: "260B1234",
  },
  correlation_ids: ["as:up:01H0"],
  received_at: "2026-11-30T10:00:00.123Z",
  uplink_message: {
    session_key_id: "AXr7",
    f_port: 2,
    f_cnt: 41,
    frm_payload: "AQID",
    decoded_payload: { temperature: 21.5, humidity: 48 },
    rx_metadata: [
      { gateway_ids: { gateway_id: "gw-roof", eui: "B827EBFFFE000001" }, rssi: -97, channel_rssi: -97, snr: 7.25 },
      { gateway_ids: { gateway_id: "gw-yard" }, rssi: -110, snr: -2 },
    ],
    settings: { data_rate: { lora: { bandwidth: 125000, spreading_factor: 7 } }, frequency: "868100000" },
    received_at: "2026-11-30T10:00:00.100Z",
    consumed_airtime: "0.061696s",
  },
});

/** A DevEUI nobody else's test uses. */
const newSerial = () =>
  [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0").toUpperCase()).join("");

async function tts(serial: string) {
  const dev = await device({ type: "device", serial_number: serial });
  const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } }, "tts_integration");
  return { dev, inst };
}

describe("The Things Stack integration", () => {
  it("is listed with its config schema", async () => {
    const apps = await json(await call("/api/control/apps"), 200);
    expect(apps.find((a: any) => a.name === "tts_integration")).toMatchObject({ kind: "integration" });
  });

  it("routes an uplink by DevEUI whatever its case and separators: decoded payload, radio, raw message, seen", async () => {
    const { dev, inst } = await tts(`70-b3-d5-7e-d0-${crypto.randomUUID().slice(0, 2)}-00-01`);
    const devEui = dev.serial_number.replace(/-/g, "").toUpperCase();
    const res = await invoke(inst, { body: JSON.stringify(uplink(devEui)), query: "json_response=true" });
    expect(await json(res, 200)).toMatchObject({ routed: true, agent_id: dev.id, type: "uplink_message" });
    const tags = (await tagsOf(dev.id))[inst.app_key];
    expect(tags).toMatchObject({
      temperature: 21.5,
      humidity: 48,
      radio: {
        rssi: -97,
        snr: 7.25,
        gateway_id: "gw-roof",
        gateways: 2,
        f_cnt: 41,
        f_port: 2,
        spreading_factor: 7,
        frequency: 868100000,
      },
      last_uplink_at: Date.parse("2026-11-30T10:00:00.123Z"),
    });
    expect((await messagesOf(dev.id, "on_external_event"))[0].data.uplink_message.f_cnt).toBe(41);
    const conn = await json(await call(chan(dev.id, "doover_connection", "/aggregate")), 200);
    expect(conn.data.status).toBe("ContinuousOnline");
  });

  it("writes times as epoch ms (TTS's nanoseconds dropped), as the tracker does (issue 21)", async () => {
    const { dev, inst } = await tts(newSerial());
    const body = { ...uplink(dev.serial_number), received_at: "2026-11-30T10:00:00.123456789Z" };
    expect((await invoke(inst, { body: JSON.stringify(body) })).status).toBe(200);
    expect((await tagsOf(dev.id))[inst.app_key].last_uplink_at).toBe(Date.parse("2026-11-30T10:00:00.123Z"));
    // A message without received_at: the time edgehook received it, still epoch ms.
    const { received_at: _at, ...undated } = uplink(dev.serial_number);
    const before = Date.now();
    expect((await invoke(inst, { body: JSON.stringify(undated) })).status).toBe(200);
    const at = (await tagsOf(dev.id))[inst.app_key].last_uplink_at;
    expect(typeof at).toBe("number");
    expect(at).toBeGreaterThanOrEqual(before);
  });

  it("replaces the radio tag per uplink: one without rx_metadata keeps no gateway or RSSI of the last (issue 21)", async () => {
    const { dev, inst } = await tts(newSerial());
    expect((await invoke(inst, { body: JSON.stringify(uplink(dev.serial_number)) })).status).toBe(200);
    const next = uplink(dev.serial_number);
    const { rx_metadata: _rx, settings: _settings, ...up } = next.uplink_message;
    const body = { ...next, uplink_message: { ...up, f_cnt: 42 } };
    expect((await invoke(inst, { body: JSON.stringify(body) })).status).toBe(200);
    expect((await tagsOf(dev.id))[inst.app_key].radio).toEqual({ f_cnt: 42, f_port: 2 });
  });

  it("records the other message types on lorawan_events (location as a tag)", async () => {
    const serial = `70B3D57ED0${crypto
      .randomUUID()
      .slice(0, 6)
      .toUpperCase()
      .replace(/[^0-9A-F]/g, "0")}`;
    const { dev, inst } = await tts(serial);
    const ids = { device_id: "d", dev_eui: serial, application_ids: { application_id: "my-app" } };
    const bodies = [
      {
        end_device_ids: ids,
        received_at: "2026-11-30T09:00:00Z",
        join_accept: { session_key_id: "AXr7", received_at: "2026-11-30T09:00:00Z" },
      },
      { end_device_ids: ids, downlink_ack: { f_port: 1, f_cnt: 3, frm_payload: "AQ==" } },
      {
        end_device_ids: ids,
        location_solved: {
          service: "frequency-plan",
          location: { latitude: -33.86, longitude: 151.21, source: "SOURCE_GPS" },
        },
      },
      { end_device_ids: ids, service_data: { service: "lora-cloud", data: { ok: true } } },
    ];
    for (const body of bodies) expect((await invoke(inst, { body: JSON.stringify(body) })).status).toBe(200);
    const events = await messagesOf(dev.id, "lorawan_events");
    expect(events.map((m) => m.data.type).sort()).toEqual([
      "downlink_ack",
      "join_accept",
      "location_solved",
      "service_data",
    ]);
    expect((await tagsOf(dev.id))[inst.app_key]).toMatchObject({
      location: { latitude: -33.86, longitude: 151.21 },
      joined_at: Date.parse("2026-11-30T09:00:00Z"),
    });
  });

  it("answers 2xx for an unknown DevEUI (so TTS does not retry) and records unknown_device", async () => {
    const { inst } = await tts(
      `70B3D57ED0${crypto
        .randomUUID()
        .slice(0, 6)
        .replace(/[^0-9a-f]/g, "0")}`,
    );
    const res = await invoke(inst, { body: JSON.stringify(uplink("FFFFFFFFFFFFFFFF")), query: "json_response=true" });
    expect(await json(res, 200)).toEqual({ routed: false, reason: "unknown_device" });
    const audit = await messagesOf(inst.agent_id, "tts_audit");
    expect(audit[0].data).toMatchObject({ reason: "unknown_device", dev_eui: "FFFFFFFFFFFFFFFF" });
  });

  it("a body of the wrong shape is 422 and writes nothing", async () => {
    const { dev, inst } = await tts(
      `70B3D57ED0${crypto
        .randomUUID()
        .slice(0, 6)
        .replace(/[^0-9a-f]/g, "0")}`,
    );
    for (const body of [
      "[]",
      JSON.stringify({ uplink_message: {} }),
      JSON.stringify({ end_device_ids: { dev_eui: 7 } }),
      JSON.stringify({ end_device_ids: { dev_eui: dev.serial_number }, uplink_message: { decoded_payload: [1] } }),
    ]) {
      const res = await invoke(inst, { body });
      expect(res.status).toBe(422);
      expect(((await res.json()) as { code: string }).code).toBe("payload_undecodable");
    }
    expect(await tagsOf(dev.id)).toEqual({});
  });
});
