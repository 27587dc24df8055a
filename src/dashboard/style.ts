// The dashboard's stylesheet (`GET /dashboard.css`): system fonts, light and dark, one column on a
// phone (no horizontal scroll at 375 px), cards side by side where there is room.
export const STYLE = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --fg: #1b1f24; --muted: #5b6470; --card: #fff; --line: #d9dde3;
  --accent: #2563eb; --ok: #15803d; --bad: #b91c1c; --warn-bg: #fff4d6; --warn-fg: #7a4b00;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #111418; --fg: #e6e9ed; --muted: #9aa4b1; --card: #1a1e24; --line: #2c323a;
    --accent: #60a5fa; --ok: #4ade80; --bad: #f87171; --warn-bg: #3a2c05; --warn-fg: #fcd34d;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); overflow-wrap: anywhere; }
a { color: var(--accent); }
h1 { font-size: 1.4rem; margin: 0.2rem 0 0.6rem; }
h2 { font-size: 1.05rem; margin: 0 0 0.6rem; }
h3 { font-size: 0.95rem; margin: 0.8rem 0 0.4rem; color: var(--muted); }
.muted { color: var(--muted); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }

.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.75rem; padding: 0.5rem 1rem;
  background: var(--card); border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; text-decoration: none; color: var(--fg); }
.spacer { flex: 1; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem; }
main:focus { outline: none; }

.badge { display: inline-block; padding: 0.1rem 0.55rem; border-radius: 999px; font-size: 0.85rem;
  border: 1px solid var(--line); color: var(--muted); white-space: nowrap; }
.badge[data-tone="ok"] { color: var(--ok); border-color: currentColor; }
.badge[data-tone="bad"] { color: var(--bad); border-color: currentColor; }
.badge[data-tone="info"] { color: var(--accent); border-color: currentColor; }
.badge[data-tone="warn"] { color: var(--warn-fg); background: var(--warn-bg); border-color: currentColor; }
.notice { margin: 0.5rem 0; }
.notice:empty { display: none; }
.notice[data-tone="bad"] { color: var(--bad); }
.flash { max-width: 1100px; margin: 0.5rem auto; padding: 0 1rem; color: var(--bad); }
[hidden] { display: none !important; }

button { font: inherit; padding: 0.45rem 0.9rem; border-radius: 6px; border: 1px solid var(--accent);
  background: var(--accent); color: #fff; cursor: pointer; }
button.quiet { background: transparent; color: var(--accent); padding: 0.25rem 0.6rem; }
button:disabled { opacity: 0.6; cursor: progress; }
button:disabled[data-reason] { cursor: not-allowed; }
button.action { background: var(--action, var(--accent)); border-color: var(--action, var(--accent)); }

.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem; min-width: 0; }
.grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr)); }
.login { max-width: 28rem; margin: 2rem auto; display: grid; gap: 0.5rem; }
.login input { font: inherit; padding: 0.5rem; border: 1px solid var(--line); border-radius: 6px; width: 100%;
  background: var(--bg); color: var(--fg); }

