// The limit on rejected requests (issue 8, item 1): counted per (ingestion, address), and never
// refusing a request whose credential checks out. Vendor clouds and NATs share addresses, so one
// tenant's failures locked every other sender at the address out (429) before.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { REJECTS_PER_SECOND } from "../../../src/worker/guards/reject-limit.ts";
import { expectProblem, freshAddress, json } from "../../support/helpers.ts";
import { device, install, invoke } from "../../support/ingest.ts";

function mini(token: string, ip: string): Promise<Response> {
  return exports.default.fetch(
    new Request(`http://edgehook.test/m/${token}`, {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": ip },
      body: "{}",
    }),
  );
}

/** A well-formed mini-token nobody issued (24 base64url characters). */
function randomMini(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_");
}

describe("rejected-request limit", () => {
  it("30 unknown mini-tokens from an address do not refuse another install's valid request from it (was 429)", async () => {
    const ip = freshAddress();
    const other = await install();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await mini(randomMini(), ip);
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    // The failing sender itself is still limited…
    expect(statuses.slice(0, REJECTS_PER_SECOND).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // …but a valid request from the same address is not refused for those failures.
    expect((await invoke(other, { ip })).status).toBe(200);
  });

  it("at a flood of bad requests from a shared address, other tenants' and the same tenant's valid requests all pass", async () => {
    const ip = freshAddress();
    const victim = await install();
    const flooded = await install({ mini_token: true });
    const valid: number[] = [];
    const bad: number[] = [];
    for (let i = 0; i < 60; i++) {
      const failures = await Promise.all([
        invoke(flooded, { ip, token: `ehi_wrong${i}` }),
        mini(randomMini(), ip),
        invoke(victim, { ip }, `/api/agents/${victim.agent_id}/processors/ingestions/${9000 + i}/invoke`),
      ]);
      for (const res of failures) {
        bad.push(res.status);
        await res.arrayBuffer();
      }
      // Another tenant, the flooded tenant's own valid token, and its valid mini-token.
      for (const res of await Promise.all([
        invoke(victim, { ip }),
        invoke(flooded, { ip }),
        mini(flooded.ingestion.mini_token ?? "", ip),
      ])) {
        valid.push(res.status);
        await res.arrayBuffer();
      }
    }
    expect(bad).toContain(429);
    expect(valid.filter((s) => s !== 200 && s !== 204)).toEqual([]);
  });

  it("counts failures per ingestion: another endpoint's bad request from the address is its own 401", async () => {
    const ip = freshAddress();
    const flooded = await install();
    const other = await install();
    for (let i = 0; i < REJECTS_PER_SECOND + 5; i++)
      await (await invoke(flooded, { ip, token: "ehi_wrong" })).arrayBuffer();
    const limited = await expectProblem(await invoke(flooded, { ip, token: "ehi_wrong" }), 429, "throttled");
    expect(limited.limit_key).toBe(`ingestion:${flooded.ingestion.id}|ip:${ip}`);
    await expectProblem(await invoke(other, { ip, token: "ehi_wrong" }), 401, "token_invalid");
  });

  it("does not count 403 forbidden after successful authentication (it did, then refused the sender)", async () => {
    const ip = freshAddress();
    const outside = await device();
    const inst = await install();
    const body = JSON.stringify({ tags: [{ agent: outside.id, key: "x", value: 1 }] });
    for (let i = 0; i < REJECTS_PER_SECOND + 5; i++)
      await expectProblem(await invoke(inst, { ip, body }), 403, "forbidden");
    // Neither a valid request nor the next failing one is limited by the handler's refusals.
    expect(await json(await invoke(inst, { ip }), 200)).toHaveProperty("id");
    await expectProblem(await invoke(inst, { ip, token: "ehi_wrong" }), 401, "token_invalid");
  });
});
