// The Things Stack client against a stand-in TTS (test/stand-in/): every request's method, path,
// headers and body as the webhook downlink endpoint takes them (lorawan-stack
// pkg/applicationserver/io/web/webhooks.go, ApplicationDownlinks in messages.proto), and TTS's
// answers: 200 with no body, errors as google.rpc.Status JSON, 429 with its rate-limit headers.
import { describe, expect, it } from "vitest";
import { sendViaTts, type TtsRoute } from "../../../src/apps/lorawan/downlink/tts-send.ts";
import { StandIn } from "../../stand-in/client.ts";
import { downlink } from "./downlink/samples.ts";

const KEY = "NNSXS.HOLBV6ZZ3QYP7YJX2GWNSK5PCHXNG6EEB2ZHLTI.DOBSJPKXRMHJKSJ3LHB7VT6UO2LPZK5JGSRRC5P3N2BJ5RTTYTOQ";
const DEVICE = "eui-70b3d57ed0000001";
const PATH = `/api/v3/as/applications/field-sensors/webhooks/edgehook/devices/${DEVICE}/down`;
const route: TtsRoute = { transport: "tts", install_id: "41", device_id: DEVICE };

/** A stand-in TTS and the install's `downlink` config pointing at it. */
function tts() {
  const server = new StandIn();
  const config = {
    api_base_url: server.baseUrl,
    application_id: "field-sensors",
    webhook_id: "edgehook",
    api_key: KEY,
  };
  return { server, target: { route, config } };
}

const API_KEY_NOT_FOUND = {
  code: 16,
  message: "error:pkg/identityserver:api_key_not_found (API key not found)",
  details: [
    {
      "@type": "type.googleapis.com/ttn.lorawan.v3.ErrorDetails",
      namespace: "pkg/identityserver",
      name: "api_key_not_found",
      message_format: "API key not found",
      correlation_id: "6c1b1a8f0e2d4b7c9a3e5f7d1b3c5e7f",
      code: 16,
    },
  ],
};

