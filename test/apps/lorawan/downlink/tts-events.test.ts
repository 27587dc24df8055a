// Routes and downlink statuses from The Things Stack webhook messages (pure functions): the shapes
// are TTS's ApplicationUp (lorawan-stack api/ttn/lorawan/v3/messages.proto) in its JSON encoding.
import { describe, expect, it } from "vitest";
import { ttsDownlinkStatus, ttsError, ttsRoute } from "../../../../src/apps/lorawan/downlink/tts-events.ts";
import { checkTtsMessage } from "../../../../src/apps/lorawan/tts-message.ts";
import { TTS_DEVICE_IDS, ttsDownlink, ttsDownlinkMessage, ttsFailed } from "./samples.ts";

const DEVICE = TTS_DEVICE_IDS.device_id;
const DOWN = `https://eu1.cloud.thethings.network/api/v3/as/applications/field-sensors/webhooks/edgehook/devices/${DEVICE}/down`;
const HEADERS = {
  "x-downlink-apikey": "NNSXS.HOLBV6ZZ3QYP7YJX2GWNSK5PCHXNG6EE",
  "x-downlink-push": `${DOWN}/push`,
  "x-downlink-replace": `${DOWN}/replace`,
};
const uplink = checkTtsMessage({
  end_device_ids: TTS_DEVICE_IDS,
  correlation_ids: ["as:up:01JDXK0Z5B7N3M1Q9R8T6V4W2X"],
  received_at: "2026-11-30T10:00:00.123Z",
  uplink_message: { f_port: 2, f_cnt: 41, frm_payload: "AQID" },
});

describe("The Things Stack routes", () => {
  it("take the device id, and the webhook's downlink endpoints and key from X-Downlink-*", () => {
    expect(ttsRoute(uplink, HEADERS, "41")).toEqual({
      transport: "tts",
      install_id: "41",
      device_id: DEVICE,
      push_url: `${DOWN}/push`,
      replace_url: `${DOWN}/replace`,
      api_key: HEADERS["x-downlink-apikey"],
    });
  });

  it("are the device id alone without the headers, or when any of them is missing or not this device's endpoint", () => {
    const bare = { transport: "tts", install_id: "41", device_id: DEVICE };
    expect(ttsRoute(uplink, {}, "41")).toEqual(bare);
    expect(ttsRoute(uplink, undefined, "41")).toEqual(bare);
    const { "x-downlink-apikey": _key, ...noKey } = HEADERS;
    expect(ttsRoute(uplink, noKey, "41")).toEqual(bare);
    expect(ttsRoute(uplink, { ...HEADERS, "x-downlink-push": "ftp://example.com/down/push" }, "41")).toEqual(bare);
    const otherDevice = `${DOWN.replace(DEVICE, "eui-0000000000000002")}/push`;
    expect(ttsRoute(uplink, { ...HEADERS, "x-downlink-push": otherDevice }, "41")).toEqual(bare);
  });

  it("are none for a message naming no device id", () => {
    expect(ttsRoute({ ...uplink, end_device_ids: { dev_eui: "70B3D57ED0000001" } }, HEADERS, "41")).toBeNull();
  });
});

describe("The Things Stack downlink statuses", () => {
  const status = (message: unknown) => ttsDownlinkStatus(checkTtsMessage(message));

  it("downlink_queued and downlink_sent are sent, downlink_ack acked, found by the edgehook correlation id", () => {
    expect(status(ttsDownlinkMessage("downlink_queued", ttsDownlink()))).toEqual({
      id: "7291048812345",
      status: "sent",
    });
    expect(status(ttsDownlinkMessage("downlink_sent", ttsDownlink()))).toEqual({ id: "7291048812345", status: "sent" });
    expect(status(ttsDownlinkMessage("downlink_ack", ttsDownlink()))).toEqual({ id: "7291048812345", status: "acked" });
  });

  it("downlink_failed is failed with TTS's reason, its attributes filled in", () => {
    expect(status(ttsFailed())).toEqual({
      id: "7291048812345",
      status: "failed",
      error: "pkg/applicationserver:max_retries_reached (maximum number of confirmed downlink retries reached (8))",
    });
  });

  it("downlink_nack changes nothing: TTS sends a nacked downlink again by itself", () => {
    expect(status(ttsDownlinkMessage("downlink_nack", ttsDownlink()))).toBeNull();
  });

  it("finds the id in the message's correlation ids when the downlink's lack it, and ignores others' downlinks", () => {
    const { correlation_ids: _ids, ...bare } = ttsDownlink();
    expect(status(ttsDownlinkMessage("downlink_ack", bare))).toEqual({ id: "7291048812345", status: "acked" });
    const foreign = { ...ttsDownlink(), correlation_ids: ["as:downlink:01JDXK"] };
    expect(
      status({ ...ttsDownlinkMessage("downlink_sent", foreign), correlation_ids: ["as:downlink:01JDXK"] }),
    ).toBeNull();
    expect(status(uplink)).toBeNull();
  });

  it("describes an error without details", () => {
    expect(ttsError(undefined)).toBe("The Things Stack reported the downlink failed");
    expect(ttsError({ name: "no_device_session" })).toBe("no_device_session");
  });

  it("rejects a downlink_* message whose body is not an object (422, not a crash)", () => {
    expect(() => checkTtsMessage(ttsDownlinkMessage("downlink_sent", "yes"))).toThrow(
      /downlink_sent must be an object/,
    );
  });
});
