// Downlinks end to end (issue 22): an uplink teaches the device's Agent object its route, a
// downlink queued through the API leaves from that object for a stand-in network server
// (test/stand-in/) that checks nothing but records every request, and the server's status events,
// posted to the integration's endpoint as the server would, move the downlink on. Each status
// change is also a message on the device's `downlinks` channel. Workerd, real objects, real fetch.
import { describe, expect, it } from "vitest";
import { call, eventually, json } from "../../support/helpers.ts";
import { device, install, invoke, messagesOf, type Installed } from "../../support/ingest.ts";
import { StandIn } from "../../stand-in/client.ts";
import { chirpstackAck, chirpstackTxack, TTS_DEVICE_IDS, ttsDownlink, ttsDownlinkMessage } from "./downlink/samples.ts";

const newEui = () =>
  [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0").toUpperCase()).join("");

async function queue(agentId: string, body: unknown): Promise<{ id: string; status: string }> {
  return json(await call(`/api/agents/${agentId}/downlinks`, { method: "POST", body }), 202);
}

const downlinkOf = async (agentId: string, id: string) =>
  json(await call(`/api/agents/${agentId}/downlinks/${id}`), 200);

/** Waits until the downlink is in `status`, and answers it. */
const reaches = (agentId: string, id: string, status: string) =>
  eventually(
    () => downlinkOf(agentId, id),
    (d) => d.status === status,
  );

/** A device routed by a TTS install whose `downlink` config points at a stand-in. */
async function ttsDevice(server: StandIn, apiKey: string) {
  const eui = newEui();
  const dev = await device({ serial_number: eui });
  const downlink = {
    api_base_url: server.baseUrl,
    application_id: "field-sensors",
    webhook_id: "edgehook",
    api_key: apiKey,
  };
  const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] }, downlink }, "tts_integration");
  const ids = { ...TTS_DEVICE_IDS, device_id: `eui-${eui.toLowerCase()}`, dev_eui: eui };
  const uplink = {
    end_device_ids: ids,
    received_at: "2026-11-30T10:00:00Z",
    uplink_message: { f_port: 2, frm_payload: "AQ==" },
  };
  expect((await invoke(inst, { body: JSON.stringify(uplink) })).status).toBe(200);
  const push = `/api/v3/as/applications/field-sensors/webhooks/edgehook/devices/${ids.device_id}/down/push`;
  return { dev, inst, ids, push };
}

/** Posts a TTS webhook message about downlink `id` to the install's endpoint. */
async function ttsEvent(inst: Installed, ids: object, type: string, id: string, body: object = ttsDownlink(id)) {
  const message = { ...ttsDownlinkMessage(type, body, id), end_device_ids: ids };
  expect((await invoke(inst, { body: JSON.stringify(message) })).status).toBe(200);
}

