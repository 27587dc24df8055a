// Sending from the device's own object (issue 22): a route from the integration resolves what was
// queued without one; the alarm sends through the route's transport (stood in for here; the real
// network servers' clients have their own tests), backs off on `retry` until sent or expired,
// fails at once on `failed`; status updates are idempotent and never move backwards.
import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { replaceTransport, type Transport } from "../../src/agent/downlink-transports.ts";
import type { SendResult } from "../../src/contracts/downlink-records.ts";
import { call, json, newAgent } from "../support/helpers.ts";
import { messagesOf } from "../support/ingest.ts";

const stub = (id: string) => env.AGENT.getByName(id);
const route = { transport: "tts", install_id: "1", device_id: "dev-1", api_key: "NNSXS.secret" };

/** A commit as an integration's invocation sends it, with only a downlink write. */
const commitDl = (id: string, dl: unknown, key: string | null = null) =>
  stub(id).commitEventText(JSON.stringify({ key, author_id: "integration", tag_patch: null, messages: [], dl }));

let restore: (() => void) | null = null;
afterEach(() => restore?.());

/** A stand-in transport answering `results` in turn (then `sent`), recording each call. */
function scripted(results: SendResult[]): { calls: string[] } {
  const calls: string[] = [];
  const transport: Transport = async (r, d) => {
    calls.push(`${r.transport}:${d.id}`);
    return results.shift() ?? { kind: "sent", remote_id: "r-1" };
  };
  restore = replaceTransport("tts", transport);
  return { calls };
}

async function queued(id: string, body: unknown = { f_port: 1, data: "AQ==" }) {
  return json(await call(`/api/agents/${id}/downlinks`, { method: "POST", body }), 202);
}
const view = async (agent: string, id: string) => json(await call(`/api/agents/${agent}/downlinks/${id}`), 200);

describe("downlink sender", () => {
  it("a route resolves a downlink queued before it; 503 twice then 200 → sent after retries, once", async () => {
    const dev = await newAgent();
    const { calls } = scripted([
      { kind: "retry", error: "503 Service Unavailable", after_ms: 100 },
      { kind: "retry", error: "503 Service Unavailable", after_ms: 100 },
    ]);
    const d = await queued(dev.id);
    expect(d.transport).toBeNull();
    expect((await commitDl(dev.id, { route: { route, fingerprint: "fp1" } })).ok).toBe(true);
    expect(await view(dev.id, d.id)).toMatchObject({ status: "queued", transport: "tts" });
    // The route is never shown: the aggregate has its transport and fingerprint only (and the
    // count of queued downlinks).
    const agg = await json(await call(`/api/agents/${dev.id}/channels/downlinks/aggregate`), 200);
    expect(agg.data).toEqual({ route: { transport: "tts", fingerprint: "fp1" }, queued: 1 });
    expect(JSON.stringify(agg)).not.toContain("secret");
    for (let i = 0; i < 3; i++) {
      await runDurableObjectAlarm(stub(dev.id));
      await new Promise((r) => setTimeout(r, 1100));
    }
    expect(calls).toEqual([`tts:${d.id}`, `tts:${d.id}`, `tts:${d.id}`]);
    expect(await view(dev.id, d.id)).toMatchObject({ status: "sent", attempts: 3 });
    await runDurableObjectAlarm(stub(dev.id));
    expect(calls).toHaveLength(3);
    const statuses = (await messagesOf(dev.id, "downlinks")).map((m) => m.data.status);
    expect(statuses).toEqual(["sent", "queued"]);
  });

  it("a refusal (401) fails at once with the server's message", async () => {
    const dev = await newAgent();
    await commitDl(dev.id, { route: { route, fingerprint: "fp1" } });
    scripted([{ kind: "failed", error: "401 Unauthorized: invalid API key" }]);
    const d = await queued(dev.id);
    expect(d.transport).toBe("tts");
    await runDurableObjectAlarm(stub(dev.id));
    expect(await view(dev.id, d.id)).toMatchObject({
      status: "failed",
      attempts: 1,
      error: "401 Unauthorized: invalid API key",
    });
  });

  it("keeps retrying until expires_at, then expires", async () => {
    const dev = await newAgent();
    await commitDl(dev.id, { route: { route, fingerprint: "fp1" } });
    scripted([{ kind: "retry", error: "timeout", after_ms: 5_000 }]);
    const d = await queued(dev.id, { data: "AQ==", expires_at: new Date(Date.now() + 2_000).toISOString() });
    await runDurableObjectAlarm(stub(dev.id));
    expect(await view(dev.id, d.id)).toMatchObject({ status: "expired", error: "timeout" });
  });

  it("a queued downlink survives a restart and the alarm sends it after", async () => {
    const dev = await newAgent();
    await commitDl(dev.id, { route: { route, fingerprint: "fp1" } });
    const { calls } = scripted([]);
    const d = await queued(dev.id);
    await stub(dev.id)
      .restart()
      .catch(() => undefined);
    await runDurableObjectAlarm(stub(dev.id));
    expect(calls).toEqual([`tts:${d.id}`]);
    expect(await view(dev.id, d.id)).toMatchObject({ status: "sent" });
  });

  it("status updates by id or remote id are idempotent and never move backwards", async () => {
    const dev = await newAgent();
    await commitDl(dev.id, { route: { route, fingerprint: "fp1" } });
    scripted([{ kind: "sent", remote_id: "cs-42" }]);
    const d = await queued(dev.id, { data: "AQ==", confirmed: true });
    await runDurableObjectAlarm(stub(dev.id));
    expect((await commitDl(dev.id, { updates: [{ remote_id: "cs-42", status: "acked" }] })).ok).toBe(true);
    expect(await view(dev.id, d.id)).toMatchObject({ status: "acked" });
    await commitDl(dev.id, { updates: [{ id: d.id, status: "acked" }] });
    await commitDl(dev.id, { updates: [{ id: d.id, status: "sent" }] });
    expect((await stub(dev.id).updateDownlink({ id: d.id, status: "failed" }, "x")).ok).toBe(true);
    expect(await view(dev.id, d.id)).toMatchObject({ status: "acked" });
    const statuses = (await messagesOf(dev.id, "downlinks")).map((m) => m.data.status);
    expect(statuses).toEqual(["acked", "sent", "queued"]);
  });

  it("an unchanged route writes nothing: the same fingerprint again is no commit", async () => {
    const dev = await newAgent();
    await commitDl(dev.id, { route: { route, fingerprint: "fp1" } });
    const before = await json(await call(`/api/agents/${dev.id}/channels/downlinks`), 200);
    await commitDl(dev.id, { route: { route, fingerprint: "fp1" } });
    const after = await json(await call(`/api/agents/${dev.id}/channels/downlinks`), 200);
    expect(after.aggregate.version).toBe(before.aggregate.version);
  });
});
