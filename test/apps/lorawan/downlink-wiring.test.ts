// The LoRaWAN integrations hand the device's Agent object what their messages say about downlinks
// (issue 22), through the seams `recordRoute` and `downlinkStatus` (spied here): a TTS uplink's
// route with the webhook's X-Downlink-* endpoints and key, on the synchronous and the queued path,
// the key nowhere in tags, messages or logs; TTS downlink_* and ChirpStack txack/ack statuses,
// still recorded on lorawan_events as before. Workerd, real Durable Objects.
import { afterAll, describe, expect, it, vi } from "vitest";
import { LorawanIntegration } from "../../../src/apps/lorawan/lorawan-integration.ts";
import type { DownlinkRoute, DownlinkStatusUpdate } from "../../../src/contracts/downlink-records.ts";
import { call, eventually, json } from "../../support/helpers.ts";
import { device, install, invocations, invoke, messagesOf, tagsOf, type Installed } from "../../support/ingest.ts";
import { chirpstackAck, chirpstackTxack, TTS_DEVICE_IDS, ttsDownlink, ttsDownlinkMessage } from "./downlink/samples.ts";

interface Seams {
  recordRoute(agentId: string, route: DownlinkRoute): Promise<void>;
  downlinkStatus(agentId: string, update: DownlinkStatusUpdate): Promise<void>;
}
const seams = LorawanIntegration.prototype as unknown as Seams;
const routes = vi.spyOn(seams, "recordRoute");
const statuses = vi.spyOn(seams, "downlinkStatus");
afterAll(() => vi.restoreAllMocks());

const callsFor = <A extends unknown[]>(spy: { mock: { calls: A[] } }, agentId: string) =>
  spy.mock.calls.filter((args) => args[0] === agentId).map((args) => args[1]);

const newEui = () =>
  [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0").toUpperCase()).join("");

const KEY = `NNSXS.${crypto.randomUUID().replace(/-/g, "").toUpperCase()}`;

async function tts(devEui: string) {
  const dev = await device({ serial_number: devEui });
  const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } }, "tts_integration");
  return { dev, inst };
}

function ttsUplink(devEui: string) {
  const ids = { ...TTS_DEVICE_IDS, device_id: `eui-${devEui.toLowerCase()}`, dev_eui: devEui };
  const down = `https://eu1.cloud.thethings.network/api/v3/as/applications/field-sensors/webhooks/edgehook/devices/${ids.device_id}/down`;
  const body = {
    end_device_ids: ids,
    correlation_ids: ["as:up:01JDXK0Z5B7N3M1Q9R8T6V4W2X"],
    received_at: "2026-11-30T10:00:00.123Z",
    uplink_message: { f_port: 2, f_cnt: 41, frm_payload: "AQID", decoded_payload: { temperature: 21.5 } },
  };
  const headers = {
    "X-Downlink-Apikey": KEY,
    "X-Downlink-Push": `${down}/push`,
    "X-Downlink-Replace": `${down}/replace`,
  };
  const route = {
    transport: "tts",
    device_id: ids.device_id,
    push_url: `${down}/push`,
    replace_url: `${down}/replace`,
    api_key: KEY,
  };
  return { body: JSON.stringify(body), headers, route };
}

/** Everything edgehook answers about the device and the install, as text. */
async function everythingAnswered(dev: { id: string }, inst: Installed): Promise<string> {
  const channels = await json(await call(`/api/agents/${dev.id}/channels`), 200);
  const parts = [channels, await tagsOf(dev.id), await invocations(inst)];
  for (const channel of ["on_external_event", "lorawan_events", "tts_audit"])
    parts.push(await messagesOf(dev.id, channel));
  parts.push(await json(await call(`/api/control/installs/${inst.install_id}`), 200));
  return JSON.stringify(parts);
}