.devices { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
.device-row { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.4rem 1rem;
  padding: 0.75rem 1rem; background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  color: inherit; text-decoration: none; }
.device-row:hover { border-color: var(--accent); }
.who { display: flex; flex-direction: column; min-width: 0; }
.state { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.device-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.4rem 1rem; }
.device-head h1 { margin: 0; }
.back { margin: 0 0 0.5rem; }

.values { display: grid; gap: 0.35rem; margin: 0; }
.value-row { display: grid; grid-template-columns: minmax(6rem, 1fr) minmax(0, auto); gap: 0.5rem; align-items: center;
  padding: 0.3rem 0; border-bottom: 1px solid var(--line); border-left: 4px solid var(--band, transparent);
  padding-left: 0.5rem; }
.value-row dt { color: var(--muted); }
.value-row dd { margin: 0; text-align: right; display: flex; flex-wrap: wrap; justify-content: flex-end;
  align-items: center; gap: 0.4rem; min-width: 0; }
.value-row.wide { grid-template-columns: minmax(0, 1fr); }
.value-row.wide dd { justify-content: flex-start; text-align: left; }
.value-row code { font-size: 0.8rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.value { font-variant-numeric: tabular-nums; font-weight: 600; }
.band { font-size: 0.8rem; color: var(--band); }
.gauge { flex-basis: 100%; height: 4px; background: var(--line); border-radius: 2px; overflow: hidden; }
.fill { display: block; height: 100%; width: 0; background: var(--band, var(--accent)); }
.warning { background: var(--warn-bg); color: var(--warn-fg); border-radius: 6px; padding: 0.5rem 0.75rem;
  margin: 0 0 0.5rem; font-weight: 600; }
.warning::before { content: "\\26A0\\FE0E  "; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.75rem; }
.submodule { margin-top: 0.5rem; }
.submodule summary { cursor: pointer; font-weight: 600; }

.messages { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
.messages .meta { font-size: 0.85rem; }
.messages pre { margin: 0.2rem 0 0; padding: 0.5rem; background: var(--bg); border-radius: 6px; font-size: 0.8rem;
  white-space: pre-wrap; overflow-wrap: anywhere; max-height: 12rem; overflow-y: auto; }

.messages .summary { margin: 0.15rem 0 0; }
.messages details.raw summary { cursor: pointer; font-size: 0.8rem; color: var(--muted); }
.author { font-weight: 600; }
.card-head { display: flex; align-items: baseline; justify-content: space-between; gap: 0.5rem; }
.toggle { font-size: 0.85rem; color: var(--muted); display: inline-flex; gap: 0.3rem; align-items: center; }
pre.raw { margin: 0; padding: 0.5rem; background: var(--bg); border-radius: 6px; font-size: 0.8rem;
  white-space: pre-wrap; overflow-wrap: anywhere; max-height: 20rem; overflow-y: auto; }
.hint { margin: 0 0 0.5rem; font-size: 0.85rem; color: var(--muted); border-left: 3px solid var(--line); padding-left: 0.5rem; }
dl.nested { margin: 0; width: 100%; display: grid; gap: 0.1rem; }
dl.nested .value-row { border-bottom: none; padding: 0.05rem 0 0.05rem 0.5rem; font-size: 0.9rem; }
.value-row.wide > dd { width: 100%; }
.num { font-variant-numeric: tabular-nums; }
.filters { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0 0 0.75rem; }
.filters input, .filters select { font: inherit; padding: 0.4rem 0.5rem; border: 1px solid var(--line); border-radius: 6px;
  background: var(--card); color: var(--fg); }
.filters input { flex: 1 1 12rem; min-width: 0; }

.downlink-send summary { cursor: pointer; font-weight: 600; }
.downlink-fields { border: 0; margin: 0.4rem 0 0; padding: 0; display: flex; flex-wrap: wrap; align-items: end; gap: 0.5rem; }
.field { display: grid; gap: 0.15rem; font-size: 0.85rem; color: var(--muted); }
.field.wide { flex: 1 1 100%; }
.downlink-fields input[type="text"], .downlink-fields select, .downlink-fields textarea { font: inherit; color: var(--fg);
  padding: 0.35rem 0.45rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); }
.downlink-fields input[type="text"] { width: 4.5rem; }
.downlink-fields textarea { width: 100%; font-family: ui-monospace, monospace; resize: vertical; }
.downlink-fields [aria-invalid="true"] { border-color: var(--bad); }
.downlink-fields .toggle { padding-bottom: 0.4rem; }
.downlinks { list-style: none; margin: 0.6rem 0 0; padding: 0; display: grid; gap: 0.4rem; }
.downlinks li { display: flex; flex-wrap: wrap; align-items: center; gap: 0.2rem 0.5rem; padding-bottom: 0.4rem;
  border-bottom: 1px solid var(--line); }
.downlinks .facts { flex: 1; min-width: 0; font-size: 0.9rem; }
.downlinks .meta, .downlinks .error { flex-basis: 100%; margin: 0; font-size: 0.8rem; }
.downlinks .error { color: var(--bad); }

.history-card { margin-top: 1rem; }
.history-card .card-head { flex-wrap: wrap; }
.ranges { display: inline-flex; flex-wrap: wrap; gap: 0.25rem; }
.ranges button { font-size: 0.85rem; }
.ranges button[aria-pressed="true"] { background: var(--accent); color: #fff; }
.charts { display: grid; gap: 0.75rem 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr)); }
.chart, .track { margin: 0; min-width: 0; }
.chart figcaption, .track figcaption { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 0.5rem;
  font-size: 0.9rem; }
.chart .latest { font-weight: 600; }
.chart-box { height: 150px; }
.chart svg, .track svg { display: block; width: 100%; height: 100%; overflow: visible; touch-action: pan-y; }
.chart .axis text, .chart .empty, .track .north { font-size: 10px; fill: var(--muted); }
.chart .grid line { stroke: var(--line); stroke-dasharray: 2 3; }
.chart .baseline { stroke: var(--line); }
.chart .line { fill: none; stroke: var(--accent); stroke-width: 1.6; stroke-linejoin: round; }
.chart .band { fill: var(--accent); opacity: 0.18; }
.chart .dot { fill: var(--accent); }
.chart .guide { stroke: var(--muted); stroke-dasharray: 3 2; }
.chart .mark { fill: var(--card); stroke: var(--accent); stroke-width: 2; }
.readout { margin: 0.1rem 0 0; min-height: 1.3em; font-size: 0.8rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.track { margin-top: 0.75rem; }
.track-box { height: 260px; }
.track .track-bg { fill: var(--bg); stroke: var(--line); }
.track .track-line { fill: none; stroke: var(--accent); stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
.track .track-start { fill: var(--ok); stroke: var(--card); stroke-width: 1.5; }
.track .track-end { fill: var(--bad); stroke: var(--card); stroke-width: 1.5; }
.track svg.tiled { overflow: hidden; border-radius: 6px; }
.track .track-casing { fill: none; stroke: #fff; stroke-width: 5; stroke-linejoin: round; stroke-linecap: round; opacity: 0.85; }
.track svg.tiled .north { fill: #333; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.track-attribution { margin: 0.15rem 0 0; font-size: 0.75rem; text-align: right; }

@media (max-width: 600px) {
  :root { font-size: 14px; }
  main { padding: 0.5rem; }
  .bar { padding: 0.4rem 0.5rem; }
  .card { padding: 0.6rem 0.7rem; border-radius: 8px; }
  .grid { gap: 0.5rem; }
  h1 { font-size: 1.2rem; }
  h3 { margin: 0.4rem 0 0.2rem; }
  .values { gap: 0.1rem; }
  .value-row { padding: 0.15rem 0 0.15rem 0.4rem; grid-template-columns: minmax(5rem, 1fr) minmax(0, auto); }
  .actions { margin-top: 0.4rem; }
  .messages { gap: 0.3rem; }
  .messages li:nth-child(n+6) { display: none; }
  .messages .summary { font-size: 0.9rem; line-height: 1.3; }
  .messages li { display: grid; grid-template-columns: 1fr auto; column-gap: 0.5rem; }
  .messages .summary { grid-column: 1 / -1; grid-row: 2; }
  .messages details.raw { grid-column: 2; grid-row: 1; }
  .messages details.raw[open] { grid-column: 1 / -1; grid-row: 3; }
  .device-row { padding: 0.5rem 0.7rem; }
  .downlinks li:nth-child(n+6) { display: none; }
  .history-card { margin-top: 0.5rem; }
  .charts { gap: 0.5rem; }
  .chart-box { height: 110px; }
  .track-box { height: 200px; }
  .ranges button { padding: 0.2rem 0.5rem; }
}
`;
