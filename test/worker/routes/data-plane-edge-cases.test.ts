// Regression tests for bad input found in review: each must be a clear 4xx that writes nothing,
// never a 5xx or an unreachable record.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, chan, expectProblem, json, newAgent, newToken, nextMillisecond } from "../../support/helpers.ts";
import { install } from "../../support/ingest.ts";

const postMini = (token: string): Promise<Response> =>
  exports.default.fetch(
    new Request(`http://edgehook.test/m/${token}`, {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": "192.0.2.61" },
      body: "{}",
    }),
  );

describe("data plane edge cases", () => {
  it("refuses a ts before the snowflake epoch (e.g. seconds instead of ms) instead of minting a negative id", async () => {
    const { id } = await newAgent();
    const body = await expectProblem(
      await call(chan(id, "c", "/messages"), { method: "POST", body: { data: {}, ts: 1_767_225_600 } }),
      422,
      "validation_failed",
    );
    expect(body.field).toBe("ts");
    await expectProblem(await call(chan(id, "c", "/messages")), 404, "not_found");
  });

  it("keeps a __proto__ key as a plain key in a merge patch (no 500, nothing lost)", async () => {
    const { id } = await newAgent();
    const url = chan(id, "t", "/aggregate");
    await call(url, { method: "PUT", body: { a: 1 } });
    const res = await call(url, {
      method: "PATCH",
      raw: '{"__proto__":{"x":1},"b":2}',
      headers: { "content-type": "application/json" },
    });
    const agg = await json(res, 200);
    expect(Object.hasOwn(agg.data, "__proto__")).toBe(true);
    expect(agg.data.b).toBe(2);
  });

  it("refuses JSON nested deeper than 64 levels with 422 (no stack overflow)", async () => {
    const { id } = await newAgent();
    const deep = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
    await expectProblem(
      await call(chan(id, "t", "/aggregate"), {
        method: "PUT",
        raw: deep,
        headers: { "content-type": "application/json" },
      }),
      422,
      "validation_failed",
    );
    await expectProblem(
      await call(chan(id, "t", "/messages"), {
        method: "POST",
        raw: `{"data":${deep}}`,
        headers: { "content-type": "application/json" },
      }),
      422,
      "validation_failed",
    );
  });

  it("refuses an aggregate that would outgrow a stored value (413), keeping the previous one", async () => {
    const { id } = await newAgent();
    const url = chan(id, "big", "/aggregate");
    const half = "x".repeat(700 * 1024);
    expect((await call(url, { method: "PATCH", body: { a: half } })).status).toBe(200);
    await expectProblem(await call(url, { method: "PATCH", body: { b: half } }), 413, "payload_too_large");
    const agg = await json(await call(url), 200);
    expect(Object.keys(agg.data)).toEqual(["a"]);
    expect(agg.version).toBe(1);
  });

  it("If-Match: * writes only over an existing aggregate; GET answers with the version as ETag", async () => {
    const { id } = await newAgent();
    const url = chan(id, "cfg", "/aggregate");
    await expectProblem(
      await call(url, { method: "PUT", body: { v: 1 }, headers: { "if-match": "*" } }),
      409,
      "version_conflict",
    );
    await call(url, { method: "PUT", body: { v: 1 } });
    expect((await call(url, { method: "PUT", body: { v: 2 }, headers: { "if-match": "*" } })).status).toBe(200);
    expect((await call(url)).headers.get("etag")).toBe('"2"');
  });
});

describe("control API edge cases", () => {
  it("refuses to delete an agent that still has installs (its endpoint would write into nothing)", async () => {
    const inst = await install();
    await expectProblem(await call(`/api/control/agents/${inst.agent_id}`, { method: "DELETE" }), 409, "conflict");
    expect((await call(`/api/control/installs/${inst.install_id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call(`/api/control/agents/${inst.agent_id}`, { method: "DELETE" })).status).toBe(204);
  });

  it("refuses fields an agent PATCH cannot change", async () => {
    const { id } = await newAgent();
    await expectProblem(
      await call(`/api/control/agents/${id}`, { method: "PATCH", body: { type: "integration" } }),
      422,
      "validation_failed",
    );
  });

  it("caps a tokens_valid_from in the future at now: tokens issued after the PATCH work (they were void)", async () => {
    const { id } = await newAgent();
    await call(chan(id, "t", "/aggregate"), { method: "PUT", body: {} });
    const old = await newToken([{ agent_id: id, permission: "read" }]);
    await nextMillisecond();
    const before = Date.now();
    // 30 s ahead was accepted as given (up to 60 s was), voiding every token issued meanwhile.
    const patched = await json(
      await call(`/api/control/agents/${id}`, { method: "PATCH", body: { tokens_valid_from: before + 30_000 } }),
      200,
    );
    expect(patched.tokens_valid_from).toBeGreaterThanOrEqual(before);
    expect(patched.tokens_valid_from).toBeLessThanOrEqual(Date.now());
    await expectProblem(await call(chan(id, "t", "/aggregate"), { token: old.token }), 403, "forbidden");
    const fresh = await newToken([{ agent_id: id, permission: "read" }]);
    expect((await call(chan(id, "t", "/aggregate"), { token: fresh.token })).status).toBe(200);
    // A day ahead is capped the same way, not refused.
    const far = await json(
      await call(`/api/control/agents/${id}`, {
        method: "PATCH",
        body: { tokens_valid_from: Date.now() + 86_400_000 },
      }),
      200,
    );
    expect(far.tokens_valid_from).toBeLessThanOrEqual(Date.now());
  });

  it("a future tokens_valid_from on an install's agent leaves its new mini-tokens working", async () => {
    const inst = await install({ mini_token: true });
    await nextMillisecond();
    await json(
      await call(`/api/control/agents/${inst.agent_id}`, {
        method: "PATCH",
        body: { tokens_valid_from: Date.now() + 30_000 },
      }),
      200,
    );
    expect((await postMini(inst.ingestion.mini_token ?? "")).status).toBe(401);
    const issued = await json(
      await call(`/api/control/installs/${inst.install_id}/mini_tokens`, { method: "POST", body: {} }),
      201,
    );
    expect((await postMini(issued.mini_token)).status).toBe(204);
  });

  it("a changed serial number is seen at once by serial lookups in the same isolate", async () => {
    const serial = `OLD-${crypto.randomUUID().slice(0, 8)}`;
    const dev = await newAgent({ serial_number: serial });
    const inst = await install();
    const find = async (s: string) =>
      (
        await json(
          await (
            await import("../../support/ingest.ts")
          ).invoke(inst, { body: JSON.stringify({ find_serial: s }), query: "json_response=true" }),
          200,
        )
      ).found;
    expect(await find(serial)).toBe(dev.id);
    const renamed = `NEW-${crypto.randomUUID().slice(0, 8)}`;
    await json(await call(`/api/control/agents/${dev.id}`, { method: "PATCH", body: { serial_number: renamed } }), 200);
    expect(await find(serial)).toBe(null);
    expect(await find(renamed)).toBe(dev.id);
  });

  it("serial lookups ignore surrounding spaces, as creation trims them", async () => {
    const serial = `SP-${crypto.randomUUID().slice(0, 8)}`;
    const dev = await newAgent({ serial_number: ` ${serial} ` });
    expect((await json(await call(`/api/control/agents?serial_number=%20${serial}%20`), 200))[0].id).toBe(dev.id);
  });
});
