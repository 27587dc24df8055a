// `…/downlinks` (issue 22): queue, list, read, cancel, replace, Idempotency-Key, and each guard's
// accepted and rejected cases, through the worker entry.
import { describe, expect, it } from "vitest";
import { call, expectProblem, json, newAgent, newToken } from "../../support/helpers.ts";
import { messagesOf } from "../../support/ingest.ts";

const path = (agentId: string, rest = "") => `/api/agents/${agentId}/downlinks${rest}`;
const post = (agentId: string, body: unknown, opts: { token?: string; headers?: Record<string, string> } = {}) =>
  call(path(agentId), { method: "POST", body, ...opts });

describe("downlinks API", () => {
  it("queues a downlink: 202 with id, status queued, transport (null until a route is known), created_at", async () => {
    const dev = await newAgent();
    const view = await json(await post(dev.id, { f_port: 2, data: "AQID", confirmed: true, priority: "HIGH" }), 202);
    expect(view).toMatchObject({ status: "queued", transport: null, f_port: 2, confirmed: true, priority: "HIGH" });
    expect(view.id).toMatch(/^\d+$/);
    expect(typeof view.created_at).toBe("number");
    expect(view.attempts).toBe(0);
    expect(await json(await call(path(dev.id, `/${view.id}`)), 200)).toEqual(view);
    const list = await json(await call(path(dev.id)), 200);
    expect(list).toEqual([view]);
    // Each change is a message on the device's `downlinks` channel.
    const published = await messagesOf(dev.id, "downlinks");
    expect(published.map((m) => m.data)).toEqual([view]);
  });

  it("lists newest first; a payload downlink defaults to unconfirmed, NORMAL, no expiry", async () => {
    const dev = await newAgent();
    const a = await json(await post(dev.id, { payload: { cmd: "a" } }), 202);
    const b = await json(await post(dev.id, { payload: { cmd: "b" } }), 202);
    expect(a).toMatchObject({ confirmed: false, priority: "NORMAL", expires_at: null });
    expect((await json(await call(path(dev.id)), 200)).map((d: { id: string }) => d.id)).toEqual([b.id, a.id]);
  });

  it("honours Idempotency-Key: a retried POST answers the first downlink and queues nothing twice", async () => {
    const dev = await newAgent();
    const headers = { "idempotency-key": "retry-1" };
    const first = await json(await post(dev.id, { data: "AQ==" }, { headers }), 202);
    const again = await json(await post(dev.id, { data: "AQ==" }, { headers }), 202);
    expect(again).toEqual(first);
    expect(await json(await call(path(dev.id)), 200)).toHaveLength(1);
  });

  it("cancels a queued downlink (204), then answers 409 problem+json; 404 for an unknown id", async () => {
    const dev = await newAgent();
    const view = await json(await post(dev.id, { data: "AQ==" }), 202);
    expect((await call(path(dev.id, `/${view.id}`), { method: "DELETE" })).status).toBe(204);
    expect(await json(await call(path(dev.id, `/${view.id}`)), 200)).toMatchObject({ status: "cancelled" });
    await expectProblem(await call(path(dev.id, `/${view.id}`), { method: "DELETE" }), 409, "downlink_not_queued");
    await expectProblem(await call(path(dev.id, "/123456789"), { method: "DELETE" }), 404, "not_found");
    await expectProblem(await call(path(dev.id, "/123456789")), 404, "not_found");
    const statuses = (await messagesOf(dev.id, "downlinks")).map((m) => m.data.status);
    expect(statuses).toEqual(["cancelled", "queued"]);
  });

  it("replace: true cancels what is still queued first", async () => {
    const dev = await newAgent();
    const old = await json(await post(dev.id, { data: "AQ==" }), 202);
    const fresh = await json(await post(dev.id, { data: "Ag==", replace: true }), 202);
    expect(await json(await call(path(dev.id, `/${old.id}`)), 200)).toMatchObject({ status: "cancelled" });
    expect(fresh.status).toBe("queued");
  });

  it("a read-only token may list (200) but not queue or cancel (403 problem+json)", async () => {
    const dev = await newAgent();
    const view = await json(await post(dev.id, { data: "AQ==" }), 202);
    const { token } = await newToken([{ agent_id: dev.id, permission: "read" }]);
    expect((await call(path(dev.id), { token })).status).toBe(200);
    await expectProblem(await post(dev.id, { data: "AQ==" }, { token }), 403, "forbidden");
    await expectProblem(await call(path(dev.id, `/${view.id}`), { method: "DELETE", token }), 403, "forbidden");
    const writer = await newToken([{ agent_id: dev.id, permission: "write" }]);
    expect((await post(dev.id, { data: "AQ==" }, { token: writer.token })).status).toBe(202);
  });

  it("an unknown agent is 404 problem+json", async () => {
    await expectProblem(await post("123456789012", { data: "AQ==" }), 404, "not_found");
    await expectProblem(await call(path("123456789012")), 404, "not_found");
  });

  it.each([
    ["both data and payload", { data: "AQ==", payload: { a: 1 } }, "data"],
    ["neither data nor payload", { f_port: 1 }, "data"],
    ["bad base64", { data: "not base64!" }, "data"],
    ["f_port 0", { f_port: 0, data: "AQ==" }, "f_port"],
    ["f_port 224", { f_port: 224, data: "AQ==" }, "f_port"],
    ["expires_at in the past", { data: "AQ==", expires_at: "2020-01-01T00:00:00Z" }, "expires_at"],
    ["expires_at not RFC 3339", { data: "AQ==", expires_at: "tomorrow" }, "expires_at"],
    ["a payload that is not an object", { payload: [1] }, "payload"],
    ["an unknown priority", { data: "AQ==", priority: "URGENT" }, "priority"],
    ["more than 4096 bytes of data", { data: btoa("x".repeat(4097)) }, "data"],
    // 6,000 characters, 18,000 bytes of UTF-8: the limit counts bytes (issue 20).
    ["a payload over 16 KiB of UTF-8", { payload: { text: "漢".repeat(6000) } }, "payload"],
  ])("422 validation_failed naming the field: %s", async (_name, body, field) => {
    const dev = await newAgent();
    const problem = await expectProblem(await post(dev.id, body), 422, "validation_failed");
    expect(problem.field).toBe(field);
    expect(problem.detail).toContain(field);
  });

  it("accepts the edges: f_port 1 and 223, url-safe base64 (kept as standard), an expiry to come", async () => {
    const dev = await newAgent();
    const expires = new Date(Date.now() + 3_600_000).toISOString();
    expect((await post(dev.id, { f_port: 1, data: "-_8=" }), 202)).toBeTruthy();
    const view = await json(await post(dev.id, { f_port: 223, data: "AQ==", expires_at: expires }), 202);
    expect(view.expires_at).toBe(Date.parse(expires));
  });
});
