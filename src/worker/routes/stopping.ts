// Stopping `npm start` (SIGTERM, Ctrl-C) without losing anything: the start script calls
// `POST /api/control/stop`; from then on every new request is answered 503 `stopping` (the sender
// retries, against the next start), and the call answers once the requests already in flight
// have finished (at most STOP_WAIT_MS). What is queued but not yet consumed stays kept in its
// Durable Object (src/spool/) and is re-sent by the next start. Like readiness it is per start
// id: a deployment nobody starts that way (EDGEHOOK_START_ID empty) never stops accepting.
import type { Context } from "hono";
import type { AppEnv } from "../http/app-env.ts";
import { problemResponse } from "../../shared/problem.ts";

/** Longest wait for requests in flight. */
export const STOP_WAIT_MS = 10_000;

let stoppingStart: string | null = null;
let inFlight = 0;

const stopping = (env: Env): boolean => stoppingStart !== null && stoppingStart === (env.EDGEHOOK_START_ID as string);

/**
 * Runs a request of a start (EDGEHOOK_START_ID set), counting it in flight; once stopping, refuses
 * it. The worker's entry calls it only when there is a start id, so a deployment pays nothing.
 */
export async function whileAccepting(env: Env, run: () => Promise<Response>): Promise<Response> {
  if (stopping(env))
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

/** `POST /api/control/stop` (admin): stop accepting, then answer once in-flight requests are done. */
export async function stop(c: Context<AppEnv>): Promise<Response> {
  const start: string = c.env.EDGEHOOK_START_ID;
  // Nothing is counted without a start id (src/index.ts), and nothing stops.
  if (!start) return c.json({ name: "edgehook", status: "running", in_flight: 0 });
  stoppingStart = start;
  const deadline = Date.now() + STOP_WAIT_MS;
  // This request is one of them.
  while (inFlight > 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return c.json({ name: "edgehook", status: "stopping", in_flight: inFlight - 1 });
}
