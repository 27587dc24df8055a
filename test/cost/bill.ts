// The monthly bill (`npm run cost -- --bill`): 10,000 devices reporting every 5 minutes through one
// integration install, with the demo processor (tracker_processor) on each and 50 dashboard viewers,
// priced line by line from the fleet regime's measured per-event counts, next to AWS IoT Core's
// bill for the same job.
import { REPORTS_PER_DAY, REPORTS_PER_MONTH } from "./fleet-regime.ts";
import { bill, dollars, KINDS, lineDollars, PRICES, STORAGE_GB_MONTH, type PerEvent } from "./prices.ts";
import { fmt } from "./table.ts";

export const FLEET = 10_000;
export const EVENTS_PER_MONTH = FLEET * REPORTS_PER_MONTH;
/** Events per second the install's object sees at the fleet's aggregate rate. */
export const AGGREGATE_RATE = FLEET / (86_400 / REPORTS_PER_DAY);
export const TARGET_USD = 300;

/**
 * The dashboard viewers: VIEWERS sockets over CREDENTIALS read tokens; each watches a page of
 * devices (tag_values and doover_connection: 2 subscriptions each), as many as a connection may
 * hold (MAX_SUBSCRIPTIONS = 100 in src/gateway/limits.ts), no two pages alike: so this share of
 * the devices is watched, each by one credential, and the rest by none.
 */
export const VIEWERS = 50;
export const CREDENTIALS = 3;
export const DEVICES_PER_VIEWER = 50;
export const WATCHED_SHARE = Math.min(1, (VIEWERS * DEVICES_PER_VIEWER) / FLEET);

/** AWS IoT Core and Lambda list prices used (USD). */
export const AWS = {
  messaging_per_m: 1.0, // per million messages (each up to 5 KB)
  shadow_per_m: 1.25, // per million Device Shadow operations
  rules_per_m: 0.15, // per million rules triggered
  actions_per_m: 0.15, // per million actions
  connectivity_per_m_min: 0.08, // per million connection-minutes (MQTT devices only)
  lambda_per_m: 0.2, // per million Lambda requests
  lambda_gb_s: 0.0000166667, // per GB-s
  lambda_ms: 50, // the write-back function's run time (128 MB)
} as const;

function awsLines(): [string, number][] {
  const m = EVENTS_PER_MONTH / 1e6;
  return [
    ["messages in (1 per report)", m * AWS.messaging_per_m],
    ["Device Shadow update (1 per report)", m * AWS.shadow_per_m],
    ["rule triggered + action (1 each per report)", m * (AWS.rules_per_m + AWS.actions_per_m)],
    ["= ingest + shadow + rule", m * (AWS.messaging_per_m + AWS.shadow_per_m + AWS.rules_per_m + AWS.actions_per_m)],
    ["Lambda writing back: requests", m * AWS.lambda_per_m],
    ["Lambda writing back: duration (128 MB, 50 ms)", m * 1e6 * 0.125 * (AWS.lambda_ms / 1000) * AWS.lambda_gb_s],
    ["Lambda writing back: its Device Shadow update", m * AWS.shadow_per_m],
  ];
}

export function awsTotals(): { ingest: number; withLambda: number; connectivity: number } {
  const l = awsLines();
  const ingest = l[3]?.[1] ?? 0;
  const withLambda = ingest + (l[4]?.[1] ?? 0) + (l[5]?.[1] ?? 0) + (l[6]?.[1] ?? 0);
  const connectivity = ((FLEET * 30 * 24 * 60) / 1e6) * AWS.connectivity_per_m_min;
  return { ingest, withLambda, connectivity };
}

/** The bill, as printed. */
/**
 * The bill from `e`, per event: the processor path in the fleet regime with the viewers watching,
 * the install's object at the fleet's aggregate rate, device alarms and storage at 5-minute reports.
 */
