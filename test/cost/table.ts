// The tables `npm run cost` prints: one line per path and regime, and where one path's money goes.
import {
  bill,
  dollars,
  KINDS,
  lineDollars,
  PRICES,
  STORAGE_GB_MONTH,
  sum,
  totalCalls,
  type PerEvent,
} from "./prices.ts";

export type Regime = "busy" | "fleet" | "sparse";
export interface Row {
  path: string;
  regime: Regime;
  e: PerEvent;
  usd: number;
}

export const row = (path: string, regime: Regime, e: PerEvent): Row => ({ path, regime, e, usd: dollars(bill(e)) });

export const fmt = (n: number, d = 2): string => n.toFixed(d);

function layout(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/** Durable Object calls by kind: device / install agent / registry / invocation log / alarms / gateway (+ other). */
const calls = (e: PerEvent): string => {
  const c = e.do_calls;
  const other = c.other > 0.005 ? ` +${fmt(c.other)} other` : "";
  return `${fmt(totalCalls(e))} (${[c.device, c.install_agent, c.registry, c.log, c.alarm, c.gateway].map((n) => fmt(n)).join("/")})${other}`;
};

export function table(rows: Row[]): string {
  const head = [
    "path",
    "regime",
    "DO calls (dev/inst/reg/log/alarm/gw)",
    "rows w",
    "rows r",
    "KV r/w",
    "queue ops",
    "DO ms",
    "$/M events",
  ];
  const body = rows.map((r) => {
    const b = bill(r.e);
    const ms = (sum(r.e.gb_s) / 0.128) * 1000;
    const storage = b.storage ? ` + storage ${fmt(b.storage)}` : "";
    return [
      r.path,
      r.regime,
      calls(r.e),
      fmt(r.e.rows_written),
      fmt(r.e.rows_read, 1),
      `${fmt(r.e.kv_reads)}/${fmt(r.e.kv_writes + r.e.kv_lists + r.e.kv_deletes)}`,
      fmt(r.e.queue_ops),
      fmt(ms, 1),
      `${fmt(r.usd)}  [req ${fmt(b.worker_requests)} + DO ${fmt(b.do_calls)} + dur ${fmt(b.duration ?? 0)} + rows ${fmt((b.rows_written ?? 0) + (b.rows_read ?? 0))} + KV ${fmt(b.kv ?? 0)} + queue ${fmt(b.queue ?? 0)}${storage}]`,
    ];
  });
  return layout(head, body);
}

/** Where one row's money goes: each object's invocations, its active time, storage, the rest. */
export function lines(r: Row): string {
  const e = r.e;
  const body: string[][] = [];
  const entries = Object.entries(e.lines).sort(([, a], [, b]) => lineDollars(b) - lineDollars(a));
  for (const [line, o] of entries) {
    const usd = lineDollars(o);
    if (usd < 0.005 && o.calls === 0) continue;
    body.push([
      line,
      fmt(o.calls),
      fmt(o.rows_written + o.alarm_sets),
      fmt(o.rows_read, 1),
      `${fmt(o.kv_reads)}/${fmt(o.kv_writes + o.kv_lists + o.kv_deletes)}`,
      fmt(o.queue_sends),
      fmt(usd),
    ]);
  }
  body.push([
    "queue reads + acknowledgements",
    "",
    "",
    "",
    "",
    fmt(e.queue_ops - sumSends(e)),
    fmt((e.queue_ops - sumSends(e)) * PRICES.queue_ops),
  ]);
  body.push([
    "Worker requests",
    fmt(e.worker_requests),
    "",
    "",
    "",
    "",
    fmt(e.worker_requests * PRICES.worker_requests),
  ]);
  for (const k of KINDS)
    if (e.gb_s[k] > 0)
      body.push([
        `duration: ${k} (${fmt((e.gb_s[k] / 0.128) * 1000, 1)} ms active)`,
        "",
        "",
        "",
        "",
        "",
        fmt(e.gb_s[k] * PRICES.gb_s, 3),
      ]);
  if (e.storage_gb_month > 0)
    body.push([
      "SQLite storage (device's full journal, per event)",
      "",
      "",
      "",
      "",
      "",
      fmt(e.storage_gb_month * STORAGE_GB_MONTH * 1e6, 3),
    ]);
  body.push(["total", "", "", "", "", "", fmt(r.usd)]);
  return `${r.path}, ${r.regime}, line by line (per event; USD per million events):\n${layout(["line", "DO calls", "rows w", "rows r", "KV r/w", "q sends", "$/M"], body)}`;
}

const sumSends = (e: PerEvent): number => Object.values(e.lines).reduce((a, o) => a + o.queue_sends, 0);
