// Tokens and grants on the data plane and the control API.
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { resolvePrincipal } from "../../../src/worker/http/bearer-auth.ts";
import { call, chan, expectProblem, json, newAgent, newToken, nextMillisecond } from "../../support/helpers.ts";

describe("token grants", () => {
  it("a read-only token can read but not write", async () => {
    const { id } = await newAgent();
    await call(chan(id, "t", "/aggregate"), { method: "PATCH", body: { a: 1 } });
    const { token } = await newToken([{ agent_id: id, permission: "read" }]);
    expect((await call(chan(id, "t", "/aggregate"), { token })).status).toBe(200);
    await expectProblem(
      await call(chan(id, "t", "/aggregate"), { method: "PATCH", body: { a: 2 }, token }),
      403,
      "forbidden",
    );
    await expectProblem(
      await call(chan(id, "t", "/messages"), { method: "POST", body: { data: {} }, token }),
      403,
      "forbidden",
    );
    expect((await json(await call(chan(id, "t", "/aggregate")), 200)).data).toEqual({ a: 1 });
  });

  it("a token for agent A gets 403 on agent B", async () => {
    const a = await newAgent();
    const b = await newAgent();
    const { token } = await newToken([{ agent_id: a.id, permission: "write" }]);
    expect((await call(chan(a.id, "t", "/aggregate"), { method: "PATCH", body: { x: 1 }, token })).status).toBe(200);
    await expectProblem(
      await call(chan(b.id, "t", "/aggregate"), { method: "PATCH", body: { x: 1 }, token }),
      403,
      "forbidden",
    );
    await expectProblem(await call(`/api/agents/${b.id}/channels`, { token }), 403, "forbidden");
  });

  it("a group grant covers agents in nested child groups", async () => {
    const parent = await json(
      await call("/api/control/groups", { method: "POST", body: { name: `farm-${Date.now()}` } }),
      201,
    );
    const child = await json(
      await call("/api/control/groups", { method: "POST", body: { name: `pumps-${Date.now()}`, parent: parent.id } }),
      201,
    );
    const inChild = await newAgent({ groups: [child.id] });
    const outside = await newAgent();
    const { token } = await newToken([{ group: parent.id, permission: "write" }]);
    expect((await call(chan(inChild.id, "t", "/messages"), { method: "POST", body: { data: 1 }, token })).status).toBe(
      201,
    );
    await expectProblem(
      await call(chan(outside.id, "t", "/messages"), { method: "POST", body: { data: 1 }, token }),
      403,
      "forbidden",
    );
  });

  it("an all-agents grant reaches every agent but not the control API unless admin", async () => {
    const { id } = await newAgent();
    const { token } = await newToken([{ all: true, permission: "write" }]);
    expect((await call(chan(id, "t", "/aggregate"), { method: "PUT", body: {}, token })).status).toBe(200);
    await expectProblem(await call("/api/control/agents", { token }), 403, "forbidden");
    const admin = await newToken([{ all: true, permission: "admin" }]);
    expect((await call("/api/control/agents", { token: admin.token })).status).toBe(200);
  });

  it("a scoped token cannot probe which agents exist: unknown and ungranted agents both answer 403", async () => {
    const a = await newAgent();
    const b = await newAgent();
    const { token } = await newToken([{ agent_id: a.id, permission: "read" }]);
    await expectProblem(await call(chan(b.id, "t", "/aggregate"), { token }), 403, "forbidden");
    await expectProblem(await call(chan("123456789", "t", "/aggregate"), { token }), 403, "forbidden");
    await expectProblem(await call(chan("123456789", "t", "/aggregate")), 404, "not_found");
  });

  it("a revoked token gets 401 at once", async () => {
    const { id } = await newAgent();
    const { id: tokenId, token } = await newToken([{ agent_id: id, permission: "read" }]);
    await call(chan(id, "t", "/aggregate"), { method: "PUT", body: {} });
    expect((await call(chan(id, "t", "/aggregate"), { token })).status).toBe(200);
    expect((await call(`/api/control/tokens/${tokenId}`, { method: "DELETE" })).status).toBe(204);
    await expectProblem(await call(chan(id, "t", "/aggregate"), { token }), 401, "token_invalid");
    await expectProblem(await call(`/api/control/tokens/${tokenId}`, { method: "DELETE" }), 404, "not_found");
  });

  it("tokens issued before an agent's tokens_valid_from floor lose access to it", async () => {
    const { id } = await newAgent();
    const { token } = await newToken([{ agent_id: id, permission: "read" }]);
    await call(chan(id, "t", "/aggregate"), { method: "PUT", body: {} });
    await nextMillisecond();
    await json(
      await call(`/api/control/agents/${id}`, { method: "PATCH", body: { tokens_valid_from: Date.now() + 1 } }),
      200,
    );
    await expectProblem(await call(chan(id, "t", "/aggregate"), { token }), 403, "forbidden");
  });

  it("no token or an unknown token is 401; ?token= works for browsers", async () => {
    const { id } = await newAgent();
    await call(chan(id, "t", "/aggregate"), { method: "PUT", body: {} });
    await expectProblem(await call(chan(id, "t", "/aggregate"), { token: null }), 401, "token_missing");
    await expectProblem(await call(chan(id, "t", "/aggregate"), { token: "eht_nope" }), 401, "token_invalid");
    const { token } = await newToken([{ agent_id: id, permission: "read" }]);
    expect((await call(chan(id, "t", `/aggregate?token=${token}`), { token: null })).status).toBe(200);
  });

  it("a token created a moment ago is honoured on its first use (no negative caching)", async () => {
    const { id } = await newAgent();
    await call(chan(id, "t", "/aggregate"), { method: "PUT", body: {} });
    // First use of a fresh token: must ask the registry, not refuse from an empty cache.
    const { token } = await newToken([{ agent_id: id, permission: "read" }]);
    expect((await call(chan(id, "t", "/aggregate"), { token })).status).toBe(200);
  });
});

describe("admin token", () => {
  // Regression (issue 8): a one-character EDGEHOOK_ADMIN_TOKEN was accepted without a word.
  it("a short one still works, and the worker log warns about it once per isolate", async () => {
    const short = `a${crypto.randomUUID().slice(0, 4)}`;
    const bindings = { ...env, EDGEHOOK_ADMIN_TOKEN: short } as Env;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect(await resolvePrincipal(bindings, short)).toEqual({ kind: "admin" });
      expect(await resolvePrincipal(bindings, short)).toEqual({ kind: "admin" });
      const warnings = warn.mock.calls.map((args) => String(args[0])).filter((m) => m.includes("EDGEHOOK_ADMIN_TOKEN"));
      expect(warnings).toEqual([expect.stringContaining("has 5 characters; use at least 16")]);
      // The test suite's own (16 characters) draws none.
      warn.mockClear();
      expect(await resolvePrincipal(env, env.EDGEHOOK_ADMIN_TOKEN)).toEqual({ kind: "admin" });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
