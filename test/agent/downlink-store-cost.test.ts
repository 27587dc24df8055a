// Issue 22's acceptance: the uplink path is unchanged when nothing is queued. A device that never
// had a downlink reads no row and runs no statement for the feature when it wakes and takes an
// uplink (an HTTP device's uplink asks for a take; a LoRaWAN one hands its route): its downlink
// table is created by the first downlink queued, the route is a row of `journal_meta`, and the
// queue is read only when the `downlinks` aggregate (in memory from the checkpoint) counts some
// queued. Rows are attributed per statement by the cursors' own counters (src/shared/metering.ts);
// the counter is isolate-wide, so this file runs alone (ISOLATED in vitest.config.ts).
import { evictDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { meter, readMeter, resetMeter, rowsReadByQuery } from "../../src/shared/metering.ts";
import { call, json, newAgent } from "../support/helpers.ts";

const stubOf = (id: string) => env.AGENT.get(env.AGENT.idFromName(id));
type Stub = ReturnType<typeof stubOf>;

const uplink = (i: number, dl?: object) =>
  JSON.stringify({
    key: null,
    author_id: "dl-cost-test",
    tag_patch: { battery: { i } },
    messages: [{ channel: "on_external_event", data: { i } }],
    ...(dl ? { dl } : {}),
  });

const ROUTE = {
  route: { transport: "tts", install_id: "inst-1", device_id: "dev-1", api_key: "k" },
  fingerprint: "f1",
};

/** A device with `n` journal entries (first events of the kind measured). */
async function deviceWith(n: number, dl?: object): Promise<string> {
  const { id } = await newAgent({ type: "device" });
  for (let i = 0; i < n; i++) {
    const done = await stubOf(id).commitEventText(uplink(i, dl));
    expect(done.ok).toBe(true);
  }
  return id;
}

/** Rows read by waking the evicted object and taking one uplink, per statement. */
async function wake(id: string, dl?: object): Promise<{ total: number; byQuery: Map<string, number> }> {
  const stub: Stub = stubOf(id);
  await evictDurableObject(stub);
  resetMeter();
  try {
    const done = await stub.commitEventText(uplink(1_000, dl));
    expect(done.ok).toBe(true);
    return { total: readMeter().rows_read, byQuery: rowsReadByQuery() };
  } finally {
    meter.enabled = false;
  }
}

const downlinkStatements = (byQuery: Map<string, number>) => [...byQuery].filter(([q]) => /\bdl\b|downlink/i.test(q));

describe("the uplink path with nothing queued (issue 22)", () => {
  it("a device that never had a downlink runs no downlink statement and reads as many rows as an uplink without the feature", async () => {
    // Two devices with the same history (fewer entries than a checkpoint period: the same replay).
    for (const dl of [{ take: "inst-1" }, { route: ROUTE }]) {
      const withFeature = await wake(await deviceWith(40, dl), dl);
      const without = await wake(await deviceWith(40));
      expect(downlinkStatements(withFeature.byQuery), JSON.stringify(dl)).toEqual([]);
      expect(downlinkStatements(without.byQuery)).toEqual([]);
      expect(withFeature.total, JSON.stringify(dl)).toBe(without.total);
      // The counters are live.
      expect(without.total).toBeGreaterThan(0);
    }
  }, 60_000);

  it("after every downlink finished, a wake reads none again; with some queued, exactly the queued rows", async () => {
    const { id } = await newAgent({ type: "device" });
    const queue = async () =>
      json(await call(`/api/agents/${id}/downlinks`, { method: "POST", body: { data: "AQ==" } }), 202);
    for (let i = 0; i < 5; i++) {
      const d = await queue();
      expect((await call(`/api/agents/${id}/downlinks/${d.id}`, { method: "DELETE" })).status).toBe(204);
    }
    const idle = await wake(id, { take: "inst-1" });
    expect(downlinkStatements(idle.byQuery)).toEqual([]);
    const queued = [await queue(), await queue()];
    const busy = await wake(id);
    expect(downlinkStatements(busy.byQuery)).toEqual([["SELECT v FROM dl WHERE k > 'q' AND k < 'r' ORDER BY k", 2]]);
    // Handed out: the count goes back to 0 with the same journal row.
    const taken = await stubOf(id).commitEventText(uplink(7, { take: "inst-1" }));
    expect(taken).toMatchObject({
      ok: true,
      value: { outcome: { downlinks: queued.map((d) => ({ id: d.id, data: "AQ==" })) } },
    });
    expect(downlinkStatements((await wake(id, { take: "inst-1" })).byQuery)).toEqual([]);
    // The history is kept and listed, newest first.
    const list = await json(await call(`/api/agents/${id}/downlinks`), 200);
    expect(list.map((d: { status: string }) => d.status)).toEqual(["sent", "sent", ...Array(5).fill("cancelled")]);
  }, 60_000);
});
