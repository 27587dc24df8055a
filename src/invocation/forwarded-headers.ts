// The few request headers an integration sees (`IngestionEvent.forwarded_headers`): named here,
// never all of them (they carry our own credentials and the sender's). The Things Stack sends a
// webhook's downlink endpoints and key in `X-Downlink-*` (issue 22); they ride along with a queued
// event too, so `?wait=false` uplinks keep a device's route current.

/** Lower-case names of the headers handed to the app. */
export const FORWARDED_HEADERS = ["x-downlink-apikey", "x-downlink-push", "x-downlink-replace"] as const;

/** Longer values are dropped: no header an app reads is this long (TTS's URLs, a 128-char key). */
const MAX_VALUE_CHARS = 2048;

/** The forwarded headers of a request, or undefined when it has none. */
export function forwardedHeaders(headers: Headers): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  for (const name of FORWARDED_HEADERS) {
    const value = headers.get(name);
    if (value !== null && value.length <= MAX_VALUE_CHARS) (out ??= {})[name] = value;
  }
  return out;
}
