// Demo integration: a GPS/sensor tracker vendor's webhook, JSON or protobuf (protos/tracker.proto).
// It routes each uplink to the device whose serial number is the uplink's `device_id`, sets that
// device's tags and publishes to its `on_external_event` channel: one commit, on the device only.
// Only an uplink it cannot route is recorded on the integration's own agent (`audit_channel`).
import { decodeStatic } from "../../codecs/protobuf.ts";
import { mediaType } from "../../codecs/by-content-type.ts";
import { edgehook } from "../../codecs/generated/tracker.js";
import type { Json } from "../../shared/merge-patch.ts";
import { Application } from "../../sdk/application.ts";
import type { IngestionEvent } from "../../sdk/types.ts";
import { TrackerIntegrationConfig } from "./integration-config.ts";
import { checkUplink, type TrackerUplink } from "./uplink.ts";

export type { TrackerUplink } from "./uplink.ts";

export class TrackerIntegration extends Application<{ audit_channel: string }> {
  static appName = "tracker_integration";
  static kind = "integration" as const;
  static description = "Demo: GPS/sensor tracker webhooks (JSON or protobuf) routed to devices by serial number";
  static configSchema = new TrackerIntegrationConfig();
  /** Trackers take their downlinks in the answer to their uplinks (docs/wire.md, "Downlinks"). */
  static httpDownlinks = true;

  /**
   * Protobuf uplinks use the build-time static module; anything else the platform default. Either
   * way the result must have the uplink's shape (422 payload_undecodable otherwise).
   */
  override parseIngestionEventPayload(payload: Uint8Array, contentType: string | null): TrackerUplink {
    if (mediaType(contentType) === "application/x-protobuf")
      return checkUplink(decodeStatic(edgehook.demo.TrackerUplink, payload));
    return checkUplink(super.parseIngestionEventPayload(payload, contentType));
  }

  override async onIngestionEndpoint(event: IngestionEvent): Promise<Json> {
    // Checked by parseIngestionEventPayload, which every invocation (queued or not) runs first.
    const uplink = event.payload as TrackerUplink;
    const serial = uplink.device_id ?? "";
    // O(1) through the registry's serial index (cached at the edge), instead of the seed's
    // `devices` map tag on the integration's agent, which every uplink would read and rewrite.
    const deviceId = serial ? await this.findAgentBySerial(serial) : null;
    if (!deviceId) {
      const reason = serial ? "unknown_serial" : "missing_device_id";
      await this.api.createMessage(this.config.audit_channel, {
        event_id: event.id,
        device_id: serial,
        reason,
        source_ip: event.source_ip,
      });
      return { routed: false, reason };
    }

    const opts = { agentId: deviceId };
    const data = uplink as unknown as Json;
    await this.setTag("latest_data", data, opts);
    if (uplink.position) await this.setTag("position", uplink.position as Json, opts);
    if (uplink.battery?.percent !== undefined) await this.setTag("battery", uplink.battery.percent, opts);
    if (uplink.status) await this.setTag("status", uplink.status, opts);
    await this.setTag("last_seen", event.received_at, opts);
    await this.api.publishMessage(deviceId, "on_external_event", data);
    return { routed: true, agent_id: deviceId };
  }
}
