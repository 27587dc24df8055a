// Routes and downlink statuses from ChirpStack integration events (pure functions), in both of
// its payload encodings: JSON, and protobuf decoded as the integration decodes it.
import { describe, expect, it } from "vitest";
import { chirpstackDownlinkStatus, chirpstackRoute } from "../../../../src/apps/lorawan/downlink/chirpstack-events.ts";
import { checkChirpstackBody, type ChirpstackEventType } from "../../../../src/apps/lorawan/chirpstack-message.ts";
import { CHIRPSTACK_MESSAGES, decodeChirpstackProtobuf } from "../../../../src/apps/lorawan/chirpstack-protobuf.ts";
import { chirpstackAck, chirpstackTxack } from "./samples.ts";

const ITEM = "9a1f0e2d-3c4b-4a59-8687-7f6e5d4c3b2a";

const fromJson = (event: ChirpstackEventType, body: unknown) => ({ event, body: checkChirpstackBody(event, body) });

/** The same event through "Payload encoding: Protobuf (binary)". */
function fromProtobuf(event: ChirpstackEventType, body: Record<string, unknown>) {
  const type = CHIRPSTACK_MESSAGES[event];
  const time = { seconds: Date.parse("2026-11-30T10:05:00Z") / 1000, nanos: 0 };
  const bytes = type.encode(type.fromObject({ ...body, time, txInfo: undefined })).finish();
  return { event, body: checkChirpstackBody(event, decodeChirpstackProtobuf(event, bytes)) };
}

describe("ChirpStack routes", () => {
  it("are the DevEUI in lower case, whatever case ChirpStack wrote", () => {
    const event = fromJson("txack", chirpstackTxack(ITEM, "70B3D57ED0000001"));
    expect(chirpstackRoute(event, "42")).toEqual({
      transport: "chirpstack",
      install_id: "42",
      dev_eui: "70b3d57ed0000001",
    });
    expect(chirpstackRoute(fromJson("txack", chirpstackTxack(ITEM, "not-an-eui")), "42")).toBeNull();
  });
});

describe("ChirpStack downlink statuses", () => {
  for (const [encoding, parse] of [
    ["JSON", fromJson],
    ["protobuf", fromProtobuf],
  ] as const) {
    it(`txack is sent, ack acked, and ack not acknowledged failed (${encoding})`, () => {
      expect(chirpstackDownlinkStatus(parse("txack", chirpstackTxack(ITEM)))).toEqual({
        remote_id: ITEM,
        status: "sent",
      });
      expect(chirpstackDownlinkStatus(parse("ack", chirpstackAck(ITEM, true)))).toEqual({
        remote_id: ITEM,
        status: "acked",
      });
      expect(chirpstackDownlinkStatus(parse("ack", chirpstackAck(ITEM, false)))).toEqual({
        remote_id: ITEM,
        status: "failed",
        error: "not acknowledged by the device in time (ChirpStack dropped it)",
      });
    });
  }

  it("takes an ack without acknowledged (proto3 JSON may leave a false bool out) as not acknowledged", () => {
    const { acknowledged: _ack, ...bare } = chirpstackAck(ITEM, false);
    expect(chirpstackDownlinkStatus(fromJson("ack", bare))).toMatchObject({ remote_id: ITEM, status: "failed" });
  });

  it("names no downlink for a frame of no queue item (MAC commands only) or another event type", () => {
    expect(chirpstackDownlinkStatus(fromJson("txack", { ...chirpstackTxack(ITEM), queueItemId: "" }))).toBeNull();
    expect(chirpstackDownlinkStatus(fromJson("status", { ...chirpstackAck(ITEM, true), batteryLevel: 80 }))).toBeNull();
  });

  it("rejects an ack whose acknowledged is not a boolean (422, not a crash)", () => {
    expect(() => fromJson("ack", { ...chirpstackAck(ITEM, true), acknowledged: "yes" })).toThrow(/ack.acknowledged/);
  });
});