describe("downlinks through The Things Stack", () => {
  it("503 twice then 200: sent once after its retries, the same request each time; downlink_ack makes it acked, live on the downlinks channel", async () => {
    const server = new StandIn();
    const key = "NNSXS.E2E-KEY";
    const { dev, inst, ids, push } = await ttsDevice(server, key);
    await server.route(
      "POST",
      push,
      { status: 503, json: { code: 14, message: "unavailable" } },
      { status: 503 },
      { status: 200 },
    );

    const queued = await queue(dev.id, { f_port: 15, data: "AQID", confirmed: true, priority: "HIGH" });
    expect(queued).toMatchObject({ status: "queued", transport: "tts" });
    const sent = await reaches(dev.id, queued.id, "sent");
    expect(sent.attempts).toBe(3);

    const requests = await server.requests();
    expect(requests).toHaveLength(3);
    for (const req of requests) {
      expect(req).toMatchObject({ method: "POST", path: push });
      expect(req.headers).toMatchObject({ authorization: `Bearer ${key}`, "content-type": "application/json" });
      expect(JSON.parse(req.body)).toEqual({
        downlinks: [
          {
            f_port: 15,
            frm_payload: "AQID",
            confirmed: true,
            priority: "HIGH",
            correlation_ids: [`edgehook:downlink:${queued.id}`],
          },
        ],
      });
    }

    await ttsEvent(inst, ids, "downlink_ack", queued.id);
    expect((await downlinkOf(dev.id, queued.id)).status).toBe("acked");
    // A repeated event changes nothing; no event moves it back.
    await ttsEvent(inst, ids, "downlink_sent", queued.id);
    expect((await downlinkOf(dev.id, queued.id)).status).toBe("acked");
    expect(await server.requests()).toHaveLength(3);

    const live = await messagesOf(dev.id, "downlinks");
    const statuses = live
      .map((m: { data: { id: string; status: string } }) => m.data)
      .filter((d) => d.id === queued.id);
    expect(statuses.map((d) => d.status).sort()).toEqual(["acked", "queued", "sent"]);
  }, 20_000); // two real backoffs (up to 1 s, then 2 s)

  it("leaves in the order queued, one at a time: the first in backoff holds the others", async () => {
    const server = new StandIn();
    const { dev, push } = await ttsDevice(server, "NNSXS.ORDER");
    await server.route("POST", push, { status: 503 }, { status: 200 });
    const ids: string[] = [];
    for (const data of ["AQ==", "Ag==", "Aw=="]) ids.push((await queue(dev.id, { f_port: 7, data })).id);
    for (const id of ids) await reaches(dev.id, id, "sent");
    const order = (await server.requests()).map((r) => JSON.parse(r.body).downlinks[0].correlation_ids[0]);
    expect(order).toEqual([ids[0], ...ids].map((id) => `edgehook:downlink:${id}`));
  });

  it("replace: true cancels what is queued here and replaces the network server's queue too (down/replace)", async () => {
    const server = new StandIn();
    const { dev, push } = await ttsDevice(server, "NNSXS.REPLACE");
    const replacePath = push.replace(/push$/, "replace");
    await server.route("POST", push, { status: 503 });
    await server.route("POST", replacePath, { status: 200 });
    const first = await queue(dev.id, { f_port: 7, data: "AQ==" });
    const second = await queue(dev.id, { f_port: 7, data: "Ag==", replace: true });
    // Cancelled at once, or — when it was in flight (503) — as soon as its answer came.
    await reaches(dev.id, first.id, "cancelled");
    await reaches(dev.id, second.id, "sent");
    const last = (await server.requests()).at(-1)!;
    expect(last.path).toBe(replacePath);
    expect(JSON.parse(last.body).downlinks[0].correlation_ids).toEqual([`edgehook:downlink:${second.id}`]);
  });

  it("401 fails at once with TTS's message, after one request", async () => {
    const server = new StandIn();
    const { dev, push } = await ttsDevice(server, "NNSXS.REVOKED");
    const message = "error:pkg/identityserver:api_key_not_found (API key not found)";
    await server.route("POST", push, { status: 401, json: { code: 16, message, details: [] } });
    const queued = await queue(dev.id, { f_port: 1, payload: { led: "on" } });
    const failed = await reaches(dev.id, queued.id, "failed");
    expect(failed.error).toContain("api_key_not_found");
    expect(failed.error).not.toContain("NNSXS.REVOKED");
    const requests = await server.requests();
    expect(requests).toHaveLength(1);
    expect(JSON.parse(requests[0]!.body).downlinks[0]).toEqual({
      f_port: 1,
      decoded_payload: { led: "on" },
      confirmed: false,
      priority: "NORMAL",
      correlation_ids: [`edgehook:downlink:${queued.id}`],
    });
  });

  it("the webhook's X-Downlink-* headers route a device without any downlink config", async () => {
    const server = new StandIn();
    const eui = newEui();
    const dev = await device({ serial_number: eui });
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } }, "tts_integration");
    const ids = { ...TTS_DEVICE_IDS, device_id: `eui-${eui.toLowerCase()}`, dev_eui: eui };
    const down = `/api/v3/as/applications/field-sensors/webhooks/edgehook/devices/${ids.device_id}/down`;
    const headers = {
      "X-Downlink-Apikey": "NNSXS.FROM-HEADER",
      "X-Downlink-Push": `${server.baseUrl}${down}/push`,
      "X-Downlink-Replace": `${server.baseUrl}${down}/replace`,
    };
    const uplink = { end_device_ids: ids, received_at: "2026-11-30T10:00:00Z", uplink_message: { f_port: 2 } };
    expect((await invoke(inst, { body: JSON.stringify(uplink), headers })).status).toBe(200);
    await server.route("POST", `${down}/push`, { status: 200 });
    const queued = await queue(dev.id, { f_port: 2, data: "/w==" });
    await reaches(dev.id, queued.id, "sent");
    const [req] = await server.requests();
    expect(req!.headers.authorization).toBe("Bearer NNSXS.FROM-HEADER");
  });
});

describe("downlinks through ChirpStack", () => {
  it("enqueues on the device queue with both authorization headers, keeps the item id; txack makes it sent, ack acked", async () => {
    const server = new StandIn();
    const eui = newEui();
    const devEui = eui.toLowerCase();
    const dev = await device({ serial_number: eui });
    const downlink = { api_base_url: server.baseUrl, api_token: "eyJ.E2E" };
    const inst = await install(
      {},
      { dv_proc_extended_permissions: { devices: [dev.id] }, downlink },
      "chirpstack_integration",
    );
    const post = (event: string, body: unknown) =>
      invoke(inst, { body: JSON.stringify(body), query: `event=${event}` });
    const up = {
      deduplicationId: crypto.randomUUID(),
      time: "2026-11-30T10:00:00Z",
      deviceInfo: { devEui },
      fPort: 2,
      data: "AQ==",
    };
    expect((await post("up", up)).status).toBe(200);

    const item = crypto.randomUUID();
    await server.route("POST", `/api/devices/${devEui}/queue`, { status: 200, json: { id: item } });
    const queued = await queue(dev.id, { f_port: 10, data: "AQID", confirmed: true });
    // ChirpStack accepted it into its queue: sent to the network server, its id kept.
    await reaches(dev.id, queued.id, "sent");
    const [req, ...more] = await server.requests();
    expect(more).toHaveLength(0);
    expect(req).toMatchObject({ method: "POST", path: `/api/devices/${devEui}/queue` });
    expect(req!.headers).toMatchObject({
      authorization: "Bearer eyJ.E2E",
      "grpc-metadata-authorization": "Bearer eyJ.E2E",
      "content-type": "application/json",
    });
    expect(JSON.parse(req!.body)).toEqual({ queueItem: { confirmed: true, fPort: 10, data: "AQID" } });

    expect((await post("txack", chirpstackTxack(item, devEui))).status).toBe(200);
    expect((await downlinkOf(dev.id, queued.id)).status).toBe("sent");
    expect((await post("ack", chirpstackAck(item, true, devEui))).status).toBe(200);
    expect((await downlinkOf(dev.id, queued.id)).status).toBe("acked");
  });
});
