// The dashboard (issue 10): a page, its script and its stylesheet, served by the worker itself. The
// page reads with the caller's token from the browser (`/api/agents`, channels, the gateway), so
// serving it needs no credential. The token may arrive in the address (`?token=`): the script
// takes it out at once, and no-referrer keeps it from leaking to other sites meanwhile.
import { Hono } from "hono";
import { PAGE } from "../../dashboard/page.ts";
import { SCRIPT } from "../../dashboard/script.ts";
import { STYLE } from "../../dashboard/style.ts";
import type { AppEnv } from "../http/app-env.ts";

export const dashboard = new Hono<AppEnv>();

const COMMON = {
  "cache-control": "no-cache",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

// Own script and style only; REST and the WebSocket go to this origin ('self' covers ws: here).
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

dashboard.get("/dashboard", (c) =>
  c.body(PAGE, 200, { ...COMMON, "content-type": "text/html; charset=utf-8", "content-security-policy": CSP }),
);
dashboard.get("/dashboard.js", (c) =>
  c.body(SCRIPT, 200, { ...COMMON, "content-type": "text/javascript; charset=utf-8" }),
);
dashboard.get("/dashboard.css", (c) => c.body(STYLE, 200, { ...COMMON, "content-type": "text/css; charset=utf-8" }));
