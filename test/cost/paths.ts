// The ingestion paths `npm run cost` prices, and the set-up each runs against: its devices, installs
// and tokens, made through the control API; journals filled by the agent's own RPC methods with the
// writes a real event of the path sends (captured from one), so the state is the real code's.
import { runInDurableObject } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";
import { integration } from "../../src/codecs/generated/chirpstack.js";
import "../fixtures/probe-app.ts";
import { call, json, newAgent } from "../support/helpers.ts";
import type { Kind, KindOf } from "./prices.ts";
import { drained, harness, runtime } from "./runtime-meter.ts";
import { rawStub } from "./runtime-patches.ts";

export interface Device {
  id: string;
  serial: string;
}

/** What a path's events run against. */
export interface Setup {
  installAgent: string;
  /** The seed-pattern probe install (test/fixtures/probe-app.ts). */
  seed: { path: string; token: string; agent: string };
  devices: Device[];
  ingestionPath: string;
  token: string;
  mini: string;
  restToken: string;
}

export interface Path {
  name: string;
  /** Sends the i-th event of a run. */
  send(setup: Setup, i: number): Promise<Response>;
  status: number;
  /** The event's work finishes in the queue consumer: wait for its acknowledgement. */
  queued?: boolean;
  /** The demo processor runs on each device: the event's work ends with its write-back. */
  processors?: boolean;
  /** The integration app installed (default `tracker_integration`); its devices' serials are DevEUIs for ChirpStack. */
  app?: "chirpstack_integration";
}

const uplink = (s: Setup, i: number) =>
  JSON.stringify({
    device_id: s.devices[i % s.devices.length]?.serial,
    sequence: String(i),
    position: { lat: -33.86 + i / 1e5, lon: 151.21 },
    battery: { percent: 87 },
    status: "STATUS_OK",
  });

/** ChirpStack's "Payload encoding: Protobuf" `up` event: decoded object, two gateways, a fresh deduplicationId. */
const chirpstackUplink = (s: Setup, i: number) =>
  integration.UplinkEvent.encode({
    deduplicationId: crypto.randomUUID(),
    time: { seconds: Math.floor(Date.now() / 1000), nanos: 412_936_000 },
    deviceInfo: { deviceName: "cost", devEui: s.devices[i % s.devices.length]?.serial, tags: { site: "cost" } },
    devAddr: "00189440",
    dr: 5,
    fCnt: i,
    fPort: 2,
    data: new Uint8Array([1, 2, 3]),
    object: {
      fields: { temperature: { numberValue: 21.5 }, humidity: { numberValue: 48 }, sequence: { numberValue: i } },
    },
    rxInfo: [
      { gatewayId: "0016c001f153a14c", rssi: -97, snr: 7.25, channel: 2 },
      { gatewayId: "0016c001f1500812", rssi: -110, snr: -2, channel: 2 },
    ],
    txInfo: { frequency: 868100000, modulation: { lora: { bandwidth: 125000, spreadingFactor: 7 } } },
  }).finish();

