// `npm run cost`, project `busy`: what one ingested event costs, per path, in the busy and sparse
// regimes (regimes.ts), counted at the runtime's binding prototypes (runtime-meter.ts) and priced
// at SPEC §2's list prices (prices.ts). Prints a table; fails when a path exceeds its budget
// (budgets.ts). The fleet regime is the project `fleet` (fleet.cost.ts).
import { env } from "cloudflare:workers";
import { afterAll, describe, expect, it } from "vitest";
import { BUDGETS } from "./budgets.ts";
import { DOWNLINK_PATH, measureDownlinks } from "./downlink.ts";
import { measureSeries, SERIES_PATH } from "./series.ts";
import { close, fanOut, SUBSCRIBERS, watched } from "./fanout.ts";
import { meteringCheck } from "./meter-check.ts";
import { PATHS } from "./paths.ts";
import { BUSY_PER_DEVICE, busySetup, DEVICES, RETENTION, runBusy, runSparse, SPARSE_EVENTS } from "./regimes.ts";
import { lines, row, table, type Row } from "./table.ts";

const FANOUT_PATH = "one write fanned out to 1,000 subscribers";
const FANOUT_WRITES = 50;

const rows: Row[] = [];
const vars = env as unknown as Record<string, string | undefined>;

function overBudget(path: string): string[] {
  return BUDGETS.flatMap((b) =>
    b.path === path
      ? rows.filter((r) => r.path === path && r.regime === b.regime).flatMap((r) => b.check(r.e, r.usd))
      : [],
  );
}

describe("cost per event (busy, sparse)", () => {
  afterAll(() => {
    console.log(
      `\nedgehook cost per event, busy and sparse (SPEC §2 list prices, DO duration included; busy: ${BUSY_PER_DEVICE * DEVICES} events over ${DEVICES} devices whose journals are full (MESSAGE_RETENTION ${RETENTION}); sparse: ${SPARSE_EVENTS} events, isolate caches emptied before each)\n\n${table(rows)}\n`,
    );
    if (vars.COST_LINES) for (const r of rows) console.log(`\n${lines(r)}`);
  });

  it("counts each operation once, at the runtime's prototypes", meteringCheck, 120_000);

  // Issue 10: one write to a device watched by 1,000 gateway subscribers (one read token, as the
  // viewers of one dashboard): the agent's call to the gateway object, however many sockets.
  it(
    FANOUT_PATH,
    async () => {
      const w = await watched(SUBSCRIBERS, 1);
      rows.push(row(FANOUT_PATH, "busy", await fanOut(w, FANOUT_WRITES, false)));
      await close(w);
      expect(overBudget(FANOUT_PATH), `${FANOUT_PATH} over budget`).toEqual([]);
    },
    120_000,
  );

  // Issue 22: one downlink, queued by REST, sent by the device's alarm to a network server (a
  // stand-in), marked sent by the server's status webhook; per downlink, busy (a warm isolate).
  it(
    DOWNLINK_PATH,
    async () => {
      const { e, outbound } = await measureDownlinks(DEVICES);
      rows.push(row(DOWNLINK_PATH, "busy", e));
      console.log(`${DOWNLINK_PATH}: ${outbound.toFixed(2)} outbound requests (subrequests) per downlink`);
      expect(outbound).toBe(1);
      expect(overBudget(DOWNLINK_PATH), `${DOWNLINK_PATH} over budget`).toEqual([]);
    },
    300_000,
  );

  // Issue 23: a 24-hour series query (the dashboard's Day chart) on a device with 5-minute history:
  // rows read in proportion to the day, never the journal.
  it(
    SERIES_PATH,
    async () => {
      const e = await measureSeries(Math.min(DEVICES, 4), 40);
      rows.push(row(SERIES_PATH, "busy", e));
      expect(overBudget(SERIES_PATH), `${SERIES_PATH} over budget`).toEqual([]);
    },
    300_000,
  );

  for (const path of PATHS)
    it(
      path.name,
      async () => {
        const s = await busySetup(path);
        rows.push(row(path.name, "busy", await runBusy(path, s)));
        rows.push(row(path.name, "sparse", await runSparse(path, s)));
        expect(overBudget(path.name), `${path.name} over budget`).toEqual([]);
      },
      300_000,
    );
});
