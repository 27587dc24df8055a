// `npm run test:browser`: the dashboard in a real headless Chromium (Debian's `chromium`, driven
// by playwright-core) against edgehook served as `npm start` serves it, with throwaway state. Sets
// up a tracker device with the demo integration and processor, opens the dashboard with a READ
// token, posts uplinks from here and waits — no reload — for the values the processor writes to
// arrive through the gateway socket: battery 42, then 7 and the low-battery warning. Also: a
// command refused for a read token is explained, a dropped socket resumes, a sequence gap resyncs,
// and at 375 px nothing scrolls sideways. The operator's reading (issue 21): tags rendered by type
// (units, relative times with the exact time on hover, positions linking to a map, nested rows, raw
// JSON only on request), messages summarised with their raw JSON behind a disclosure, authors and
// panels by install names, last seen live from every uplink (a second device without a processor,
// so nothing pings), commands disabled with the reason for a read token, the device page's height
// at 375 px bounded, and the list's search and status filter; names and values carrying markup stay
// text. Downlinks (issue 22): the device page's panel with its send form and cancel disabled (with
// the reason) for the read token; as a write token, hex and JSON downlinks sent and listed queued,
// bad input refused inline, the API's 422 detail shown, one cancelled (a 409 said), and the device's
// next uplink turning the other `sent` live. History (issue 23): a chart for each numeric tag with
// points, each range refetching with its bucket, an uplink appended live, the tracker's track, and
// the panel stacked at 375 px; no request leaves the page's origin. Then, served again with map
// tiles configured (DASHBOARD_TILE_URL pointing at a stand-in tile server started here), the track
// on tiles: the tiles requested are those the track's bounding box needs at the zoom that fits
// the panel, drawn beneath the polyline, the positions where the tiles put them, the attribution
// shown, the page's policy allowing that origin only. Screenshots go to artifacts/dashboard-*.png,
// artifacts/device-downlinks-{1280,375}.png, artifacts/device-history-{1280,375}.png and
// artifacts/device-track-tiles-1280.png, or to $SHOTS_DIR.
// Ends with a plain "browser: N passed, M failed" line; exit 1 on any failure.
import { mkdir } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { chromium } from "playwright-core";
import { ROOT, withThrowawayServer } from "./lib/server.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = process.env.SHOTS_DIR ?? path.join(ROOT, "artifacts");
const SERIAL = "BRW-0001";
/** A second device the integration feeds, with no processor: nothing pings its connection. */
const SERIAL2 = "BRW-0002";
/** Markup in a name and in values: it must stay text. */
const XSS = '<img src=x onerror="window.__xss=1">';
/**
 * The demo tracker's device page at 375 px was 2,528 px tall before issue 21. Measured without the
 * History panel at the page's foot (issue 23), which has its own bound.
 */
const PHONE_HEIGHT_MAX = 1400;
/** The History panel at 375 px: three charts and a track, stacked. */
const PHONE_HISTORY_MAX = 1000;
const APP = "tracker_processor_1";
/** How long a value may take from the uplink to the page (integration → queue → processor → socket). */
const WAIT_MS = 20_000;

