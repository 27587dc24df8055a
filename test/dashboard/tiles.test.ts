// The track's map tiles (src/dashboard/tiles.ts, issue 23): Web Mercator with 256-px XYZ tiles,
// evaluated as the page evaluates it and checked against hand-computed numbers. At zoom z the world
// is 256·2^z px square: x = (lon + 180) / 360 · 256·2^z, y = (1/2 − ln((1 + sin φ) / (1 − sin φ)) / 4π)
// · 256·2^z. Drawn over tiles in Chromium: scripts/browser-test.mjs.
import { describe, expect, it } from "vitest";
import { TILES_JS } from "../../src/dashboard/tiles.ts";

const NAMES = ["TILE_ZOOM", "mercatorPx", "tileOf", "fitZoom", "tileRange", "tileUrl", "tileTrackModel"] as const;
// oxlint-disable-next-line typescript/no-explicit-any -- browser code without types
type Fn = (...args: any[]) => any;
const tiles = new Function(`${TILES_JS}\nreturn { ${NAMES.join(", ")} };`)() as Record<(typeof NAMES)[number], Fn> & {
  TILE_ZOOM: { min: number; max: number; single: number };
};

const fix = (lat: number, lon: number, t = 0) => ({ t, lat, lon });
/** The latitude whose y at zoom 0 is 128 + d px (d px south of the equator): the formula above, inverted. */
const latBelowEquator = (d: number) => (-Math.asin(Math.tanh((d * 4 * Math.PI) / 256 / 2)) * 180) / Math.PI;

describe("Web Mercator projection", () => {
  it("puts lat 0, lon 0 at the world's centre: at z=1, pixel (256, 256), the top-left corner of tile (1, 1)", () => {
    expect(tiles.mercatorPx(0, 0, 1)).toEqual({ x: 256, y: 256 });
    expect(tiles.tileOf(tiles.mercatorPx(0, 0, 1))).toEqual({ x: 1, y: 1 });
    expect(tiles.mercatorPx(0, 0, 0)).toEqual({ x: 128, y: 128 });
  });

  it("maps the world's corners (180° W, 85.0511° N; 180° E, 85.0511° S) to the square's corners, clamping beyond", () => {
    const nw = tiles.mercatorPx(85.0511287798066, -180, 0);
    const se = tiles.mercatorPx(-85.0511287798066, 180, 0);
    expect(nw.x).toBe(0);
    expect(nw.y).toBeCloseTo(0, 6);
    expect(se.x).toBe(256);
    expect(se.y).toBeCloseTo(256, 6);
    expect(tiles.mercatorPx(90, 0, 0).y).toBeCloseTo(0, 6);
  });

  it("London (51.5074, −0.1278) at z=10: tile (511, 340); Sydney (−33.8688, 151.2093): tile (942, 614)", () => {
    // x = 179.8722 / 360 · 262144 = 130978.94; y: sin 51.5074° = 0.78269, ln(1.78269 / 0.21731) = 2.10455,
    // (0.5 − 2.10455 / 12.56637) · 262144 = 87169.57.
    const london = tiles.mercatorPx(51.5074, -0.1278, 10);
    expect(london.x).toBeCloseTo(130978.94, 1);
    expect(london.y).toBeCloseTo(87169.57, 1);
    expect(tiles.tileOf(london)).toEqual({ x: 511, y: 340 });
    // x = 331.2093 / 360 · 262144 = 241179.25; y: sin(−33.8688°) = −0.55729, (0.5 + 1.25780 / 12.56637) · 262144 = 157310.58.
    const sydney = tiles.mercatorPx(-33.8688, 151.2093, 10);
    expect(sydney.x).toBeCloseTo(241179.25, 1);
    expect(sydney.y).toBeCloseTo(157310.58, 1);
    expect(tiles.tileOf(sydney)).toEqual({ x: 942, y: 614 });
  });
});

