// Config of the demo tracker integration: the seed's MyIntegrationConfig plus an audit channel.
import { config } from "../../sdk/config.ts";

export class TrackerIntegrationConfig extends config.Schema {
  integration = new config.IngestionEndpointConfig();
  permissions = new config.ExtendedPermissionsConfig();
  apiKey = new config.String("API Key", {
    description: "The tracker vendor's API key (unused by the demo)",
    default: "",
  });
  // A channel name, checked at install: a bad one would fail every unroutable uplink instead.
  auditChannel = new config.ChannelName("Audit Channel", {
    description: "Channel on the integration's own agent that records uplinks it could not route to a device",
    default: "tracker_audit",
  });
}
