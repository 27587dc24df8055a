// Readiness: `GET /` answers 200 only when a request made next sees the system started. A
// deployment nobody seeds (wrangler deploy, npm run dev: EDGEHOOK_START_ID empty) is ready at once.
// `npm start` sets a per-start id and seeds the demo through the control API; until it then
// calls `POST /api/control/ready`, `GET /` answers 503 `starting`, so a look-up made right after
// the first 200 finds TRK-0001. The mark is a KV key holding the start id: a restart (a new id)
// is not ready until its own seeding is done, and the mark survives an isolate's eviction.
import type { Context } from "hono";
import type { AppEnv } from "../http/app-env.ts";
import { problemResponse } from "../../shared/problem.ts";

/** KV key (binding CACHE) of the start id last marked ready. */
export const READY_KEY = "sys:ready";

// Ready never turns back for one start id: once seen, no more KV reads in this isolate.
let readyStart: string | null = null;

async function ready(env: Env): Promise<boolean> {
  const start: string = env.EDGEHOOK_START_ID;
  if (!start || readyStart === start) return true;
  if ((await env.CACHE.get(READY_KEY)) !== start) return false;
  readyStart = start;
  return true;
}

/**
 * A browser asking for a page (`Accept` with `text/html`, and not `application/json`): every
 * other caller — curl, scripts, `Accept: application/json` — gets the JSON readiness answer.
 */
export function wantsHtml(accept: string | undefined): boolean {
  const types = (accept ?? "").toLowerCase();
  return types.includes("text/html") && !types.includes("application/json");
}

/**
 * `GET /`: 200 once ready, else 503 `starting` (problem+json, Retry-After). Once ready, a browser
 * is sent on to the dashboard (with the query, so `/?token=…` carries its token along).
 */
export async function health(c: Context<AppEnv>): Promise<Response> {
  if (await ready(c.env)) {
    c.header("vary", "Accept");
    if (wantsHtml(c.req.header("accept"))) return c.redirect(`/dashboard${new URL(c.req.url).search}`, 302);
    return c.json({ name: "edgehook", status: "ready" });
  }
  return problemResponse(
    503,
    "starting",
    "npm start is seeding the demo; GET / answers 200 once it is done",
    {},
    { "retry-after": "1" },
  );
}

/** `POST /api/control/ready` (admin): the start script is done seeding; a no-op when nobody seeds. */
export async function markReady(c: Context<AppEnv>): Promise<Response> {
  const start: string = c.env.EDGEHOOK_START_ID;
  if (start) {
    await c.env.CACHE.put(READY_KEY, start);
    readyStart = start;
  }
  return c.json({ name: "edgehook", status: "ready" });
}