const results = [];
async function check(name, run) {
  const started = Date.now();
  try {
    await run();
    results.push(true);
    console.log(`ok    ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push(false);
    console.log(
      `FAIL  ${name}\n      ${String(error?.message ?? error)
        .split("\n")
        .join("\n      ")}`,
    );
  }
}

const byTestId = (page, id) => page.locator(`[data-testid="${id}"]`);

async function setUp(api) {
  const device = await api("POST", "/api/control/agents", {
    name: "browser-tracker",
    display_name: "Browser test tracker",
    serial_number: SERIAL,
    type: "device",
  });
  const second = await api("POST", "/api/control/agents", {
    name: "browser-tracker-2",
    display_name: `Tracker two ${XSS}`,
    serial_number: SERIAL2,
    type: "device",
  });
  // Another device the token may not read: the list must not show it.
  await api("POST", "/api/control/agents", { name: "other", serial_number: "OTHER-0001", type: "device" });
  const integration = await api("POST", "/api/control/installs", {
    app: "tracker_integration",
    display_name: "browser test cloud",
    config: {
      dv_proc_ingestion: { cidr_ranges: ["127.0.0.0/8"] },
      dv_proc_extended_permissions: { devices: [device.id, second.id] },
    },
  });
  const processor = await api("POST", "/api/control/installs", {
    app: "tracker_processor",
    agent_id: device.id,
    display_name: "browser test processor",
    config: {},
  });
  if (processor.app_key !== APP) throw new Error(`processor app key ${processor.app_key}, expected ${APP}`);
  const { token } = await api("POST", "/api/control/tokens", {
    grants: [
      { agent_id: device.id, permission: "read" },
      { agent_id: second.id, permission: "read" },
    ],
  });
  // Downlinks (issue 22): sending and cancelling need a write grant.
  const { token: writeToken } = await api("POST", "/api/control/tokens", {
    grants: [{ agent_id: device.id, permission: "write" }],
  });
  return { device, second, integration, token, writeToken };
}

/** One tracker uplink through the demo integration's ingestion endpoint, as a device sends it. */
async function uplink(serverUrl, integration, percent, serial = SERIAL, position = undefined) {
  const url = integration.ingestion.url.replace(/^https?:\/\/[^/]+/, serverUrl);
  const res = await fetch(url, {
    method: "POST",
    headers: {
      authorization: `Bearer ${integration.ingestion.token}`,
      "content-type": "application/json",
      "cf-connecting-ip": "127.0.0.1",
    },
    body: JSON.stringify({
      device_id: serial,
      battery: { percent },
      position: position ?? { lat: -33.8688 + percent / 1e4, lon: 151.2093 },
      status: serial === SERIAL ? "STATUS_OK" : `OK ${XSS}`,
    }),
  });
  if (res.status !== 200) throw new Error(`uplink ${percent}: ${res.status} ${await res.text()}`);
}

const text2 = (page, id) => page.locator(`[data-testid="${id}"]`).first().textContent();

const noSideScroll = (page) =>
  page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));

/** Debian's Chromium, headless. */
const launch = () => chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });

/** A 1280 × 900 page whose script errors, and console errors `counts` keeps, go to `problems`. */
async function openPage(browser, problems, counts) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (m) => m.type() === "error" && counts(m.text()) && problems.push(m.text()));
  return { context, page };
}

async function run({ server, api, tileServer }) {
  const { device, second, integration, token, writeToken } = await setUp(api);
  const INT = integration.app_key;
  await mkdir(ARTIFACTS, { recursive: true });
  const browser = await launch();
  const problems = [];
  try {
    const { page } = await openPage(browser, problems, (text) => !/Failed to load resource/.test(text));
    /** Requests to anywhere but the server (none: no tiles are configured). */
    const foreign = [];
    page.on("request", (r) => !/^(data|blob):/.test(r.url()) && !r.url().startsWith(server.url) && foreign.push(r.url()));

    await check("the device list shows the token's device, live, and only it", async () => {
      await page.goto(`${server.url}/dashboard?token=${encodeURIComponent(token)}`);
      await byTestId(page, `device-row-${SERIAL}`).waitFor();
      await page.waitForFunction(() => document.querySelector('[data-testid="live"]')?.textContent === "live");
      if (page.url().includes("token=")) throw new Error(`the token stayed in the address: ${page.url()}`);
      if ((await byTestId(page, "device-row-OTHER-0001").count()) !== 0)
        throw new Error("a device the token may not read is listed");
      const status = await byTestId(page, `device-row-${SERIAL}-status`).textContent();
      if (status !== "Never seen") throw new Error(`status ${JSON.stringify(status)} before any uplink`);
      await page.screenshot({ path: path.join(ARTIFACTS, "dashboard-list.png"), fullPage: true });
    });

    await check("GET / in a browser lands on the dashboard (token kept from before)", async () => {
      await page.goto(`${server.url}/`);
      if (new URL(page.url()).pathname !== "/dashboard") throw new Error(`landed on ${page.url()}`);
      await byTestId(page, `device-row-${SERIAL}`).waitFor();
    });

    await check("the device page renders the processor's UI from ui_state", async () => {
      await byTestId(page, `device-row-${SERIAL}`).click();
      await page.waitForURL(`**/dashboard#/device/${device.id}`);
      await byTestId(page, `ui-${APP}-battery`).waitFor();
      await byTestId(page, `ui-${APP}-request_position`).waitFor();
      if (await byTestId(page, `ui-${APP}-low_battery`).isVisible())
        throw new Error("low-battery warning shown before any uplink");
    });

    const showsBattery = (text) =>
      page.waitForFunction(
        ([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === want,
        [`ui-${APP}-battery-value`, text],
        { timeout: WAIT_MS },
      );

    await check("an uplink with battery 42 appears without reload (value, tag, message, online)", async () => {
      await uplink(server.url, integration, 42);
      await showsBattery("42%");
      await page.waitForFunction(
        (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent === "42%",
        `tag-${APP}-battery`,
        // A number with its unit (the processor's ui_state says "%").
      );
      await page.waitForFunction(() => document.querySelectorAll('li[data-testid^="message-"]').length === 1);
      await page.waitForFunction(
        () => document.querySelector('[data-testid="device-status"]')?.textContent === "Online",
      );
      if (await byTestId(page, `ui-${APP}-low_battery`).isVisible())
        throw new Error("low-battery warning shown at 42%");
    });

    await check("a second uplink with battery 7 shows the low-battery warning", async () => {
      await uplink(server.url, integration, 7);
      await showsBattery("7%");
      await byTestId(page, `ui-${APP}-low_battery`).waitFor({ state: "visible" });
      await page.screenshot({ path: path.join(ARTIFACTS, "dashboard-device.png"), fullPage: true });
    });

    await check("a read token sees the command disabled, with the reason (title and a visible hint)", async () => {
      const button = byTestId(page, `ui-${APP}-request_position`);
      await page.waitForFunction(
        (id) => document.querySelector(`[data-testid="${id}"]`)?.disabled === true,
        `ui-${APP}-request_position`,
      );
      const title = await button.getAttribute("title");
      if (!/write grant/.test(title ?? "")) throw new Error(`button title ${JSON.stringify(title)}`);
      const hint = byTestId(page, "read-only-hint");
      if (!(await hint.isVisible())) throw new Error("no visible read-only hint");
      if (!/write grant/.test((await hint.textContent()) ?? "")) throw new Error("the hint gives no reason");
    });

    await check("a dropped socket resumes its session and gets what happened meanwhile", async () => {
      await page.evaluate(() => window.edgehook.gateway.drop());
      await uplink(server.url, integration, 55);
      await showsBattery("55%");
      await page.waitForFunction(() => document.querySelector('[data-testid="live"]')?.dataset.session === "resumed");
      if (await byTestId(page, `ui-${APP}-low_battery`).isVisible()) throw new Error("warning still shown at 55%");
    });

    await check("a sequence gap is answered by a sync (op 14), and the page shows the synced state", async () => {
      // Forget one event, as if a frame had been lost: the next one then arrives two ahead.
      await page.evaluate((key) => (window.edgehook.gateway.channels.get(key).last -= 1), `${device.id}/tag_values`);
      await uplink(server.url, integration, 61);
      await showsBattery("61%");
      const gaps = await page.evaluate(() => window.edgehook.gateway.gaps);
      if (gaps < 1) throw new Error("the gap went unnoticed");
    });

    await check("tags are rendered by type: units, relative times, a map link, nested rows, no raw JSON", async () => {
      const text = (id) => byTestId(page, id).first().textContent();
      if ((await text(`tag-${APP}-battery`)) !== "61%")
        throw new Error(`battery tag ${await text(`tag-${APP}-battery`)}`);
      const when = byTestId(page, `tag-${APP}-last_uplink_at`);
      if ((await when.evaluate((el) => el.tagName)) !== "TIME") throw new Error("last_uplink_at is not a time");
      if (!/ago|just now/.test((await when.textContent()) ?? ""))
        throw new Error(`time reads ${await when.textContent()}`);
      const exact = await when.getAttribute("title");
      if (!exact || !/\d{1,2}:\d\d/.test(exact)) throw new Error(`no exact time on hover: ${exact}`);
      const position = byTestId(page, `tag-${INT}-position`);
      const href = await position.getAttribute("href");
      if (!href?.startsWith("https://www.openstreetmap.org/?mlat=-33.86")) throw new Error(`position link ${href}`);
      if (!/-33\.86\d+, 151\.209/.test((await position.textContent()) ?? "")) throw new Error("no coordinates shown");
      // latest_data is an object: labelled rows, down to the battery's percent with its unit.
      const nested = byTestId(page, `tag-${INT}-latest_data`);
      if ((await nested.evaluate((el) => el.tagName)) !== "DL") throw new Error("latest_data is not rows");
      if ((await text(`tag-${INT}-latest_data.battery.percent`)) !== "61%") throw new Error("nested battery row");
      const seenTag = byTestId(page, `tag-${INT}-last_seen`);
      if ((await seenTag.evaluate((el) => el.tagName)) !== "TIME") throw new Error("last_seen is not a time");
      const tagsText = (await byTestId(page, "device-tags").textContent()) ?? "";
      if (/[{}]|"\w+":/.test(tagsText)) throw new Error(`raw JSON in the tags: ${tagsText.slice(0, 200)}`);
      await byTestId(page, "tags-raw").check();
      const raw = (await byTestId(page, "tags-raw-json").textContent()) ?? "";
      if (!raw.includes('"latest_data"')) throw new Error("the raw toggle shows no JSON");
      await byTestId(page, "tags-raw").uncheck();
      await byTestId(page, `tag-${APP}-battery`).waitFor();
    });

    await check("messages: a one-line summary, raw JSON behind a closed disclosure", async () => {
      const first = page.locator('li[data-testid^="message-"]').first();
      const summary = (await first.locator('[data-testid="message-summary"]').textContent()) ?? "";
      if (!/Battery percent 61%/.test(summary) || /[{}]/.test(summary)) throw new Error(`summary ${summary}`);
      const details = first.locator("details");
      if (await details.locator("pre").isVisible()) throw new Error("raw JSON open by default");
      await details.locator("summary").click();
      const raw = (await details.locator("pre").textContent()) ?? "";
      if (!raw.includes('"device_id"')) throw new Error(`raw view ${raw}`);
    });

    await check("authors and panels by their install names, not ids or app keys", async () => {
      const author = page.locator('li[data-testid^="message-"] [data-testid="message-author"]').first();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="message-author"]')?.textContent === "browser test cloud",
      );
      if (!/^\d+$/.test((await author.getAttribute("title")) ?? "")) throw new Error("the id is not kept on hover");
      const panel = (await byTestId(page, `app-${APP}`).locator("h3").textContent()) ?? "";
      if (panel !== "browser test processor") throw new Error(`panel heading ${panel}`);
      if ((await text2(page, `tags-app-${APP}`)) !== "browser test processor") throw new Error("tags heading");
      if ((await text2(page, `tags-app-${INT}`)) !== "browser test cloud") throw new Error("integration tags heading");
      await page.screenshot({ path: path.join(ARTIFACTS, "dashboard-device-1280.png"), fullPage: true });
    });

    await check("the list: search by name or serial, filter by status, markup in names stays text", async () => {
      await page.goto(`${server.url}/dashboard#/`);
      const one = byTestId(page, `device-row-${SERIAL}`);
      const two = byTestId(page, `device-row-${SERIAL2}`);
      await two.waitFor();
      await page.waitForFunction(
        (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent === "Online",
        `device-row-${SERIAL}-status`,
      );
      if (!((await two.textContent()) ?? "").includes(XSS)) throw new Error("the name's markup is not shown as text");
      if ((await page.locator(".devices img").count()) || (await page.evaluate(() => window.__xss)))
        throw new Error("markup in a name became an element");
      await page.screenshot({ path: path.join(ARTIFACTS, "dashboard-list-1280.png"), fullPage: true });
      const shown = async () => [await one.isVisible(), await two.isVisible()].join();
      await byTestId(page, "device-filter").selectOption("online");
      if ((await shown()) !== "true,false") throw new Error(`online filter shows ${await shown()}`);
      await byTestId(page, "device-filter").selectOption("offline");
      if ((await shown()) !== "false,true") throw new Error(`offline filter shows ${await shown()}`);
      await byTestId(page, "device-filter").selectOption("");
      await byTestId(page, "device-search").fill("0002");
      if ((await shown()) !== "false,true") throw new Error(`search 0002 shows ${await shown()}`);
      await byTestId(page, "device-search").fill("browser test tracker");
      if ((await shown()) !== "true,false") throw new Error(`search by name shows ${await shown()}`);
      await byTestId(page, "device-search").fill("nothing like it");
      if (!(await byTestId(page, "device-none").isVisible())) throw new Error("no 'no match' note");
      await byTestId(page, "device-search").fill("");
    });

    await check("last seen moves with every uplink, no processor ping needed (and ticks)", async () => {
      await page.goto(`${server.url}/dashboard#/device/${second.id}`);
      await page.waitForFunction(() => document.querySelector('[data-testid="live"]')?.textContent === "live");
      await byTestId(page, "device-status").waitFor();
      await uplink(server.url, integration, 80, SERIAL2);
      await page.waitForFunction(
        () => document.querySelector('[data-testid="device-status"]')?.textContent === "Online",
      );
      const seenAt = () =>
        page.evaluate(() => Number(document.querySelector('[data-testid="device-seen"] time')?.dataset.ts));
      const first = await seenAt();
      if (!first) throw new Error("no last-seen time");
      await new Promise((r) => setTimeout(r, 1100));
      await uplink(server.url, integration, 79, SERIAL2);
      await page.waitForFunction(
        (before) => Number(document.querySelector('[data-testid="device-seen"] time')?.dataset.ts) > before,
        first,
      );
      // The relative time ticks on its own: told it is 10 minutes later, it says so within seconds.
      const t = page.locator('[data-testid="device-seen"] time');
      await t.evaluate((el) => (el.dataset.ts = String(Date.now() - 600_000)));
      await page.waitForFunction(
        () => document.querySelector('[data-testid="device-seen"] time')?.textContent === "10 min ago",
        null,
        { timeout: 7000 },
      );
      // Markup in a value (the status) is text, in the tags and in the message summary.
      const status = (await byTestId(page, `tag-${INT}-status`).textContent()) ?? "";
      if (
        !status.includes(XSS) ||
        (await page.locator("main img").count()) ||
        (await page.evaluate(() => window.__xss))
      )
        throw new Error("markup in a value became an element");
    });

    await check(`at 375 px: no sideways scroll, the tracker's device page ≤ ${PHONE_HEIGHT_MAX} px tall`, async () => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${server.url}/dashboard#/device/${device.id}`);
      await page.waitForFunction(
        (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent === "61%",
        `ui-${APP}-battery-value`,
      );
      await page.waitForFunction(() => document.querySelectorAll('li[data-testid^="message-"]').length >= 4);
      await byTestId(page, `tag-${INT}-latest_data`).waitFor();
      const devicePage = await noSideScroll(page);
      const [whole, history] = await page.evaluate(() => [
        document.documentElement.scrollHeight,
        document.querySelector('[data-testid="device-history"]')?.getBoundingClientRect().height ?? 0,
      ]);
      const height = Math.round(whole - history);
      console.log(`      device page at 375 px: ${height} px tall, and the History panel ${Math.round(history)} px`);
      await page.screenshot({ path: path.join(ARTIFACTS, "dashboard-device-375.png"), fullPage: true });
      await page.goto(`${server.url}/dashboard#/`);
      await byTestId(page, `device-row-${SERIAL}`).waitFor();
      await page.waitForFunction(
        (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent === "Online",
        `device-row-${SERIAL}-status`,
      );
      const list = await noSideScroll(page);
      await page.screenshot({ path: path.join(ARTIFACTS, "dashboard-list-375.png"), fullPage: true });
      for (const [where, m] of [
        ["device page", devicePage],
        ["list", list],
      ])
        if (m.scroll > m.width) throw new Error(`${where}: ${m.scroll} px wide in a ${m.width} px viewport`);
      if (height > PHONE_HEIGHT_MAX) throw new Error(`device page ${height} px tall at 375 px`);
    });

    await downlinkChecks(page, { server, device, integration, writeToken });
    await historyChecks(page, { server, device, integration, token });

    await check("without DASHBOARD_TILE_URL: the track has no tiles and no request leaves the page's origin", async () => {
      const track = page.locator('[data-testid="device-history"] figure.track');
      if ((await track.getAttribute("data-tiles")) !== "off") throw new Error("the track says it has tiles");
      if (await track.locator("image, g.tiles, .track-attribution").count()) throw new Error("tiles or attribution drawn");
      if (foreign.length) throw new Error(`requests elsewhere: ${foreign.join(" ")}`);
      if (tileServer.requests.length) throw new Error(`tile requests: ${tileServer.requests.join(" ")}`);
      const res = await fetch(`${server.url}/dashboard`);
      plainCsp = res.headers.get("content-security-policy");
      const imgSrc = plainCsp.split("; ").find((d) => d.startsWith("img-src"));
      if (imgSrc !== "img-src 'self' data:") throw new Error(imgSrc);
    });

    await check("no script errors or blocked resources on the page", async () => {
      if (problems.length) throw new Error(problems.join("\n"));
    });
  } finally {
    await browser.close();
  }
}

/** The device page's Downlinks panel (issue 22): read-only first, then sending, cancelling, live status. */
async function downlinkChecks(page, { server, device, integration, writeToken }) {
  const rows = page.locator('[data-testid="downlinks"] li[data-status]');
  const statusOf = (id) => page.locator(`[data-testid="downlink-${id}"]`).getAttribute("data-status");
  const waitStatus = (id, status) =>
    page.waitForFunction(
      ([tid, want]) => document.querySelector(`[data-testid="${tid}"]`)?.dataset.status === want,
      [`downlink-${id}`, status],
    );
  /** The downlinks API as another client (the write token) calls it. */
  const byApi = async (method, rest, body) => {
    const res = await fetch(`${server.url}/api/agents/${device.id}/downlinks${rest}`, {
      method,
      headers: { authorization: `Bearer ${writeToken}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} downlinks${rest}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? null : res.json();
  };
  const posted = [];
  page.on("request", (r) => r.method() === "POST" && r.url().endsWith("/downlinks") && posted.push(r.url()));
  /** Fills the form and sends; answers the id of the row that appeared first in the list (the newest). */
  const send = async ({ fPort, kind, payload, confirmed = false }) => {
    const box = byTestId(page, "downlink-send-box");
    if (!(await box.evaluate((el) => el.open))) await box.locator("summary").click();
    await byTestId(page, "downlink-fport").fill(fPort);
    await byTestId(page, "downlink-kind").selectOption(kind);
    await byTestId(page, "downlink-payload").fill(payload);
    await byTestId(page, "downlink-confirmed").setChecked(confirmed);
    await byTestId(page, "downlink-send").click();
  };

  await check("downlinks: a read token sees the panel, the form and cancel disabled with the reason", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/dashboard#/device/${device.id}`);
    await page.waitForFunction(() => document.querySelector('[data-testid="downlink-send"]')?.matches(":disabled"));
    const button = byTestId(page, "downlink-send");
    if ((await button.getAttribute("data-reason")) !== "read-only") throw new Error("no read-only reason on Send");
    if (!/write grant/.test((await button.getAttribute("title")) ?? ""))
      throw new Error("Send's title gives no reason");
    const hint = byTestId(page, "downlink-read-only");
    if (!(await hint.isVisible()) || !/write grant/.test((await hint.textContent()) ?? ""))
      throw new Error("no visible reason in the panel");
    if (!(await byTestId(page, "downlink-payload").isDisabled())) throw new Error("the payload field is editable");
    // Another client queues one: it appears live, its Cancel disabled with the reason too.
    const other = await byApi("POST", "", { f_port: 9, data: "AQ==" });
    await waitStatus(other.id, "queued");
    const cancel = byTestId(page, `downlink-${other.id}-cancel`);
    if (!(await cancel.isDisabled()) || (await cancel.getAttribute("data-reason")) !== "read-only")
      throw new Error("Cancel is not disabled for a read token");
    if (!/write grant/.test((await cancel.getAttribute("title")) ?? ""))
      throw new Error("Cancel's title gives no reason");
    await byApi("DELETE", `/${other.id}`);
    await waitStatus(other.id, "cancelled");
  });

  let hexId;
  let jsonId;
  await check("downlinks: a write token sends hex and JSON downlinks, listed queued newest first", async () => {
    await page.goto(`${server.url}/dashboard?token=${encodeURIComponent(writeToken)}#/device/${device.id}`);
    await page.waitForFunction(() => document.querySelector('[data-testid="live"]')?.textContent === "live");
    await page.waitForFunction(() => document.querySelector('[data-testid="downlink-send"]')?.disabled === false);
    if (await byTestId(page, "downlink-read-only").isVisible())
      throw new Error("read-only hint shown to a write token");
    await send({ fPort: "2", kind: "hex", payload: "01 0a ff" });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="downlinks"] li[data-status]').length === 2,
    );
    hexId = (await rows.first().getAttribute("data-testid")).slice("downlink-".length);
    await send({ fPort: "3", kind: "json", payload: '{"interval": 60}', confirmed: true });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="downlinks"] li[data-status]').length === 3,
    );
    jsonId = (await rows.first().getAttribute("data-testid")).slice("downlink-".length);
    if (jsonId === hexId) throw new Error("the newest downlink is not listed first");
    for (const id of [hexId, jsonId]) if ((await statusOf(id)) !== "queued") throw new Error(`${id} is not queued`);
    const jsonRow = (await byTestId(page, `downlink-${jsonId}`).textContent()) ?? "";
    if (!/port 3/.test(jsonRow) || !/confirmed/.test(jsonRow)) throw new Error(`JSON row reads ${jsonRow}`);
    const created = byTestId(page, `downlink-${hexId}`).locator("time").first();
    if (!/just now|s ago/.test((await created.textContent()) ?? "")) throw new Error("created is not a relative time");
    if (!/\d{1,2}:\d\d/.test((await created.getAttribute("title")) ?? "")) throw new Error("no exact time on hover");
    // What the API knows: the data went as base64 of the three bytes.
    const answer = await byApi("GET", `/${hexId}`);
    if (answer.f_port !== 2 || answer.status !== "queued") throw new Error(`API answers ${JSON.stringify(answer)}`);
  });

  await check("downlinks: bad hex and f_port 0 are refused inline, before sending", async () => {
    const before = posted.length;
    const error = byTestId(page, "downlink-error");
    await send({ fPort: "0", kind: "hex", payload: "01" });
    if (!/f_port/.test((await error.textContent()) ?? "")) throw new Error(`f_port 0: ${await error.textContent()}`);
    if ((await byTestId(page, "downlink-fport").getAttribute("aria-invalid")) !== "true")
      throw new Error("f_port not marked invalid");
    await send({ fPort: "1", kind: "hex", payload: "0g 1" });
    if (!/hex/.test((await error.textContent()) ?? "")) throw new Error(`bad hex: ${await error.textContent()}`);
    await send({ fPort: "1", kind: "json", payload: "[1, 2]" });
    if (!/JSON object/.test((await error.textContent()) ?? ""))
      throw new Error(`not an object: ${await error.textContent()}`);
    if (posted.length !== before) throw new Error("a refused form was sent to the API");
    if ((await rows.count()) !== 3) throw new Error("a row appeared for a refused form");
  });

  await check("downlinks: the API's 422 detail is shown when it refuses one", async () => {
    // 4,097 bytes: more than a downlink may carry; only the API says so.
    await send({ fPort: "1", kind: "hex", payload: "ab".repeat(4097) });
    await page.waitForFunction(() =>
      /at most 4096 bytes/.test(document.querySelector('[data-testid="downlink-error"]')?.textContent ?? ""),
    );
    if ((await rows.count()) !== 3) throw new Error("a refused downlink is listed");
    await byTestId(page, "downlink-payload").fill("");
    if (await byTestId(page, "downlink-error").textContent()) throw new Error("the error stays after an edit");
  });

  await check("downlinks: cancel a queued one (and a 409 is said in the panel)", async () => {
    await byTestId(page, `downlink-${hexId}-cancel`).click();
    await waitStatus(hexId, "cancelled");
    if (await byTestId(page, `downlink-${hexId}-cancel`).count()) throw new Error("a cancelled row can be cancelled");
    // The server says it is no longer queued (as when the device took it meanwhile).
    const pattern = `**/api/agents/${device.id}/downlinks/${jsonId}`;
    await page.route(pattern, (route) =>
      route.request().method() === "DELETE"
        ? route.fulfill({
            status: 409,
            contentType: "application/problem+json",
            body: JSON.stringify({ status: 409, code: "downlink_not_queued", detail: "the downlink is sent" }),
          })
        : route.continue(),
    );
    await byTestId(page, `downlink-${jsonId}-cancel`).click();
    await page.waitForFunction(() =>
      /no longer queued.*the downlink is sent/.test(
        document.querySelector('[data-testid="downlinks-notice"]')?.textContent ?? "",
      ),
    );
    await page.unroute(pattern);
    if ((await statusOf(jsonId)) !== "queued") throw new Error("the row changed on a refused cancel");
  });

  await check("downlinks: the device's next uplink takes the queued one, which turns sent live", async () => {
    const loads = [];
    const listen = (r) => r.method() === "GET" && /\/downlinks(\?|$)/.test(r.url()) && loads.push(r.url());
    page.on("request", listen);
    await uplink(server.url, integration, 64);
    await waitStatus(jsonId, "sent");
    page.off("request", listen);
    if (loads.length) throw new Error(`the list was fetched again (${loads.length}): not live`);
    if ((await byTestId(page, `downlink-${jsonId}-attempts`).textContent()) !== "1 attempt")
      throw new Error("attempts not 1");
    if (
      (await byTestId(page, `downlink-${jsonId}`).locator(".facts").textContent()) !==
      "http \u00b7 port 3 \u00b7 confirmed"
    )
      throw new Error(`facts ${await byTestId(page, `downlink-${jsonId}`).locator(".facts").textContent()}`);
    if ((await statusOf(hexId)) !== "cancelled") throw new Error("the cancelled one moved");
    await page.screenshot({ path: path.join(ARTIFACTS, "device-downlinks-1280.png"), fullPage: true });
  });

  await check("downlinks at 375 px: the panel fits without sideways scroll", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await byTestId(page, `downlink-${jsonId}`).waitFor();
    await byTestId(page, "downlink-send-box").locator("summary").click();
    const m = await noSideScroll(page);
    if (m.scroll > m.width) throw new Error(`${m.scroll} px wide in a ${m.width} px viewport`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`      device page at 375 px with the form open and 3 downlinks: ${height} px tall`);
    await page.locator("#h-downlinks").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "device-downlinks-375.png"), fullPage: true });
  });
}

