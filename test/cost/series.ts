// Issue 23's cost path: a 24-hour series query on a device reporting every 5 minutes (288 points,
// with as much history before them as the busy project's retention keeps), bucketed hourly, as the dashboard's Day chart asks — the Worker
// request, the device's call and the rows it reads. Per query, busy (a warm isolate).
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import type { Agent } from "../../durable-objects/agent.ts";
import { call, json, newAgent } from "../support/helpers.ts";
import { startWindow, stopWindow, windowPerEvent } from "./measure.ts";
import { kindOf, settle, type Setup } from "./paths.ts";
import type { PerEvent } from "./prices.ts";
import { harness } from "./runtime-meter.ts";
import { rawStub } from "./runtime-patches.ts";

export const SERIES_PATH = "series: 24 h of 5-minute data, hourly buckets";

const FIVE_MIN = 5 * 60_000;
const DAY = 24 * 3_600_000;
/** Reports written before the queried day (the busy project keeps 512 entries and a segment). */
const HISTORY = 288;

/** What `queries` 24-hour series queries cost over `devices` devices, per query. */
export async function measureSeries(devices: number, queries: number): Promise<PerEvent> {
  const now = Date.now();
  const ids: string[] = [];
  for (let d = 0; d < devices; d++) {
    const { id } = await newAgent({ type: "device" });
    // Written inside the object (not counted): two days of tag merges, one per 5 minutes.
    await harness(() =>
      runInDurableObject(rawStub(env.AGENT.getByName(id)), async (agent: Agent) => {
        for (let i = HISTORY + 288; i > 0; i--) {
          const ts = now - i * FIVE_MIN;
          const done = agent.createMessage("tag_values", {
            author_id: "cost",
            data: { app_1: { temperature: 20 + (i % 7) } },
            ts,
          });
          if (!done.ok) throw new Error(done.detail);
        }
      }),
    );
    ids.push(id);
  }
  const query = (id: string) =>
    `/api/agents/${id}/channels/tag_values/series?field=app_1.temperature&bucket=1h&from=${now - DAY}&to=${now}`;
  await settle();
  startWindow();
  let e: PerEvent;
  try {
    for (let q = 0; q < queries; q++) {
      const answer = await json(await call(query(ids[q % devices]!)), 200);
      expect(answer.points.length).toBeGreaterThanOrEqual(24);
    }
  } finally {
    const w = stopWindow();
    const s = { devices: ids.map((id) => ({ id, serial: id })), installAgent: "", seed: { agent: "" } };
    e = windowPerEvent(w, queries, kindOf(s as unknown as Setup));
  }
  return e;
}
