// The stand-in server itself (server.mjs): scripted answers in order with the last repeating,
// requests recorded per scope, an unscripted request answered 404 and recorded too.
import { describe, expect, it } from "vitest";
import { StandIn } from "./client.ts";

describe("stand-in server", () => {
  it("answers a route's scripted answers in order, then repeats the last", async () => {
    const server = new StandIn();
    await server.route(
      "PUT",
      "/things/1",
      { status: 503 },
      { status: 200, json: { ok: true }, headers: { "x-n": "2" } },
    );
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${server.baseUrl}/things/1`, { method: "PUT" })).status);
    expect(statuses).toEqual([503, 200, 200]);
    const last = await fetch(`${server.baseUrl}/things/1`, { method: "PUT" });
    expect(last.headers.get("x-n")).toBe("2");
    expect(await last.json()).toEqual({ ok: true });
  });

  it("records every request of its scope only, unscripted ones answered 404", async () => {
    const [a, b] = [new StandIn(), new StandIn()];
    const res = await fetch(`${a.baseUrl}/hook?x=1`, { method: "POST", headers: { "X-Test": "yes" }, body: "hello" });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: "stand-in: no route for POST /hook" });
    expect(await a.requests()).toMatchObject([
      { method: "POST", path: "/hook", query: "?x=1", body: "hello", headers: { "x-test": "yes" } },
    ]);
    expect(await b.requests()).toEqual([]);
  });
});