/** The device page's History panel (issue 23): charts of numeric tags, ranges, live readings, the track. */
async function historyChecks(page, { server, device, integration, token }) {
  const INT = integration.app_key;
  const RANGES = { "1h": ["1m", "5s", 3_600_000], "1d": ["10m", "1m", 86_400_000], "1w": ["1h", "10m", 604_800_000] };
  RANGES["1M"] = ["6h", "1h", 2_592_000_000];
  const calls = [];
  page.on("request", (r) => r.url().includes("/series?") && calls.push(new URL(r.url())));
  /** The numeric tags the API holds for the device (times aside): each must have its chart. */
  const res = await fetch(`${server.url}/api/agents/${device.id}/channels/tag_values/aggregate`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const tags = (await res.json()).data;
  const numeric = Object.entries(tags).flatMap(([app, values]) =>
    Object.entries(values)
      .filter(([tag, v]) => typeof v === "number" && !/(^|_)(at|seen|time|timestamp|ts)$/.test(tag))
      .map(([tag]) => `chart-${app}-${tag}`),
  );
  const numericFields = Object.entries(tags).flatMap(([app, values]) =>
    Object.keys(values)
      .filter((tag) => numeric.includes(`chart-${app}-${tag}`))
      .map((tag) => `${app}.${tag}`),
  );
  const charts = () => page.locator('[data-testid="history-charts"] figure.chart');
  const allReady = () =>
    page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="device-history"] figure')].every((f) => f.dataset.state === "ready"),
    );
  const track = page.locator('[data-testid="device-history"] figure.track');

  await check(
    "history: a chart for each numeric tag, with points, units on the axis, the exact time on hover",
    async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${server.url}/dashboard?token=${encodeURIComponent(token)}#/device/${device.id}`);
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="history-charts"] figure').length === n,
        numeric.length,
      );
      await allReady();
      const shown = await charts().evaluateAll((els) => els.map((el) => el.dataset.testid));
      if (numeric.length < 3 || shown.sort().join() !== [...numeric].sort().join())
        throw new Error(`charts ${shown.join()} for numeric tags ${numeric.join()}`);
      for (const id of shown) {
        const chart = byTestId(page, id);
        if (!(Number(await chart.getAttribute("data-points")) >= 1)) throw new Error(`${id}: no points`);
        if (!(await chart.locator("path.line, circle.dot").count())) throw new Error(`${id}: nothing drawn`);
      }
      if ((await byTestId(page, "history-range-1d").getAttribute("aria-pressed")) !== "true")
        throw new Error("the day is not the range shown first");
      if (
        !calls.every(
          (u) => u.searchParams.get("bucket") === (/\.(lat|lon)$/.test(u.searchParams.get("field")) ? "1m" : "10m"),
        )
      )
        throw new Error(`first buckets ${calls.map((u) => u.search).join(" ")}`);
      const battery = byTestId(page, `chart-${APP}-battery`);
      const labels = await battery.locator(".axis.y text").allTextContents();
      if (!labels.length || !labels.every((l) => /^\d+%$/.test(l))) throw new Error(`battery axis ${labels.join(" ")}`);
      // The pointer at the right edge: the newest point, marked, its time and value read out.
      const mark = battery.locator("circle.mark");
      const svg = battery.locator("svg");
      await svg.scrollIntoViewIfNeeded();
      const box = await svg.boundingBox();
      await svg.hover({ position: { x: box.width - 12, y: box.height / 2 } });
      if ((await mark.getAttribute("visibility")) !== "visible") throw new Error("no hover mark");
      const readout = byTestId(page, `chart-${APP}-battery-readout`);
      const text = (await readout.textContent()) ?? "";
      if (!/\d{1,2}:\d\d:\d\d/.test(text) || !/\d+(\.\d+)?%/.test(text)) throw new Error(`hover reads ${text}`);
      if ((await readout.getAttribute("data-t")) !== (await battery.getAttribute("data-last-t")))
        throw new Error("hover at the right edge is not the newest point");
    },
  );

  await check("history: each range refetches every chart and the track, with its bucket and span", async () => {
    const trackField = await track.locator("figcaption span[title]").getAttribute("title");
    for (const key of ["1h", "1w", "1M", "1d", "1h"]) {
      calls.length = 0;
      await byTestId(page, `history-range-${key}`).click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="device-history"] figure[data-state="ready"]').length === n,
        numeric.length + 1,
      );
      await allReady();
      const [bucket, trackBucket, span] = RANGES[key];
      const fields = calls.map((u) => u.searchParams.get("field")).sort();
      const want = [...numericFields, `${trackField}.lat`, `${trackField}.lon`];
      if (fields.join() !== want.sort().join()) throw new Error(`${key}: fields ${fields.join()}, want ${want.join()}`);
      for (const u of calls) {
        const p = u.searchParams;
        const wantBucket = /\.(lat|lon)$/.test(p.get("field")) ? trackBucket : bucket;
        if (p.get("bucket") !== wantBucket) throw new Error(`${key}: ${p.get("field")} bucket ${p.get("bucket")}`);
        if (Number(p.get("to")) - Number(p.get("from")) !== span)
          throw new Error(`${key}: span ${p.get("to") - p.get("from")}`);
      }
      if ((await byTestId(page, `history-range-${key}`).getAttribute("aria-pressed")) !== "true")
        throw new Error(`${key} not shown pressed`);
    }
  });

  await check("history: a new uplink appends live to the charts and the track, without refetching", async () => {
    const id = `chart-${APP}-battery`;
    const before = Number(await byTestId(page, id).getAttribute("data-n"));
    const intBefore = Number(await byTestId(page, `chart-${INT}-battery`).getAttribute("data-n"));
    const fixes = Number(await track.getAttribute("data-points"));
    calls.length = 0;
    await uplink(server.url, integration, 48);
    await page.waitForFunction(
      ([tid, n]) => {
        const el = document.querySelector(`[data-testid="${tid}"]`);
        return el?.dataset.last === "48" && Number(el.dataset.n) === n;
      },
      [id, before + 1],
    );
    await page.waitForFunction(
      ([tid, n]) => Number(document.querySelector(`[data-testid="${tid}"]`)?.dataset.n) === n,
      [`chart-${INT}-battery`, intBefore + 1],
    );
    if ((await byTestId(page, `${id}-latest`).textContent()) !== "48%") throw new Error("latest value not 48%");
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="device-history"] figure.track')?.dataset.points) >= n,
      fixes,
    );
    if (calls.length) throw new Error(`refetched: ${calls.map((u) => u.search).join(" ")}`);
  });

  await check("history: the tracker's track, a polyline of its positions with start and end marked", async () => {
    const n = Number(await track.getAttribute("data-points"));
    if (n < 2) throw new Error(`${n} positions`);
    const points = (await track.locator("polyline.track-line").getAttribute("points")).split(" ");
    if (points.length !== n) throw new Error(`${points.length} vertices for ${n} positions`);
    const box = await track.locator("svg").boundingBox();
    for (const p of points) {
      const [x, y] = p.split(",").map(Number);
      if (!(x >= 0 && x <= box.width && y >= 0 && y <= box.height)) throw new Error(`vertex ${p} outside the drawing`);
    }
    const tid = await track.getAttribute("data-testid");
    for (const end of ["start", "end"])
      if (!(await byTestId(page, `${tid}-${end}`).count())) throw new Error(`no ${end} mark`);
    if (!/\d+ positions/.test((await byTestId(page, `${tid}-caption`).textContent()) ?? "")) throw new Error("caption");
    await page.locator("#h-history").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "device-history-1280.png"), fullPage: true });
  });

  await check(
    `history at 375 px: charts stacked full width, no sideways scroll, panel ≤ ${PHONE_HISTORY_MAX} px`,
    async () => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.reload();
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="device-history"] figure[data-state="ready"]').length === n,
        numeric.length + 1,
      );
      const boxes = await page
        .locator('[data-testid="device-history"] figure')
        .evaluateAll((els) =>
          els
            .map((el) => el.getBoundingClientRect())
            .map((r) => ({ x: Math.round(r.x), w: Math.round(r.width), y: r.y })),
        );
      const row = await byTestId(page, "history-charts").evaluate((el) => Math.round(el.getBoundingClientRect().width));
      if (!boxes.every((b) => b.x === boxes[0].x && Math.abs(b.w - row) <= 1))
        throw new Error(`not stacked: ${JSON.stringify(boxes)}`);
      if (!boxes.every((b, i) => i === 0 || b.y > boxes[i - 1].y)) throw new Error("not one under another");
      const m = await noSideScroll(page);
      if (m.scroll > m.width) throw new Error(`${m.scroll} px wide in a ${m.width} px viewport`);
      const height = await byTestId(page, "device-history").evaluate((el) => el.getBoundingClientRect().height);
      console.log(
        `      History panel at 375 px: ${Math.round(height)} px tall (${numeric.length} charts and a track)`,
      );
      if (height > PHONE_HISTORY_MAX) throw new Error(`History panel ${Math.round(height)} px tall`);
      await page.locator("#h-history").scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, "device-history-375.png"), fullPage: true });
    },
  );
}

