// Stopping `npm start` (SIGTERM, Ctrl-C) without losing anything: the start script calls
// `POST /api/control/stop`; from then on every new request is answered 503 `stopping` (the sender
// retries, against the next start), and the call answers once the requests already in flight
// have finished (at most STOP_WAIT_MS). What is queued but not yet consumed stays kept in its
// Durable Object (src/agent/queue-spool.ts) and is re-sent by the next start. Like readiness it is per start
// id: a deployment nobody starts that way (EDGEHOOK_START_ID empty) never stops accepting.
//
// Only the start script that owns the process may stop it (issue 20, item 7): besides an admin
// token it sends the start secret (`x-edgehook-start-secret`), which `npm start` makes per start
// and gives only to the worker it runs (EDGEHOOK_START_SECRET). The same secret lets it resume
// (`POST /api/control/resume`), the one request a stopping start still accepts. Anyone else — an
// admin token without the secret, any caller where no start script runs — gets 403
// `start_secret_invalid` and changes nothing.
import type { Context } from "hono";
import type { AppEnv } from "../http/app-env.ts";
import { ProblemError, problemResponse } from "../../shared/problem.ts";

/** Longest wait for requests in flight. */
export const STOP_WAIT_MS = 10_000;
/** The header the start script sends its start secret in. */
export const START_SECRET_HEADER = "x-edgehook-start-secret";
/** The one request a stopping start accepts: its owner telling it to resume. */
export const RESUME_PATH = "/api/control/resume";

let stoppingStart: string | null = null;
let inFlight = 0;

const stopping = (env: Env): boolean => stoppingStart !== null && stoppingStart === (env.EDGEHOOK_START_ID as string);

const isResume = (request: Request): boolean =>
  request.method === "POST" && new URL(request.url).pathname === RESUME_PATH;

/**
 * Runs a request of a start (EDGEHOOK_START_ID set), counting it in flight; once stopping, refuses
 * it (all but the owner's resume, which the route checks). The worker's entry calls it only when
 * there is a start id, so a deployment pays nothing.
 */
export async function whileAccepting(env: Env, request: Request, run: () => Promise<Response>): Promise<Response> {
  if (stopping(env) && !isResume(request))
    return problemResponse(
      503,
      "stopping",
      "this edgehook is stopping; retry against its next start",
      {},
      { "retry-after": "5" },
    );
  inFlight++;
  try {
    return await run();
  } finally {
    inFlight--;
  }
}

/** Constant time in the secret's length: a wrong guess learns nothing from how long it took. */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const digest = async (s: string) =>
    new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(s)));
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  return crypto.subtle.timingSafeEqual(a, b);
}

/**
 * The start this request may stop or resume: the caller must show the start secret of the start
 * that owns the process. 403 `start_secret_invalid` otherwise, also where no start script runs.
 */
async function ownedStart(c: Context<AppEnv>): Promise<string> {
  const start: string = c.env.EDGEHOOK_START_ID;
  const secret: string = c.env.EDGEHOOK_START_SECRET;
  const given = c.req.header(START_SECRET_HEADER) ?? "";
  if (!start || !secret || !given || !(await sameSecret(given, secret)))
    throw new ProblemError(
      403,
      "start_secret_invalid",
      `only the start script that owns this process may stop or resume it (header ${START_SECRET_HEADER})`,
    );
  return start;
}

/** `POST /api/control/stop` (admin + start secret): stop accepting, then answer once in-flight requests are done. */
export async function stop(c: Context<AppEnv>): Promise<Response> {
  stoppingStart = await ownedStart(c);
  const deadline = Date.now() + STOP_WAIT_MS;
  // This request is one of them.
  while (inFlight > 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return c.json({ name: "edgehook", status: "stopping", in_flight: inFlight - 1 });
}

/** `POST /api/control/resume` (admin + start secret): accept requests again after a stop. */
export async function resume(c: Context<AppEnv>): Promise<Response> {
  const start = await ownedStart(c);
  if (stoppingStart === start) stoppingStart = null;
  return c.json({ name: "edgehook", status: "running", in_flight: inFlight - 1 });
}
