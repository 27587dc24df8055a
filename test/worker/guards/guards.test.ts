// The ingestion guard chain end to end through the worker: lookup, CIDR, token, body limit.
import { describe, expect, it } from "vitest";
import { expectProblem, json } from "../../support/helpers.ts";
import { install, invoke, invokePath } from "../../support/ingest.ts";

describe("ingestion lookup", () => {
  it("accepts a known endpoint and answers 200 {id}", async () => {
    const inst = await install();
    const body = await json(await invoke(inst, { body: '{"a":1}' }), 200);
    expect(body).toEqual({ id: expect.stringMatching(/^\d+$/) });
  });

  it("404 unknown_ingestion for an unknown id, a malformed id, or another agent's path", async () => {
    const inst = await install();
    await expectProblem(
      await invoke(inst, {}, `/api/agents/${inst.agent_id}/processors/ingestions/123/invoke`),
      404,
      "unknown_ingestion",
    );
    await expectProblem(
      await invoke(inst, {}, `/api/agents/${inst.agent_id}/processors/ingestions/abc/invoke`),
      404,
      "unknown_ingestion",
    );
    const other = await install();
    await expectProblem(
      await invoke(inst, {}, invokePath(other).replace(other.agent_id, inst.agent_id)),
      404,
      "unknown_ingestion",
    );
  });
});

describe("CIDR allow-list", () => {
  const ranges = ["198.51.100.0/24", "2001:db8:abcd::/48"];

  it("lets in IPv4 and IPv6 addresses inside the ranges", async () => {
    const inst = await install({ cidr_ranges: ranges });
    expect((await invoke(inst, { ip: "198.51.100.255" })).status).toBe(200);
    expect((await invoke(inst, { ip: "2001:db8:abcd:12::1" })).status).toBe(200);
  });

  it("403 ip_denied for addresses just outside, IPv4 and IPv6", async () => {
    const inst = await install({ cidr_ranges: ranges });
    await expectProblem(await invoke(inst, { ip: "198.51.101.0" }), 403, "ip_denied");
    await expectProblem(await invoke(inst, { ip: "2001:db8:abce::1" }), 403, "ip_denied");
  });

  it("matches an IPv4-mapped IPv6 client against its IPv4 range", async () => {
    const inst = await install({ cidr_ranges: ranges });
    expect((await invoke(inst, { ip: "::ffff:198.51.100.9" })).status).toBe(200);
    await expectProblem(await invoke(inst, { ip: "::ffff:198.51.99.9" }), 403, "ip_denied");
  });

  it("never trusts X-Forwarded-For: an allowed address there does not help a denied CF-Connecting-IP", async () => {
    const inst = await install({ cidr_ranges: ranges });
    await expectProblem(
      await invoke(inst, { ip: "192.0.2.1", headers: { "x-forwarded-for": "198.51.100.1" } }),
      403,
      "ip_denied",
    );
  });

  it("denies a request without a client address", async () => {
    const inst = await install({ cidr_ranges: ranges });
    await expectProblem(await invoke(inst, { ip: "" }), 403, "ip_denied");
  });

  it("checks the address before the token (a denied address learns nothing about tokens)", async () => {
    const inst = await install({ cidr_ranges: ranges });
    await expectProblem(await invoke(inst, { ip: "192.0.2.1", token: "wrong" }), 403, "ip_denied");
  });
});

describe("endpoint token", () => {
  it("401 token_invalid when missing or wrong; ?token= is accepted", async () => {
    const inst = await install();
    await expectProblem(await invoke(inst, { token: null }), 401, "token_invalid");
    await expectProblem(await invoke(inst, { token: "ehi_wrong" }), 401, "token_invalid");
    expect((await invoke(inst, { token: null, query: `token=${inst.ingestion.token}` })).status).toBe(200);
  });

  it("hands the handler the invocation URL with extra query parameters but without the token", async () => {
    const inst = await install();
    const body = await json(
      await invoke(inst, { token: null, query: `token=${inst.ingestion.token}&site=7&json_response=true` }),
      200,
    );
    expect(body.url).toContain("site=7");
    expect(body.url).not.toContain(inst.ingestion.token);
  });
});

describe("body limit", () => {
  it("413 payload_too_large on a 10 MiB body with the default 1 MiB limit", async () => {
    const inst = await install();
    await expectProblem(
      await invoke(inst, { body: new Uint8Array(10 * 1024 * 1024).fill(0x20) }),
      413,
      "payload_too_large",
    );
  });

  it("honours a per-endpoint max_body_bytes", async () => {
    const inst = await install({ max_body_bytes: 64 });
    expect((await invoke(inst, { body: JSON.stringify({ p: "x".repeat(40) }) })).status).toBe(200);
    await expectProblem(await invoke(inst, { body: JSON.stringify({ p: "x".repeat(80) }) }), 413, "payload_too_large");
  });
});

describe("payload decoding", () => {
  it("422 payload_undecodable on invalid JSON, recorded in the invocation log with a body excerpt", async () => {
    const inst = await install();
    await expectProblem(await invoke(inst, { body: "{not json" }), 422, "payload_undecodable");
  });

  it("decodes base64 text bodies, then JSON (the platform's default)", async () => {
    const inst = await install();
    const body = await json(
      await invoke(inst, {
        body: btoa('{"k":"v"}'),
        headers: { "content-type": "text/plain" },
        query: "json_response=true",
      }),
      200,
    );
    expect(body.payload).toEqual({ k: "v" });
  });
});
