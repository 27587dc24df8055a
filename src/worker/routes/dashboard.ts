// The dashboard (issue 10): a page, its script and its stylesheet, served by the worker itself. The
// page reads with the caller's token from the browser (`/api/agents`, channels, the gateway), so
// serving it needs no credential. The token may arrive in the address (`?token=`): the script
// takes it out at once, and no-referrer keeps it from leaking to other sites meanwhile. With map
// tiles configured (DASHBOARD_TILE_URL, dashboard-tiles.ts), the page is told the template and its
// policy lets images come from that one origin too.
import { Hono } from "hono";
import { dashboardPage } from "../../dashboard/page.ts";
import { SCRIPT } from "../../dashboard/script.ts";
import { STYLE } from "../../dashboard/style.ts";
import type { AppEnv } from "../http/app-env.ts";
import { tileSettings } from "./dashboard-tiles.ts";

export const dashboard = new Hono<AppEnv>();

const COMMON = {
  "cache-control": "no-cache",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

// Own script and style only; REST and the WebSocket go to this origin ('self' covers ws: here).
// Images: its own, data: URLs, and the tile server's origin when tiles are configured.
function csp(tileOrigin: string | null): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    tileOrigin ? `img-src 'self' data: ${tileOrigin}` : "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

dashboard.get("/dashboard", (c) => {
  const tiles = tileSettings(c.env);
  const page = dashboardPage({ tiles: tiles && { url: tiles.url, attribution: tiles.attribution } });
  return c.body(page, 200, {
    ...COMMON,
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": csp(tiles?.origin ?? null),
  });
});
dashboard.get("/dashboard.js", (c) =>
  c.body(SCRIPT, 200, { ...COMMON, "content-type": "text/javascript; charset=utf-8" }),
);
dashboard.get("/dashboard.css", (c) => c.body(STYLE, 200, { ...COMMON, "content-type": "text/css; charset=utf-8" }));
