// Browser JS of the dashboard (a string, part of /dashboard.js): tag values and messages as an
// operator reads them. Numbers with their units (from the device's ui_state, else from the tag's
// name), epoch-ms times as relative times with the exact time on hover, positions as coordinates
// linking to OpenStreetMap, nested objects as labelled rows; raw JSON only when asked. All text goes
// through textContent/attributes (h()), never HTML.
// Kept free of backticks and dollar-brace: the code is a String.raw template.
export const VALUES_JS = String.raw`
/** Units known by a tag's name when no ui_state variable gives them. */
const UNIT_BY_NAME = [
  [/(^|_)(battery|percent|humidity|level)(_|$)/, "%"],
  [/(^|_)(temp|temperature)(_c)?$/, "\u00b0C"],
  [/(^|_)rssi$/, "dBm"],
  [/(^|_)snr$/, "dB"],
  [/(^|_)(voltage|volts)$/, "V"],
  [/(^|_)speed$/, "km/h"],
  [/(^|_)(pressure)$/, "kPa"],
];
const TIME_FIELDS = /(^|_)(at|seen|time|timestamp|ts)$/;

const isPlain = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isEpochMs = (v) => typeof v === "number" && v > 1e12 && v < 1e14;

/** "latest_data" → "Latest data". */
function labelOf(key) {
  const text = String(key).replace(/[_-]+/g, " ").trim();
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : String(key);
}

function unitFor(name, units) {
  if (units && units[name]) return units[name];
  const last = String(name).split(".").pop();
  for (const [pattern, unit] of UNIT_BY_NAME) if (pattern.test(last)) return unit;
  return null;
}

function withUnit(n, unit) {
  const text = Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
  if (!unit) return text;
  return text + (unit === "%" || unit.charAt(0) === "\u00b0" ? "" : " ") + unit;
}

/** {lat, lon} / {latitude, longitude} (numbers): the pair, else null. */
function positionOf(v) {
  if (!isPlain(v)) return null;
  const lat = typeof v.lat === "number" ? v.lat : v.latitude;
  const lon = typeof v.lon === "number" ? v.lon : typeof v.lng === "number" ? v.lng : v.longitude;
  if (typeof lat !== "number" || typeof lon !== "number") return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

function positionEl(p, testid) {
  const text = p.lat.toFixed(5) + ", " + p.lon.toFixed(5);
  const href = "https://www.openstreetmap.org/?mlat=" + p.lat + "&mlon=" + p.lon + "#map=15/" + p.lat + "/" + p.lon;
  return h(
    "a",
    { class: "position", href, target: "_blank", rel: "noopener noreferrer", title: "Open on OpenStreetMap", "data-testid": testid },
    text + " \u2197",
  );
}

/** A time given as epoch ms, or an ISO string in a time-named field; else null. */
function timeOf(name, v) {
  if (!TIME_FIELDS.test(String(name).split(".").pop())) return null;
  if (isEpochMs(v)) return v;
  if (typeof v === "string" && /^\d{4}-\d\d-\d\dT/.test(v)) {
    const ms = Date.parse(v);
    return Number.isFinite(ms) ? ms : null;
  }
  return null;
}

/**
 * A value as an element: path names it ("app.tag.sub") for units and times; ctx.units maps
 * "app.tag" paths to units from ui_state. Objects become nested labelled rows.
 */
function valueEl(path, v, ctx, depth) {
  const testid = ctx.testid;
  const at = timeOf(path, v);
  if (at !== null) {
    const t = timeEl(at);
    t.dataset.testid = testid;
    t.classList.add("when");
    return t;
  }
  const pos = positionOf(v);
  if (pos) return positionEl(pos, testid);
  if (typeof v === "number") return h("span", { class: "num", "data-testid": testid }, withUnit(v, unitFor(path, ctx.units)));
  if (typeof v === "boolean") return h("span", { class: "bool", "data-testid": testid }, v ? "Yes" : "No");
  if (v === null || v === undefined) return h("span", { class: "muted", "data-testid": testid }, "\u2014");
  if (typeof v === "string") return h("span", { "data-testid": testid }, v);
  if (Array.isArray(v) && v.every((x) => x === null || typeof x !== "object"))
    return h("span", { "data-testid": testid }, v.map((x) => String(x)).join(", ") || "\u2014");
  if (depth >= 4) return h("span", { class: "muted", "data-testid": testid }, "\u2026");
  const dl = h("dl", { class: "nested", "data-testid": testid });
  const entries = Array.isArray(v) ? v.map((x, i) => [String(i + 1), x]) : Object.entries(v);
  for (const [key, sub] of entries) dl.append(valueRow(path + "." + key, key, sub, { ...ctx, testid: testid + "." + key }, depth + 1));
  if (!entries.length) dl.append(h("span", { class: "muted" }, "empty"));
  return dl;
}

function valueRow(path, key, v, ctx, depth) {
  // An object of one plain value reads as one row: "Battery percent 61%".
  const only = isPlain(v) && !positionOf(v) ? Object.keys(v) : [];
  if (only.length === 1 && (v[only[0]] === null || typeof v[only[0]] !== "object"))
    return valueRow(path + "." + only[0], key + "_" + only[0], v[only[0]], { ...ctx, testid: ctx.testid + "." + only[0] }, depth);
  const el = valueEl(path, v, ctx, depth);
  const nested = el.tagName === "DL";
  return h("div", { class: "value-row" + (nested ? " wide" : "") }, h("dt", { title: key }, labelOf(key)), h("dd", {}, el));
}

/** A one-line reading of a message: its first few values, flattened ("Battery 42% · Status STATUS_OK"). */
function summaryOf(data, units) {
  if (!isPlain(data)) return typeof data === "string" ? data : JSON.stringify(data);
  const parts = [];
  const walk = (obj, prefix, depth) => {
    for (const [key, v] of Object.entries(obj)) {
      if (parts.length >= 4) return;
      const name = prefix ? prefix + " " + key : key;
      const path = (prefix ? prefix + "." : "") + key;
      const at = timeOf(key, v);
      const pos = positionOf(v);
      if (at !== null) parts.push(labelOf(name) + " " + ago(at));
      else if (pos) parts.push(labelOf(name) + " " + pos.lat.toFixed(4) + ", " + pos.lon.toFixed(4));
      else if (typeof v === "number") parts.push(labelOf(name) + " " + withUnit(v, unitFor(path, units)));
      else if (typeof v === "string") parts.push(labelOf(name) + " " + (v.length > 40 ? v.slice(0, 39) + "\u2026" : v));
      else if (typeof v === "boolean") parts.push(labelOf(name) + " " + (v ? "yes" : "no"));
      else if (isPlain(v) && depth < 2) walk(v, name, depth + 1);
    }
  };
  walk(data, "", 0);
  const more = Object.keys(data).length;
  return parts.length ? parts.join(" \u00b7 ") : more ? more + " fields" : "(empty)";
}
`;
