// Browser JS of the dashboard (a string, part of /dashboard.js): the track's map tiles as pure
// geometry (issue 23), no DOM. Web Mercator with 256-px XYZ tiles, as OpenStreetMap and most tile
// servers cut them: at zoom z the world is 256·2^z px square, (0, 0) at 180° W, 85.05° N. The
// zoom that fits a track's bounding box into the panel, the tiles covering the panel, and the
// track's positions projected with the same math, so a position lands on its place in the tiles.
// Checked against hand-computed numbers in test/dashboard/tiles.test.ts; history-ui.ts turns the
// result into SVG <image> elements beneath the polyline.
// Kept free of backticks and dollar-brace: the code is a String.raw template.
export const TILES_JS = String.raw`
const TILE_SIZE = 256;
/** Web Mercator's latitude limit: the world square's top and bottom edges. */
const MERCATOR_MAX_LAT = 85.0511287798066;
/** Zooms a track is drawn at: 1 (the whole world in 2 × 2 tiles) to 18 (about 0.6 m a pixel); a lone position at 16. */
const TILE_ZOOM = { min: 1, max: 18, single: 16 };

/** A position's world pixel at zoom z: x east from 180° W, y south from 85.05° N (latitudes beyond it clamped). */
function mercatorPx(lat, lon, z) {
  const size = TILE_SIZE * Math.pow(2, z);
  const clamped = Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: ((lon + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

/** The tile holding a world pixel: {x, y} whole tile numbers. */
function tileOf(px) {
  return { x: Math.floor(px.x / TILE_SIZE), y: Math.floor(px.y / TILE_SIZE) };
}

/**
 * The largest zoom (TILE_ZOOM.min to .max) at which positions' bounding box fits in width × height
 * pixels; TILE_ZOOM.single when they are all one spot.
 */
function fitZoom(fixes, width, height) {
  const at0 = fixes.map((f) => mercatorPx(f.lat, f.lon, 0));
  const dx = Math.max(...at0.map((p) => p.x)) - Math.min(...at0.map((p) => p.x));
  const dy = Math.max(...at0.map((p) => p.y)) - Math.min(...at0.map((p) => p.y));
  if (dx === 0 && dy === 0) return TILE_ZOOM.single;
  for (let z = TILE_ZOOM.max; z > TILE_ZOOM.min; z -= 1) {
    const k = Math.pow(2, z);
    if (dx * k <= width + 1e-6 && dy * k <= height + 1e-6) return z;
  }
  return TILE_ZOOM.min;
}

/**
 * The tiles covering the world-pixel rectangle left..left+width × top..top+height at zoom z:
 * {x0, x1, y0, y1}, inclusive. Rows stop at the world's top and bottom; columns may run past
 * 180° (a tile's address wraps them, tileUrl).
 */
function tileRange(left, top, width, height, z) {
  const last = Math.pow(2, z) - 1;
  return {
    x0: Math.floor(left / TILE_SIZE),
    x1: Math.ceil((left + width) / TILE_SIZE) - 1,
    y0: Math.max(0, Math.floor(top / TILE_SIZE)),
    y1: Math.min(last, Math.ceil((top + height) / TILE_SIZE) - 1),
  };
}

/** A tile's address from an XYZ template ("https://tile.example/{z}/{x}/{y}.png"), x wrapped into the world. */
function tileUrl(template, z, x, y) {
  const n = Math.pow(2, z);
  const wrapped = ((x % n) + n) % n;
  return template.split("{z}").join(String(z)).split("{x}").join(String(wrapped)).split("{y}").join(String(y));
}

const r1m = (v) => Math.round(v * 10) / 10;

/**
 * A track on map tiles: fixes ({t, lat, lon}, oldest first) at the zoom that fits their bounding
 * box into width × height less pad, centred; o: {width, height, pad, template}. Answers the zoom,
 * the drawing's top-left world pixel (whole pixels, so tiles sit on whole pixels), the tiles
 * ({z, x, y, href, px, py}: the image's place in the drawing) and, as trackModel does, the
 * polyline's points, start, end, count and the metres the drawn width spans at the track's mean
 * latitude (null for a single spot).
 */
function tileTrackModel(fixes, o) {
  const pad = o.pad === undefined ? 12 : o.pad;
  if (!fixes.length) return { zoom: null, origin: null, tiles: [], points: "", start: null, end: null, count: 0, acrossM: null };
  const zoom = fitZoom(fixes, o.width - 2 * pad, o.height - 2 * pad);
  const world = fixes.map((f) => mercatorPx(f.lat, f.lon, zoom));
  const xs = world.map((p) => p.x);
  const ys = world.map((p) => p.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const origin = { x: Math.round(cx - o.width / 2), y: Math.round(cy - o.height / 2) };
  const range = tileRange(origin.x, origin.y, o.width, o.height, zoom);
  const tiles = [];
  for (let y = range.y0; y <= range.y1; y += 1)
    for (let x = range.x0; x <= range.x1; x += 1)
      tiles.push({ z: zoom, x, y, href: tileUrl(o.template, zoom, x, y), px: x * TILE_SIZE - origin.x, py: y * TILE_SIZE - origin.y });
  const xy = world.map((p) => ({ x: r1m(p.x - origin.x), y: r1m(p.y - origin.y) }));
  const meanLat = fixes.reduce((sum, f) => sum + f.lat, 0) / fixes.length;
  const metresPerPx = (40075016.686 * Math.cos((meanLat * Math.PI) / 180)) / (TILE_SIZE * Math.pow(2, zoom));
  const single = fixes.every((f) => f.lat === fixes[0].lat && f.lon === fixes[0].lon);
  return {
    zoom,
    origin,
    range,
    tiles,
    points: xy.map((p) => p.x + "," + p.y).join(" "),
    start: xy[0],
    end: xy[xy.length - 1],
    count: fixes.length,
    acrossM: single ? null : Math.round(o.width * metresPerPx),
  };
}
`;