export function post(path: string, body: string | Uint8Array, headers: Record<string, string>): Promise<Response> {
  return exports.default.fetch(
    new Request(`http://edgehook.test${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": "203.0.113.7", ...headers },
      body,
    }),
  );
}

let runId = 0;
/** A new run: sender event ids of the path "sender event id" start afresh. */
export const nextRun = (): number => ++runId;

export const PATHS: Path[] = [
  {
    name: "routed uplink (sync)",
    status: 200,
    send: (s, i) => post(s.ingestionPath, uplink(s, i), { authorization: `Bearer ${s.token}` }),
  },
  {
    name: "routed uplink, sender event id",
    status: 200,
    send: (s, i) =>
      post(s.ingestionPath, uplink(s, i), {
        authorization: `Bearer ${s.token}`,
        "idempotency-key": `evt-${runId}-${i}`,
      }),
  },
  {
    name: "routed uplink, ?wait=false",
    status: 202,
    queued: true,
    send: (s, i) => post(`${s.ingestionPath}?wait=false`, uplink(s, i), { authorization: `Bearer ${s.token}` }),
  },
  { name: "mini-token uplink", status: 204, send: (s, i) => post(`/m/${s.mini}`, uplink(s, i), {}) },
  {
    // Issue 12: a ChirpStack uplink in its binary encoding, routed by DevEUI (the device's serial
    // as ChirpStack writes it); its deduplicationId is the event id.
    name: "ChirpStack protobuf uplink",
    status: 200,
    app: "chirpstack_integration",
    send: (s, i) =>
      post(`${s.ingestionPath}?event=up`, chirpstackUplink(s, i), {
        authorization: `Bearer ${s.token}`,
        "content-type": "application/octet-stream",
      }),
  },
  {
    // The seed's example: read the `devices` map tag on the integration's own agent, write it
    // back, then the device's tag and message. Supported, and priced here: what it costs.
    name: "seed pattern: devices map tag",
    status: 200,
    send: (s, i) => {
      const dev = s.devices[i % s.devices.length];
      const body = {
        read: [{ key: "devices" }],
        tags: [
          { key: "devices", value: { [dev?.serial ?? ""]: dev?.id ?? "" } },
          { agent: dev?.id, key: "latest_data", value: { i } },
        ],
        messages: [{ agent: dev?.id, channel: "on_external_event", data: { i } }],
      };
      return post(s.seed.path, JSON.stringify(body), { authorization: `Bearer ${s.seed.token}` });
    },
  },
  {
    // The integration + processor pattern: the uplink is routed to the device, whose outbox sends
    // the delivery to the demo processor (src/apps/tracker/processor.ts) running as the device; its
    // tags and connection ping are written back. Everything until the write-back is counted.
    name: "uplink → processor → UI/tag write",
    status: 200,
    processors: true,
    send: (s, i) => post(s.ingestionPath, uplink(s, i), { authorization: `Bearer ${s.token}` }),
  },
  {
    name: "REST aggregate PATCH",
    status: 200,
    send: (s, i) =>
      call(`/api/agents/${s.devices[i % s.devices.length]?.id}/channels/tag_values/aggregate`, {
        method: "PATCH",
        token: s.restToken,
        body: { rest_app_1: { counter: i } },
      }),
  },
];

export const pathNamed = (name: string): Path => {
  const path = PATHS.find((p) => p.name === name);
  if (!path) throw new Error(`no path ${name}`);
  return path;
};

async function installOf(app: string, ingestion: Record<string, unknown>) {
  return json(
    await call("/api/control/installs", {
      method: "POST",
      body: {
        app,
        display_name: "cost",
        config: {
          dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0", "::/0"], ...ingestion },
          dv_proc_extended_permissions: { all_devices: true },
        },
      },
    }),
    201,
  );
}

export async function installProcessor(agentId: string): Promise<void> {
  await json(
    await call("/api/control/installs", {
      method: "POST",
      body: { app: "tracker_processor", agent_id: agentId, display_name: "cost", config: {} },
    }),
    201,
  );
}

export async function newDevice(path: Path): Promise<Device> {
  const serial = path.app
    ? [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0")).join("")
    : `COST-${crypto.randomUUID().slice(0, 8)}`;
  return { id: (await newAgent({ serial_number: serial, type: "device" })).id, serial };
}

/**
 * Devices, the path's installs and tokens. `throttle`: the endpoint's limit per second (omitted: the
 * app's default). Processors are installed by the caller (after filling the journals).
 */
export async function setUp(path: Path, devices: number, throttle?: number): Promise<Setup> {
  const list: Device[] = [];
  for (let d = 0; d < devices; d++) list.push(await newDevice(path));
  const limit = throttle === undefined ? {} : { throttle };
  const inst = await installOf(path.app ?? "tracker_integration", { mini_token: true, ...limit });
  const seed = await installOf("probe_integration", limit);
  const { token } = await json(
    await call("/api/control/tokens", { method: "POST", body: { grants: [{ all: true, permission: "write" }] } }),
    201,
  );
  return {
    installAgent: inst.agent_id,
    seed: { path: new URL(seed.ingestion.url).pathname, token: seed.ingestion.token, agent: seed.agent_id },
    devices: list,
    ingestionPath: new URL(inst.ingestion.url).pathname,
    token: inst.ingestion.token,
    mini: inst.ingestion.mini_token,
    restToken: token,
  };
}

export async function expectStatus(path: Path, res: Response): Promise<void> {
  const text = await res.text();
  expect(res.status, `${path.name}: ${text.slice(0, 300)}`).toBe(path.status);
}

/** Lets background work (waitUntil, queue deliveries, processor runs) finish, so it is counted. */
export async function settle(): Promise<void> {
  await drained();
}

/**
 * How a path's buckets are billed: by the object (device, install agent…) and what ran. Agents the
 * path does not use (another path's, finishing its own timers) are not its cost.
 */
export function kindOf(s: Setup): KindOf {
  const devices = new Set(s.devices.map((d) => `agent:${d.id}`));
  const installs = new Set([`agent:${s.installAgent}`, `agent:${s.seed.agent}`]);
  return (object, what): Kind | null => {
    const kind: Kind | null =
      object === "registry"
        ? "registry"
        : object.startsWith("gateway:")
          ? "gateway"
          : installs.has(object)
            ? "install_agent"
            : devices.has(object)
              ? "device"
              : object.startsWith("agent:")
                ? null
                : "other";
    if (kind === null || what === "") return kind;
    return what === "alarm" ? "alarm" : what === "recordInvocations" ? "log" : kind;
  };
}

/** Methods that write an agent's journal: what a fill replays. */
const WRITES = new Set(["commitEventText", "commitBatchText", "writeAggregate", "createMessage"]);

export interface Template {
  /** The template device's writes, replayed on each device to fill. */
  device: { method: string; args: unknown[] }[];
  /** Writes to shared objects (the seed pattern's install agent). */
  shared: { object: string; method: string; args: unknown[] }[];
}

/**
 * One real event of the path to a device of its own: the writes it sent, as its objects got them.
 * With processors, an event before it takes the install's deployment delivery (written once per
 * install, not per event), so the captured write-back is an event's alone.
 */
export async function captureTemplate(path: Path, s: Setup, device: Device): Promise<Template> {
  const one: Setup = { ...s, devices: [device] };
  if (path.processors) {
    await expectStatus(path, await path.send(one, 0));
    await settle();
  }
  runtime.capture = [];
  await expectStatus(path, await path.send(one, 0));
  await settle();
  const calls = runtime.capture.filter((c) => WRITES.has(c.method));
  runtime.capture = null;
  return {
    device: calls.filter((c) => c.object === `agent:${device.id}`),
    shared: calls.filter((c) => c.object !== `agent:${device.id}`),
  };
}

/** A write's event keys made unique for its n-th copy (dedup keys, delivery keys). */
function rekey(value: unknown, n: number): unknown {
  if (typeof value === "string" && value.startsWith("{")) {
    try {
      return JSON.stringify(rekey(JSON.parse(value), n));
    } catch {
      return value;
    }
  }
  if (Array.isArray(value)) return value.map((v) => rekey(v, n));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === "key" && typeof v === "string" ? `${v}~${n}` : rekey(v, n);
  return out;
}

/** Commits `entries` copies of the writes through the object's own methods (uncounted); `from`: first copy's number. */
export async function fill(
  object: string,
  writes: { method: string; args: unknown[] }[],
  entries: number,
  from = 0,
): Promise<void> {
  if (writes.length === 0 || entries <= 0) return;
  const name = object.replace(/^agent:/, "");
  await harness(() =>
    runInDurableObject(rawStub(env.AGENT.getByName(name)), async (instance) => {
      const target = instance as unknown as Record<string, (...a: unknown[]) => unknown>;
      for (let n = from, done = 0; done < entries; n++)
        for (const w of writes) {
          if (done++ >= entries) break;
          const result = (await target[w.method]?.(...w.args.map((a) => rekey(a, n)))) as { ok?: boolean };
          if (result && result.ok === false) throw new Error(`fill ${w.method}: ${JSON.stringify(result)}`);
        }
    }),
  );
}
