// Mini-tokens: POST /m/{mini_token} for low-bandwidth devices.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, expectProblem, json, nextMillisecond } from "../../support/helpers.ts";
import { device, install, invocations } from "../../support/ingest.ts";

function mini(token: string, body = "{}", ip = "203.0.113.7"): Promise<Response> {
  return exports.default.fetch(
    new Request(`http://edgehook.test/m/${token}`, {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": ip },
      body,
    }),
  );
}

describe("mini-tokens", () => {
  it("mini_token: true issues a short, high-entropy token; a POST with it is 204 with no body", async () => {
    const inst = await install({ mini_token: true });
    const token = inst.ingestion.mini_token ?? "";
    expect(token.length).toBeLessThanOrEqual(24);
    // 24 base64url chars: creation minute (3 bytes), 96 random bits, a 3-byte tag (docs/decisions.md)
    expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const res = await mini(token);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
  });

  it("an unknown mini-token is a short problem+json 401 token_invalid (it was text/plain)", async () => {
    const res = await mini("AAAAAAAAAAAAAAAAAAAAAA");
    const text = await res.clone().text();
    // Still small for low-bandwidth senders: the problem fields and a short detail.
    expect(text.length).toBeLessThanOrEqual(160);
    await expectProblem(res, 401, "token_invalid");
  });

  it("a revoked or malformed mini-token is problem+json 401 token_invalid too", async () => {
    await expectProblem(await mini("not-a-token"), 401, "token_invalid");
    const inst = await install({ mini_token: true });
    const extra = await json(
      await call(`/api/control/installs/${inst.install_id}/mini_tokens`, { method: "POST", body: {} }),
      201,
    );
    await call(`/api/control/installs/${inst.install_id}/mini_tokens/${extra.id}`, { method: "DELETE" });
    await expectProblem(await mini(extra.mini_token), 401, "token_invalid");
  });

  it("still enforces the CIDR allow-list", async () => {
    const inst = await install({ mini_token: true, cidr_ranges: ["198.51.100.0/24"] });
    expect((await mini(inst.ingestion.mini_token ?? "", "{}", "192.0.2.1")).status).toBe(403);
    expect((await mini(inst.ingestion.mini_token ?? "", "{}", "198.51.100.1")).status).toBe(204);
  });

  it("a token pinned to an agent delivers events for that agent", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const pinned = await json(
      await call(`/api/control/installs/${inst.install_id}/mini_tokens`, {
        method: "POST",
        body: { agent_id: dev.id },
      }),
      201,
    );
    expect(
      (await mini(pinned.mini_token, JSON.stringify({ tags: [{ agent: dev.id, key: "via", value: "mini" }] }))).status,
    ).toBe(204);
    const log = await invocations(inst);
    expect(log[0]).toMatchObject({ outcome: "ok" });
  });

  it("is revocable singly, at once", async () => {
    const inst = await install({ mini_token: true });
    const extra = await json(
      await call(`/api/control/installs/${inst.install_id}/mini_tokens`, { method: "POST", body: {} }),
      201,
    );
    expect((await mini(extra.mini_token)).status).toBe(204);
    expect(
      (await call(`/api/control/installs/${inst.install_id}/mini_tokens/${extra.id}`, { method: "DELETE" })).status,
    ).toBe(204);
    expect((await mini(extra.mini_token)).status).toBe(401);
    expect((await mini(inst.ingestion.mini_token ?? "")).status).toBe(204);
  });

  it("turning mini_token off in the config revokes it at once", async () => {
    const inst = await install({ mini_token: true });
    const token = inst.ingestion.mini_token ?? "";
    expect((await mini(token)).status).toBe(204);
    const config = { dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0", "::/0"], mini_token: false } };
    await json(await call(`/api/control/installs/${inst.install_id}`, { method: "PATCH", body: { config } }), 200);
    expect((await mini(token)).status).toBe(401);
  });

  it("is revoked by the target agent's tokens_valid_from floor", async () => {
    const inst = await install({ mini_token: true });
    const token = inst.ingestion.mini_token ?? "";
    expect((await mini(token)).status).toBe(204);
    await nextMillisecond();
    await json(
      await call(`/api/control/agents/${inst.agent_id}`, {
        method: "PATCH",
        body: { tokens_valid_from: Date.now() + 1 },
      }),
      200,
    );
    expect((await mini(token)).status).toBe(401);
  });
});
