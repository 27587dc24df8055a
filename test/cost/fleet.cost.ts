// `npm run cost`, project `fleet`: what one event costs in the fleet regime (fleet-regime.ts:
// devices reporting every 5 minutes, each event meeting evicted objects with full journals, cold
// isolate caches, the throttle at its default, device alarms over a simulated day, storage), and
// with COST_BILL=1 (`npm run cost -- --bill`) the monthly bill for 10,000 such devices (bill.ts).
import { env } from "cloudflare:workers";
import { afterAll, describe, expect, it } from "vitest";
import { call, json } from "../support/helpers.ts";
import { GatewayClient } from "../support/gateway-client.ts";
import { AGGREGATE_RATE, CREDENTIALS, DEVICES_PER_VIEWER, monthlyBill, WATCHED_SHARE } from "./bill.ts";
import { BUDGETS } from "./budgets.ts";
import { installClock } from "./clock.ts";
import { close, closeClients, fanOut, SUBSCRIBERS, watched } from "./fanout.ts";
import {
  DAY_HOURS,
  deviceBytes,
  FLEET_DEVICES,
  FLEET_PER_DEVICE,
  fleetSetup,
  only,
  perEventOf,
  REPORTS_PER_DAY,
  REPORTS_PER_MONTH,
  RETENTION,
  runDay,
  runFleet,
  runInstallAtRate,
  type Fleet,
} from "./fleet-regime.ts";
import { PATHS, type Path } from "./paths.ts";
import { addPerEvent, bill, dollars, totalCalls, zeroPerEvent, type PerEvent } from "./prices.ts";
import type { Window } from "./measure.ts";
import { fmt, lines, row, table, type Row } from "./table.ts";

installClock();
const vars = env as unknown as Record<string, string | undefined>;

const FANOUT3 = "one write to 1,000 subscribers over 3 credentials";
const FANOUT_WRITES = 16;
const PROCESSOR = "uplink → processor → UI/tag write";
const BILL_ROW = "uplink → processor → UI, viewers (bill)";
/** The rows the fleet budgets hold: the install's object at the fleet's aggregate rate. */
const AT_FLEET_RATE = ", install at fleet rate";

/** Names of the lines of a report's share of its device's alarms, and of the install at its aggregate rate. */
const DAY = "device-day";
const AT_RATE = "at fleet rate";

const rows: Row[] = [];
const notes: string[] = [];
/** The install's object at the fleet's aggregate rate, per event (measured on the routed uplink). */
let installAtRate: PerEvent | null = null;

function overBudget(path: string): string[] {
  return BUDGETS.flatMap((b) =>
    b.path === path
      ? rows.filter((r) => r.path === path && r.regime === b.regime).flatMap((r) => b.check(r.e, r.usd))
      : [],
  );
}

type Group = { window: Window; events: number };

interface Measured {
  /** Per report: the plain devices' reports, their share of a device's alarms over a day, storage. */
  e: PerEvent;
  groups: Map<string, Group>;
  day: PerEvent;
  storage: number;
}

/** The sample's reports, plus each report's share of its device's alarms over a day and storage. */
async function measure(path: Path, f: Fleet, watchedFrom = Infinity): Promise<Measured> {
  const groups = await runFleet(path, f, (d) => (d >= watchedFrom ? "watched" : "plain"));
  const day = await runDay(f);
  const bytes = await deviceBytes(f);
  const dayE = perEventOf(day.window, day.reports, f);
  const storage = bytes / 1e9 / REPORTS_PER_MONTH;
  const plain = groups.get("plain");
  if (!plain) throw new Error("no reports measured");
  const e = addPerEvent(perEventOf(plain.window, plain.events, f), dayE, 1, DAY);
  e.storage_gb_month = storage;
  const writeBytes = f.template.device.reduce((n, w) => n + JSON.stringify(w.args).length, 0);
  notes.push(
    `${path.name}: per device-day ${fmt((day.alarms * 24) / DAY_HOURS, 1)} device alarms (${fmt(totalCalls(dayE) * REPORTS_PER_DAY, 1)} requests, ${fmt(dayE.rows_written * REPORTS_PER_DAY, 1)} rows written with alarm sets, ${fmt(dayE.rows_read * REPORTS_PER_DAY, 0)} rows read, $${fmt((dollars(bill(dayE)) * REPORTS_PER_DAY) / 1e6, 6)}); device database ${fmt(bytes / 1e6, 2)} MB at ${RETENTION} entries (a report's writes: ${writeBytes} bytes of JSON); wall time ${Object.entries(
      f.timings,
    )
      .map(([k, v]) => `${k} ${fmt(v, 1)} s`)
      .join(", ")}`,
  );
  return { e, groups, day: dayE, storage };
}

/**
 * Per report with the install's object at the fleet's aggregate rate (`atRate`) instead of idle:
 * the path's reports, `watchedShare` of them from watched devices, the device alarms of a day and
 * storage. With the processor path and WATCHED_SHARE: the bill's counts.
 */
