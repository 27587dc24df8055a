// Issue 20, item 8 (hardening round 3): an upgrade to the gateway without `Sec-WebSocket-Key`
// (or otherwise malformed) got the runtime's text/plain 426. Every refusal at the upgrade is now
// problem+json with a stable code, checked by the worker route before the socket is made.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ADMIN, expectProblem } from "../../support/helpers.ts";
import { UPGRADE_HEADERS } from "../../support/gateway-client.ts";

const upgrade = (headers: Record<string, string>) =>
  exports.default.fetch(
    new Request("http://edgehook.test/api/gateway", { headers: { authorization: `Bearer ${ADMIN}`, ...headers } }),
  );
const without = (name: string) => Object.fromEntries(Object.entries(UPGRADE_HEADERS).filter(([k]) => k !== name));

describe("gateway upgrade handshake", { timeout: 30_000 }, () => {
  it("an upgrade without Sec-WebSocket-Key gets problem+json 400 websocket_handshake_invalid, not the runtime's text/plain 426", async () => {
    const res = await upgrade(without("sec-websocket-key"));
    expect(res.webSocket).toBeNull();
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const body = await expectProblem(res, 400, "websocket_handshake_invalid");
    expect(body.detail).toContain("Sec-WebSocket-Key");
  });

  it("a malformed key or an unsupported version is problem+json too; a well-formed upgrade is 101", async () => {
    for (const key of [
      "x",
      "dGhlIHNhbXBsZSBub25jZQ",
      "dGhlIHNhbXBsZSBub25jZQ=!",
      "dGhlIHNhbXBsZSBub25jZR==",
      `${"A".repeat(40)}==`,
    ])
      await expectProblem(
        await upgrade({ ...UPGRADE_HEADERS, "sec-websocket-key": key }),
        400,
        "websocket_handshake_invalid",
      );
    for (const version of [undefined, "8", "", "13, 8"]) {
      const headers =
        version === undefined
          ? without("sec-websocket-version")
          : { ...UPGRADE_HEADERS, "sec-websocket-version": version };
      const res = await upgrade(headers);
      expect(res.headers.get("sec-websocket-version")).toBe("13");
      await expectProblem(res, 426, "websocket_version_unsupported");
    }
    // Credentials are still checked first: no token is 401, whatever the handshake.
    const anonymous = await exports.default.fetch(
      new Request("http://edgehook.test/api/gateway", { headers: without("sec-websocket-key") }),
    );
    await expectProblem(anonymous, 401, "token_missing");
    const ok = await upgrade({ ...UPGRADE_HEADERS });
    expect(ok.status).toBe(101);
    ok.webSocket?.accept();
    ok.webSocket?.close(1000, "done");
  });
});
