// Per-event budgets `npm run cost` enforces (issues 7, 18): a path over its budget fails the run.
// Dollar budgets are the whole bill per million events: Durable Object duration included, and in
// the fleet regime each event's share of its device's connection alarms and storage.
import { pathCalls, totalCalls, type PerEvent } from "./prices.ts";

export interface Budget {
  path: string;
  regime: "busy" | "fleet" | "sparse";
  /** Returns what is over budget (empty when within it). */
  check(e: PerEvent, usd: number): string[];
}

const over = (what: string, value: number, max: number): string[] =>
  value > max + 1e-9 ? [`${what} ${value.toFixed(3)} > ${max}`] : [];

const shared = (e: PerEvent): number => e.do_calls.install_agent + e.do_calls.registry + e.do_calls.other;

/** Issue 18: AWS IoT Core's ingest + Device Shadow + rule for the same event (≈ $2.55 per million). */
const FLEET_ROUTED_USD = 2.55;
/** Issue 18: below AWS IoT Core with a Lambda writing back (≈ $4.10 per million). */
const FLEET_PROCESSOR_USD = 3.4;

/**
 * The routed uplink's budget: one call on the request path (the device's), its row plus a share of
 * a checkpoint, and the whole bill (the invocation log's batched calls included).
 */
const routed = (e: PerEvent, usd: number): string[] => [
  ...over("DO calls", pathCalls(e), 1.05),
  ...over("rows written", e.rows_written, 1.2),
  ...over("$/M events", usd, 1.75),
];

export const BUDGETS: Budget[] = [
  { path: "routed uplink (sync)", regime: "busy", check: routed },
  { path: "mini-token uplink", regime: "busy", check: routed },
  { path: "ChirpStack protobuf uplink", regime: "busy", check: routed },
  {
    path: "routed uplink, sender event id",
    regime: "busy",
    check: (e) => [...over("DO calls", pathCalls(e), 1.05), ...over("rows written", e.rows_written, 2)],
  },
  // The queue adds its three operations per message; the device's side stays the routed budget.
  {
    path: "routed uplink, ?wait=false",
    regime: "busy",
    check: (e) => [...over("device calls", e.do_calls.device, 1), ...over("rows written", e.rows_written, 1.2)],
  },
  // Registry-cold (every event meets an isolate with nothing cached): at most one call to an
  // object shared by the integration or the deployment (the install agent, the registry) while
  // the event is answered. The log's call after the answer is priced, not counted here.
  { path: "routed uplink (sync)", regime: "sparse", check: (e) => over("calls to shared objects", shared(e), 1) },
  { path: "mini-token uplink", regime: "sparse", check: (e) => over("calls to shared objects", shared(e), 1) },
  { path: "ChirpStack protobuf uplink", regime: "sparse", check: (e) => over("calls to shared objects", shared(e), 1) },
  // Issue 9: uplink → queue → processor → write-back, all of it (alarms, queue operations, the
  // batch's tag read and commit): ≤ 2 DO calls and ≤ $3.00 per million events, amortised.
  {
    path: "uplink → processor → UI/tag write",
    regime: "busy",
    check: (e, usd) => [...over("DO calls", totalCalls(e), 2), ...over("$/M events", usd, 3)],
  },
  // Issue 22: one downlink queued by REST, sent by the device's alarm to a network server and
  // marked sent by its status webhook, measured 4.25 calls (the POST's, the alarm's, the webhook's,
  // the sender's install read from the registry, a share of the log's), 8 rows written, $9.27 per
  // million downlinks: the budget a little above.
  {
    path: "downlink: POST, send to TTS, downlink_sent",
    regime: "busy",
    check: (e, usd) => [
      ...over("DO calls", totalCalls(e), 4.5),
      ...over("rows written", e.rows_written, 8.5),
      ...over("$/M downlinks", usd, 10),
    ],
  },
  // Issue 23: a 24-hour series at 5-minute data reads the day's 288 rows and a few more (measured
  // 296), whatever history the journal holds: one Worker request, the device's call, and the
  // agent's record from the registry the first time an isolate looks it up (0.1 over 40 queries of
  // 4 devices); $0.76 per million queries.
  {
    path: "series: 24 h of 5-minute data, hourly buckets",
    regime: "busy",
    check: (e) => [...over("DO calls", totalCalls(e), 1.15), ...over("rows read", e.rows_read, 2 * 288)],
  },
  // Issue 10: the write's own call and one to the gateway object holding the 1,000 sockets (the
  // sockets themselves cost no request: outgoing WebSocket messages are not billed).
  {
    path: "one write fanned out to 1,000 subscribers",
    regime: "busy",
    check: (e) => [...over("DO calls", totalCalls(e), 2.05), ...over("rows written", e.rows_written, 1.05)],
  },
  // Issue 18, the fleet regime (devices reporting every few minutes: each event meets evicted
  // objects holding full journals, isolates with expired caches, a throttle at its default), for a
  // fleet: its reports keep the install's object busy (~33/s at 10,000 devices), so its invocation
  // log is written once per period, not per report. The rows with an idle install object (a few
  // devices now and then: one log row per report) are priced in the table, not budgeted.
  {
    path: "routed uplink (sync), install at fleet rate",
    regime: "fleet",
    check: (_, usd) => over("$/M events", usd, FLEET_ROUTED_USD),
  },
  {
    path: "uplink → processor → UI/tag write, install at fleet rate",
    regime: "fleet",
    check: (_, usd) => over("$/M events", usd, FLEET_PROCESSOR_USD),
  },
  // Before this design: 1 call, 1 row. Unchanged or better.
  {
    path: "REST aggregate PATCH",
    regime: "busy",
    check: (e) => [...over("DO calls", pathCalls(e), 1.05), ...over("rows written", e.rows_written, 1)],
  },
];
