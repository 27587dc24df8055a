// Regression tests for bugs the fuzz suite found, each pinned on its own (SPEC §4: a malformed
// request is refused with a problem+json code, never a 5xx, and changes nothing).
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { GatewayClient } from "../../support/gateway-client.ts";
import { ADMIN, call, chan, expectProblem, json, newAgent, newToken } from "../../support/helpers.ts";
import { install, invokePath } from "../../support/ingest.ts";

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

  it("DELETE /api/control/tokens/{id} of an id that names no token (e.g. admin) is 404 and revokes no gateway", async () => {
    // It revoked the gateway object named after the id first: `admin` locked the admin out of the
    // gateway for good, behind a 404.
    const dev = await newAgent();
    const { id: tokenId, token } = await newToken([{ agent_id: dev.id, permission: "read" }]);
    for (const id of ["admin", dev.id, `${tokenId}0`])
      await expectProblem(await call(`/api/control/tokens/${id}`, { method: "DELETE" }), 404, "not_found");
    for (const credential of [ADMIN, token]) {
      const client = await GatewayClient.open(credential);
      expect((await client.identify()).t).toBe("Ready");
      client.close();
    }
  });

  it("a revoked credential's gateway answers problem+json 401 token_invalid (it was text/plain)", async () => {
    const dev = await newAgent();
    const { id, token } = await newToken([{ agent_id: dev.id, permission: "read" }]);
    expect((await call(`/api/control/tokens/${id}`, { method: "DELETE" })).status).toBe(204);
    // As another isolate whose cache still knows the token would forward it.
    const principal = JSON.stringify({
      kind: "token",
      id,
      grants: [{ agent_id: dev.id, permission: "read" }],
      created_at: 0,
    });
    const res = await env.GATEWAY.getByName(`gw:${id}`).fetch(
      new Request("http://gw/", { headers: { upgrade: "websocket", "x-edgehook-principal": principal } }),
    );
    await expectProblem(res, 401, "token_invalid");
    await expectProblem(await call("/api/gateway", { token, headers: { upgrade: "websocket" } }), 401, "token_invalid");
  });

  it("holds an ingestion body to the endpoint's limit whatever its Content-Length claims", async () => {
    // The guard trusted a declared length within the limit (and Hono's bodyLimit one it could not
    // parse): a Request built in code — a service binding, a test — could send more.
    const inst = await install({ max_body_bytes: 100 }, {}, "tracker_integration");
    for (const declared of ["10", "100", "-1", "abc"]) {
      const res = await exports.default.fetch(
        new Request(`http://edgehook.test${invokePath(inst)}`, {
          method: "POST",
          headers: {
            "content-length": declared,
            "content-type": "application/json",
            "cf-connecting-ip": "203.0.113.7",
            authorization: `Bearer ${inst.ingestion.token}`,
          },
          body: JSON.stringify({ device_id: "x".repeat(500) }),
        }),
      );
      await expectProblem(res, 413, "payload_too_large");
    }
  });

  it("refuses a gateway one-shot nested deeper than any accepted JSON, instead of overflowing the stack", async () => {
    // Depth went unchecked: at a few thousand levels the object's catch-all answered "the frame
    // could not be handled: Maximum call stack size exceeded" (after delivering it, sometimes).
    const { id } = await newAgent();
    const client = await GatewayClient.open(ADMIN);
    await client.identify();
    await client.subscribe(id, "x");
    const from = client.frames.length;
    const depth = 5000;
    client.ws.send(
      `{"op":15,"d":{"channel":{"agent_id":"${id}","name":"x"},"data":${"[".repeat(depth)}1${"]".repeat(depth)}}}`,
    );
    const error = await client.next((f) => f.t === "WSSErrorEvent", 5000, from);
    expect(error.d.message).toMatch(/nested deeper than 64 levels/);
    // A one-shot of the deepest accepted nesting still goes through.
    client.send(15, { channel: { agent_id: id, name: "x" }, data: JSON.parse(`${"[".repeat(63)}1${"]".repeat(63)}`) });
    expect((await client.next((f) => f.t === "OneShotMessage", 5000, from)).t).toBe("OneShotMessage");
    client.close();
  });
});
