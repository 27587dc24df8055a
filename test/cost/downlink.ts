// Issue 22's cost path: one downlink to a LoRaWAN device, all of it — the `POST …/downlinks` (the
// Worker request, the device's call, its rows), the device's alarm that sends it to The Things
// Stack (a stand-in server: test/stand-in/; the outbound request counted as a subrequest), and
// TTS's `downlink_sent` webhook into the tts_integration's ingestion endpoint that marks it sent.
// Each device's route is learned first from a TTS uplink carrying X-Downlink-* headers (not counted).
import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { flushInvocationLogs } from "../../src/invocation/log-buffer.ts";
import { StandIn } from "../stand-in/client.ts";
import { call, json, newAgent } from "../support/helpers.ts";
import { startWindow, stopWindow, windowPerEvent } from "./measure.ts";
import { kindOf, post, settle, type Setup } from "./paths.ts";
import type { PerEvent } from "./prices.ts";
import { harness, quiet } from "./runtime-meter.ts";
import { rawStub } from "./runtime-patches.ts";

export const DOWNLINK_PATH = "downlink: POST, send to TTS, downlink_sent";

const KEY = `NNSXS.${"A".repeat(32)}`;
const newEui = () =>
  [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0").toUpperCase()).join("");

interface Device {
  id: string;
  eui: string;
  tts_id: string;
}

function ttsBody(d: Device, extra: Record<string, unknown>) {
  return JSON.stringify({
    end_device_ids: {
      device_id: d.tts_id,
      application_ids: { application_id: "field-sensors" },
      dev_eui: d.eui,
      join_eui: "0000000000000000",
    },
    received_at: new Date().toISOString(),
    ...extra,
  });
}

/** What `n` downlinks cost (one per device), per downlink; and the outbound requests per downlink. */
export async function measureDownlinks(n: number): Promise<{ e: PerEvent; outbound: number }> {
  const server = new StandIn();
  const devices: Device[] = [];
  for (let i = 0; i < n; i++) {
    const eui = newEui();
    const { id } = await newAgent({ serial_number: eui, type: "device" });
    devices.push({ id, eui, tts_id: `eui-${eui.toLowerCase()}` });
  }
  const inst = await json(
    await call("/api/control/installs", {
      method: "POST",
      body: {
        app: "tts_integration",
        display_name: "cost downlinks",
        config: {
          dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0", "::/0"] },
          dv_proc_extended_permissions: { all_devices: true },
        },
      },
    }),
    201,
  );
  const { token } = await json(
    await call("/api/control/tokens", { method: "POST", body: { grants: [{ all: true, permission: "write" }] } }),
    201,
  );
  const ingestion = new URL(inst.ingestion.url).pathname;
  const auth = { authorization: `Bearer ${inst.ingestion.token}` };
  const down = (d: Device) => `/api/v3/as/applications/field-sensors/webhooks/edgehook/devices/${d.tts_id}/down`;
  // The route: the webhook's X-Downlink-* headers on an uplink, pointing at the stand-in.
  for (const d of devices) {
    await server.route("POST", `${down(d)}/push`, { status: 200 });
    const up = ttsBody(d, { uplink_message: { f_port: 2, f_cnt: 1, frm_payload: "AQID", decoded_payload: { t: 21 } } });
    const res = await post(ingestion, up, {
      ...auth,
      "x-downlink-apikey": KEY,
      "x-downlink-push": `${server.baseUrl}${down(d)}/push`,
      "x-downlink-replace": `${server.baseUrl}${down(d)}/replace`,
    });
    expect(res.status, await res.text()).toBe(200);
  }
  await settle();
  await flushInvocationLogs();

  /** One downlink to `d`: queued by REST, sent by its alarm, marked sent by TTS's webhook. */
  const oneDownlink = async (d: Device) => {
    const queued = await call(`/api/agents/${d.id}/downlinks`, {
      method: "POST",
      token,
      body: { f_port: 15, data: "AQID", confirmed: false },
    });
    const { id } = await json(queued, 202);
    // The device's alarm is set for the send, now: run it if the runtime has not yet (its work is
    // counted either way); wait until the stand-in has it and the object is done committing.
    await harness(() => runDurableObjectAlarm(rawStub(env.AGENT.getByName(d.id))));
    for (let t = 0; !(await server.requests()).some((r) => r.body.includes(id)); t++) {
      if (t > 500) throw new Error(`downlink ${id} not sent`);
      await new Promise((r) => setTimeout(r, 10));
    }
    await quiet(30);
    const sent = ttsBody(d, {
      correlation_ids: [`edgehook:downlink:${id}`, "as:downlink:01JDXK1M3Q8Z9V4W6Y7T2R5P0N"],
      downlink_sent: {
        f_port: 15,
        frm_payload: "AQID",
        priority: "NORMAL",
        correlation_ids: [`edgehook:downlink:${id}`],
      },
    });
    const res = await post(`${ingestion}?event=downlink_sent`, sent, auth);
    expect(res.status, await res.text()).toBe(200);
  };
  // A first downlink per device, not counted: the device's downlink table is made by it (once).
  for (const d of devices) await oneDownlink(d);
  await settle();
  await flushInvocationLogs();

  const realFetch = globalThis.fetch;
  let outbound = 0;
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith(server.baseUrl)) outbound++;
    return realFetch(input, init);
  }) as typeof fetch;
  startWindow();
  let e: PerEvent;
  try {
    for (const d of devices) await oneDownlink(d);
    await settle();
    await flushInvocationLogs();
  } finally {
    const w = stopWindow();
    globalThis.fetch = realFetch;
    const s = {
      devices: devices.map((d) => ({ id: d.id, serial: d.eui })),
      installAgent: inst.agent_id,
      seed: { agent: "" },
    };
    e = windowPerEvent(w, n, kindOf(s as unknown as Setup));
  }
  // Every downlink went once, and is sent.
  expect((await server.requests()).filter((r) => r.path.endsWith("/push"))).toHaveLength(2 * n);
  for (const d of devices) {
    const views = await json(await call(`/api/agents/${d.id}/downlinks`, { token }), 200);
    expect(views).toMatchObject([
      { status: "sent", attempts: 1 },
      { status: "sent", attempts: 1 },
    ]);
  }
  return { e, outbound: outbound / n };
}
