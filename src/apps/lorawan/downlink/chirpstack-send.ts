// ChirpStack v4 client: enqueues one downlink through its REST API (chirpstack-rest-api, the
// grpc-gateway of api/proto/api/device.proto's DeviceService.Enqueue):
//   POST {base}/api/devices/{devEui}/queue, Grpc-Metadata-Authorization and Authorization:
//   Bearer <API token>, body EnqueueDeviceQueueItemRequest in proto3 JSON (lowerCamelCase):
//   `{"queueItem": {"confirmed", "fPort", "data": <base64> | "object": {…}, "expiresAt"?}, "flushQueue"?}`
// and answers EnqueueDeviceQueueItemResponse `{"id": <queue item UUID>}`, kept as the remote id
// its `txack` and `ack` events name (queueItemId).
import type { Downlink, DownlinkRoute, SendResult } from "../../../contracts/downlink-records.ts";
import type { Json } from "../../../shared/merge-patch.ts";
import { isObject } from "../shape.ts";
import { baseUrl, type ChirpstackDownlinkConfig } from "./downlink-config.ts";
import { postJson, type SendOptions } from "./post.ts";

export type ChirpstackRoute = Extract<DownlinkRoute, { transport: "chirpstack" }>;

export interface ChirpstackTarget {
  route: ChirpstackRoute;
  config: ChirpstackDownlinkConfig | null;
}

export interface ChirpstackSendOptions extends SendOptions {
  /** `flushQueue`: ChirpStack drops what is queued for the device before enqueueing this. */
  replace?: boolean;
}

/** The request body: one DeviceQueueItem; an expiry becomes ChirpStack's own `expiresAt`. */
export function chirpstackQueueBody(downlink: Downlink, replace = false): Record<string, Json> {
  const item: Record<string, Json> = { confirmed: downlink.confirmed };
  if (downlink.f_port !== undefined) item.fPort = downlink.f_port;
  if (downlink.data !== undefined) item.data = downlink.data;
  else if (downlink.payload !== undefined) item.object = downlink.payload;
  if (downlink.expires_at !== null) item.expiresAt = new Date(downlink.expires_at).toISOString();
  return replace ? { queueItem: item, flushQueue: true } : { queueItem: item };
}

/**
 * Enqueues one downlink at ChirpStack; a `sent` result carries the queue item's id.
 *
 * @example
 * const result = await sendViaChirpstack({ route, config: chirpstackDownlinkConfig(install.config) }, downlink);
 */
export async function sendViaChirpstack(
  target: ChirpstackTarget,
  downlink: Downlink,
  opts: ChirpstackSendOptions = {},
): Promise<SendResult> {
  const { route, config } = target;
  if (!config) return { kind: "failed", error: "no ChirpStack downlink endpoint: set the install's downlink config" };
  const bearer = `Bearer ${config.api_token}`;
  return postJson(
    {
      url: `${baseUrl(config.api_base_url)}/api/devices/${encodeURIComponent(route.dev_eui)}/queue`,
      headers: { "grpc-metadata-authorization": bearer, authorization: bearer },
      body: chirpstackQueueBody(downlink, opts.replace),
      secrets: [config.api_token],
    },
    opts,
    (body) => {
      const id = isObject(body) && typeof body.id === "string" && body.id !== "" ? body.id : undefined;
      return id ? { kind: "sent", remote_id: id } : { kind: "sent" };
    },
  );
}
