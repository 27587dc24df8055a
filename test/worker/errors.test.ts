// problem+json for bad requests: stable codes, never a 5xx.
import { describe, expect, it } from "vitest";
import { call, chan, expectProblem, newAgent } from "../support/helpers.ts";

describe("errors", () => {
  it("an unknown agent is 404 not_found, for well-formed and malformed ids", async () => {
    await expectProblem(await call(chan("123456789", "t", "/aggregate")), 404, "not_found");
    await expectProblem(await call(chan("not-an-id", "t", "/aggregate")), 404, "not_found");
    await expectProblem(await call("/api/agents/99999999999999999999999/channels"), 404, "not_found");
  });

  it("an unknown route is a problem+json 404", async () => {
    await expectProblem(await call("/api/nothing-here"), 404, "not_found");
  });

  it("a bad channel name is 400 invalid_parameter", async () => {
    const { id } = await newAgent();
    await expectProblem(await call(chan(id, "bad%20name", "/aggregate")), 400, "invalid_parameter");
    await expectProblem(await call(chan(id, "x".repeat(200), "/aggregate")), 400, "invalid_parameter");
  });

  it("malformed JSON bodies of every write route are 400 invalid_json", async () => {
    const { id } = await newAgent();
    const bad = { raw: "{]", headers: { "content-type": "application/json" } };
    for (const [method, path] of [
      ["POST", chan(id, "t", "/messages")],
      ["PATCH", chan(id, "t", "/aggregate")],
      ["PUT", chan(id, "t", "/aggregate")],
      ["POST", "/api/control/agents"],
      ["POST", "/api/control/tokens"],
    ] as const)
      await expectProblem(await call(path, { method, ...bad }), 400, "invalid_json");
  });

  it("a fuzz of odd requests never yields a 5xx", async () => {
    const { id } = await newAgent();
    const paths = [
      chan(id, "t", "/messages/1"),
      chan(id, "t", "/messages?before="),
      chan(id, "t", "/aggregate?log_update=maybe"),
      `/api/agents/${id}/channels/%ff`,
      "/api/control/agents/abc",
      "/api/control/groups/1",
    ];
    for (const path of paths)
      for (const method of ["GET", "POST", "PATCH", "PUT", "DELETE"])
        for (const raw of [undefined, "null", "[]", '"x"', "{}", "\u0000"]) {
          const res = await call(path, { method, ...(raw === undefined || method === "GET" ? {} : { raw }) });
          expect(res.status, `${method} ${path} ${raw}`).toBeLessThan(500);
        }
  });

  it("CORS preflight allows the headers the platform's browser clients send", async () => {
    const res = await call("/api/agents/1/channels", {
      method: "OPTIONS",
      token: null,
      headers: {
        origin: "https://app.example",
        "access-control-request-method": "PATCH",
        "access-control-request-headers": "authorization,content-type,x-doover-sharing",
      },
    });
    expect(res.status).toBeLessThan(300);
    const allowed = (res.headers.get("access-control-allow-headers") ?? "").toLowerCase();
    for (const h of ["authorization", "content-type", "x-doover-sharing"]) expect(allowed).toContain(h);
    expect(res.headers.get("access-control-allow-methods")).toContain("PATCH");
  });
});

describe("request bodies", () => {
  async function gzip(text: string): Promise<Uint8Array> {
    const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  it("accepts gzip-compressed JSON, as the platform's Python client sends it", async () => {
    const { id } = await newAgent();
    const res = await call(chan(id, "t", "/aggregate"), {
      method: "PATCH",
      raw: await gzip(JSON.stringify({ app_1: { compressed: true } })),
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
    });
    expect((await res.json<any>()).data).toEqual({ app_1: { compressed: true } });
  });

  it("refuses a body that inflates past the limit (413) and a corrupt gzip body (400), writing nothing", async () => {
    const { id } = await newAgent();
    const bomb = await gzip(JSON.stringify({ pad: "0".repeat(3 * 1024 * 1024) }));
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    const headers = { "content-type": "application/json", "content-encoding": "gzip" };
    await expectProblem(
      await call(chan(id, "t", "/aggregate"), { method: "PATCH", raw: bomb, headers }),
      413,
      "payload_too_large",
    );
    await expectProblem(
      await call(chan(id, "t", "/aggregate"), { method: "PATCH", raw: "not gzip", headers }),
      400,
      "invalid_json",
    );
    await expectProblem(
      await call(chan(id, "t", "/aggregate"), { method: "PATCH", raw: "{}", headers: { "content-encoding": "br" } }),
      415,
      "unsupported_encoding",
    );
    await expectProblem(await call(chan(id, "t", "/aggregate")), 404, "not_found");
  });
});