export function monthlyBill(e: PerEvent): { text: string; total: number } {
  const m = EVENTS_PER_MONTH / 1e6;
  const rows: [string, string, number][] = [];
  const lines = Object.entries(e.lines).sort(([, a], [, b]) => lineDollars(b) - lineDollars(a));
  for (const [line, o] of lines) {
    const usd = lineDollars(o) * m;
    if (usd < 0.005) continue;
    const what = [
      o.calls ? `${fmt(o.calls * m, 1)} M requests` : "",
      o.rows_written + o.alarm_sets ? `${fmt((o.rows_written + o.alarm_sets) * m, 1)} M rows written` : "",
      o.rows_read ? `${fmt(o.rows_read * m, 0)} M rows read` : "",
      o.kv_reads ? `${fmt(o.kv_reads * m, 1)} M KV reads` : "",
      o.kv_writes + o.kv_lists + o.kv_deletes
        ? `${fmt((o.kv_writes + o.kv_lists + o.kv_deletes) * m, 1)} M KV writes/lists`
        : "",
      o.queue_sends ? `${fmt(o.queue_sends * m, 1)} M queue sends` : "",
    ]
      .filter(Boolean)
      .join(", ");
    rows.push([line, what, usd]);
  }
  const sends = Object.values(e.lines).reduce((a, o) => a + o.queue_sends, 0);
  rows.push([
    "queue reads + acknowledgements",
    `${fmt((e.queue_ops - sends) * m, 1)} M operations`,
    (e.queue_ops - sends) * m * PRICES.queue_ops,
  ]);
  rows.push([
    "Worker requests (ingestion, consumer batches)",
    `${fmt(e.worker_requests * m, 1)} M`,
    e.worker_requests * m * PRICES.worker_requests,
  ]);
  for (const k of KINDS)
    if (e.gb_s[k] > 0)
      rows.push([`duration: ${k} objects`, `${fmt(e.gb_s[k] * m, 2)} M GB-s`, e.gb_s[k] * m * PRICES.gb_s]);
  const storageGb = e.storage_gb_month * EVENTS_PER_MONTH;
  rows.push(["SQLite storage (devices' journals, full)", `${fmt(storageGb, 1)} GB`, storageGb * STORAGE_GB_MONTH]);
  const total = rows.reduce((a, r) => a + r[2], 0);
  const aws = awsTotals();
  const width = Math.max(...rows.map((r) => r[0].length), 48);
  const out = [
    `Monthly bill: ${FLEET.toLocaleString("en")} devices reporting every ${1440 / REPORTS_PER_DAY} minutes (${fmt(m, 1)} M events/month), demo processor on each, ${VIEWERS} dashboard viewers over ${CREDENTIALS} credentials (each watching ${DEVICES_PER_VIEWER} devices: ${fmt(WATCHED_SHARE * 100, 0)} % of the fleet watched). The install's object sees ${fmt(AGGREGATE_RATE, 1)} events/s.`,
    `From the fleet regime's measured counts per event (SPEC §2 list prices; DO duration $${PRICES.gb_s}/M GB-s at 128 MB; SQLite storage $${STORAGE_GB_MONTH}/GB-month; no free allowances deducted):`,
    "",
    ...rows.map(([l, what, usd]) => `  ${l.padEnd(width)}  ${`$${fmt(usd)}`.padStart(10)}   ${what}`),
    `  ${"edgehook total".padEnd(width)}  ${`$${fmt(total)}`.padStart(10)}   ($${fmt((total / EVENTS_PER_MONTH) * 1e6)} per million events)`,
    "",
    "AWS IoT Core for the same job (us-east-1 list prices: messaging $1.00/M messages of 5 KB, Device Shadow $1.25/M operations, Rules Engine $0.15/M rules triggered + $0.15/M actions, connectivity $0.08/M connection-minutes; Lambda $0.20/M requests + $0.0000166667/GB-s):",
    ...awsLines().map(([l, usd]) => `  ${l.padEnd(width)}  ${`$${fmt(usd)}`.padStart(10)}`),
    `  ${"= with a Lambda writing back".padEnd(width)}  ${`$${fmt(aws.withLambda)}`.padStart(10)}`,
    `  ${"(devices on MQTT would add connectivity)".padEnd(width)}  ${`$${fmt(aws.connectivity)}`.padStart(10)}`,
    "",
    `Target: edgehook ≤ $${TARGET_USD} a month: ${total <= TARGET_USD ? "HOLDS" : "MISSED"} ($${fmt(total)}; AWS IoT Core $${fmt(aws.ingest)} ingest + shadow + rule, $${fmt(aws.withLambda)} with a Lambda writing back).`,
  ];
  return { text: out.join("\n"), total };
}

/** Per-event dollars of a row, for the summary line. */
export const usdPerMillion = (e: PerEvent): number => dollars(bill(e));
