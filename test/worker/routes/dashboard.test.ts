// The dashboard's files are served by the worker without a credential (the page reads with the
// caller's token from the browser), with types a browser will run and a policy that allows only
// its own script, style and origin. Its behaviour is tested in Chromium: scripts/browser-test.mjs.
// Map tiles (issue 23): with DASHBOARD_TILE_URL set, the page is told the template and its policy
// allows images from that origin, and only it; an unusable template is ignored with a warning.
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { dashboard } from "../../../src/worker/routes/dashboard.ts";
import { tileTemplateProblem } from "../../../src/worker/routes/dashboard-tiles.ts";
import { call } from "../../support/helpers.ts";

const OSM = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
/** GET /dashboard with tile settings over the test's vars. */
function pageWith(vars: Record<string, string>): Promise<Response> {
  return Promise.resolve(dashboard.request("/dashboard", {}, { ...env, ...vars }));
}
const imgSrc = (res: Response) =>
  (res.headers.get("content-security-policy") ?? "").split("; ").find((d) => d.startsWith("img-src"));

describe("dashboard files", () => {
  it("serves the page with its script, stylesheet and a strict content security policy", async () => {
    const res = await call("/dashboard", { token: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/dashboard.js">');
    expect(html).toContain('href="/dashboard.css"');
  });

  it("serves the script and the stylesheet with their types", async () => {
    const js = await call("/dashboard.js", { token: null });
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const code = await js.text();
    // Joined from String.raw parts: an interpolation left in one would be a bug in the page.
    expect(code).not.toContain("${");
    expect(code).toContain("class Gateway");
    const css = await call("/dashboard.css", { token: null });
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(await css.text()).toContain(".device-row");
  });
});

describe("dashboard map tiles", () => {
  it("off by default: images from the page's own origin and data: only, no template in the page", async () => {
    const res = await call("/dashboard", { token: null });
    expect(imgSrc(res)).toBe("img-src 'self' data:");
    const html = await res.text();
    expect(html).toContain("<body>");
    expect(html).not.toContain("data-tile-url");
  });

  it("with a template: the page gets it and the attribution, and img-src allows exactly its origin", async () => {
    const res = await pageWith({ DASHBOARD_TILE_URL: OSM, DASHBOARD_TILE_ATTRIBUTION: "© OpenStreetMap contributors" });
    expect(res.status).toBe(200);
    expect(imgSrc(res)).toBe("img-src 'self' data: https://tile.openstreetmap.org");
    // Everything else as strict as without tiles.
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'; script-src 'self'");
    expect(res.headers.get("content-security-policy")).toContain("connect-src 'self';");
    const html = await res.text();
    expect(html).toContain(`<body data-tile-url="${OSM}" data-tile-attribution="© OpenStreetMap contributors">`);
  });

  it("keeps a port and a query (an API key) in the template; the origin has the port, not the path", async () => {
    const url = "https://tiles.example.com:8443/styles/v1/{z}/{x}/{y}@2x.png?key=abc&lang=en";
    const res = await pageWith({ DASHBOARD_TILE_URL: url, DASHBOARD_TILE_ATTRIBUTION: "" });
    expect(imgSrc(res)).toBe("img-src 'self' data: https://tiles.example.com:8443");
    expect(await res.text()).toContain(
      'data-tile-url="https://tiles.example.com:8443/styles/v1/{z}/{x}/{y}@2x.png?key=abc&amp;lang=en"',
    );
    const local = await pageWith({ DASHBOARD_TILE_URL: "http://127.0.0.1:8099/{z}/{x}/{y}.png" });
    expect(imgSrc(local)).toBe("img-src 'self' data: http://127.0.0.1:8099");
  });

  it("an attribution carrying markup stays text in an attribute", async () => {
    const res = await pageWith({
      DASHBOARD_TILE_URL: OSM,
      DASHBOARD_TILE_ATTRIBUTION: '<img src=x onerror="1"> & $& co',
    });
    const html = await res.text();
    expect(html).toContain('data-tile-attribution="&lt;img src=x onerror=&quot;1&quot;&gt; &amp; $&amp; co"');
    expect(html).not.toContain("<img");
  });

  it("ignores an unusable template with a warning: the page as without tiles, never an error", async () => {
    const bad: [string, RegExp][] = [
      ["http://tile.openstreetmap.org/{z}/{x}/{y}.png", /not https/],
      ["ftp://tiles.example/{z}/{x}/{y}.png", /not https/],
      ["https://tile.openstreetmap.org/{z}/{x}.png", /\{y\}/],
      ["https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", /host/],
      ["https://tiles.example/{z}/{x}/{y}.png?style={style}", /\{style\}/],
      ["https://user:pw@tiles.example/{z}/{x}/{y}.png", /credentials/],
      ["tile.openstreetmap.org/{z}/{x}/{y}.png", /absolute/],
      ['https://tiles.example/{z}/{x}/{y}.png" onload="x', /quotes/],
      ["https://tiles.example/{z}/{x}/{y}.png; img-src *", /spaces/],
    ];
    for (const [url, why] of bad) {
      expect(tileTemplateProblem(url), url).toMatch(why);
      const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      try {
        const res = await pageWith({ DASHBOARD_TILE_URL: url, DASHBOARD_TILE_ATTRIBUTION: "x" });
        expect(res.status, url).toBe(200);
        expect(imgSrc(res), url).toBe("img-src 'self' data:");
        expect(await res.text(), url).not.toContain("data-tile");
        expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^DASHBOARD_TILE_URL ignored \(/));
      } finally {
        warn.mockRestore();
      }
    }
    // http only for a local tile server.
    expect(tileTemplateProblem("http://localhost:9000/{z}/{x}/{y}.png")).toBeNull();
    expect(tileTemplateProblem("http://127.0.0.1/{z}/{x}/{y}.png")).toBeNull();
    expect(tileTemplateProblem("http://192.168.1.5/{z}/{x}/{y}.png")).toMatch(/not https/);
    expect(tileTemplateProblem(OSM)).toBeNull();
  });
});