describe("LoRaWAN integrations and downlinks", () => {
  it("a TTS uplink hands over the device's route with the webhook's X-Downlink-* endpoints and key, which nothing answers", async () => {
    const eui = newEui();
    const { dev, inst } = await tts(eui);
    const uplink = ttsUplink(eui);
    expect((await invoke(inst, { body: uplink.body, headers: uplink.headers })).status).toBe(200);
    expect(callsFor(routes, dev.id)).toEqual([{ ...uplink.route, install_id: inst.install_id }]);
    expect((await tagsOf(dev.id))[inst.app_key].temperature).toBe(21.5);
    expect(await everythingAnswered(dev, inst)).not.toContain(KEY);
  });

  it("a queued (?wait=false) TTS uplink hands over the same route: the headers travel with the event", async () => {
    const eui = newEui();
    const { dev, inst } = await tts(eui);
    const uplink = ttsUplink(eui);
    expect((await invoke(inst, { body: uplink.body, headers: uplink.headers, query: "wait=false" })).status).toBe(202);
    await eventually(
      async () => callsFor(routes, dev.id),
      (calls) => calls.length > 0,
    );
    expect(callsFor(routes, dev.id)).toEqual([{ ...uplink.route, install_id: inst.install_id }]);
  });

  it("TTS downlink_ack and downlink_failed hand over the downlink's status, and are still recorded on lorawan_events", async () => {
    const eui = newEui();
    const { dev, inst } = await tts(eui);
    const ids = { ...TTS_DEVICE_IDS, dev_eui: eui };
    const ack = { ...ttsDownlinkMessage("downlink_ack", ttsDownlink("501")), end_device_ids: ids };
    expect((await invoke(inst, { body: JSON.stringify(ack) })).status).toBe(200);
    const nack = { ...ttsDownlinkMessage("downlink_nack", ttsDownlink("502"), "502"), end_device_ids: ids };
    expect((await invoke(inst, { body: JSON.stringify(nack) })).status).toBe(200);
    expect(callsFor(statuses, dev.id)).toEqual([{ id: "501", status: "acked" }]);
    expect(callsFor(routes, dev.id)).toEqual([]);
    const events = await messagesOf(dev.id, "lorawan_events");
    expect(events.map((m: { data: { type: string } }) => m.data.type).sort()).toEqual([
      "downlink_ack",
      "downlink_nack",
    ]);
  });

  it("ChirpStack: an uplink hands over the DevEUI route; txack and ack the queue item's status; a txack redelivered has no second effect", async () => {
    const eui = newEui();
    const dev = await device({ serial_number: eui });
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } }, "chirpstack_integration");
    const post = (event: string, body: unknown) =>
      invoke(inst, { body: JSON.stringify(body), query: `event=${event}` });
    const info = { devEui: eui.toLowerCase(), deviceName: "greenhouse-1" };
    const up = {
      deduplicationId: crypto.randomUUID(),
      time: "2026-11-30T10:00:00Z",
      deviceInfo: info,
      fPort: 2,
      data: "AQID",
    };
    expect((await post("up", up)).status).toBe(200);
    const item = crypto.randomUUID();
    for (let i = 0; i < 2; i++)
      expect((await post("txack", chirpstackTxack(item, eui.toLowerCase()))).status).toBe(200);
    expect((await post("ack", chirpstackAck(item, true, eui.toLowerCase()))).status).toBe(200);
    expect(callsFor(routes, dev.id)).toEqual([
      { transport: "chirpstack", install_id: inst.install_id, dev_eui: eui.toLowerCase() },
    ]);
    expect(callsFor(statuses, dev.id)).toEqual([
      { remote_id: item, status: "sent" },
      { remote_id: item, status: "sent" },
      { remote_id: item, status: "acked" },
    ]);
    // The redelivered txack ran the handler again but committed nothing twice.
    expect(await messagesOf(dev.id, "lorawan_events")).toHaveLength(2);
  });

  it("answers an install's downlink.api_key / downlink.api_token by fingerprint only, and keeps them on a PATCH that sends the fingerprint back", async () => {
    const cases = [
      [
        "tts_integration",
        {
          api_base_url: "https://eu1.cloud.thethings.network",
          application_id: "a",
          webhook_id: "w",
          api_key: "NNSXS.SECRET-TTS",
        },
        "api_key",
      ],
      [
        "chirpstack_integration",
        { api_base_url: "https://chirpstack.example", api_token: "eyJ.SECRET-CS" },
        "api_token",
      ],
    ] as const;
    for (const [app, downlink, field] of cases) {
      const config = { dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0"] }, downlink };
      const created = await json(
        await call("/api/control/installs", { method: "POST", body: { app, display_name: app, config } }),
        201,
      );
      const listed = await json(await call("/api/control/installs"), 200);
      const got = await json(await call(`/api/control/installs/${created.install_id}`), 200);
      for (const answer of [created, listed, got]) expect(JSON.stringify(answer)).not.toContain("SECRET");
      expect(got.config.downlink[field]).toEqual({ set: true, fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/) });
      // Read back and sent again: the fingerprint stands for the kept secret.
      const patched = await call(`/api/control/installs/${created.install_id}`, {
        method: "PATCH",
        body: { config: got.config },
      });
      expect(JSON.stringify(await json(patched, 200))).not.toContain("SECRET");
      const stale = { ...got.config, downlink: { ...got.config.downlink, [field]: { fingerprint: "00000000" } } };
      const refused = await call(`/api/control/installs/${created.install_id}`, {
        method: "PATCH",
        body: { config: stale },
      });
      expect((await json(refused, 422)).field).toBe(`config.downlink.${field}`);
    }
  });

  it("the integrations' downlink config is validated: each field named when missing", async () => {
    const bad = {
      dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0"] },
      downlink: { api_base_url: "https://eu1.cloud.thethings.network" },
    };
    const res = await call("/api/control/installs", {
      method: "POST",
      body: { app: "tts_integration", display_name: "tts", config: bad },
    });
    const problem = await json(res, 422);
    expect(JSON.stringify(problem)).toContain("downlink.api_key");
    const good = { ...bad, downlink: { ...bad.downlink, application_id: "a", webhook_id: "w", api_key: "NNSXS.K" } };
    const ok = await call("/api/control/installs", {
      method: "POST",
      body: { app: "tts_integration", display_name: "tts", config: good },
    });
    expect(ok.status).toBe(201);
  });
});
