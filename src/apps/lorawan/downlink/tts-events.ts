// What The Things Stack's webhook messages say about downlinks: an uplink names the device's TTS
// device id and, when the webhook has a downlink API key, the endpoints and key to reach it
// (`X-Downlink-Push`, `X-Downlink-Replace`, `X-Downlink-Apikey`: pkg/applicationserver/io/web/
// request.go); the downlink_* messages report a downlink's fate, found by our correlation id.
import type { DownlinkStatusUpdate } from "../../../contracts/downlink-records.ts";
import type { TtsDownlink, TtsErrorDetails, TtsMessage } from "../tts-message.ts";
import { bounded } from "./answer.ts";
import { downlinkIdIn } from "./correlation.ts";
import type { TtsRoute } from "./tts-send.ts";

/** TTS caps a webhook's downlink API key at 128 characters (applicationserver_web.proto). */
const MAX_KEY_CHARS = 128;
const MAX_URL_CHARS = 2048;

/** `url` if it is the http(s) endpoint of `op` for this very device, else undefined. */
function endpoint(url: string | undefined, deviceId: string, op: "push" | "replace"): string | undefined {
  if (!url || url.length > MAX_URL_CHARS || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  const ok =
    (parsed.protocol === "https:" || parsed.protocol === "http:") &&
    parsed.pathname.endsWith(`/devices/${encodeURIComponent(deviceId)}/down/${op}`);
  return ok ? url : undefined;
}

/**
 * The device's route from an uplink: its TTS device id, and the webhook's downlink endpoints and
 * key when it sent them (all three, or none). Null when the message names no device id.
 */
export function ttsRoute(
  message: TtsMessage,
  /** The event's forwarded headers (src/invocation/forwarded-headers.ts). */
  headers: Readonly<Record<string, string>> | undefined,
  installId: string,
): TtsRoute | null {
  const deviceId = message.end_device_ids.device_id;
  if (!deviceId) return null;
  const route: TtsRoute = { transport: "tts", install_id: installId, device_id: deviceId };
  const key = headers?.["x-downlink-apikey"];
  const push = endpoint(headers?.["x-downlink-push"], deviceId, "push");
  const replace = endpoint(headers?.["x-downlink-replace"], deviceId, "replace");
  if (key && key.length <= MAX_KEY_CHARS && push && replace)
    Object.assign(route, { push_url: push, replace_url: replace, api_key: key });
  return route;
}

/** The downlink_* messages that report a status of their own, and which. */
const REPORTS = [
  ["downlink_ack", "acked"],
  ["downlink_sent", "sent"],
  ["downlink_queued", "sent"],
] as const;

/**
 * A downlink's new status from a downlink_* message, or null when it is not about one of ours.
 * `downlink_queued` and `downlink_sent` are `sent`, `downlink_ack` `acked`, `downlink_failed`
 * `failed` with TTS's reason. `downlink_nack` changes nothing: TTS queues a nacked downlink again
 * by itself and reports `downlink_failed` once its retries are spent.
 */
export function ttsDownlinkStatus(message: TtsMessage): DownlinkStatusUpdate | null {
  const idOf = (downlink: TtsDownlink | undefined) =>
    downlinkIdIn(downlink?.correlation_ids) ?? downlinkIdIn(message.correlation_ids);
  for (const [type, status] of REPORTS) {
    const downlink = message[type];
    const id = downlink ? idOf(downlink) : undefined;
    if (downlink) return id ? { id, status } : null;
  }
  const failed = message.downlink_failed;
  const id = failed ? idOf(failed.downlink) : undefined;
  return id ? { id, status: "failed", error: ttsError(failed?.error) } : null;
}

/** TTS's error as a sentence: its name and message format with the attributes filled in. */
export function ttsError(error: TtsErrorDetails | undefined): string {
  if (!error) return "The Things Stack reported the downlink failed";
  const attributes = error.attributes ?? {};
  const text = (error.message_format ?? "").replace(/\{\s*([a-z0-9_]+)[^}]*\}/g, (whole, name: string) =>
    name in attributes ? String(attributes[name]) : whole,
  );
  const name = error.namespace && error.name ? `${error.namespace}:${error.name}` : (error.name ?? "error");
  return bounded(text ? `${name} (${text})` : name);
}