describe("The Things Stack downlink client", () => {
  it("pushes one ApplicationDownlink to the webhook's down/push endpoint with the API key as bearer", async () => {
    const { server, target } = tts();
    await server.route("POST", `${PATH}/push`, { status: 200 });
    expect(await sendViaTts(target, downlink())).toEqual({ kind: "sent" });
    const [req, ...more] = await server.requests();
    expect(more).toHaveLength(0);
    expect(req).toMatchObject({ method: "POST", path: `${PATH}/push`, query: "" });
    expect(req!.headers).toMatchObject({ authorization: `Bearer ${KEY}`, "content-type": "application/json" });
    expect(JSON.parse(req!.body)).toEqual({
      downlinks: [
        {
          f_port: 15,
          frm_payload: "AQID",
          confirmed: true,
          priority: "NORMAL",
          correlation_ids: ["edgehook:downlink:7291048812345"],
        },
      ],
    });
  });

  it("replaces the device's TTS queue through down/replace, and sends a payload for TTS's encoder as decoded_payload", async () => {
    const { server, target } = tts();
    await server.route("POST", `${PATH}/replace`, { status: 200 });
    const payload = { command: "request_position", accuracy: "high" };
    const sent = downlink({ data: undefined, payload, f_port: undefined, confirmed: false, priority: "HIGH" });
    expect(await sendViaTts(target, sent, { replace: true })).toEqual({ kind: "sent" });
    const [req] = await server.requests();
    expect(req!.path).toBe(`${PATH}/replace`);
    expect(JSON.parse(req!.body)).toEqual({
      downlinks: [
        {
          decoded_payload: payload,
          confirmed: false,
          priority: "HIGH",
          correlation_ids: ["edgehook:downlink:7291048812345"],
        },
      ],
    });
  });

  it("uses the X-Downlink-Push / X-Downlink-Replace URLs and X-Downlink-Apikey as given when nothing is configured", async () => {
    const server = new StandIn();
    const base = `${server.baseUrl}/api/v3/as/applications/field-sensors/webhooks/wh-7/devices/${DEVICE}/down`;
    const fromHeaders = {
      ...route,
      push_url: `${base}/push`,
      replace_url: `${base}/replace`,
      api_key: "NNSXS.FROMHEADER",
    };
    await server.route("POST", `/api/v3/as/applications/field-sensors/webhooks/wh-7/devices/${DEVICE}/down/push`, {
      status: 200,
    });
    expect(await sendViaTts({ route: fromHeaders }, downlink())).toEqual({ kind: "sent" });
    const [req] = await server.requests();
    expect(req!.headers.authorization).toBe("Bearer NNSXS.FROMHEADER");
  });

  it("tolerates an api_base_url copied with /api/v3 and a trailing slash", async () => {
    const { server, target } = tts();
    await server.route("POST", `${PATH}/push`, { status: 200 });
    const config = { ...target.config, api_base_url: `${server.baseUrl}/api/v3/` };
    expect(await sendViaTts({ route, config }, downlink())).toEqual({ kind: "sent" });
  });

  it("fails at once on 401 with TTS's message, never the key", async () => {
    const { server, target } = tts();
    await server.route("POST", `${PATH}/push`, { status: 401, json: API_KEY_NOT_FOUND });
    const result = await sendViaTts(target, downlink());
    expect(result).toEqual({
      kind: "failed",
      error: "HTTP 401: error:pkg/identityserver:api_key_not_found (API key not found)",
    });
  });

  it("fails at once on 404 and on a paused webhook (406, no body)", async () => {
    const { server, target } = tts();
    const notFound = { code: 5, message: "error:pkg/applicationserver/io/web:webhook_not_found (webhook not found)" };
    await server.route("POST", `${PATH}/push`, { status: 404, json: notFound }, { status: 406 });
    expect(await sendViaTts(target, downlink())).toEqual({ kind: "failed", error: `HTTP 404: ${notFound.message}` });
    expect(await sendViaTts(target, downlink())).toEqual({ kind: "failed", error: "HTTP 406: the webhook is paused" });
  });

  it("asks for a retry on 503 twice, then is sent: three identical requests", async () => {
    const { server, target } = tts();
    const unavailable = {
      status: 503,
      json: { code: 14, message: "error:pkg/cluster:peer_unavailable (peer unavailable)" },
    };
    await server.route("POST", `${PATH}/push`, unavailable, unavailable, { status: 200 });
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await sendViaTts(target, downlink()));
    expect(results).toEqual([
      { kind: "retry", error: "HTTP 503: error:pkg/cluster:peer_unavailable (peer unavailable)" },
      { kind: "retry", error: "HTTP 503: error:pkg/cluster:peer_unavailable (peer unavailable)" },
      { kind: "sent" },
    ]);
    const requests = await server.requests();
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
  });

  it("honours Retry-After (seconds or an HTTP date) and TTS's own x-rate-limit-retry on 429", async () => {
    const { server, target } = tts();
    const limited = { code: 8, message: "error:pkg/ratelimit:rate_limit_exceeded (rate limit exceeded)" };
    const now = Date.parse("2026-11-30T10:00:00Z");
    await server.route(
      "POST",
      `${PATH}/push`,
      { status: 429, headers: { "retry-after": "7" }, json: limited },
      { status: 429, headers: { "retry-after": "Mon, 30 Nov 2026 10:00:30 GMT" }, json: limited },
      { status: 429, headers: { "x-rate-limit-limit": "10", "x-rate-limit-retry": "12" }, json: limited },
    );
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await sendViaTts(target, downlink(), { now: () => now }));
    expect(results.map((r) => (r.kind === "retry" ? r.after_ms : r.kind))).toEqual([7000, 30_000, 12_000]);
    expect(results[0]).toMatchObject({ kind: "retry", error: `HTTP 429: ${limited.message}` });
  });

  it("asks for a retry when TTS does not answer in time", async () => {
    const { server, target } = tts();
    await server.route("POST", `${PATH}/push`, { status: 200, delay_ms: 3000 });
    const started = Date.now();
    expect(await sendViaTts(target, downlink(), { timeoutMs: 200 })).toEqual({
      kind: "retry",
      error: "no answer in time (timeout)",
    });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it("fails without a request when it has neither config nor the webhook's downlink headers", async () => {
    const result = await sendViaTts({ route }, downlink());
    expect(result).toMatchObject({ kind: "failed" });
    expect(result.kind === "failed" && result.error).toMatch(/downlink API key/);
  });
});
