// The Things Stack v3 client: pushes one downlink through the application's webhook downlink
// endpoint (pkg/applicationserver/io/web/webhooks.go in lorawan-stack):
//   POST {base}/api/v3/as/applications/{app}/webhooks/{webhook}/devices/{device}/down/push
//   (or …/down/replace, which replaces the device's queue), Authorization: Bearer <API key>,
//   body ApplicationDownlinks `{"downlinks": [ApplicationDownlink]}` in TTS's JSON (snake_case).
// The endpoint is the install's `downlink` config, or the URLs TTS sends in each uplink's
// `X-Downlink-Push` / `X-Downlink-Replace` headers with the key in `X-Downlink-Apikey`.
// TTS answers 200 with no body; 406 (no body) when the webhook is paused.
import type { Downlink, DownlinkRoute, SendResult } from "../../../contracts/downlink-records.ts";
import type { Json } from "../../../shared/merge-patch.ts";
import { correlationId } from "./correlation.ts";
import { baseUrl, type TtsDownlinkConfig } from "./downlink-config.ts";
import { postJson, type SendOptions } from "./post.ts";

export type TtsRoute = Extract<DownlinkRoute, { transport: "tts" }>;

/** Where a downlink goes: the device's route, and the install's `downlink` config if it has one. */
export interface TtsTarget {
  route: TtsRoute;
  config?: TtsDownlinkConfig | null;
}

export interface TtsSendOptions extends SendOptions {
  /** `/down/replace`: the device's TTS queue becomes this downlink alone. */
  replace?: boolean;
}

/** The request body: one ApplicationDownlink, carrying our id as a correlation id. */
export function ttsDownlinkBody(downlink: Downlink): { downlinks: Record<string, Json>[] } {
  const item: Record<string, Json> = {};
  if (downlink.f_port !== undefined) item.f_port = downlink.f_port;
  if (downlink.data !== undefined) item.frm_payload = downlink.data;
  else if (downlink.payload !== undefined) item.decoded_payload = downlink.payload;
  item.confirmed = downlink.confirmed;
  item.priority = downlink.priority;
  item.correlation_ids = [correlationId(downlink.id)];
  return { downlinks: [item] };
}

/** The endpoint and key: the install's config first, else the webhook's headers. */
function endpointOf(target: TtsTarget, op: "push" | "replace"): { url: string; key: string } | null {
  const { route, config } = target;
  if (config) {
    const at = encodeURIComponent;
    const base = baseUrl(config.api_base_url, "/api/v3");
    const path = `as/applications/${at(config.application_id)}/webhooks/${at(config.webhook_id)}/devices/${at(route.device_id)}`;
    return { url: `${base}/api/v3/${path}/down/${op}`, key: config.api_key };
  }
  const url = op === "push" ? route.push_url : route.replace_url;
  return url && route.api_key ? { url, key: route.api_key } : null;
}

/**
 * Sends one downlink to The Things Stack.
 *
 * @example
 * const result = await sendViaTts({ route, config: ttsDownlinkConfig(install.config) }, downlink);
 * if (result.kind === "retry") scheduleRetry(result.after_ms);
 */
export async function sendViaTts(
  target: TtsTarget,
  downlink: Downlink,
  opts: TtsSendOptions = {},
): Promise<SendResult> {
  const endpoint = endpointOf(target, opts.replace ? "replace" : "push");
  if (!endpoint)
    return {
      kind: "failed",
      error:
        "no The Things Stack downlink endpoint: set the install's downlink config, or give the webhook a downlink API key",
    };
  return postJson(
    {
      url: endpoint.url,
      headers: { authorization: `Bearer ${endpoint.key}` },
      body: ttsDownlinkBody(downlink),
      secrets: [endpoint.key],
      hints: { 406: "the webhook is paused" },
    },
    opts,
    () => ({ kind: "sent" }),
  );
}
