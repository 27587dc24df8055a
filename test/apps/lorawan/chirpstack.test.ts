// ChirpStack v4 HTTP integration: event bodies of every type written from ChirpStack's public API
// definitions (api/proto/integration/integration.proto; JSON in proto3's lowerCamelCase form,
// protobuf built with the same static module the app decodes with), routed by DevEUI in any case,
// unknown devices, redeliveries and wrong shapes. Workerd, real Durable Objects.
import { describe, expect, it } from "vitest";
import type { ChirpstackEventType } from "../../../src/apps/lorawan/chirpstack-message.ts";
import { CHIRPSTACK_MESSAGES } from "../../../src/apps/lorawan/chirpstack-protobuf.ts";
import { integration } from "../../../src/codecs/generated/chirpstack.js";
import { call, chan, eventually, json } from "../../support/helpers.ts";
import { device, install, invocations, invoke, messagesOf, tagsOf, type Installed } from "../../support/ingest.ts";
import { CHIRPSTACK_DEVICE_INFO } from "./downlink/samples.ts";

/** A random DevEUI as ChirpStack writes it: 16 lower-case hex digits. */
const newEui = () =>
  [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0")).join("");

const TIME = "2026-11-30T10:00:00.412936Z";
const TIME_PB = { seconds: Date.parse("2026-11-30T10:00:00Z") / 1000, nanos: 412_936_000 };
/** TIME as a time tag holds it: epoch ms (docs/wire.md, "Tags that hold times"). */
const TIME_MS = Date.parse("2026-11-30T10:00:00.412Z");

const deviceInfo = (devEui: string) => ({ ...CHIRPSTACK_DEVICE_INFO, devEui });

/** An `up` event as "Payload encoding: JSON" posts it. */
const upJson = (devEui: string, deduplicationId: string = crypto.randomUUID()) => ({
  deduplicationId,
  time: TIME,
  deviceInfo: deviceInfo(devEui),
  devAddr: "00189440",
  adr: true,
  dr: 5,
  fCnt: 41,
  fPort: 2,
  confirmed: false,
  data: "AQID",
  object: { temperature: 21.5, humidity: 48, alarm: false },
  rxInfo: [
    {
      gatewayId: "0016c001f153a14c",
      uplinkId: 4217106255,
      nsTime: "2026-11-30T10:00:00.401Z",
      rssi: -97,
      snr: 7.25,
      channel: 2,
      rfChain: 1,
      location: {},
      context: "EFwMtA==",
      metadata: { region_common_name: "EU868", region_config_id: "eu868" },
      crcStatus: "CRC_OK",
    },
    { gatewayId: "0016c001f1500812", uplinkId: 117, rssi: -110, snr: -2, channel: 2, crcStatus: "CRC_OK" },
  ],
  txInfo: { frequency: 868100000, modulation: { lora: { bandwidth: 125000, spreadingFactor: 7, codeRate: "CR_4_5" } } },
  regionConfigId: "eu868",
});

/** The tags an `up` event of upJson's sets on its device. */
const UPLINK_TAGS = {
  temperature: 21.5,
  humidity: 48,
  alarm: false,
  radio: {
    rssi: -97,
    snr: 7.25,
    gateway_id: "0016c001f153a14c",
    gateways: 2,
    f_cnt: 41,
    f_port: 2,
    spreading_factor: 7,
    frequency: 868100000,
  },
  last_uplink_at: TIME_MS,
};

/** The same uplink as "Payload encoding: Protobuf (binary)" posts it. */
const upProtobuf = (devEui: string, deduplicationId: string = crypto.randomUUID()) =>
  integration.UplinkEvent.encode(
    integration.UplinkEvent.fromObject({
      ...upJson(devEui, deduplicationId),
      time: TIME_PB,
      data: new Uint8Array([1, 2, 3]),
      object: {
        fields: {
          temperature: { numberValue: 21.5 },
          humidity: { numberValue: 48 },
          alarm: { boolValue: false },
          probe: {
            structValue: {
              fields: { name: { stringValue: "T1" }, offsets: { listValue: { values: [{ numberValue: 0.5 }] } } },
            },
          },
        },
      },
      rxInfo: [
        { gatewayId: "0016c001f153a14c", nsTime: TIME_PB, rssi: -97, snr: 7.25, channel: 2, crcStatus: "CRC_OK" },
        { gatewayId: "0016c001f1500812", rssi: -110, snr: -2 },
      ],
    }),
  ).finish();

/** Every other event type, JSON as ChirpStack's proto3 JSON writes it (all fields emitted). */
const others = (devEui: string): Record<string, Record<string, unknown>> => ({
  join: {
    deduplicationId: crypto.randomUUID(),
    time: TIME,
    deviceInfo: deviceInfo(devEui),
    devAddr: "00189440",
    regionConfigId: "eu868",
  },
  status: {
    deduplicationId: crypto.randomUUID(),
    time: TIME,
    deviceInfo: deviceInfo(devEui),
    margin: 7,
    externalPowerSource: false,
    batteryLevelUnavailable: false,
    batteryLevel: 75.5,
  },
  ack: {
    deduplicationId: crypto.randomUUID(),
    time: TIME,
    deviceInfo: deviceInfo(devEui),
    queueItemId: crypto.randomUUID(),
    acknowledged: true,
    fCntDown: 7,
  },
  txack: {
    downlinkId: 3_193_425_017,
    time: TIME,
    deviceInfo: deviceInfo(devEui),
    queueItemId: crypto.randomUUID(),
    fCntDown: 7,
    gatewayId: "0016c001f153a14c",
    txInfo: {
      frequency: 869525000,
      power: 14,
      modulation: { lora: { bandwidth: 125000, spreadingFactor: 9, codeRate: "CR_4_5" } },
    },
  },
  log: {
    time: TIME,
    deviceInfo: deviceInfo(devEui),
    level: "ERROR",
    code: "UPLINK_CODEC",
    description: "TypeError: bytes is undefined",
    context: { deduplication_id: crypto.randomUUID() },
  },
  location: {
    deduplicationId: crypto.randomUUID(),
    time: TIME,
    deviceInfo: deviceInfo(devEui),
    location: { latitude: -33.86, longitude: 151.21, altitude: 12, source: "GEO_RESOLVER_TDOA", accuracy: 30 },
  },
  integration: {
    deduplicationId: crypto.randomUUID(),
    time: TIME,
    deviceInfo: deviceInfo(devEui),
    integrationName: "loracloud",
    eventType: "geolocation",
    object: { ok: true },
  },
});

const EVENT_TYPES = ["ack", "integration", "join", "location", "log", "status", "txack"];

/** Each other event type through the app's own static encoders (the JSON bodies with protobuf's types). */
function othersProtobuf(devEui: string): Record<string, Uint8Array> {
  const struct = { object: { fields: { ok: { boolValue: true } } } };
  return Object.fromEntries(
    Object.entries(others(devEui)).map(([event, body]) => {
      const type = CHIRPSTACK_MESSAGES[event as ChirpstackEventType];
      const message = type.fromObject({ ...body, time: TIME_PB, ...(event === "integration" ? struct : {}) });
      return [event, type.encode(message).finish()];
    }),
  );
}

/** Length-delimited field `n` around `bytes` (lengths < 2^14 here: one or two varint bytes). */
function field(n: number, bytes: Uint8Array): Uint8Array {
  const len = bytes.length < 128 ? [bytes.length] : [(bytes.length & 0x7f) | 0x80, bytes.length >> 7];
  return new Uint8Array([(n << 3) | 2, ...len, ...bytes]);
}

/** An uplink whose `object` nests `depth` Structs (the encoder refuses it, so written by hand). */
function deepStructUplink(devEui: string, depth: number): Uint8Array {
  const key = field(1, new TextEncoder().encode("a"));
  let struct: Uint8Array = new Uint8Array();
  for (let i = 0; i < depth; i++) struct = field(1, new Uint8Array([...key, ...field(2, field(5, struct))]));
  const info = integration.DeviceInfo.encode({ devEui }).finish();
  return new Uint8Array([...field(3, info), ...field(11, struct)]);
}

async function chirpstack(serial: string, config: Record<string, unknown> = {}) {
  const dev = await device({ type: "device", serial_number: serial });
  const inst = await install(
    {},
    { dv_proc_extended_permissions: { devices: [dev.id] }, ...config },
    "chirpstack_integration",
  );
  return { dev, inst };
}

const PROTOBUF = { "content-type": "application/octet-stream" };

function post(inst: Installed, event: string, body: unknown, extra = "") {
  const bytes = body instanceof Uint8Array;
  return invoke(inst, {
    body: bytes ? body : JSON.stringify(body),
    headers: bytes ? PROTOBUF : {},
    query: `event=${event}${extra}`,
  });
}

describe("ChirpStack integration", () => {
  it("is listed with its config schema", async () => {
    const apps = await json(await call("/api/control/apps"), 200);
    const app = apps.find((a: any) => a.name === "chirpstack_integration");
    expect(app).toMatchObject({ kind: "integration" });
    expect(JSON.stringify(app)).toContain("device_name");
  });

  it("routes a JSON uplink by lower-case DevEUI to a serial typed upper case with dashes: object, radio, raw event, seen", async () => {
    const eui = newEui();
    const { dev, inst } = await chirpstack(eui.toUpperCase().match(/../g)!.join("-"));
    const res = await post(inst, "up", upJson(eui), "&json_response=true");
    expect(await json(res, 200)).toMatchObject({ routed: true, agent_id: dev.id, type: "up" });
    expect((await tagsOf(dev.id))[inst.app_key]).toMatchObject(UPLINK_TAGS);
    const [raw] = await messagesOf(dev.id, "on_external_event");
    expect(raw.data).toMatchObject({ fCnt: 41, data: "AQID", deviceInfo: { devEui: eui } });
    const conn = await json(await call(chan(dev.id, "doover_connection", "/aggregate")), 200);
    expect(conn.data.status).toBe("ContinuousOnline");
  });

  it("replaces the radio tag per uplink: one without rxInfo keeps no gateway of the last (issue 21)", async () => {
    const eui = newEui();
    const { dev, inst } = await chirpstack(eui);
    await post(inst, "up", upJson(eui));
    const { rxInfo: _rx, txInfo: _tx, ...bare } = upJson(eui);
    expect((await post(inst, "up", { ...bare, fCnt: 42, time: "2026-11-30T10:05:00Z" })).status).toBe(200);
    const tags = (await tagsOf(dev.id))[inst.app_key];
    expect(tags.radio).toEqual({ f_cnt: 42, f_port: 2 });
    expect(tags.last_uplink_at).toBe(Date.parse("2026-11-30T10:05:00Z"));
  });

  it("a location replaces the last one: no altitude left from an earlier fix", async () => {
    const eui = newEui();
    const { dev, inst } = await chirpstack(eui);
    const location = (loc: Record<string, unknown>) => ({ deviceInfo: { devEui: eui }, time: TIME, location: loc });
    await post(inst, "location", location({ latitude: 1, longitude: 2, altitude: 12, source: "GPS", accuracy: 3 }));
    await post(inst, "location", location({ latitude: 5, longitude: 6, source: "GEO_RESOLVER_TDOA" }));
    expect((await tagsOf(dev.id))[inst.app_key].location).toEqual({
      latitude: 5,
      longitude: 6,
      source: "GEO_RESOLVER_TDOA",
    });
  });

  it("decodes a protobuf uplink (Struct object, Timestamp time) routed by upper-case DevEUI to a lower-case serial", async () => {
    const eui = newEui();
    const { dev, inst } = await chirpstack(eui);
    const dedup = crypto.randomUUID();
    const res = await post(inst, "up", upProtobuf(eui.toUpperCase(), dedup));
    // The answer's event id is the event type and ChirpStack's deduplicationId.
    expect(await json(res, 200)).toEqual({ id: `up:${dedup}` });
    expect((await tagsOf(dev.id))[inst.app_key]).toMatchObject({
      ...UPLINK_TAGS,
      probe: { name: "T1", offsets: [0.5] },
    });
    const [raw] = await messagesOf(dev.id, "on_external_event");
    expect(raw.data).toMatchObject({
      deduplicationId: dedup,
      time: TIME,
      data: "AQID",
      object: { temperature: 21.5, probe: { name: "T1" } },
      rxInfo: [{ gatewayId: "0016c001f153a14c", nsTime: TIME, crcStatus: "CRC_OK" }, { rssi: -110 }],
      txInfo: { modulation: { lora: { spreadingFactor: 7, codeRate: "CR_4_5" } } },
      deviceInfo: { devEui: eui.toUpperCase(), tags: { site: "north" } },
    });
  });

  for (const encoding of ["JSON", "protobuf"] as const)
    it(`records every other event type on lorawan_events (${encoding}): join, status and location set tags`, async () => {
      const eui = newEui();
      const { dev, inst } = await chirpstack(eui);
      const bodies = encoding === "JSON" ? others(eui) : othersProtobuf(eui);
      for (const [event, body] of Object.entries(bodies))
        expect((await post(inst, event, body)).status, event).toBe(200);
      const events = await messagesOf(dev.id, "lorawan_events");
      expect(events.map((m) => m.data.type).sort()).toEqual(EVENT_TYPES);
      const byType = Object.fromEntries(events.map((m) => [m.data.type, m.data.message]));
      expect(byType.log).toMatchObject({ level: "ERROR", code: "UPLINK_CODEC", time: TIME });
      expect(byType.integration).toMatchObject({ integrationName: "loracloud", object: { ok: true } });
      expect(byType.txack).toMatchObject({ downlinkId: 3_193_425_017, gatewayId: "0016c001f153a14c" });
      expect((await tagsOf(dev.id))[inst.app_key]).toEqual({
        joined_at: TIME_MS,
        battery_level: 75.5,
        external_power_source: false,
        location: { latitude: -33.86, longitude: 151.21, altitude: 12, source: "GEO_RESOLVER_TDOA", accuracy: 30 },
      });
    });

  it("status: external power or an unavailable level removes battery_level; a protobuf 0 % is a reading", async () => {
    const eui = newEui();
    const { dev, inst } = await chirpstack(eui);
    const status = (fields: Record<string, unknown>) => ({
      deduplicationId: crypto.randomUUID(),
      deviceInfo: { devEui: eui },
      ...fields,
    });
    const tags = async () => (await tagsOf(dev.id))[inst.app_key];
    await post(inst, "status", status({ batteryLevel: 60 }));
    expect(await tags()).toMatchObject({ battery_level: 60, external_power_source: false });
    await post(inst, "status", status({ externalPowerSource: true, batteryLevel: 0 }));
    expect(await tags()).toEqual({ external_power_source: true });
    await post(inst, "status", status({ batteryLevel: 42 }));
    await post(inst, "status", status({ batteryLevelUnavailable: true, batteryLevel: 0 }));
    expect(await tags()).toEqual({ external_power_source: false });
    // proto3 leaves a zero out of the bytes: an empty battery is still a level of 0.
    const empty = integration.StatusEvent.encode({
      deduplicationId: crypto.randomUUID(),
      deviceInfo: { devEui: eui },
      batteryLevel: 0,
    }).finish();
    await post(inst, "status", empty);
    expect(await tags()).toEqual({ battery_level: 0, external_power_source: false });
  });

  it("a redelivered deduplicationId has no second effect; up and status of one uplink both apply", async () => {
    const eui = newEui();
    const { dev, inst } = await chirpstack(eui);
    const dedup = crypto.randomUUID();
    expect((await post(inst, "up", upJson(eui, dedup))).status).toBe(200);
    const again = await post(inst, "up", upProtobuf(eui, dedup));
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    // ChirpStack sends the status event of the same uplink under the same deduplicationId.
    const status = { deduplicationId: dedup, time: TIME, deviceInfo: deviceInfo(eui), batteryLevel: 80 };
    expect((await post(inst, "status", status)).headers.get("idempotent-replayed")).toBeNull();
    expect((await post(inst, "status", status)).headers.get("idempotent-replayed")).toBe("true");
    expect(await messagesOf(dev.id, "on_external_event")).toHaveLength(1);
    expect(await messagesOf(dev.id, "lorawan_events")).toHaveLength(1);
    const history = await messagesOf(dev.id, "tag_values");
    expect(history).toHaveLength(2);
  });

  it("queued (?wait=false) redeliveries too: the consumer keys the event by its deduplicationId, and the log shows it", async () => {
    const eui = newEui();
    const { dev, inst } = await chirpstack(eui);
    const dedup = crypto.randomUUID();
    for (let i = 0; i < 2; i++)
      expect((await post(inst, "up", upProtobuf(eui, dedup), "&wait=false")).status).toBe(202);
    const log = await eventually(
      () => invocations(inst),
      (l) => l.length >= 2,
    );
    expect(log.map((l: { event_id: string }) => l.event_id)).toEqual([`up:${dedup}`, `up:${dedup}`]);
    expect(await messagesOf(dev.id, "on_external_event")).toHaveLength(1);
  });

  it("routes by ChirpStack device name when device_key is device_name", async () => {
    const name = `greenhouse-${crypto.randomUUID().slice(0, 8)}`;
    const { dev, inst } = await chirpstack(name, { device_key: "device_name" });
    const body = { ...upJson(newEui()), deviceInfo: { ...deviceInfo(newEui()), deviceName: name } };
    expect(await json(await post(inst, "up", body, "&json_response=true"), 200)).toMatchObject({
      routed: true,
      agent_id: dev.id,
    });
  });

  it("answers 2xx for an unknown DevEUI (ChirpStack must not retry) and records unknown_device", async () => {
    const { inst } = await chirpstack(newEui());
    const unknown = newEui();
    const res = await post(inst, "up", upProtobuf(unknown), "&json_response=true");
    expect(await json(res, 200)).toEqual({ routed: false, reason: "unknown_device" });
    const audit = await messagesOf(inst.agent_id, "chirpstack_audit");
    expect(audit[0].data).toMatchObject({ reason: "unknown_device", dev_eui: unknown, type: "up" });
  });

  it("a body of the wrong shape, bad protobuf bytes or an unknown event is 422 problem+json and writes nothing", async () => {
    const eui = newEui();
    const { dev, inst } = await chirpstack(eui);
    const cases: [string, unknown][] = [
      ["up", []],
      ["up", { deduplicationId: crypto.randomUUID() }],
      ["up", { deviceInfo: { devEui: 7 } }],
      ["up", { ...upJson(eui), object: [1, 2] }],
      ["up", { ...upJson(eui), rxInfo: [{ rssi: "-97" }] }],
      ["up", { ...upJson(eui), deduplicationId: 5 }],
      ["status", { ...others(eui).status, batteryLevel: "75" }],
      ["location", { ...others(eui).location, location: "here" }],
      // Truncated: a length-delimited field announcing 127 bytes that are not there.
      ["up", new Uint8Array([0x0a, 0x7f, 0x01])],
      // An `object` Struct nested deeper than the decoder's recursion limit (100).
      ["up", deepStructUplink(eui, 150)],
      // Valid protobuf, but no deviceInfo: not an event ChirpStack sends.
      ["up", integration.UplinkEvent.encode({ fCnt: 1 }).finish()],
      ["downlink", upJson(eui)],
      ["", upJson(eui)],
    ];
    for (const [event, body] of cases) {
      const res = await post(inst, event, body);
      expect(res.status, `${event} ${JSON.stringify(body)}`).toBe(422);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(((await res.json()) as { code: string }).code).toBe("payload_undecodable");
    }
    const missing = await invoke(inst, { body: JSON.stringify(upJson(eui)) });
    expect(missing.status).toBe(422);
    expect(await tagsOf(dev.id)).toEqual({});
    expect(await messagesOf(dev.id, "on_external_event")).toEqual([]);
    expect(await messagesOf(inst.agent_id, "chirpstack_audit")).toEqual([]);
  });
});
