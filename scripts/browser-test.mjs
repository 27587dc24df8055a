// `npm run test:browser`: the dashboard in a real headless Chromium (Debian's `chromium`, driven
// by playwright-core) against edgehook served as `npm start` serves it, with throwaway state. Sets
// up a tracker device with the demo integration and processor, opens the dashboard with a READ
// token, posts uplinks from here and waits — no reload — for the values the processor writes to
// arrive through the gateway socket: battery 42, then 7 and the low-battery warning. Also: a
// command refused for a read token is explained, a dropped socket resumes, a sequence gap resyncs,
// and at 375 px nothing scrolls sideways. Screenshots go to artifacts/dashboard-*.png.
// Ends with a plain "browser: N passed, M failed" line; exit 1 on any failure.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium } from "playwright-core";
import { ROOT, withThrowawayServer } from "./lib/server.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = path.join(ROOT, "artifacts");
const SERIAL = "BRW-0001";
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
  // Another device the token may not read: the list must not show it.
  await api("POST", "/api/control/agents", { name: "other", serial_number: "OTHER-0001", type: "device" });
  const integration = await api("POST", "/api/control/installs", {
    app: "tracker_integration",
    display_name: "browser test cloud",
    config: {
      dv_proc_ingestion: { cidr_ranges: ["127.0.0.0/8"] },
      dv_proc_extended_permissions: { devices: [device.id] },
    },
  });
  const processor = await api("POST", "/api/control/installs", {
    app: "tracker_processor",
    agent_id: device.id,
    display_name: "browser test processor",
    config: {},
  });
  if (processor.app_key !== APP) throw new Error(`processor app key ${processor.app_key}, expected ${APP}`);
  const { token } = await api("POST", "/api/control/tokens", { grants: [{ agent_id: device.id, permission: "read" }] });
  return { device, integration, token };
}

/** One tracker uplink through the demo integration's ingestion endpoint, as a device sends it. */
async function uplink(serverUrl, integration, percent) {
  const url = integration.ingestion.url.replace(/^https?:\/\/[^/]+/, serverUrl);
  const res = await fetch(url, {
    method: "POST",
    headers: {
      authorization: `Bearer ${integration.ingestion.token}`,
      "content-type": "application/json",
      "cf-connecting-ip": "127.0.0.1",
    },
    body: JSON.stringify({
      device_id: SERIAL,
      battery: { percent },
      position: { lat: -33.8688 + percent / 1e4, lon: 151.2093 },
      status: "STATUS_OK",
    }),
  });
  if (res.status !== 200) throw new Error(`uplink ${percent}: ${res.status} ${await res.text()}`);
}

const noSideScroll = (page) =>
  page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));

async function run({ server, api }) {
  const { device, integration, token } = await setUp(api);
  await mkdir(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  const problems = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on(
      "console",
      (m) => m.type() === "error" && !/Failed to load resource/.test(m.text()) && problems.push(m.text()),
    );

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
        (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent === "42",
        `tag-${APP}-battery`,
      );
      await page.waitForFunction(() => document.querySelectorAll('[data-testid^="message-"]').length === 1);
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

    await check("a command with a read token is refused with a clear message (403)", async () => {
      await byTestId(page, `ui-${APP}-request_position`).click();
      await page.waitForFunction(() =>
        /needs a write grant/.test(document.querySelector('[data-testid="device-notice"]')?.textContent ?? ""),
      );
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

    await check("at 375×800 nothing scrolls sideways (device page and list)", async () => {
      await page.setViewportSize({ width: 375, height: 800 });
      const device = await noSideScroll(page);
      await page.screenshot({ path: path.join(ARTIFACTS, "dashboard-mobile-device.png"), fullPage: true });
      await page.goto(`${server.url}/dashboard#/`);
      await byTestId(page, `device-row-${SERIAL}`).waitFor();
      await page.waitForFunction(
        (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent === "Online",
        `device-row-${SERIAL}-status`,
      );
      const list = await noSideScroll(page);
      await page.screenshot({ path: path.join(ARTIFACTS, "dashboard-mobile-list.png"), fullPage: true });
      for (const [where, m] of [
        ["device page", device],
        ["list", list],
      ])
        if (m.scroll > m.width) throw new Error(`${where}: ${m.scroll} px wide in a ${m.width} px viewport`);
    });

    await check("no script errors or blocked resources on the page", async () => {
      if (problems.length) throw new Error(problems.join("\n"));
    });
  } finally {
    await browser.close();
  }
}

try {
  await withThrowawayServer("edgehook-browser-", {}, run);
} catch (error) {
  results.push(false);
  console.log(`FAIL  setting up: ${error?.stack ?? error}`);
}
const passed = results.filter(Boolean).length;
console.log(`browser: ${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length && results.length > 0 ? 0 : 1;
