// Issue 20, item 7 (hardening round 3): `POST /api/control/stop` could be called by any admin
// principal and could not be undone: after one call every route answered 503 `stopping` while
// the process kept running. Now only the start script that owns the process (it sends the start
// secret it gave the worker) may stop it, and it may tell it to resume.
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../../src/index.ts";
import { START_SECRET_HEADER } from "../../../src/worker/routes/stopping.ts";
import { ADMIN, expectProblem, json, newToken } from "../../support/helpers.ts";

const SECRET = "owner-secret-of-this-start";
/** The worker as `npm start` runs it: a start id, and the secret only the start script knows. */
const startedAs = (id: string, secret = SECRET) =>
  ({ ...env, EDGEHOOK_START_ID: id, EDGEHOOK_START_SECRET: secret }) as unknown as Env;

async function send(bindings: Env, path: string, init: RequestInit = {}): Promise<Response> {
  const request = new Request(`http://edgehook.test${path}`, init) as Parameters<typeof worker.fetch>[0];
  return worker.fetch(request, bindings, createExecutionContext());
}
const control = (bindings: Env, what: "stop" | "resume", headers: Record<string, string>) =>
  send(bindings, `/api/control/${what}`, { method: "POST", headers });
const owner = { authorization: `Bearer ${ADMIN}`, [START_SECRET_HEADER]: SECRET };

describe("stop and resume of npm start", () => {
  it("an admin token without the start secret cannot stop the server (403 start_secret_invalid; it keeps accepting)", async () => {
    const start = startedAs(`start-${crypto.randomUUID()}`);
    const wrong: Record<string, string>[] = [
      { authorization: `Bearer ${ADMIN}` },
      { authorization: `Bearer ${ADMIN}`, [START_SECRET_HEADER]: "guess" },
      { authorization: `Bearer ${ADMIN}`, [START_SECRET_HEADER]: `${SECRET}x` },
      { authorization: `Bearer ${ADMIN}`, [START_SECRET_HEADER]: "" },
    ];
    for (const headers of wrong) {
      for (const what of ["stop", "resume"] as const) {
        const body = await expectProblem(await control(start, what, headers), 403, "start_secret_invalid");
        expect(body.detail).not.toContain(SECRET);
      }
    }
    // Not an admin at all: refused before the secret is looked at.
    const reader = await newToken([{ all: true, permission: "read" }]);
    await expectProblem(
      await control(start, "stop", { authorization: `Bearer ${reader.token}`, [START_SECRET_HEADER]: SECRET }),
      403,
      "forbidden",
    );
    // Still accepting.
    expect(
      (await send(start, "/api/control/organisation", { headers: { authorization: `Bearer ${ADMIN}` } })).status,
    ).toBe(200);
  });

  it("a stop can be undone: the owner's resume makes every route answer again (was 503 stopping for good)", async () => {
    const start = startedAs(`start-${crypto.randomUUID()}`);
    const org = () => send(start, "/api/control/organisation", { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(await json(await control(start, "stop", owner), 200)).toMatchObject({ status: "stopping" });
    await expectProblem(await org(), 503, "stopping");
    // While stopping, resume without the secret is refused like any other request.
    await expectProblem(
      await control(start, "resume", { authorization: `Bearer ${ADMIN}` }),
      403,
      "start_secret_invalid",
    );
    await expectProblem(await org(), 503, "stopping");
    expect(await json(await control(start, "resume", owner), 200)).toMatchObject({
      name: "edgehook",
      status: "running",
    });
    expect((await org()).status).toBe(200);
    // Resuming a start that is running changes nothing.
    expect(await json(await control(start, "resume", owner), 200)).toMatchObject({ status: "running" });
  });

  it("where no start script runs (no start id or no secret), nobody may stop", async () => {
    await expectProblem(await control(env, "stop", owner), 403, "start_secret_invalid");
    await expectProblem(
      await control(startedAs(`start-${crypto.randomUUID()}`, ""), "stop", owner),
      403,
      "start_secret_invalid",
    );
  });
});
