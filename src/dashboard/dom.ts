// Browser JS of the dashboard (a string, served as part of /dashboard.js; no build step): small
// helpers the other parts share — building elements, relative times, the data-plane fetch with the
// page's token, and the `ui_state` binding grammar of src/sdk/ui/bindings.ts re-implemented for
// the browser (which cannot import TypeScript).
// Kept free of backticks and dollar-brace: the code is a String.raw template.
export const DOM_JS = String.raw`
/** An element with attributes (on* are listeners; true is a bare attribute) and children. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

function ago(ms) {
  const s = Math.round((Date.now() - ms) / 1000);
  if (s < 0) return "in " + Math.ceil(-s / 60) + " min";
  if (s < 10) return "just now";
  if (s < 60) return s + " s ago";
  if (s < 3600) return Math.round(s / 60) + " min ago";
  if (s < 172800) return Math.round(s / 3600) + " h ago";
  return Math.round(s / 86400) + " days ago";
}

/** A <time> that reads "3 min ago" and is kept current by refreshTimes(). */
function timeEl(ms) {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return h("span", { class: "muted" }, "never");
  const at = new Date(ms);
  return h("time", { datetime: at.toISOString(), title: at.toLocaleString(), "data-ts": ms }, ago(ms));
}

function refreshTimes() {
  for (const t of document.querySelectorAll("time[data-ts]")) t.textContent = ago(Number(t.dataset.ts));
}

/** Epoch ms of a snowflake id (SPEC §3): the bits above the low 22. */
function snowflakeMs(id) {
  try {
    return Number(BigInt(id) >> 22n) + 1735689600000;
  } catch {
    return null;
  }
}

/** Newest first, for ids of any length (snowflakes are decimal strings). */
const byIdDesc = (a, b) => b.length - a.length || (b < a ? -1 : b > a ? 1 : 0);

const asText = (value) => (typeof value === "string" ? value : JSON.stringify(value));

/** Data-plane call with the page's token; a problem+json answer throws with its status and code. */
async function api(method, path, body) {
  const headers = { authorization: "Bearer " + page.token };
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const error = new Error((data && data.detail) || res.status + " " + res.statusText);
    error.status = res.status;
    error.code = data && data.code;
    if (res.status === 401) signOut("The token was refused (" + error.message + "). Enter another.");
    throw error;
  }
  return data;
}

const BINDING = /^(!?)\$(tag|cmds)\.([A-Za-z0-9_.-]+)(?::([a-z]+)(?::(.*))?)?$/s;

/** The value a ui_state binding stands for ("$tag.<app_key>.<path>:<type>[:<default>]", "!" negates). */
function resolveBinding(value, sources) {
  const match = typeof value === "string" ? BINDING.exec(value) : null;
  if (match === null) return value;
  const [, negate, source, path, , fallback] = match;
  let found = source === "tag" ? sources.tagValues : sources.uiCmds;
  for (const key of path.split(".")) {
    const isObject = found !== null && typeof found === "object" && !Array.isArray(found);
    found = isObject && Object.hasOwn(found, key) ? found[key] : undefined;
  }
  if (found === undefined && fallback !== undefined) {
    try {
      found = JSON.parse(fallback);
    } catch {
      found = undefined;
    }
  }
  return negate ? !found : found;
}

/** The command an Action's "$cmds.<app_key>.<name>" binding names. */
function commandOf(binding, appKey, name) {
  const match = typeof binding === "string" ? BINDING.exec(binding) : null;
  if (!match || match[2] !== "cmds") return { appKey, name };
  const [app, ...rest] = match[3].split(".");
  return { appKey: app, name: rest.join(".") || name };
}
`;
