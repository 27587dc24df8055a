// How a downlink leaves for a network server: one function per transport, looked up by the
// device's route. The network servers' clients (src/apps/lorawan/downlink/) plug in here; `http`
// needs none (an HTTP device takes its downlinks in the answer to its uplink: downlinks.ts take).
import { sendViaNetworkServer } from "../apps/lorawan/downlink/send.ts";
import type { Downlink, DownlinkRoute, SendResult } from "../contracts/downlink-records.ts";
import { registry } from "../contracts/stubs.ts";

export type Transport = (route: DownlinkRoute, downlink: Downlink, env: Env) => Promise<SendResult>;

type SentTransport = Exclude<DownlinkRoute["transport"], "http">;

/**
 * The Things Stack and ChirpStack: the client reads the `downlink` config of the install that
 * routes the device (read from the registry per send; a downlink is rare next to uplinks).
 */
const networkServer: Transport = async (route, downlink, env) => {
  const install = await registry(env).getInstall(route.install_id);
  if (!install) return { kind: "failed", error: "the integration install that routed this device is gone" };
  return sendViaNetworkServer(route, install.config, downlink, { replace: downlink.replace === true });
};

const transports: Record<SentTransport, Transport> = { tts: networkServer, chirpstack: networkServer };

export function transportFor(name: SentTransport): Transport {
  return transports[name];
}

/** Tests only: stands `transport` in for `name` until the returned function is called. */
export function replaceTransport(name: SentTransport, transport: Transport): () => void {
  const previous = transports[name];
  transports[name] = transport;
  return () => {
    transports[name] = previous;
  };
}
