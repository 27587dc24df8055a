// Sample downlinks and network-server messages about them, as the servers' public definitions
// shape them (lorawan-stack api/ttn/lorawan/v3/messages.proto ApplicationUp; ChirpStack
// api/proto/integration/integration.proto AckEvent, TxAckEvent). Shared by the downlink tests.
import type { Downlink } from "../../../../src/contracts/downlink-records.ts";

/** A queued downlink as the device's Agent object keeps it. */
export const downlink = (over: Partial<Downlink> = {}): Downlink => ({
  id: "7291048812345",
  status: "queued",
  transport: "tts",
  created_at: Date.parse("2026-11-30T10:00:00Z"),
  updated_at: Date.parse("2026-11-30T10:00:00Z"),
  attempts: 0,
  by: "tok_1",
  f_port: 15,
  data: "AQID",
  confirmed: true,
  priority: "NORMAL",
  expires_at: null,
  ...over,
});

export const TTS_DEVICE_IDS = {
  device_id: "eui-70b3d57ed0000001",
  application_ids: { application_id: "field-sensors" },
  dev_eui: "70B3D57ED0000001",
  join_eui: "0000000000000000",
  dev_addr: "260B1234",
};

/** An ApplicationDownlink as TTS reports it back: our correlation id among its own. */
export const ttsDownlink = (id = "7291048812345") => ({
  session_key_id: "AXr7XN6jwFhHxQ==",
  f_port: 15,
  f_cnt: 3,
  frm_payload: "AQID",
  confirmed: true,
  priority: "NORMAL",
  correlation_ids: [
    `edgehook:downlink:${id}`,
    "as:downlink:01JDXK1M3Q8Z9V4W6Y7T2R5P0N",
    "rpc:/ttn.lorawan.v3.AppAs/DownlinkQueuePush:2a9b",
  ],
});

/** A TTS webhook message of `type` about downlink `id` (the message's correlation ids hold it too). */
export const ttsDownlinkMessage = (type: string, body: unknown, id = "7291048812345") => ({
  end_device_ids: TTS_DEVICE_IDS,
  correlation_ids: [`edgehook:downlink:${id}`, "as:downlink:01JDXK1M3Q8Z9V4W6Y7T2R5P0N"],
  received_at: "2026-11-30T10:00:05.123456789Z",
  [type]: body,
});

/** TTS's `downlink_failed` after the device nacked it as often as TTS retries (applicationserver.go). */
export const ttsFailed = (id = "7291048812345") =>
  ttsDownlinkMessage(
    "downlink_failed",
    {
      downlink: ttsDownlink(id),
      error: {
        namespace: "pkg/applicationserver",
        name: "max_retries_reached",
        message_format: "maximum number of confirmed downlink retries reached ({max_retries})",
        attributes: { max_retries: 8 },
        correlation_id: "b0b4f7e1c8a94a3e9f0a3f2e1d0c9b8a",
        code: 9,
      },
    },
    id,
  );

export const CHIRPSTACK_DEVICE_INFO = {
  tenantId: "52f14cd4-c6f1-4fbd-8f87-4025e1d49242",
  tenantName: "ChirpStack",
  applicationId: "3f2c1d4e-9b8a-4c7d-a6e5-1f0e9d8c7b6a",
  applicationName: "Field sensors",
  deviceProfileId: "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9",
  deviceProfileName: "LHT65",
  deviceName: "greenhouse-1",
  devEui: "70b3d57ed0000001",
  deviceClassEnabled: "CLASS_A",
  tags: { site: "north" },
};

/** ChirpStack's `txack`: the gateway sent the frame of queue item `queueItemId`. */
export const chirpstackTxack = (queueItemId: string, devEui = CHIRPSTACK_DEVICE_INFO.devEui) => ({
  downlinkId: 3286414931,
  time: "2026-11-30T10:00:05.412936Z",
  deviceInfo: { ...CHIRPSTACK_DEVICE_INFO, devEui },
  queueItemId,
  fCntDown: 3,
  gatewayId: "0016c001f153a14c",
  txInfo: { frequency: 869525000, power: 14, modulation: { lora: { bandwidth: 125000, spreadingFactor: 9 } } },
});

/** ChirpStack's `ack`: the device's answer to confirmed queue item `queueItemId`. */
export const chirpstackAck = (queueItemId: string, acknowledged: boolean, devEui = CHIRPSTACK_DEVICE_INFO.devEui) => ({
  deduplicationId: crypto.randomUUID(),
  time: "2026-11-30T10:05:00.101Z",
  deviceInfo: { ...CHIRPSTACK_DEVICE_INFO, devEui },
  queueItemId,
  // ChirpStack's JSON writes every field, false ones too (pbjson `emit_fields`, api/rust/build.rs);
  // its protobuf leaves a false bool out.
  acknowledged,
  fCntDown: 3,
});
