// `npm run cost`: what one ingested event costs, per path, counted from the runtime's own counters
// (src/metering.ts) and priced at SPEC §2's list prices. Two regimes a real fleet produces:
// busy (events back-to-back through one warm isolate) and sparse (every event meets an isolate
// whose caches are cold). Prints a table; fails when a path exceeds its budget (budgets.ts).
import { exports } from "cloudflare:workers";
import { afterAll, describe, expect, it } from "vitest";
import { integration } from "../../src/codecs/generated/chirpstack.js";
import { meter, readMeter, resetMeter } from "../../src/metering.ts";
import { flushInvocationLogs } from "../../src/ingest/log-buffer.ts";
import { deliveryStats } from "../../src/processors/consumer.ts";
import { ingestionThrottle } from "../../src/ingest/throttle.ts";
import { agentKey, forget, invalidateAll, serialKey } from "../../src/registry/cache.ts";
import "../fixtures/probe-app.ts";
import { GatewayClient } from "../gateway-client.ts";
import { call, json, newAgent } from "../helpers.ts";
import { BUDGETS } from "./budgets.ts";
import { bill, dollars, perEvent, totalCalls, type PerEvent } from "./prices.ts";

/** Devices the uplinks rotate over; each gets BUSY_EVENTS / DEVICES events per run. */
const DEVICES = 2;
/** Events per device before measuring: fills MESSAGE_RETENTION (vitest.cost.config.ts), so pruning is in the steady state. */
const WARMUP_PER_DEVICE = 512;
const BUSY_PER_DEVICE = 256;
const SPARSE_EVENTS = 24;
const FLEET_EVENTS = 128;

interface Fleet {
  installAgent: string;
  /** The seed-pattern probe install (test/fixtures/probe-app.ts). */
  seed: { path: string; token: string; agent: string };
  devices: { id: string; serial: string }[];
  ingestionPath: string;
  token: string;
  mini: string;
  restToken: string;
}

interface Path {
  name: string;
  /** Sends the i-th event of a run. */
  send(fleet: Fleet, i: number): Promise<Response>;
  status: number;
  /** The event's work finishes in the queue consumer: wait for its acknowledgement. */
  queued?: boolean;
  /** The demo processor runs on each device: the event's work ends with its write-back. */
  processors?: boolean;
  /** The integration app installed (default `tracker_integration`); its devices' serials are DevEUIs for ChirpStack. */
  app?: "chirpstack_integration";
}

const uplink = (fleet: Fleet, i: number) =>
  JSON.stringify({
    device_id: fleet.devices[i % fleet.devices.length]?.serial,
    sequence: String(i),
    position: { lat: -33.86 + i / 1e5, lon: 151.21 },
    battery: { percent: 87 },
    status: "STATUS_OK",
  });

