// Issue 18: a device that reports every few minutes meets an evicted object on every report, so
// what waking costs must not grow with the history the object keeps. Rows read by a wake and its
// first event — plain, keyed (a sender's event id), or a processor's keyed write-back — are
// counted with the runtime's own cursor counters (src/shared/metering.ts) at 10 and at 10,500 entries
// (past the production retention of 10,000, so segments have been dropped too).
import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterAll, describe, expect, it } from "vitest";
import type { Agent } from "../../durable-objects/agent.ts";
import { CHECKPOINT_EVERY } from "../../src/agent/channel-state.ts";
import { meter, readMeter, resetMeter } from "../../src/shared/metering.ts";
import { newAgent } from "../support/helpers.ts";

const stubOf = (id: string) => env.AGENT.get(env.AGENT.idFromName(id));
type Stub = ReturnType<typeof stubOf>;
type BatchView = { batchView(keys: string[]): Promise<{ applied: string[]; tags: Record<string, unknown> }> };

const part = (key: string | null, i: number) => ({
  key,
  author_id: "wake-test",
  tag_patch: { wake_app_1: { i } },
  messages: [{ channel: "on_external_event", data: { i } }],
});

/** A device with `n` journal entries, every other one keyed (as sender event ids are). */
async function deviceWith(n: number): Promise<string> {
  const { id } = await newAgent({ type: "device" });
  await runInDurableObject(stubOf(id), async (agent: Agent) => {
    for (let i = 0; i < n; i++) {
      const done = await agent.commitEventText(JSON.stringify(part(i % 2 ? `fill-${i}` : null, i)));
      if (!done.ok) throw new Error(done.detail);
    }
  });
  return id;
}

/** Rows read by waking the evicted object and taking `first`. */
async function wakeRows(id: string, first: (stub: Stub) => Promise<unknown>): Promise<number> {
  const stub = stubOf(id);
  await evictDurableObject(stub);
  resetMeter();
  try {
    await first(stub);
    return readMeter().rows_read;
  } finally {
    meter.enabled = false;
  }
}

const FIRST_EVENTS: [string, (stub: Stub, round: number) => Promise<unknown>][] = [
  ["plain", (stub, r) => stub.commitEventText(JSON.stringify(part(null, r)))],
  ["keyed", (stub, r) => stub.commitEventText(JSON.stringify(part(`new-${r}`, r)))],
  [
    "processor write-back",
    async (stub, r) => {
      const key = `p:wake:${r}`;
      // Through the batch view's type, which Json makes too deep to infer here.
      const { applied } = await (stub as unknown as BatchView).batchView([key]);
      expect(applied).toEqual([]);
      return stub.commitBatchText(JSON.stringify({ parts: [part(key, r)] }));
    },
  ],
  // A repeat of a key from deep in the history: found without reading the journal.
  ["repeated old key", (stub) => stub.commitEventText(JSON.stringify(part("fill-1", 1)))],
];

describe("waking an agent", () => {
  const figures: string[] = [];
  afterAll(() => console.log(`rows read by a wake and its first event:\n${figures.join("\n")}`));

  it("reads about as many rows with 10,500 journal entries as with 10, for each kind of first event", async () => {
    const small = await deviceWith(10);
    const full = await deviceWith(10_500);
    for (const [round, [kind, first]] of FIRST_EVENTS.entries()) {
      const smallRows = await wakeRows(small, (stub) => first(stub, round));
      const fullRows = await wakeRows(full, (stub) => first(stub, round));
      figures.push(`  ${kind.padEnd(22)} 10 entries: ${smallRows}  10,500 entries: ${fullRows}`);
      // The counters are live (a wake reads its checkpoint and schema at least).
      expect(smallRows, kind).toBeGreaterThan(0);
      // A small constant: the sealed segments' key rows (one per segment) and the entries since
      // the last checkpoint (fewer than CHECKPOINT_EVERY, 64) — never the history.
      expect(fullRows - smallRows, `${kind}: ${smallRows} vs ${fullRows} rows`).toBeLessThanOrEqual(
        CHECKPOINT_EVERY + 16,
      );
    }
  }, 120_000);

  it("counts the newest segment from the checkpoint and the replay: segments still close at their size", async () => {
    // Segments hold MESSAGE_RETENTION / 8 = 1,250 entries; each wake restores the count from the
    // checkpoint and the entries replayed after it (none read twice, none missed).
    const id = await deviceWith(1_240);
    for (let i = 0; i < 20; i++) {
      await evictDurableObject(stubOf(id));
      const done = await stubOf(id).commitEventText(JSON.stringify(part(null, i)));
      expect(done.ok).toBe(true);
    }
    const sizes = await runInDurableObject(stubOf(id), (_agent, state) =>
      state.storage.sql
        .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 'journal_[0-9]*'")
        .toArray()
        .map((t) => t.name)
        .sort()
        .map((t) => state.storage.sql.exec<{ c: number }>(`SELECT count(*) AS c FROM ${t}`).one().c),
    );
    expect(sizes).toEqual([1_250, 10]);
  });

  it("a repeated key from before the eviction answers the first outcome and writes nothing", async () => {
    const id = await deviceWith(300);
    const stub = stubOf(id);
    await evictDurableObject(stub);
    const again = await stub.commitEventText(JSON.stringify(part("fill-7", 999)));
    expect(again).toMatchObject({ ok: true, value: { applied: false } });
    await evictDurableObject(stub);
    const view = await (stub as unknown as BatchView).batchView(["fill-299", "fill-3", "never-seen"]);
    expect(view.applied).toEqual(["fill-299", "fill-3"]);
    expect(view.tags.wake_app_1).toEqual({ i: 299 });
  });
});
