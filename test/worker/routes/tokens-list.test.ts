// Issue 21, item 6: GET /api/control/tokens lists tokens (id, grants, created_at), admin only,
// never the secret or its hash, so a lost token can be found and revoked.
import { describe, expect, it } from "vitest";
import { call, expectProblem, json, newAgent } from "../../support/helpers.ts";

describe("GET /api/control/tokens", () => {
  it(
    "lists each token's id, grants and creation time, oldest first, and nothing secret",
    { timeout: 30_000 },
    async () => {
      const agent = await newAgent();
      const grants = [{ agent_id: agent.id, permission: "read" }];
      const before = Date.now();
      const made = await json(await call("/api/control/tokens", { method: "POST", body: { grants } }), 201);
      const list = await json(await call("/api/control/tokens"), 200);
      expect(Array.isArray(list)).toBe(true);
      const mine = list.find((t: any) => t.id === made.id);
      expect(mine).toEqual({ id: made.id, grants, created_at: expect.any(Number) });
      expect(mine.created_at).toBeGreaterThanOrEqual(before - 60_000);
      const text = JSON.stringify(list);
      expect(text).not.toContain(made.token);
      expect(text).not.toMatch(/hash/);
      const times = list.map((t: any) => t.created_at);
      expect(times).toEqual([...times].sort((a: number, b: number) => a - b));
    },
  );

  it("drops a revoked token", async () => {
    const made = await json(
      await call("/api/control/tokens", { method: "POST", body: { grants: [{ all: true, permission: "read" }] } }),
      201,
    );
    expect((await call(`/api/control/tokens/${made.id}`, { method: "DELETE" })).status).toBe(204);
    const list = await json(await call("/api/control/tokens"), 200);
    expect(list.some((t: any) => t.id === made.id)).toBe(false);
  });

  it("is for admins only: a read or write token gets 403 forbidden", async () => {
    const agent = await newAgent();
    const { token } = await json(
      await call("/api/control/tokens", {
        method: "POST",
        body: { grants: [{ agent_id: agent.id, permission: "write" }] },
      }),
      201,
    );
    await expectProblem(await call("/api/control/tokens", { token }), 403, "forbidden");
    await expectProblem(await call("/api/control/tokens", { token: null }), 401, "token_missing");
  });
});