/** A PNG of 256 × 256 RGB: a light fill, its tile's tone alternating like a chessboard, a darker border. */
function tilePng(odd) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(body));
    return Buffer.concat([head, body, tail]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(256, 0);
  ihdr.writeUInt32BE(256, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const rows = Buffer.alloc(256 * (1 + 256 * 3));
  const fill = odd ? [226, 236, 218] : [238, 242, 232];
  for (let y = 0; y < 256; y++) {
    const at = y * (1 + 256 * 3);
    rows[at] = 0;
    for (let x = 0; x < 256; x++) {
      const edge = x === 0 || y === 0;
      rows.set(edge ? [170, 180, 165] : fill, at + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The stand-in tile server: a PNG for every /{z}/{x}/{y}.png, each path asked for recorded. */
async function startTileServer() {
  const tiles = [tilePng(false), tilePng(true)];
  const requests = [];
  const http = createServer((req, res) => {
    const m = /^\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(req.url);
    requests.push(req.url);
    if (!m) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "image/png", "cache-control": "no-store" }).end(tiles[(+m[2] + +m[3]) % 2]);
  });
  await new Promise((resolve) => http.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${http.address().port}`,
    requests,
    close: () => new Promise((resolve) => http.close(resolve)),
  };
}

/** A walk in Sydney (1.3 km north–south): the track drawn on tiles. */
const WALK = [
  { lat: -33.8688, lon: 151.2093 },
  { lat: -33.8655, lon: 151.2105 },
  { lat: -33.8612, lon: 151.2099 },
  { lat: -33.8571, lon: 151.2152 },
];
const TILE_ATTRIBUTION = "Map tiles: a stand-in tile server (browser test)";
/** The page's Content-Security-Policy without tiles, as the first run saw it. */
let plainCsp = null;

/** Web Mercator world pixel at zoom z (256-px tiles), written again here to check the page's. */
function worldPx(lat, lon, z) {
  const size = 256 * 2 ** z;
  const sin = Math.sin((lat * Math.PI) / 180);
  return { x: ((lon + 180) / 360) * size, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size };
}

/** Served with DASHBOARD_TILE_URL at the stand-in: the track over its tiles (issue 23). */
async function tileRun({ server, api, tileServer }) {
  const { device, integration, token } = await setUp(api);
  // One fix per 5-second bucket of the hour's track: 7 s apart, whatever the processing takes.
  for (const [i, position] of WALK.entries()) {
    if (i) await new Promise((r) => setTimeout(r, 7_000));
    await uplink(server.url, integration, 60 - i, SERIAL, position);
  }
  const browser = await launch();
  const problems = [];
  try {
    const { page } = await openPage(browser, problems, () => true);
    const foreign = [];
    page.on("request", (r) => {
      const url = r.url();
      if (!/^(data|blob):/.test(url) && !url.startsWith(server.url) && !url.startsWith(`${tileServer.url}/`))
        foreign.push(url);
    });
    const track = page.locator('[data-testid="device-history"] figure.track');
    let response;

    await check("with DASHBOARD_TILE_URL: the page's policy allows images from that origin, and only it", async () => {
      tileServer.requests.length = 0;
      response = await page.goto(`${server.url}/dashboard?token=${encodeURIComponent(token)}#/device/${device.id}`);
      const csp = response.headers()["content-security-policy"];
      // The policy served without tiles (the first run), its img-src given the tile origin alone.
      if (!plainCsp) throw new Error("no policy of the page without tiles to compare with");
      const want = plainCsp.replace("img-src 'self' data:", `img-src 'self' data: ${tileServer.url}`);
      if (csp !== want || csp === plainCsp) throw new Error(`CSP ${csp}, want ${want}`);
      const body = await page.evaluate(() => ({ ...document.body.dataset }));
      if (body.tileUrl !== `${tileServer.url}/{z}/{x}/{y}.png` || body.tileAttribution !== TILE_ATTRIBUTION)
        throw new Error(`page settings ${JSON.stringify(body)}`);
    });

    await check("the track on tiles: the zoom and tiles the bounding box needs, beneath the polyline, positions on their place", async () => {
      // The day's drawing first (1-minute buckets: the walk in one or two fixes), its tiles fetched.
      await page.waitForFunction(() => document.querySelector('[data-testid="device-history"] figure.track image'));
      const dayTiles = await track.locator("g.tiles image").evaluateAll((els) => els.map((el) => el.getAttribute("href")));
      const settle = Date.now() + WAIT_MS;
      while (!dayTiles.every((href) => tileServer.requests.includes(href.replace(tileServer.url, "")))) {
        if (Date.now() > settle) throw new Error(`the day's tiles not all requested: ${tileServer.requests.join(" ")}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const before = tileServer.requests.length;
      await byTestId(page, "history-range-1h").click();
      await page.waitForFunction(
        (n) => {
          const t = document.querySelector('[data-testid="device-history"] figure.track');
          return t?.dataset.state === "ready" && Number(t.dataset.points) === n && t.querySelector("image");
        },
        WALK.length,
      );
      if ((await track.getAttribute("data-tiles")) !== "on") throw new Error("the track says it has no tiles");
      const svg = track.locator("svg");
      const box = await svg.evaluate((el) => ({ width: el.width.baseVal.value, height: el.height.baseVal.value }));
      // The zoom, worked out here from the positions sent: the largest (≤ 18) at which the walk
      // fits the panel less its 14-px padding.
      let zoom = 18;
      const extent = (z) => {
        const px = WALK.map((p) => worldPx(p.lat, p.lon, z));
        const xs = px.map((p) => p.x);
        const ys = px.map((p) => p.y);
        return { xs, ys, w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
      };
      while (zoom > 1 && (extent(zoom).w > box.width - 28 || extent(zoom).h > box.height - 28)) zoom--;
      if (Number(await track.getAttribute("data-zoom")) !== zoom)
        throw new Error(`zoom ${await track.getAttribute("data-zoom")}, want ${zoom} for ${box.width} × ${box.height}`);
      // The tiles covering the panel with the walk's bounding box centred in it.
      const { xs, ys } = extent(zoom);
      const left = Math.round((Math.min(...xs) + Math.max(...xs)) / 2 - box.width / 2);
      const top = Math.round((Math.min(...ys) + Math.max(...ys)) / 2 - box.height / 2);
      const want = [];
      for (let y = Math.floor(top / 256); y <= Math.ceil((top + box.height) / 256) - 1; y++)
        for (let x = Math.floor(left / 256); x <= Math.ceil((left + box.width) / 256) - 1; x++) want.push(`/${zoom}/${x}/${y}.png`);
      // Every corner of the bounding box lies in one of them.
      for (const [x, y] of [[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]])
        if (!want.includes(`/${zoom}/${Math.floor(x / 256)}/${Math.floor(y / 256)}.png`)) throw new Error("corner tile missing");
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="device-history"] figure.track image').length === n, want.length);
      const images = await track.locator("g.tiles image").evaluateAll((els) =>
        els.map((el) => ({ href: el.getAttribute("href"), x: Number(el.getAttribute("x")), y: Number(el.getAttribute("y")) })),
      );
      const drawn = images.map((i) => i.href.replace(tileServer.url, "")).sort();
      if (drawn.join() !== [...want].sort().join()) throw new Error(`tiles drawn ${drawn.join(" ")}, want ${want.join(" ")}`);
      // Every one of them asked of the tile server (the browser may reuse one the day's drawing had
      // fetched), and since the hour was chosen, nothing else.
      const deadline = Date.now() + WAIT_MS;
      while (!want.every((p) => tileServer.requests.includes(p))) {
        if (Date.now() > deadline) throw new Error(`tiles requested ${tileServer.requests.join(" ")}, want ${want.join(" ")}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const extra = tileServer.requests.slice(before).filter((p) => !want.includes(p));
      if (extra.length) throw new Error(`tiles requested beyond the bounding box's: ${extra.join(" ")}`);
      console.log(`      zoom ${zoom}: ${want.length} tiles for a ${Math.round(box.width)} × ${Math.round(box.height)} px track`);
      // Each tile placed where its world pixels fall in the drawing.
      for (const i of images) {
        const [, , x, y] = i.href.replace(tileServer.url, "").match(/^\/(\d+)\/(\d+)\/(\d+)/);
        if (i.x !== x * 256 - left || i.y !== y * 256 - top) throw new Error(`tile ${i.href} at ${i.x},${i.y}`);
      }
      // Beneath: the tiles come before the polyline and the marks in the drawing.
      const order = await svg.evaluate((el) => [...el.children].map((c) => c.getAttribute("class") || c.tagName));
      if (!(order.indexOf("tiles") >= 0 && order.indexOf("tiles") < order.indexOf("track-line")))
        throw new Error(`drawing order ${order.join(" ")}`);
      // The positions projected with the same math as the tiles (to a tenth of a pixel).
      const points = (await track.locator("polyline.track-line").getAttribute("points")).split(" ");
      WALK.forEach((p, k) => {
        const w = worldPx(p.lat, p.lon, zoom);
        const [x, y] = points[k].split(",").map(Number);
        if (Math.abs(x - (w.x - left)) > 0.06 || Math.abs(y - (w.y - top)) > 0.06)
          throw new Error(`position ${k} at ${points[k]}, want ${w.x - left},${w.y - top}`);
      });
    });

    await check("the track on tiles: the attribution shown under the map, no request to any other origin", async () => {
      const tid = await track.getAttribute("data-testid");
      const attribution = byTestId(page, `${tid}-attribution`);
      if ((await attribution.textContent()) !== TILE_ATTRIBUTION) throw new Error(await attribution.textContent());
      if (!(await attribution.isVisible())) throw new Error("attribution hidden");
      const map = await track.locator("svg").boundingBox();
      const under = await attribution.boundingBox();
      if (!(under.y >= map.y + map.height - 1)) throw new Error(`attribution at ${under.y}, map ends at ${map.y + map.height}`);
      if (foreign.length) throw new Error(`requests elsewhere: ${foreign.join(" ")}`);
      await page.locator("#h-history").scrollIntoViewIfNeeded();
      await track.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, "device-track-tiles-1280.png"), fullPage: true });
    });

    await check("with tiles: no script errors and nothing refused by the page's policy", async () => {
      if (problems.length) throw new Error(problems.join("\n"));
    });
  } finally {
    await browser.close();
  }
}

const tileServer = await startTileServer();
try {
  await withThrowawayServer("edgehook-browser-", {}, (ctx) => run({ ...ctx, tileServer }));
  await withThrowawayServer(
    "edgehook-browser-tiles-",
    { vars: { DASHBOARD_TILE_URL: `${tileServer.url}/{z}/{x}/{y}.png`, DASHBOARD_TILE_ATTRIBUTION: TILE_ATTRIBUTION } },
    (ctx) => tileRun({ ...ctx, tileServer }),
  );
} catch (error) {
  results.push(false);
  console.log(`FAIL  setting up: ${error?.stack ?? error}`);
} finally {
  await tileServer.close();
}
const passed = results.filter(Boolean).length;
console.log(`browser: ${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length && results.length > 0 ? 0 : 1;
