// The dashboard's browser code, served as one module at /dashboard.js with no build step: plain JS
// kept as strings, one concern per file, joined in order. This part holds the page state, the
// token (from `?token=`, then kept in localStorage, or typed into a form) and the hash routes
// `#/` (devices) and `#/device/<id>`.
// Kept free of backticks and dollar-brace: the code is a String.raw template.
import { CHART_JS } from "./chart.ts";
import { DEVICE_UI_JS } from "./device-ui.ts";
import { DOM_JS } from "./dom.ts";
import { DOWNLINK_FORM_JS } from "./downlink-form.ts";
import { DOWNLINKS_UI_JS } from "./downlinks-ui.ts";
import { GATEWAY_JS } from "./gateway-client.ts";
import { HISTORY_JS } from "./history-ui.ts";
import { TILES_JS } from "./tiles.ts";
import { VALUES_JS } from "./values.ts";
import { VIEWS_JS } from "./views.ts";

const APP_JS = String.raw`
const TOKEN_KEY = "edgehook.token";
/** The page's state: the token, its one gateway socket, and the view on screen. */
const page = { token: null, gateway: null, view: null };
window.edgehook = page;

/** A token in the address (?token=) is kept and taken out of the address bar and history. */
function takeToken() {
  const url = new URL(location.href);
  const given = url.searchParams.get("token");
  if (given) {
    localStorage.setItem(TOKEN_KEY, given);
    url.searchParams.delete("token");
    history.replaceState(null, "", url.pathname + url.search + url.hash);
  }
  return localStorage.getItem(TOKEN_KEY);
}

/** The socket's state in the header; how it got live (identified, resumed) as data-session. */
function setLive(text, how) {
  const live = document.getElementById("live");
  live.textContent = text;
  live.dataset.tone = text === "live" ? "ok" : "none";
  live.dataset.session = how || "";
}

let flashTimer = null;
function flash(message) {
  const el = document.getElementById("flash");
  el.textContent = message;
  el.hidden = false;
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => (el.hidden = true), 8000);
}

function showLogin(message) {
  const input = h("input", { id: "token-input", name: "token", type: "password", autocomplete: "off", required: true });
  const form = h(
    "form",
    { class: "card login", "aria-labelledby": "login-title" },
    h("h1", { id: "login-title" }, "Open the dashboard"),
    message ? h("p", { class: "notice", "data-tone": "bad", role: "alert" }, message) : null,
    h("p", { class: "muted" }, "Paste an edgehook token: the dashboard shows the devices it may read."),
    h("label", { for: "token-input" }, "Access token"),
    input,
    h("button", { type: "submit" }, "Open"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const token = input.value.trim();
    if (!token) return;
    localStorage.setItem(TOKEN_KEY, token);
    start(token);
  });
  document.getElementById("main").replaceChildren(form);
  document.getElementById("sign-out").hidden = true;
  setLive("signed out");
  input.focus();
}

function start(token) {
  page.token = token;
  page.gateway = new Gateway(token, {
    status: setLive,
    error: flash,
    event: (t, key, d) => page.view && page.view.event(t, key, d),
  });
  page.gateway.start();
  document.getElementById("sign-out").hidden = false;
  route();
}

function signOut(message) {
  localStorage.removeItem(TOKEN_KEY);
  if (page.view) page.view.leave();
  if (page.gateway) page.gateway.stop();
  Object.assign(page, { token: null, gateway: null, view: null });
  showLogin(message);
}

function route() {
  if (!page.token) return showLogin();
  if (page.view) page.view.leave();
  const main = document.getElementById("main");
  main.replaceChildren();
  const match = /^#\/device\/(\d{1,19})$/.exec(location.hash);
  document.title = (match ? "Device" : "Devices") + " \u2013 edgehook";
  page.view = match ? deviceView(main, match[1]) : listView(main);
}

document.getElementById("sign-out").addEventListener("click", () => signOut());
window.addEventListener("hashchange", () => {
  route();
  document.getElementById("main").focus();
});
setInterval(refreshTimes, 5000);
const saved = takeToken();
if (saved) start(saved);
else showLogin();
`;

/** `/dashboard.js`: helpers first, then the gateway client, the renderers and the app. */
export const SCRIPT = [
  DOM_JS,
  GATEWAY_JS,
  VALUES_JS,
  DEVICE_UI_JS,
  DOWNLINK_FORM_JS,
  DOWNLINKS_UI_JS,
  CHART_JS,
  TILES_JS,
  HISTORY_JS,
  VIEWS_JS,
  APP_JS,
].join("\n");