/** ChirpStack's "Payload encoding: Protobuf" `up` event: decoded object, two gateways, a fresh deduplicationId. */
const chirpstackUplink = (fleet: Fleet, i: number) =>
  integration.UplinkEvent.encode({
    deduplicationId: crypto.randomUUID(),
    time: { seconds: Math.floor(Date.now() / 1000), nanos: 412_936_000 },
    deviceInfo: { deviceName: "cost", devEui: fleet.devices[i % fleet.devices.length]?.serial, tags: { site: "cost" } },
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

function post(path: string, body: string | Uint8Array, headers: Record<string, string>): Promise<Response> {
  return exports.default.fetch(
    new Request(`http://edgehook.test${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": "203.0.113.7", ...headers },
      body,
    }),
  );
}

let runId = 0;

const FANOUT_PATH = "one write fanned out to 1,000 subscribers";
const FANOUT_SUBSCRIBERS = 1000;
const FANOUT_WRITES = 50;
const PATHS: Path[] = [
  {
    name: "routed uplink (sync)",
    status: 200,
    send: (f, i) => post(f.ingestionPath, uplink(f, i), { authorization: `Bearer ${f.token}` }),
  },
  {
    name: "routed uplink, sender event id",
    status: 200,
    send: (f, i) =>
      post(f.ingestionPath, uplink(f, i), {
        authorization: `Bearer ${f.token}`,
        "idempotency-key": `evt-${runId}-${i}`,
      }),
  },
  {
    name: "routed uplink, ?wait=false",
    status: 202,
    queued: true,
    send: (f, i) => post(`${f.ingestionPath}?wait=false`, uplink(f, i), { authorization: `Bearer ${f.token}` }),
  },
  { name: "mini-token uplink", status: 204, send: (f, i) => post(`/m/${f.mini}`, uplink(f, i), {}) },
  {
    // Issue 12: a ChirpStack uplink in its binary encoding, routed by DevEUI (the device's serial
    // as ChirpStack writes it); its deduplicationId is the event id.
    name: "ChirpStack protobuf uplink",
    status: 200,
    app: "chirpstack_integration",
    send: (f, i) =>
      post(`${f.ingestionPath}?event=up`, chirpstackUplink(f, i), {
        authorization: `Bearer ${f.token}`,
        "content-type": "application/octet-stream",
      }),
  },
  {
    // The seed's example: read the `devices` map tag on the integration's own agent, write it
    // back, then the device's tag and message. Supported, and priced here: what it costs.
    name: "seed pattern: devices map tag",
    status: 200,
    send: (f, i) => {
      const dev = f.devices[i % f.devices.length];
      const body = {
        read: [{ key: "devices" }],
        tags: [
          { key: "devices", value: { [dev?.serial ?? ""]: dev?.id ?? "" } },
          { agent: dev?.id, key: "latest_data", value: { i } },
        ],
        messages: [{ agent: dev?.id, channel: "on_external_event", data: { i } }],
      };
      return post(f.seed.path, JSON.stringify(body), { authorization: `Bearer ${f.seed.token}` });
    },
  },
  {
    // The integration + processor pattern: the uplink is routed to the device, whose outbox sends
    // the delivery to the demo processor (src/apps/tracker/processor.ts) running as the device; its
    // tags and connection ping are written back. Everything until the write-back is counted.
    name: "uplink → processor → UI/tag write",
    status: 200,
    processors: true,
    send: (f, i) => post(f.ingestionPath, uplink(f, i), { authorization: `Bearer ${f.token}` }),
  },
  {
    name: "REST aggregate PATCH",
    status: 200,
    send: (f, i) =>
      call(`/api/agents/${f.devices[i % f.devices.length]?.id}/channels/tag_values/aggregate`, {
        method: "PATCH",
        token: f.restToken,
        body: { rest_app_1: { counter: i } },
      }),
  },
];

async function installOf(app: string, ingestion: Record<string, unknown>) {
  return json(
    await call("/api/control/installs", {
      method: "POST",
      body: {
        app,
        display_name: "cost",
        config: {
          dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0", "::/0"], throttle: 1e6, ...ingestion },
          dv_proc_extended_permissions: { all_devices: true },
        },
      },
    }),
    201,
  );
}

async function fleet(path: Path): Promise<Fleet> {
  const devices = [];
  for (let d = 0; d < DEVICES; d++) {
    const serial = path.app
      ? [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0")).join("")
      : `COST-${crypto.randomUUID().slice(0, 8)}`;
    const id = (await newAgent({ serial_number: serial, type: "device" })).id;
    devices.push({ id, serial });
    if (path.processors)
      await json(
        await call("/api/control/installs", {
          method: "POST",
          body: { app: "tracker_processor", agent_id: id, display_name: "cost", config: {} },
        }),
        201,
      );
  }
  const inst = await installOf(path.app ?? "tracker_integration", { mini_token: true });
  const seed = await installOf("probe_integration", {});
  const { token } = await json(
    await call("/api/control/tokens", { method: "POST", body: { grants: [{ all: true, permission: "write" }] } }),
    201,
  );
  return {
    installAgent: inst.agent_id,
    seed: { path: new URL(seed.ingestion.url).pathname, token: seed.ingestion.token, agent: seed.agent_id },
    devices,
    ingestionPath: new URL(inst.ingestion.url).pathname,
    token: inst.ingestion.token,
    mini: inst.ingestion.mini_token,
    restToken: token,
  };
}

/** Deliveries done when the current run started (processor paths wait for theirs). */
let doneAtStart = 0;

/** Lets background work (waitUntil, queue deliveries) finish, so its operations are counted. */
async function settle(path: Path, expected: number): Promise<void> {
  const until = Date.now() + 60_000;
  while (path.queued && meter.usage.queue_acks < expected && Date.now() < until)
    await new Promise((r) => setTimeout(r, 20));
  while (path.processors && deliveryStats.done - doneAtStart < expected && Date.now() < until)
    await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 50));
}

/** Starts counting (processor paths count their deliveries from here). */
function startCounting(): void {
  resetMeter();
  doneAtStart = deliveryStats.done;
}

async function expectStatus(path: Path, res: Response): Promise<void> {
  const text = await res.text();
  expect(res.status, `${path.name}: ${text.slice(0, 300)}`).toBe(path.status);
}

async function runBusy(path: Path, f: Fleet): Promise<PerEvent> {
  runId++;
  const warm = WARMUP_PER_DEVICE * DEVICES;
  startCounting(); // counted only to know when the warm-up's queued events are done
  for (let i = 0; i < warm; i++) await expectStatus(path, await path.send(f, i));
  await settle(path, warm);
  startCounting();
  const n = BUSY_PER_DEVICE * DEVICES;
  for (let i = 0; i < n; i++) await expectStatus(path, await path.send(f, warm + i));
  await settle(path, n);
  // The records of the last second, as the isolate's timer would send them.
  await flushInvocationLogs();
  meter.enabled = false;
  return perEvent(readMeter(), n, kindOf(f));
}

/**
 * A large fleet through a busy isolate: the install's entries stay warm, but each event's device
 * last reported minutes ago, so its serial and agent entries have left isolate memory (5 s).
 */
async function runFleet(path: Path, f: Fleet): Promise<PerEvent> {
  runId++;
  startCounting();
  const n = FLEET_EVENTS;
  for (let i = 0; i < n; i++) {
    const dev = f.devices[i % f.devices.length];
    if (dev) forget(serialKey(dev.serial), agentKey(dev.id));
    await expectStatus(path, await path.send(f, 10_000 + i));
  }
  await settle(path, n);
  await flushInvocationLogs();
  meter.enabled = false;
  return perEvent(readMeter(), n, kindOf(f));
}

async function runSparse(path: Path, f: Fleet): Promise<PerEvent> {
  runId++;
  startCounting();
  for (let i = 0; i < SPARSE_EVENTS; i++) {
    // A cold isolate: nothing cached in memory, nothing buffered to batch with.
    invalidateAll();
    ingestionThrottle.reset();
    await expectStatus(path, await path.send(f, i));
    await settle(path, i + 1);
    // Nothing to batch its invocation record with: the isolate sends it alone.
    await flushInvocationLogs();
  }
  meter.enabled = false;
  return perEvent(readMeter(), SPARSE_EVENTS, kindOf(f));
}

function kindOf(f: Fleet) {
  const devices = new Set(f.devices.map((d) => `agent:${d.id}`));
  return (label: string): keyof PerEvent["do_calls"] =>
    label.includes("#")
      ? "log"
      : label === "registry"
        ? "registry"
        : label === `agent:${f.installAgent}` || label === `agent:${f.seed.agent}`
          ? "install_agent"
          : devices.has(label)
            ? "device"
            : "other";
}

type Row = { path: string; regime: "busy" | "fleet" | "sparse"; e: PerEvent; usd: number };
const rows: Row[] = [];

const fmt = (n: number, d = 2) => n.toFixed(d);

function table(): string {
  const head = [
    "path",
    "regime",
    "DO calls (dev/inst/reg/log)",
    "rows w",
    "rows r",
    "KV r/w",
    "queue ops",
    "$/M events",
  ];
  const body = rows.map((r) => {
    const c = r.e.do_calls;
    const b = bill(r.e);
    return [
      r.path,
      r.regime,
      `${fmt(totalCalls(r.e))} (${fmt(c.device)}/${fmt(c.install_agent)}/${fmt(c.registry)}/${fmt(c.log)})`,
      fmt(r.e.rows_written),
      fmt(r.e.rows_read, 1),
      `${fmt(r.e.kv_reads)}/${fmt(r.e.kv_writes + r.e.kv_lists + r.e.kv_deletes)}`,
      fmt(r.e.queue_ops),
      `${fmt(r.usd)}  [req ${fmt(b.worker_requests)} + DO ${fmt(b.do_calls)} + rows ${fmt(b.rows_written + b.rows_read)} + KV ${fmt(b.kv)} + queue ${fmt(b.queue)}]`,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

describe("cost per event", () => {
  afterAll(() => {
    console.log(
      `\nedgehook cost per ingested event (SPEC §2 list prices; busy: ${BUSY_PER_DEVICE * DEVICES} events over ${DEVICES} devices after ${WARMUP_PER_DEVICE} each of warm-up; fleet: ${FLEET_EVENTS} events through the busy isolate, each device's entries gone from its memory (devices report every few minutes); sparse: ${SPARSE_EVENTS} events, isolate caches emptied before each)\n\n${table()}\n`,
    );
  });

  // Issue 10: one write to a device watched by 1,000 gateway subscribers (one read token, as the
  // viewers of one dashboard): the agent's call to the gateway object, however many sockets.
  it(
    FANOUT_PATH,
    async () => {
      const dev = await newAgent({ type: "device" });
      const { token } = await json(
        await call("/api/control/tokens", {
          method: "POST",
          body: { grants: [{ agent_id: dev.id, permission: "read" }] },
        }),
        201,
      );
      const clients: GatewayClient[] = [];
      for (let i = 0; i < FANOUT_SUBSCRIBERS; i += 50)
        clients.push(
          ...(await Promise.all(
            Array.from({ length: Math.min(50, FANOUT_SUBSCRIBERS - i) }, async () => {
              const client = await GatewayClient.open(token, "query");
              await client.identify();
              await client.subscribe(dev.id, "tag_values");
              return client;
            }),
          )),
        );
      const received = () => clients.reduce((n, c) => n + c.frames.filter((f) => f.t === "AggregateUpdate").length, 0);
      startCounting();
      for (let i = 0; i < FANOUT_WRITES; i++) {
        const res = await call(`/api/agents/${dev.id}/channels/tag_values/aggregate`, {
          method: "PATCH",
          body: { fan: { i } },
        });
        expect(res.status).toBe(200);
      }
      const until = Date.now() + 30_000;
      while (received() < FANOUT_WRITES * FANOUT_SUBSCRIBERS && Date.now() < until)
        await new Promise((r) => setTimeout(r, 50));
      meter.enabled = false;
      expect(received()).toBe(FANOUT_WRITES * FANOUT_SUBSCRIBERS);
      for (const client of clients) client.close();
      const e = perEvent(readMeter(), FANOUT_WRITES, (label) =>
        label.startsWith(`agent:${dev.id}`) ? "device" : "other",
      );
      rows.push({ path: FANOUT_PATH, regime: "busy", e, usd: dollars(bill(e)) });
      const failures = BUDGETS.flatMap((b) => (b.path === FANOUT_PATH ? b.check(e, dollars(bill(e))) : []));
      expect(failures, `${FANOUT_PATH} over budget`).toEqual([]);
    },
    120_000,
  );

  for (const path of PATHS)
    it(`${path.name}`, async () => {
      const f = await fleet(path);
      for (const regime of ["busy", "fleet", "sparse"] as const) {
        const run = { busy: runBusy, fleet: runFleet, sparse: runSparse }[regime];
        const e = await run(path, f);
        rows.push({ path: path.name, regime, e, usd: dollars(bill(e)) });
      }
      const failures = BUDGETS.flatMap((b) =>
        b.path === path.name
          ? rows.filter((r) => r.path === path.name && r.regime === b.regime).flatMap((r) => b.check(r.e, r.usd))
          : [],
      );
      expect(failures, `${path.name} over budget`).toEqual([]);
    });
});
