// The history charts' geometry (src/dashboard/chart.ts, issue 23): the browser code is a string, so
// it is evaluated here as the page evaluates it, and checked against hand-computed numbers. Times
// are labelled in the runtime's zone: UTC in workerd. Drawing it in Chromium: scripts/browser-test.mjs.
import { describe, expect, it } from "vitest";
import { CHART_JS } from "../../src/dashboard/chart.ts";

const NAMES = [
  "HISTORY_RANGES",
  "bucketMs",
  "valueTicks",
  "chartModel",
  "nearestIndex",
  "foldSample",
  "joinTrack",
  "trackModel",
] as const;
// oxlint-disable-next-line typescript/no-explicit-any -- browser code without types
type Fn = (...args: any[]) => any;
const chart = new Function(`${CHART_JS}\nreturn { ${NAMES.join(", ")} };`)() as Record<(typeof NAMES)[number], Fn> & {
  HISTORY_RANGES: { key: string; span: number; bucket: string; track: string; band: boolean }[];
};

describe("history ranges and buckets", () => {
  it("parses buckets as the API takes them (<n>s|m|h|d)", () => {
    expect(chart.bucketMs("1s")).toBe(1000);
    expect(chart.bucketMs("10m")).toBe(600_000);
    expect(chart.bucketMs("6h")).toBe(21_600_000);
    expect(chart.bucketMs("2d")).toBe(172_800_000);
    expect(chart.bucketMs("0.5m")).toBeNull();
    expect(chart.bucketMs("10x")).toBeNull();
  });

  it("keeps every range's chart at 200 points or fewer, and its track's fixes at most 1,440", () => {
    const table = chart.HISTORY_RANGES.map((r) => [r.key, r.bucket, r.span / chart.bucketMs(r.bucket), r.band]);
    expect(table).toEqual([
      ["1h", "1m", 60, false],
      ["1d", "10m", 144, true],
      ["1w", "1h", 168, true],
      ["1M", "6h", 120, true],
    ]);
    for (const r of chart.HISTORY_RANGES) expect(r.span / chart.bucketMs(r.track)).toBeLessThanOrEqual(1440);
  });
});

describe("chart geometry", () => {
  it("value ticks: whole steps of 1, 2 or 5, with no float noise", () => {
    expect(chart.valueTicks(40, 61, 4)).toEqual({ lo: 40, hi: 70, ticks: [40, 50, 60, 70] });
    expect(chart.valueTicks(0.1, 0.35, 4)).toEqual({ lo: 0.1, hi: 0.4, ticks: [0.1, 0.2, 0.3, 0.4] });
    // One value: widened by a tenth of it either side.
    expect(chart.valueTicks(61, 61, 4)).toEqual({ lo: 50, hi: 70, ticks: [50, 55, 60, 65, 70] });
    expect(chart.valueTicks(0, 0, 3).ticks).toEqual([-1, 0, 1]);
  });

  // 10 minutes in 1-minute buckets, 200 × 100 px: buckets at 0, 1 and 9 min, the last after a gap.
  const points = [
    { t: 0, n: 2, min: 40, max: 50, avg: 45, first: 40, last: 50 },
    { t: 60_000, n: 1, min: 55, max: 55, avg: 55, first: 55, last: 55 },
    { t: 540_000, n: 3, min: 40, max: 60, avg: 50, first: 60, last: 40 },
  ];
  const opts = {
    from: 0,
    to: 600_000,
    width: 200,
    height: 100,
    bucket: 60_000,
    band: true,
    format: (v: number) => `${v}%`,
  };

  it("places points, the avg line and the min–max band (hand-computed)", () => {
    const m = chart.chartModel(points, opts);
    // Labels "40%" (3 characters): left = 6 + 3 × 6.2; right = 200 − 8; top 8; bottom = 100 − 18.
    expect(m.plot).toEqual({ left: 24.6, right: 192, top: 8, bottom: 82 });
    // x = 24.6 + t / 600000 × 167.4; y = 82 − (v − 40) / 20 × 74.
    expect(m.xs).toEqual([24.6, 41.3, 175.3]);
    expect(m.ys).toEqual([63.5, 26.5, 45]);
    // 8 minutes between the 2nd and 3rd: more than 5 buckets, so the line breaks there.
    expect(m.line).toBe("M24.6,63.5L41.3,26.5M175.3,45");
    // The band: max forward, min back; a one-point segment has none.
    expect(m.band).toBe("M24.6,45L41.3,26.5L41.3,26.5L24.6,82Z");
    expect(m.dots).toEqual([
      { x: 24.6, y: 63.5 },
      { x: 41.3, y: 26.5 },
      { x: 175.3, y: 45 },
    ]);
    expect(m.yTicks).toEqual([
      { y: 82, label: "40%" },
      { y: 45, label: "50%" },
      { y: 8, label: "60%" },
    ]);
    expect(m.xTicks).toEqual([
      { x: 24.6, label: "00:00" },
      { x: 108.3, label: "00:05" },
      { x: 192, label: "00:10" },
    ]);
  });

  it("without the band the axis follows the averages; an empty series still has axes", () => {
    const m = chart.chartModel(points, { ...opts, band: false });
    expect(m.band).toBe("");
    expect(m.yTicks.map((t: { label: string }) => t.label)).toEqual(["45%", "50%", "55%"]);
    const none = chart.chartModel([], opts);
    expect([none.line, none.dots.length, none.yTicks.length > 1]).toEqual(["", 0, true]);
  });

  it("raw points ({t, v}) chart too; a point without a number is left out", () => {
    const m = chart.chartModel(
      [
        { t: 0, v: 1 },
        { t: 60_000, v: "x" },
        { t: 120_000, v: 3 },
      ],
      { ...opts, band: false },
    );
    expect(m.points.length).toBe(2);
  });

  it("day and week ticks fall on whole local times", () => {
    const day = chart.chartModel([], {
      ...opts,
      from: Date.UTC(2026, 2, 2, 13, 7),
      to: Date.UTC(2026, 2, 3, 13, 7),
      width: 400,
    });
    expect(day.xTicks.map((t: { label: string }) => t.label)).toEqual(["18:00", "00:00", "06:00", "12:00"]);
    const week = chart.chartModel([], { ...opts, from: Date.UTC(2026, 1, 1), to: Date.UTC(2026, 2, 3), width: 400 });
    // Weeks start on Mondays: 2 Feb 2026 was one.
    expect(week.xTicks.map((t: { label: string }) => t.label)).toEqual(["2 Feb", "9 Feb", "16 Feb", "23 Feb", "2 Mar"]);
  });

  it("finds the point nearest the pointer", () => {
    expect(chart.nearestIndex([10, 20, 40], 31)).toBe(2);
    expect(chart.nearestIndex([10, 20, 40], 29)).toBe(1);
    expect(chart.nearestIndex([], 5)).toBe(-1);
  });
});

