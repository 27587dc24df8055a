// Issue 23 / SPEC §2: reading a channel's history reads journal rows in proportion to the range,
// never the retained journal. Counted with the runtime's own cursor counters (src/shared/metering.ts,
// isolate-wide: this file is in vitest.config.ts ISOLATED) on a short and a long history.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Agent } from "../../durable-objects/agent.ts";
import { meter, readMeter, resetMeter } from "../../src/shared/metering.ts";
import { newAgent } from "../support/helpers.ts";

const stubOf = (id: string) => env.AGENT.get(env.AGENT.idFromName(id));
const T0 = Date.UTC(2025, 5, 1);
const FIVE_MIN = 5 * 60_000;
const HOUR = 3_600_000;

/** A device reporting every 5 minutes from T0 for `n` reports (plus a chatter channel in between). */
async function deviceWith(n: number): Promise<string> {
  const { id } = await newAgent({ type: "device" });
  await runInDurableObject(stubOf(id), async (agent: Agent) => {
    for (let i = 0; i < n; i++) {
      const done = agent.createMessage("uplinks", { author_id: "t", data: { temp: i % 40 }, ts: T0 + i * FIVE_MIN });
      if (!done.ok) throw new Error(done.detail);
    }
  });
  return id;
}

async function rowsOf(read: () => Promise<unknown>): Promise<number> {
  resetMeter();
  try {
    await read();
    return readMeter().rows_read;
  } finally {
    meter.enabled = false;
  }
}

describe("reading a range of history", () => {
  it("reads about the rows of the range, on a 200-report history as on a 3,000-report one", async () => {
    const short = await deviceWith(200);
    const long = await deviceWith(3_000);
    // The last hour of each: 12 reports (from the 13th from last to the last).
    const lastHour = (n: number) => ({ from: T0 + (n - 12) * FIVE_MIN, to: T0 + (n - 1) * FIVE_MIN });
    const figures: string[] = [];
    const counts: number[] = [];
    for (const [id, n] of [
      [short, 200],
      [long, 3_000],
    ] as const) {
      const stub = stubOf(id);
      const q = { ...lastHour(n), field: "temp", after: null, limit: 1000 };
      const bucketed = await stub.series("uplinks", { ...q, bucket_ms: FIVE_MIN });
      const raw = await stub.series("uplinks", { ...q, bucket_ms: null });
      if (!bucketed?.ok || !raw?.ok) throw new Error("series refused");
      expect(bucketed.value.count).toBe(12);
      expect(raw.value.count).toBe(12);
      // The runtime's counters agree with what the object reports (the bench's rows read).
      const metered = await rowsOf(() => stub.series("uplinks", { ...q, bucket_ms: HOUR }));
      const exported = await rowsOf(() =>
        stub.exportPart("uplinks", { ...lastHour(n), format: "ndjson", columns: null, after: null }, 1 << 20),
      );
      figures.push(`${n} reports: series ${bucketed.value.rows_read} (metered ${metered}), export ${exported}`);
      // 12 rows of the range, the probe before it, and a row or so per segment where a scan stops.
      for (const rows of [bucketed.value.rows_read, metered, exported]) expect(rows).toBeLessThanOrEqual(12 + 6);
      counts.push(metered);
    }
    // The long history (3 segments) reads no more than a segment boundary's rows beyond the short.
    expect(counts[1]).toBeLessThanOrEqual((counts[0] ?? 0) + 3);
    console.log(`rows read for the last hour:\n  ${figures.join("\n  ")}`);
  });

  it("reads at most twice the points of a 7-day range of 5-minute data from a long history", async () => {
    const id = await deviceWith(3_000);
    const to = T0 + 2_999 * FIVE_MIN;
    const answer = await stubOf(id).series("uplinks", {
      from: to - 7 * 24 * HOUR + 1,
      to,
      field: "temp",
      bucket_ms: FIVE_MIN,
      after: null,
      limit: 1000,
    });
    if (!answer?.ok) throw new Error("series refused");
    expect(answer.value.count).toBe(2_016);
    expect(answer.value.rows_read).toBeLessThanOrEqual(2 * 2_016);
  });
});
