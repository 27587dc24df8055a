// Aggregates through the worker: merge-patch, PUT, versions, If-Match, log_update.
import { describe, expect, it } from "vitest";
import { call, chan, expectProblem, json, newAgent } from "../support/helpers.ts";

describe("aggregate writes", () => {
  it("PATCH deep-merges, null deletes, arrays replace; version +1 per write", async () => {
    const { id } = await newAgent();
    const url = chan(id, "tag_values", "/aggregate");
    const first = await json(
      await call(url, { method: "PATCH", body: { app_1: { a: 1, list: [1, 2], gone: "x" } } }),
      200,
    );
    expect(first).toMatchObject({ version: 1, attachments: [] });
    expect(typeof first.last_updated).toBe("number");
    const second = await json(
      await call(url, { method: "PATCH", body: { app_1: { list: [3], gone: null, b: { c: true } } } }),
      200,
    );
    expect(second.data).toEqual({ app_1: { a: 1, list: [3], b: { c: true } } });
    expect(second.version).toBe(2);
    expect(await json(await call(url), 200)).toEqual(second);
  });

  it("PUT replaces the whole aggregate", async () => {
    const { id } = await newAgent();
    const url = chan(id, "ui_state", "/aggregate");
    await call(url, { method: "PATCH", body: { a: 1, b: 2 } });
    const put = await json(await call(url, { method: "PUT", body: { c: 3 } }), 200);
    expect(put).toMatchObject({ data: { c: 3 }, version: 2 });
  });

  it("If-Match with the current version succeeds; a stale one is 409 version_conflict and writes nothing", async () => {
    const { id } = await newAgent();
    const url = chan(id, "config", "/aggregate");
    await call(url, { method: "PATCH", body: { x: 1 } });
    const ok = await json(await call(url, { method: "PATCH", body: { x: 2 }, headers: { "if-match": '"1"' } }), 200);
    expect(ok.version).toBe(2);
    await expectProblem(
      await call(url, { method: "PATCH", body: { x: 3 }, headers: { "if-match": "1" } }),
      409,
      "version_conflict",
    );
    expect(await json(await call(url), 200)).toMatchObject({ data: { x: 2 }, version: 2 });
  });

  it("If-Match 0 guards creation of a channel", async () => {
    const { id } = await newAgent();
    const url = chan(id, "fresh", "/aggregate");
    await json(await call(url, { method: "PUT", body: { v: 1 }, headers: { "if-match": "0" } }), 200);
    await expectProblem(
      await call(url, { method: "PUT", body: { v: 2 }, headers: { "if-match": "0" } }),
      409,
      "version_conflict",
    );
  });

  it("rejects a malformed If-Match with 400 and writes nothing", async () => {
    const { id } = await newAgent();
    const url = chan(id, "config", "/aggregate");
    await expectProblem(
      await call(url, { method: "PATCH", body: { x: 1 }, headers: { "if-match": "abc" } }),
      400,
      "invalid_parameter",
    );
    await expectProblem(await call(url), 404, "not_found");
  });

  it("log_update=true also appends the patch to the message log", async () => {
    const { id } = await newAgent();
    await json(
      await call(chan(id, "tag_values", "/aggregate?log_update=true"), { method: "PATCH", body: { a: { n: 1 } } }),
      200,
    );
    const list = await json(await call(chan(id, "tag_values", "/messages")), 200);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ data: { a: { n: 1 } }, channel: { agent_id: id, name: "tag_values" } });
  });

  it("suppress_response=true answers 204 with no body", async () => {
    const { id } = await newAgent();
    const res = await call(chan(id, "x", "/aggregate?suppress_response=true"), { method: "PATCH", body: { a: 1 } });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
  });

  it("rejects a non-object body with 422 and malformed JSON with 400, writing nothing", async () => {
    const { id } = await newAgent();
    const url = chan(id, "x", "/aggregate");
    await expectProblem(await call(url, { method: "PATCH", body: [1, 2] }), 422, "validation_failed");
    await expectProblem(
      await call(url, { method: "PATCH", raw: "{nope", headers: { "content-type": "application/json" } }),
      400,
      "invalid_json",
    );
    await expectProblem(await call(url), 404, "not_found");
  });

  it("lists channels with their aggregates", async () => {
    const { id } = await newAgent();
    await call(chan(id, "b", "/aggregate"), { method: "PATCH", body: { y: 1 } });
    await call(chan(id, "a", "/messages"), { method: "POST", body: { data: { z: 1 } } });
    const list = await json(await call(`/api/agents/${id}/channels`), 200);
    expect(list.map((c: any) => c.name)).toEqual(["a", "b"]);
    expect(list[1]).toEqual({
      agent_id: id,
      owner_id: id,
      is_private: false,
      name: "b",
      aggregate: expect.objectContaining({ data: { y: 1 }, version: 1 }),
    });
    const one = await json(await call(chan(id, "a")), 200);
    expect(one.aggregate).toMatchObject({ data: {}, version: 0, last_updated: null });
  });
});