describe("zoom and tiles", () => {
  it("fits the bounding box: the largest zoom at which it spans no more than the panel, 1 to 18", () => {
    // 1.40625° of longitude (360 / 256) is 1 px at z=0, 2^z px at z: 256 ≤ 300 < 512.
    expect(tiles.fitZoom([fix(0, 0), fix(0, 1.40625)], 300, 200)).toBe(8);
    expect(tiles.fitZoom([fix(0, 0), fix(0, 1.40625)], 256, 200)).toBe(8);
    expect(tiles.fitZoom([fix(0, 0), fix(0, 1.40625)], 255, 200)).toBe(7);
    // Half a pixel south at z=0: 128 px at z=8 fits 200, 256 at z=9 does not.
    expect(tiles.fitZoom([fix(0, 0), fix(latBelowEquator(0.5), 0)], 1000, 200)).toBe(8);
    // The height decides when it is the tighter: 1 px wide and 1 px tall at z=0, in 1000 × 100.
    expect(tiles.fitZoom([fix(0, 0), fix(latBelowEquator(1), 1.40625)], 1000, 100)).toBe(6);
    // Clamped: a few centimetres → 18; the whole world → 1 (it would fit only at 0); one spot → 16.
    expect(tiles.fitZoom([fix(0, 0), fix(0, 1e-7)], 300, 200)).toBe(18);
    expect(tiles.fitZoom([fix(60, -179), fix(-60, 179)], 300, 200)).toBe(1);
    expect(tiles.fitZoom([fix(10, 10), fix(10, 10)], 300, 200)).toBe(tiles.TILE_ZOOM.single);
    expect(tiles.TILE_ZOOM).toMatchObject({ min: 1, max: 18, single: 16 });
  });

  it("covers a pixel rectangle with whole tiles, rows kept inside the world", () => {
    // 300..900 × 100..360 at z=3 (2048 px): columns 1..3 (256..1023), rows 0..1 (0..511).
    expect(tiles.tileRange(300, 100, 600, 260, 3)).toEqual({ x0: 1, x1: 3, y0: 0, y1: 1 });
    // Edges on tile boundaries take no extra tile.
    expect(tiles.tileRange(256, 256, 512, 256, 3)).toEqual({ x0: 1, x1: 2, y0: 1, y1: 1 });
    // Above the top and below the bottom of the world (z=1: rows 0 and 1 only).
    expect(tiles.tileRange(0, -100, 100, 700, 1)).toEqual({ x0: 0, x1: 0, y0: 0, y1: 1 });
  });

  it("addresses a tile from the template, its column wrapped round the world", () => {
    const t = "https://tiles.example/{z}/{x}/{y}.png?key=k";
    expect(tiles.tileUrl(t, 3, 5, 2)).toBe("https://tiles.example/3/5/2.png?key=k");
    expect(tiles.tileUrl(t, 3, 9, 2)).toBe("https://tiles.example/3/1/2.png?key=k");
    expect(tiles.tileUrl(t, 3, -1, 2)).toBe("https://tiles.example/3/7/2.png?key=k");
    expect(tiles.tileUrl("http://127.0.0.1:9/{z}-{y}-{x}", 1, 0, 1)).toBe("http://127.0.0.1:9/1-1-0");
  });
});