function atRatePerEvent(m: Measured, f: Fleet, atRate: PerEvent, watchedShare: number): PerEvent {
  const installs = new Set(f.installs);
  const noInstall = (g: Group) =>
    perEventOf({ ...g.window, reading: only(g.window.reading, (o) => !installs.has(o)) }, g.events, f);
  const plain = m.groups.get("plain");
  if (!plain) throw new Error("no reports measured");
  const watched = m.groups.get("watched") ?? plain;
  let e = addPerEvent(zeroPerEvent(), noInstall(plain), 1 - watchedShare);
  e = addPerEvent(e, noInstall(watched), watchedShare);
  e = addPerEvent(addPerEvent(e, atRate, 1, AT_RATE), m.day, 1, DAY);
  e.storage_gb_month = m.storage;
  return e;
}

/** Viewers over 3 read tokens, each watching a device's tags and connection (bill.ts). */
async function viewers(devices: { id: string }[]): Promise<GatewayClient[]> {
  const tokens: string[] = [];
  for (let c = 0; c < CREDENTIALS; c++)
    tokens.push(
      (
        await json(
          await call("/api/control/tokens", { method: "POST", body: { grants: [{ all: true, permission: "read" }] } }),
          201,
        )
      ).token,
    );
  const clients: GatewayClient[] = [];
  for (const [k, d] of devices.entries()) {
    const client = await GatewayClient.open(tokens[k % tokens.length] ?? "", "query");
    await client.identify();
    await client.subscribe(d.id, "tag_values");
    await client.subscribe(d.id, "doover_connection");
    clients.push(client);
  }
  return clients;
}

describe("cost per event (fleet)", () => {
  afterAll(() => {
    console.log(
      `\nedgehook cost per event, fleet regime (SPEC §2 list prices, DO duration and SQLite storage included): ${FLEET_DEVICES} devices with journals full (MESSAGE_RETENTION ${RETENTION}), each reporting every 5 minutes on a driven clock, ${FLEET_PER_DEVICE} reports each measured; every report meets evicted objects (device, install agent), an isolate whose caches expired, a throttle at the endpoint's default and an invocation record sent alone; device alarms from a simulated day (${DAY_HOURS} h) of one device; storage per device-month at 12 reports an hour\n\n${table(rows)}\n\n${notes.join("\n")}\n`,
    );
    const detailed = [
      PATHS[0]?.name,
      `${PATHS[0]?.name}${AT_FLEET_RATE}`,
      PROCESSOR,
      `${PROCESSOR}${AT_FLEET_RATE}`,
      BILL_ROW,
      FANOUT3,
    ];
    for (const r of rows.filter((x) => detailed.includes(x.path))) console.log(`\n${lines(r)}`);
    const billRow = rows.find((r) => r.path === BILL_ROW);
    if (vars.COST_BILL && billRow) console.log(`\n${monthlyBill(billRow.e).text}\n`);
  });

  // One write to a device watched by 1,000 sockets over 3 read tokens: one gateway object each,
  // every write meeting the device's and the gateways' objects evicted (hibernated sockets).
  it(
    FANOUT3,
    async () => {
      const w = await watched(SUBSCRIBERS, 3, RETENTION);
      rows.push(row(FANOUT3, "fleet", await fanOut(w, FANOUT_WRITES, true)));
      await close(w);
    },
    300_000,
  );

  for (const path of PATHS)
    it(
      path.name,
      async () => {
        // The processor path also prices the bill's fleet: extra devices, watched by viewers.
        const watchedCount = path.processors ? Math.max(1, Math.round(WATCHED_SHARE * FLEET_DEVICES)) : 0;
        const f = await fleetSetup(path, watchedCount);
        const clients = path.processors ? await viewers(f.setup.devices.slice(FLEET_DEVICES)) : [];
        const m = await measure(path, f, FLEET_DEVICES);
        await closeClients(clients);
        rows.push(row(path.name, "fleet", m.e));
        if (path.name === PATHS[0]?.name) installAtRate = await runInstallAtRate(path, f, AGGREGATE_RATE, 4);
        // The fleet the budgets are for: 10,000 devices through the install, whose object is busy.
        if (installAtRate && (path.name === PATHS[0]?.name || path.processors))
          rows.push(row(`${path.name}${AT_FLEET_RATE}`, "fleet", atRatePerEvent(m, f, installAtRate, 0)));
        if (path.processors) {
          expect(installAtRate, "the routed uplink measured the install at its aggregate rate").not.toBeNull();
          if (installAtRate) rows.push(row(BILL_ROW, "fleet", atRatePerEvent(m, f, installAtRate, WATCHED_SHARE)));
          notes.push(
            `${BILL_ROW}: ${fmt(WATCHED_SHARE * 100, 0)} % of reports from watched devices (measured on ${watchedCount} devices, each watched by one of ${CREDENTIALS} credentials' viewers; viewers watch ${DEVICES_PER_VIEWER} devices each), gateways warm; the install's object at ${fmt(AGGREGATE_RATE, 1)} reports/s`,
          );
        }
        expect(
          [...overBudget(path.name), ...overBudget(`${path.name}${AT_FLEET_RATE}`)],
          `${path.name} over budget (fleet)`,
        ).toEqual([]);
      },
      900_000,
    );
});
