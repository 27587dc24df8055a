// The dashboard's files are served by the worker without a credential (the page reads with the
// caller's token from the browser), with types a browser will run and a policy that allows only
// its own script, style and origin. Its behaviour is tested in Chromium: scripts/browser-test.mjs.
import { describe, expect, it } from "vitest";
import { call } from "../../support/helpers.ts";

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
