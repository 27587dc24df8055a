// ChirpStack client against a stand-in ChirpStack REST API (test/stand-in/): every request's
// method, path, headers and body as DeviceService.Enqueue takes them (ChirpStack
// api/proto/api/device.proto: POST /api/devices/{queue_item.dev_eui}/queue, body "*"), and its
// answers: `{"id"}` on success, errors as google.rpc.Status JSON (grpc-gateway).
import { describe, expect, it } from "vitest";
import { sendViaChirpstack, type ChirpstackRoute } from "../../../src/apps/lorawan/downlink/chirpstack-send.ts";
import { sendViaNetworkServer } from "../../../src/apps/lorawan/downlink/send.ts";
import { StandIn } from "../../stand-in/client.ts";
import { downlink } from "./downlink/samples.ts";

const TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJjaGlycHN0YWNrIiwic3ViIjoiYXBpX2tleSJ9.c2lnbmF0dXJl";
const DEV_EUI = "70b3d57ed0000001";
const PATH = `/api/devices/${DEV_EUI}/queue`;
const QUEUE_ITEM = "9a1f0e2d-3c4b-4a59-8687-7f6e5d4c3b2a";
const route: ChirpstackRoute = { transport: "chirpstack", install_id: "42", dev_eui: DEV_EUI };

function chirpstack() {
  const server = new StandIn();
  return { server, target: { route, config: { api_base_url: server.baseUrl, api_token: TOKEN } } };
}

describe("ChirpStack downlink client", () => {
  it("enqueues one DeviceQueueItem with the token in both authorization headers; the answer's id is the remote id", async () => {
    const { server, target } = chirpstack();
    await server.route("POST", PATH, { status: 200, json: { id: QUEUE_ITEM } });
    expect(await sendViaChirpstack(target, downlink({ transport: "chirpstack" }))).toEqual({
      kind: "sent",
      remote_id: QUEUE_ITEM,
    });
    const [req, ...more] = await server.requests();
    expect(more).toHaveLength(0);
    expect(req).toMatchObject({ method: "POST", path: PATH, query: "" });
    expect(req!.headers).toMatchObject({
      "grpc-metadata-authorization": `Bearer ${TOKEN}`,
      authorization: `Bearer ${TOKEN}`,
      "content-type": "application/json",
    });
    expect(JSON.parse(req!.body)).toEqual({ queueItem: { confirmed: true, fPort: 15, data: "AQID" } });
  });

  it("sends a payload for ChirpStack's codec as object, an expiry as expiresAt, replace as flushQueue", async () => {
    const { server, target } = chirpstack();
    await server.route("POST", PATH, { status: 200, json: { id: QUEUE_ITEM } });
    const payload = { command: "request_position" };
    const expires = Date.parse("2026-11-30T12:00:00Z");
    const sent = downlink({ data: undefined, payload, confirmed: false, expires_at: expires });
    expect(await sendViaChirpstack(target, sent, { replace: true })).toMatchObject({ kind: "sent" });
    const [req] = await server.requests();
    expect(JSON.parse(req!.body)).toEqual({
      queueItem: { confirmed: false, fPort: 15, object: payload, expiresAt: "2026-11-30T12:00:00.000Z" },
      flushQueue: true,
    });
  });

  it("is what sendViaNetworkServer picks for a chirpstack route, from the install's downlink config", async () => {
    const { server } = chirpstack();
    await server.route("POST", PATH, { status: 200, json: { id: QUEUE_ITEM } });
    const installConfig = { device_key: "dev_eui", downlink: { api_base_url: `${server.baseUrl}/`, api_token: TOKEN } };
    expect(await sendViaNetworkServer(route, installConfig, downlink())).toEqual({
      kind: "sent",
      remote_id: QUEUE_ITEM,
    });
    expect(await sendViaNetworkServer(route, { device_key: "dev_eui" }, downlink())).toMatchObject({ kind: "failed" });
  });

  it("fails at once on 401 with ChirpStack's message, never the token", async () => {
    const { server, target } = chirpstack();
    await server.route("POST", PATH, {
      status: 401,
      json: { code: 16, message: `invalid token ${TOKEN}`, details: [] },
    });
    expect(await sendViaChirpstack(target, downlink())).toEqual({
      kind: "failed",
      error: "HTTP 401: invalid token ***",
    });
  });

  it("fails at once on 404 (no such device) and 400 (bad request)", async () => {
    const { server, target } = chirpstack();
    await server.route(
      "POST",
      PATH,
      { status: 404, json: { code: 5, message: "Object does not exist (id: 70b3d57ed0000001)", details: [] } },
      { status: 400, json: { code: 3, message: "FPort must not be 0", details: [] } },
    );
    expect(await sendViaChirpstack(target, downlink())).toEqual({
      kind: "failed",
      error: "HTTP 404: Object does not exist (id: 70b3d57ed0000001)",
    });
    expect(await sendViaChirpstack(target, downlink())).toEqual({
      kind: "failed",
      error: "HTTP 400: FPort must not be 0",
    });
  });

  it("asks for a retry on 503 twice, then is sent: three identical requests", async () => {
    const { server, target } = chirpstack();
    const unavailable = { status: 503, body: "upstream connect error or disconnect/reset before headers" };
    await server.route("POST", PATH, unavailable, unavailable, { status: 200, json: { id: QUEUE_ITEM } });
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await sendViaChirpstack(target, downlink()));
    expect(results.map((r) => r.kind)).toEqual(["retry", "retry", "sent"]);
    expect(results[0]).toEqual({
      kind: "retry",
      error: "HTTP 503: upstream connect error or disconnect/reset before headers",
    });
    const requests = await server.requests();
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
  });

  it("honours Retry-After on 429", async () => {
    const { server, target } = chirpstack();
    await server.route("POST", PATH, {
      status: 429,
      headers: { "retry-after": "3" },
      json: { code: 8, message: "slow down" },
    });
    expect(await sendViaChirpstack(target, downlink())).toEqual({
      kind: "retry",
      error: "HTTP 429: slow down",
      after_ms: 3000,
    });
  });

  it("asks for a retry when ChirpStack does not answer in time, or cannot be reached", async () => {
    const { server, target } = chirpstack();
    await server.route("POST", PATH, { status: 200, json: { id: QUEUE_ITEM }, delay_ms: 3000 });
    expect(await sendViaChirpstack(target, downlink(), { timeoutMs: 200 })).toEqual({
      kind: "retry",
      error: "no answer in time (timeout)",
    });
    // Nothing listens on port 9 (workerd logs the refused connection as uncaught; it is caught).
    const nowhere = { route, config: { api_base_url: "http://127.0.0.1:9", api_token: TOKEN } };
    const result = await sendViaChirpstack(nowhere, downlink());
    expect(result).toMatchObject({ kind: "retry" });
    expect(result.kind === "retry" && result.error).toMatch(/^unreachable: /);
  });

  it("does not follow a redirect (a POST would arrive elsewhere as a GET)", async () => {
    const { server, target } = chirpstack();
    await server.route("POST", PATH, { status: 301, headers: { location: "https://chirpstack.example/api/devices" } });
    expect(await sendViaChirpstack(target, downlink())).toEqual({
      kind: "failed",
      error: "HTTP 301: redirected to https://chirpstack.example/api/devices",
    });
  });
});
