// Regression tests for bugs the fuzz suite found, each pinned on its own (SPEC §4: a malformed
// request is refused with a problem+json code, never a 5xx, and changes nothing).
import { describe, expect, it } from "vitest";
import { call, chan, expectProblem, json, newAgent } from "../helpers.ts";

const INVALID_UTF8 = Uint8Array.from([
  ...new TextEncoder().encode('{"data": {"v": "a'),
  0x80,
  ...new TextEncoder().encode('b"}}'),
]);

describe("fuzz regressions", () => {
  it("refuses a JSON body with invalid UTF-8 (400 invalid_json) instead of storing U+FFFD in its place", async () => {
    const { id } = await newAgent();
    const headers = { "content-type": "application/json" };
    await expectProblem(
      await call(chan(id, "events", "/messages"), { method: "POST", raw: INVALID_UTF8, headers }),
      400,
      "invalid_json",
    );
    const patch = Uint8Array.from([...new TextEncoder().encode('{"app": "'), 0xed, 0xa0, 0x80, 0x22, 0x7d]);
    await expectProblem(
      await call(chan(id, "tag_values", "/aggregate"), { method: "PATCH", raw: patch, headers }),
      400,
      "invalid_json",
    );
    expect(await json(await call(`/api/agents/${id}/channels`), 200)).toEqual([]);
    // A leading BOM is still dropped, as before.
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"data": 1}')]);
    expect((await call(chan(id, "events", "/messages"), { method: "POST", raw: bom, headers })).status).toBe(201);
  });
});
