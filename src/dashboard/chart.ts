// Browser JS of the dashboard (a string, part of /dashboard.js): the device page's history charts
// as pure geometry (issue 23), no DOM — points of the series API in, coordinates and labels out —
// so test/dashboard/chart.test.ts checks it against hand-computed numbers and history-ui.ts only
// turns the result into SVG elements. Ranges and their buckets: at most ~170 points per chart.
// Kept free of backticks and dollar-brace: the code is a String.raw template.
export const CHART_JS = String.raw`
/**
 * The history ranges: the chart's bucket keeps it at most ~170 points; the track's finer bucket
 * keeps the fixes themselves at a device's usual rate (one every few minutes); band: whether the
 * min–max band is drawn (coarse buckets, where one holds many readings).
 */
const HISTORY_RANGES = [
  { key: "1h", label: "Hour", span: 3600000, bucket: "1m", track: "5s", band: false },
  { key: "1d", label: "Day", span: 86400000, bucket: "10m", track: "1m", band: true },
  { key: "1w", label: "Week", span: 604800000, bucket: "1h", track: "10m", band: true },
  { key: "1M", label: "Month", span: 2592000000, bucket: "6h", track: "1h", band: true },
];
const BUCKET_UNIT_MS = { s: 1000, m: 60000, h: 3600000, d: 86400000 };
const TIME_STEPS = [60000, 300000, 600000, 900000, 1800000, 3600000, 7200000, 10800000, 21600000, 43200000, 86400000, 172800000, 604800000];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const CHART_PAD = { right: 8, top: 8, bottom: 18 };

/** "10m" → 600000; anything else → null. */
function bucketMs(text) {
  const m = /^(\d{1,6})([smhd])$/.exec(String(text));
  return m ? Number(m[1]) * BUCKET_UNIT_MS[m[2]] : null;
}

/** The value a point stands for: the bucket's average, or a raw point's v. */
function pointValue(p) {
  if (typeof p.avg === "number") return p.avg;
  return typeof p.v === "number" ? p.v : null;
}

/** 1, 2 or 5 times a power of ten, near range / count. */
function niceStep(range, count) {
  const raw = range / Math.max(1, count);
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

/** The value axis: lo..hi widened to whole steps, with the ticks (no float noise in them). */
function valueTicks(lo, hi, count) {
  if (hi === lo) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, count);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const round = (v) => Number(v.toFixed(decimals));
  const start = Math.floor(lo / step + 1e-9);
  const end = Math.ceil(hi / step - 1e-9);
  const ticks = [];
  for (let k = start; k <= end; k += 1) ticks.push(round(k * step));
  return { lo: round(start * step), hi: round(end * step), ticks };
}

const pad2 = (n) => (n < 10 ? "0" : "") + n;

/** Time ticks at about count whole local times in from..to: "14:30", or "3 Mar" a day or more apart. */
function timeTicks(from, to, count) {
  const step = TIME_STEPS.find((s) => s >= (to - from) / count) || TIME_STEPS[TIME_STEPS.length - 1];
  const day = new Date(from);
  day.setHours(0, 0, 0, 0);
  let t = day.getTime();
  // Whole weeks start on a Monday.
  if (step === 604800000) t -= ((day.getDay() + 6) % 7) * 86400000;
  const ticks = [];
  for (; t <= to; t += step) {
    if (t < from) continue;
    const d = new Date(t);
    const label = step < 86400000 ? pad2(d.getHours()) + ":" + pad2(d.getMinutes()) : d.getDate() + " " + MONTHS[d.getMonth()];
    ticks.push({ t, label });
  }
  return ticks;
}

const r1 = (v) => Math.round(v * 10) / 10;

/**
 * A chart's geometry. points: the series API's, oldest first ({t, n, min, max, avg, …} or raw {t, v});
 * o: {from, to, width, height, bucket (ms), band (draw min–max), format(value) → label}. Answers the
 * plot box, each point's x/y, the avg line and the band as SVG path data (a gap longer than five
 * buckets or a twentieth of the range breaks them), dots (isolated points; all when few) and ticks.
 */
function chartModel(points, o) {
  const format = o.format || String;
  const pts = points.filter((p) => typeof p.t === "number" && pointValue(p) !== null);
  const lowOf = (p) => (o.band && typeof p.min === "number" ? p.min : pointValue(p));
  const highOf = (p) => (o.band && typeof p.max === "number" ? p.max : pointValue(p));
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of pts) {
    lo = Math.min(lo, lowOf(p));
    hi = Math.max(hi, highOf(p));
  }
  if (!pts.length) {
    lo = 0;
    hi = 1;
  }
  const axis = valueTicks(lo, hi, o.height < 130 ? 3 : 4);
  const labels = axis.ticks.map((v) => format(v));
  const left = 6 + 6.2 * Math.max(...labels.map((l) => l.length));
  const plot = { left: r1(left), right: o.width - CHART_PAD.right, top: CHART_PAD.top, bottom: o.height - CHART_PAD.bottom };
  const span = Math.max(1, o.to - o.from);
  const x = (t) => r1(plot.left + ((t - o.from) / span) * (plot.right - plot.left));
  const y = (v) => r1(plot.bottom - ((v - axis.lo) / (axis.hi - axis.lo)) * (plot.bottom - plot.top));
  const gap = Math.max(5 * (o.bucket || 0), span / 20);
  const segments = [];
  pts.forEach((p, i) => {
    if (i === 0 || p.t - pts[i - 1].t > gap) segments.push([]);
    segments[segments.length - 1].push(i);
  });
  const xs = pts.map((p) => x(p.t));
  const ys = pts.map((p) => y(pointValue(p)));
  const line = segments.map((seg) => seg.map((i, k) => (k ? "L" : "M") + xs[i] + "," + ys[i]).join("")).join("");
  let band = "";
  if (o.band)
    for (const seg of segments) {
      if (seg.length < 2) continue;
      const top = seg.map((i, k) => (k ? "L" : "M") + xs[i] + "," + y(highOf(pts[i])));
      const bottom = seg.slice().reverse().map((i) => "L" + xs[i] + "," + y(lowOf(pts[i])));
      band += top.join("") + bottom.join("") + "Z";
    }
  const few = pts.length <= 48;
  const dots = [];
  for (const seg of segments) for (const i of seg) if (few || seg.length === 1) dots.push({ x: xs[i], y: ys[i] });
  const xTicks = timeTicks(o.from, o.to, Math.max(2, Math.floor((plot.right - plot.left) / 90))).map((tick) => ({
    x: x(tick.t),
    label: tick.label,
  }));
  const yTicks = axis.ticks.map((v, i) => ({ y: y(v), label: labels[i] }));
  return { width: o.width, height: o.height, plot, points: pts, xs, ys, line, band, dots, xTicks, yTicks };
}

/** The index of the point nearest to x (xs ascending), or -1 when there are none. */
function nearestIndex(xs, x) {
  let best = -1;
  for (let i = 0; i < xs.length; i += 1) if (best < 0 || Math.abs(xs[i] - x) < Math.abs(xs[best] - x)) best = i;
  return best;
}

/**
 * One live reading folded into a bucketed series as the API would have counted it: into the last
 * bucket when it falls there, else as a new bucket after it (older readings are left out).
 */
function foldSample(points, t, v, bucket) {
  const start = Math.floor(t / bucket) * bucket;
  const last = points[points.length - 1];
  if (last && last.t === start) {
    const n = (last.n || 1) + 1;
    const avg = typeof last.avg === "number" ? last.avg + (v - last.avg) / n : v;
    points[points.length - 1] = {
      ...last,
      n,
      min: Math.min(typeof last.min === "number" ? last.min : v, v),
      max: Math.max(typeof last.max === "number" ? last.max : v, v),
      avg,
      last: v,
    };
  } else if (!last || start > last.t) points.push({ t: start, n: 1, min: v, max: v, avg: v, first: v, last: v });
  return points;
}

/** Positions from two bucketed series (lat and lon), paired by bucket; out-of-range pairs dropped. */
function joinTrack(latPoints, lonPoints) {
  const lats = new Map();
  for (const p of latPoints) if (pointValue(p) !== null) lats.set(p.t, pointValue(p));
  const fixes = [];
  for (const p of lonPoints) {
    const lat = lats.get(p.t);
    const lon = pointValue(p);
    if (lat === undefined || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    fixes.push({ t: p.t, lat, lon });
  }
  return fixes;
}

/**
 * A track's geometry: fixes ({t, lat, lon}, oldest first) fitted into width × height less pad,
 * north up, east right, longitude scaled by the cosine of the mean latitude so shapes keep their
 * proportions, centred. Answers the polyline's points, start and end, and how many metres the drawn
 * width spans (null for a single spot).
 */
function trackModel(fixes, o) {
  const pad = o.pad === undefined ? 12 : o.pad;
  if (!fixes.length) return { points: "", start: null, end: null, count: 0, acrossM: null };
  const meanLat = fixes.reduce((sum, f) => sum + f.lat, 0) / fixes.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const px = fixes.map((f) => f.lon * k);
  const py = fixes.map((f) => -f.lat);
  const minX = Math.min(...px);
  const minY = Math.min(...py);
  const dx = Math.max(...px) - minX;
  const dy = Math.max(...py) - minY;
  const w = o.width - 2 * pad;
  const hgt = o.height - 2 * pad;
  const scale = dx === 0 && dy === 0 ? null : Math.min(dx ? w / dx : Infinity, dy ? hgt / dy : Infinity);
  const offX = pad + (w - (scale === null ? 0 : dx * scale)) / 2;
  const offY = pad + (hgt - (scale === null ? 0 : dy * scale)) / 2;
  const at = (i) => ({ x: r1(offX + (px[i] - minX) * (scale || 0)), y: r1(offY + (py[i] - minY) * (scale || 0)) });
  const xy = fixes.map((_, i) => at(i));
  return {
    points: xy.map((p) => p.x + "," + p.y).join(" "),
    start: xy[0],
    end: xy[xy.length - 1],
    count: fixes.length,
    acrossM: scale === null ? null : Math.round((w / scale) * 111320),
  };
}
`;