describe("live readings", () => {
  it("fold into the last bucket, open a new one after it, and leave older ones out", () => {
    const pts = [{ t: 0, n: 1, min: 5, max: 5, avg: 5, first: 5, last: 5 }];
    chart.foldSample(pts, 30_000, 7, 60_000);
    expect(pts).toEqual([{ t: 0, n: 2, min: 5, max: 7, avg: 6, first: 5, last: 7 }]);
    chart.foldSample(pts, 65_000, 1, 60_000);
    expect(pts[1]).toEqual({ t: 60_000, n: 1, min: 1, max: 1, avg: 1, first: 1, last: 1 });
    chart.foldSample(pts, 10_000, 100, 60_000);
    expect(pts.length).toBe(2);
    expect(chart.foldSample([], 125_000, 4, 60_000)).toEqual([
      { t: 120_000, n: 1, min: 4, max: 4, avg: 4, first: 4, last: 4 },
    ]);
  });
});

describe("track geometry", () => {
  it("pairs lat and lon by bucket, dropping unpaired and impossible ones", () => {
    const lat = [
      { t: 0, avg: 10 },
      { t: 1, avg: 11 },
      { t: 2, avg: 95 },
    ];
    const lon = [
      { t: 0, avg: 20 },
      { t: 2, avg: 21 },
      { t: 3, avg: 22 },
    ];
    expect(chart.joinTrack(lat, lon)).toEqual([{ t: 0, lat: 10, lon: 20 }]);
  });

  // Around the equator (cos 0 = 1): 2° × 2° fitted into 100 × 100 px inside a 10 px margin.
  const fixes = [
    { t: 0, lat: -1, lon: 0 },
    { t: 1, lat: 0, lon: 2 },
    { t: 2, lat: 1, lon: 0 },
  ];

  it("fits the track, north up, start and end marked (hand-computed)", () => {
    const m = chart.trackModel(fixes, { width: 120, height: 120, pad: 10 });
    expect(m.points).toBe("10,110 110,60 10,10");
    expect([m.start, m.end, m.count]).toEqual([{ x: 10, y: 110 }, { x: 10, y: 10 }, 3]);
    // 100 px for 2° of latitude-equivalent: 2 × 111,320 m.
    expect(m.acrossM).toBe(222_640);
  });

  it("keeps proportions in a wide box (centred) and puts a single spot in the middle", () => {
    expect(chart.trackModel(fixes, { width: 220, height: 120, pad: 10 }).points).toBe("60,110 160,60 60,10");
    const one = chart.trackModel([{ t: 0, lat: 5, lon: 5 }], { width: 120, height: 120, pad: 10 });
    expect([one.points, one.acrossM]).toEqual(["60,60", null]);
    expect(chart.trackModel([], { width: 120, height: 120 }).count).toBe(0);
  });

  it("scales longitude by the cosine of the latitude: 1° east at 60° N is half a degree north", () => {
    const m = chart.trackModel(
      [
        { t: 0, lat: 60, lon: 0 },
        { t: 1, lat: 60, lon: 1 },
        { t: 2, lat: 60.5, lon: 1 },
      ],
      { width: 120, height: 120, pad: 10 },
    );
    // cos(60.1667°) ≈ 0.4975: 0.4975 east by 0.5 north, so the box is all but square.
    const [a, b, c] = m.points.split(" ").map((p: string) => p.split(",").map(Number));
    expect(b[0] - a[0]).toBeCloseTo(99.5, 0);
    expect(b[1] - c[1]).toBeCloseTo(100, 0);
  });
});
