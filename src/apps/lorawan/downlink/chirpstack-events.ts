// What ChirpStack's integration events say about downlinks (integration.proto): any event names
// the device's DevEUI, the route to it; `txack` (the gateway sent the frame) and `ack` (the
// device acknowledged a confirmed downlink, or not in time: `acknowledged` false) name the queue
// item, whose id ChirpStack answered when it was enqueued.
import type { DownlinkStatusUpdate } from "../../../contracts/downlink-records.ts";
import type { ChirpstackEvent } from "../chirpstack-message.ts";
import { normalizeDevEui } from "../dev-eui.ts";
import type { ChirpstackRoute } from "./chirpstack-send.ts";

/** The device's route: its DevEUI as ChirpStack writes it in API paths (16 lower-case hex digits). */
export function chirpstackRoute(event: ChirpstackEvent, installId: string): ChirpstackRoute | null {
  const devEui = normalizeDevEui(event.body.deviceInfo.devEui ?? "");
  return devEui ? { transport: "chirpstack", install_id: installId, dev_eui: devEui.toLowerCase() } : null;
}

/**
 * A downlink's new status from a `txack` (`sent`) or `ack` (`acked`, or `failed` when
 * `acknowledged` is false: ChirpStack then drops the item, it does not send it again). Its
 * protobuf leaves a false `acknowledged` out. Null for other events and for frames of no queue item.
 */
export function chirpstackDownlinkStatus({ event, body }: ChirpstackEvent): DownlinkStatusUpdate | null {
  const remoteId = body.queueItemId;
  if (!remoteId || (event !== "txack" && event !== "ack")) return null;
  if (event === "txack") return { remote_id: remoteId, status: "sent" };
  return body.acknowledged === true
    ? { remote_id: remoteId, status: "acked" }
    : {
        remote_id: remoteId,
        status: "failed",
        error: "not acknowledged by the device in time (ChirpStack dropped it)",
      };
}
