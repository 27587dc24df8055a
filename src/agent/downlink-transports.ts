// How a downlink leaves for a network server: one function per transport, looked up by the
// device's route. The network servers' clients (src/apps/lorawan/downlink/) plug in here; `http`
// needs none (an HTTP device takes its downlinks in the answer to its uplink: downlinks.ts take).
import type { Downlink, DownlinkRoute, SendResult } from "../contracts/downlink-records.ts";

export type Transport = (route: DownlinkRoute, downlink: Downlink, env: Env) => Promise<SendResult>;

type SentTransport = Exclude<DownlinkRoute["transport"], "http">;

const notWired =
  (name: string): Transport =>
  async () => ({ kind: "failed", error: `the ${name} transport is not wired into this build` });

// Wire the network servers' clients here: `tts: sendViaTts, chirpstack: sendViaChirpstack`.
const transports: Record<SentTransport, Transport> = { tts: notWired("tts"), chirpstack: notWired("chirpstack") };

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
