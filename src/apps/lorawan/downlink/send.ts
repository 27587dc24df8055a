// The one entry the device's Agent object calls to hand a queued downlink to its network server:
// picks the client by the route's transport and reads the install's `downlink` config for it.
import type { Downlink, DownlinkRoute, SendResult } from "../../../contracts/downlink-records.ts";
import { sendViaChirpstack } from "./chirpstack-send.ts";
import { chirpstackDownlinkConfig, ttsDownlinkConfig } from "./downlink-config.ts";
import type { SendOptions } from "./post.ts";
import { sendViaTts } from "./tts-send.ts";

/**
 * Sends `downlink` along `route`; `installConfig` is the config of the route's install. An HTTP
 * device's downlinks leave in the answer to its uplink, never through here.
 *
 * @example
 * const result = await sendViaNetworkServer(route, install.config, downlink, { replace: true });
 */
export function sendViaNetworkServer(
  route: DownlinkRoute,
  installConfig: unknown,
  downlink: Downlink,
  opts: SendOptions & { replace?: boolean } = {},
): Promise<SendResult> {
  switch (route.transport) {
    case "tts":
      return sendViaTts({ route, config: ttsDownlinkConfig(installConfig) }, downlink, opts);
    case "chirpstack":
      return sendViaChirpstack({ route, config: chirpstackDownlinkConfig(installConfig) }, downlink, opts);
    case "http":
      return Promise.resolve({
        kind: "failed",
        error: "an HTTP device takes its downlinks in the answer to its uplink",
      });
  }
}
