// The `downlink` object of a LoRaWAN integration's config: where and with which key its network
// server takes downlinks. Read here, for the client that sends (the Agent object holds the
// install's config, already validated against the schema of lorawan-integration.ts).
import { isObject } from "../shape.ts";

/** `tts_integration`'s `downlink`: the webhook's downlink endpoints, by their parts. */
export interface TtsDownlinkConfig {
  /** e.g. `https://eu1.cloud.thethings.network` (a trailing `/api/v3` is tolerated). */
  api_base_url: string;
  application_id: string;
  webhook_id: string;
  /** An API key with the `RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE` right. */
  api_key: string;
}

/** `chirpstack_integration`'s `downlink`: its REST API (chirpstack-rest-api) and an API token. */
export interface ChirpstackDownlinkConfig {
  /** e.g. `http://chirpstack-rest-api:8090`. */
  api_base_url: string;
  api_token: string;
}

function strings<K extends string>(config: unknown, keys: readonly K[]): Record<K, string> | null {
  const downlink = isObject(config) ? config.downlink : undefined;
  if (!isObject(downlink)) return null;
  const out = {} as Record<K, string>;
  for (const key of keys) {
    const value = downlink[key];
    if (typeof value !== "string" || value === "") return null;
    out[key] = value;
  }
  return out;
}

/** The install's TTS downlink settings, or null when it has none (header-borne routes then). */
export const ttsDownlinkConfig = (installConfig: unknown): TtsDownlinkConfig | null =>
  strings(installConfig, ["api_base_url", "application_id", "webhook_id", "api_key"] as const);

export const chirpstackDownlinkConfig = (installConfig: unknown): ChirpstackDownlinkConfig | null =>
  strings(installConfig, ["api_base_url", "api_token"] as const);

/** `base` without trailing slashes (and without `suffix`, when a user copied it in too). */
export function baseUrl(base: string, suffix = ""): string {
  let out = base.replace(/\/+$/, "");
  if (suffix && out.endsWith(suffix)) out = out.slice(0, -suffix.length);
  return out;
}
