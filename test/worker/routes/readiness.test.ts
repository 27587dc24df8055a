// Readiness of GET / (issue 8): under `npm start` it answered 200 before the demo was seeded, so
// a look-up made right after found nothing. Ready means ready.
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../../src/index.ts";
import { READY_KEY } from "../../../src/worker/routes/readiness.ts";
import { ADMIN, expectProblem, json } from "../../support/helpers.ts";

/** The worker as `npm start` runs it: EDGEHOOK_START_ID set to this start's id. */
const startedAs = (id: string) => ({ ...env, EDGEHOOK_START_ID: id }) as unknown as Env;

// Through the worker's own fetch (not exports.default), which is what lets a test set the bindings.
async function send(bindings: Env, path: string, init: RequestInit = {}): Promise<Response> {
  const request = new Request(`http://edgehook.test${path}`, init) as Parameters<typeof worker.fetch>[0];
  return worker.fetch(request, bindings, createExecutionContext());
}
const markReady = (bindings: Env, token: string | null = ADMIN) =>
  send(bindings, "/api/control/ready", { method: "POST", headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("GET /", () => {
  it("is 200 at once where nobody seeds (EDGEHOOK_START_ID empty: wrangler deploy, npm run dev)", async () => {
    expect(env.EDGEHOOK_START_ID).toBe("");
    expect(await json(await send(env, "/"), 200)).toEqual({ name: "edgehook", status: "ready" });
    // Marking ready there changes nothing and writes nothing.
    expect(await json(await markReady(env), 200)).toEqual({ name: "edgehook", status: "ready" });
    expect(await env.CACHE.get(READY_KEY)).toBeNull();
  });

  it("under npm start, is 503 `starting` until the start script marks its start ready, then 200", async () => {
    const start = startedAs(`start-${crypto.randomUUID()}`);
    const waiting = await send(start, "/");
    expect(waiting.headers.get("retry-after")).toBe("1");
    await expectProblem(waiting, 503, "starting");
    // Only the admin may say so.
    await expectProblem(await markReady(start, null), 401, "token_missing");
    await expectProblem(await send(start, "/"), 503, "starting");
    expect(await json(await markReady(start), 200)).toEqual({ name: "edgehook", status: "ready" });
    expect(await json(await send(start, "/"), 200)).toEqual({ name: "edgehook", status: "ready" });
  });

  it("a restart (a new start id) on the same state is not ready until its own seeding is marked", async () => {
    const first = startedAs(`start-${crypto.randomUUID()}`);
    await json(await markReady(first), 200);
    expect((await send(first, "/")).status).toBe(200);
    const second = startedAs(`start-${crypto.randomUUID()}`);
    await expectProblem(await send(second, "/"), 503, "starting");
    await json(await markReady(second), 200);
    expect((await send(second, "/")).status).toBe(200);
  });

  // Browsers get the dashboard; everything else keeps the machine-readable answer.
  const BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  it("sends a browser (Accept: text/html) on to /dashboard once ready, with the query", async () => {
    const res = await send(env, "/?token=abc", { headers: { accept: BROWSER }, redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/dashboard?token=abc");
    expect(res.headers.get("vary")).toContain("Accept");
  });

  it("answers JSON for Accept: application/json, for */* and for no Accept at all", async () => {
    for (const accept of ["application/json", "*/*", "application/json, text/html", null]) {
      const res = await send(env, "/", { headers: accept === null ? {} : { accept } });
      expect(await json(res, 200), String(accept)).toEqual({ name: "edgehook", status: "ready" });
    }
  });

  it("while starting, gives a browser the same 503 `starting` (no dashboard before the demo is seeded)", async () => {
    const start = startedAs(`start-${crypto.randomUUID()}`);
    await expectProblem(await send(start, "/", { headers: { accept: BROWSER } }), 503, "starting");
    await json(await markReady(start), 200);
    expect((await send(start, "/", { headers: { accept: BROWSER }, redirect: "manual" })).status).toBe(302);
  });
});

// Stopping npm start (SIGTERM, Ctrl-C): stop accepting, let what is in flight finish, then exit.
// Only the start script that owns the process may (its start secret): test/worker/routes/stop-resume.test.ts.
describe("POST /api/control/stop", () => {
  const SECRET = "test-start-secret";
  const owned = (id: string) => ({ ...startedAs(id), EDGEHOOK_START_SECRET: SECRET }) as unknown as Env;
  const stop = (bindings: Env, token: string | null = ADMIN) =>
    send(bindings, "/api/control/stop", {
      method: "POST",
      headers: { "x-edgehook-start-secret": SECRET, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  const createAgent = (bindings: Env) =>
    send(bindings, "/api/control/agents", {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
      body: JSON.stringify({ name: `in flight ${crypto.randomUUID()}` }),
    });

  it("only the admin may stop a start; then new requests get 503 `stopping`, after those in flight finished", async () => {
    const start = owned(`start-${crypto.randomUUID()}`);
    await json(await markReady(start), 200);
    await expectProblem(await stop(start, null), 401, "token_missing");
    expect((await send(start, "/")).status).toBe(200);

    const inFlight = createAgent(start);
    let finished = false;
    void inFlight.then(() => (finished = true));
    expect(await json(await stop(start), 200)).toEqual({ name: "edgehook", status: "stopping", in_flight: 0 });
    expect(finished).toBe(true);
    expect((await inFlight).status).toBe(201);

    const refused = await send(start, "/");
    expect(refused.headers.get("retry-after")).toBe("5");
    await expectProblem(refused, 503, "stopping");
    await expectProblem(await createAgent(start), 503, "stopping");
    // Another start (the next `npm start` on the same state) accepts again.
    const next = owned(`start-${crypto.randomUUID()}`);
    await json(await markReady(next), 200);
    expect((await createAgent(next)).status).toBe(201);
  });

  it("where nobody starts with a start id (wrangler deploy, npm run dev) it stops nothing: 403", async () => {
    await expectProblem(await stop(env), 403, "start_secret_invalid");
    expect((await createAgent(env)).status).toBe(201);
  });
});