describe("a track on tiles", () => {
  it("centres the track at its zoom, places the tiles and projects the positions with the same math", () => {
    // (0, 0) and (0, 1.40625) in 300 × 200 less 14 px each side (272 × 172): z=8, where they are
    // world pixels (32768, 32768) and (33024, 32768); centre (32896, 32768), so the drawing's top
    // left is (32746, 32668). Tiles: columns 127..129 (32512..33279), rows 127..128 (32512..33023).
    const m = tiles.tileTrackModel([fix(0, 0, 1), fix(0, 1.40625, 2)], {
      width: 300,
      height: 200,
      pad: 14,
      template: "https://t.example/{z}/{x}/{y}.png",
    });
    expect(m.zoom).toBe(8);
    expect(m.origin).toEqual({ x: 32746, y: 32668 });
    expect(m.range).toEqual({ x0: 127, x1: 129, y0: 127, y1: 128 });
    expect(m.points).toBe("22,100 278,100");
    expect(m.start).toEqual({ x: 22, y: 100 });
    expect(m.end).toEqual({ x: 278, y: 100 });
    expect(m.count).toBe(2);
    expect(m.tiles.map((t: { x: number; y: number }) => `${t.x}/${t.y}`)).toEqual([
      "127/127",
      "128/127",
      "129/127",
      "127/128",
      "128/128",
      "129/128",
    ]);
    expect(m.tiles[0]).toEqual({ z: 8, x: 127, y: 127, href: "https://t.example/8/127/127.png", px: -234, py: -156 });
    // (0, 0) is the top-left corner of tile 8/128/128, and the start sits exactly there.
    expect(m.tiles[4]).toMatchObject({ x: 128, y: 128, px: 22, py: 100 });
    // 300 px at z=8 on the equator: 300 · 40075016.686 / 65536 m.
    expect(m.acrossM).toBe(183449);
  });

  it("puts each position inside the tile that holds it, as a tile server draws it (Sydney, a walk)", () => {
    const walk = [fix(-33.8688, 151.2093), fix(-33.8655, 151.2105), fix(-33.8612, 151.2099), fix(-33.8571, 151.2152)];
    const m = tiles.tileTrackModel(walk, {
      width: 900,
      height: 260,
      pad: 14,
      template: "https://t.example/{z}/{x}/{y}",
    });
    // 1.3 km north–south: 164 px at z=14 (7.9 m/px at this latitude) fits 232, 328 px at z=15 does not.
    expect(m.zoom).toBe(14);
    const xy = m.points.split(" ").map((p: string) => p.split(",").map(Number));
    walk.forEach((f, i) => {
      const home = tiles.tileOf(tiles.mercatorPx(f.lat, f.lon, m.zoom));
      const tile = m.tiles.find((t: { x: number; y: number }) => t.x === home.x && t.y === home.y);
      expect(tile, `fix ${i}'s tile ${home.x}/${home.y} is drawn`).toBeDefined();
      const [x, y] = xy[i];
      expect(x - tile.px).toBeGreaterThanOrEqual(0);
      expect(x - tile.px).toBeLessThan(256);
      expect(y - tile.py).toBeGreaterThanOrEqual(0);
      expect(y - tile.py).toBeLessThan(256);
      // Inside the drawing, with the padding kept.
      expect(x).toBeGreaterThanOrEqual(14);
      expect(x).toBeLessThanOrEqual(900 - 14);
      expect(y).toBeGreaterThanOrEqual(14);
      expect(y).toBeLessThanOrEqual(260 - 14);
    });
    // The tiles cover the whole drawing and no more than one tile beyond it.
    const xs = m.tiles.map((t: { px: number }) => t.px);
    const ys = m.tiles.map((t: { py: number }) => t.py);
    expect(Math.min(...xs)).toBeLessThanOrEqual(0);
    expect(Math.min(...xs)).toBeGreaterThan(-256);
    expect(Math.max(...xs) + 256).toBeGreaterThanOrEqual(900);
    expect(Math.max(...ys) + 256).toBeGreaterThanOrEqual(260);
    expect(Math.min(...ys)).toBeGreaterThan(-256);
  });

  it("draws nothing without positions, and a lone position at zoom 16 in the middle", () => {
    const none = tiles.tileTrackModel([], { width: 300, height: 200, template: "https://t.example/{z}/{x}/{y}" });
    expect(none).toMatchObject({ zoom: null, tiles: [], points: "", count: 0, acrossM: null });
    const one = tiles.tileTrackModel([fix(0, 0)], {
      width: 300,
      height: 200,
      template: "https://t.example/{z}/{x}/{y}",
    });
    expect(one.zoom).toBe(16);
    expect(one.start).toEqual({ x: 150, y: 100 });
    expect(one.acrossM).toBeNull();
  });
});
