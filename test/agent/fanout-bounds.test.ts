// Issue 20, item 1, the agent's side (src/agent/fanout.ts): each gateway object (one credential)
// gets a bounded share of the agent's gateway subscriptions, the admin's apart from the total; the
// memory kept is bounded by the live rows (refused subscribes leave nothing); a gateway the agent
// cannot reach is forgotten. Workerd, the table in a real Agent object's SQLite.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Fanout } from "../../src/agent/fanout.ts";
import { MAX_CHANNELS_PER_CREDENTIAL, MAX_GATEWAY_SUBS } from "../../src/shared/gateway-limits.ts";
import { newAgent } from "../support/helpers.ts";

/** A Fanout on a scratch table of a real Agent object (the object's own fan-out is not touched). */
async function withFanout(
  deliver: (gateway: string) => Promise<string[]>,
  test: (fanout: Fanout, count: () => number) => Promise<void>,
): Promise<void> {
  const { id } = await newAgent();
  await runInDurableObject(env.AGENT.getByName(id), async (_i, state) => {
    state.storage.sql.exec("DELETE FROM gateway_subs");
    const fanout = new Fanout(state.storage.sql, `bounds-${id}`, deliver);
    const count = () => state.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM gateway_subs").one().n;
    await test(fanout, count);
    state.storage.sql.exec("DELETE FROM gateway_subs");
  });
}

describe("agent fan-out bounds (issue 20)", () => {
  it("one gateway holds at most its share of an agent; others (and the admin, beyond the total) still subscribe", async () => {
    await withFanout(
      async () => [],
      async (fanout, count) => {
        for (let i = 0; i < MAX_CHANNELS_PER_CREDENTIAL; i++) expect(fanout.subscribe("gw:flood", `c${i}`)).toBe(true);
        for (let i = 0; i < 1000; i++) expect(fanout.subscribe("gw:flood", `more${i}`)).toBe(false);
        expect(fanout.subscribe("gw:flood", "c0")).toBe(true); // its own again: kept
        expect(fanout.heldBy("gw:flood")).toBe(MAX_CHANNELS_PER_CREDENTIAL);
        expect(fanout.subscribe("gw:other", "tag_values")).toBe(true);
        // Fill the total with full shares: only then is a token credential refused; the admin is not.
        const fullShares = MAX_GATEWAY_SUBS / MAX_CHANNELS_PER_CREDENTIAL;
        for (let g = 1; g < fullShares; g++)
          for (let i = 0; i < MAX_CHANNELS_PER_CREDENTIAL; i++) fanout.subscribe(`gw:t${g}`, `c${i}`);
        expect(fanout.subscribe("gw:late", "tag_values")).toBe(false);
        expect(fanout.subscribe("gw:admin", "tag_values")).toBe(true);
        expect(count()).toBe(MAX_GATEWAY_SUBS + 1);
      },
    );
  }, 60_000);

  it("the fan-out's memory is bounded by live subscriptions: refused and released ones leave nothing", async () => {
    await withFanout(
      async () => [],
      async (fanout, count) => {
        fanout.subscribe("gw:a", "tag_values");
        const base = fanout.entries();
        // A flood of refused subscribes, and of subscribes released again.
        for (let i = 0; i < MAX_CHANNELS_PER_CREDENTIAL - 1; i++) fanout.subscribe("gw:a", `c${i}`);
        for (let i = 0; i < 5000; i++) expect(fanout.subscribe("gw:a", `refused${i}`)).toBe(false);
        fanout.drop(
          "gw:a",
          Array.from({ length: MAX_CHANNELS_PER_CREDENTIAL - 1 }, (_, i) => `c${i}`),
        );
        for (let round = 0; round < 20; round++) {
          for (let i = 0; i < 50; i++) fanout.subscribe(`gw:r${round}`, `x${round}_${i}`);
          fanout.held(`gw:r${round}`, []);
        }
        expect(fanout.entries()).toBe(base);
        expect(count()).toBe(1);
      },
    );
  }, 60_000);

  it("a gateway the agent cannot reach (all retries failed) is forgotten: its rows leave", async () => {
    await withFanout(
      async (gateway) => {
        if (gateway === "gw:down") throw new Error("unreachable");
        return [];
      },
      async (fanout, count) => {
        fanout.subscribe("gw:down", "tag_values");
        fanout.subscribe("gw:down", "never_written");
        fanout.subscribe("gw:up", "tag_values");
        fanout.oneShot("tag_values", "a", 1, 0);
        // Retries 0.5 + 2 + 5 s.
        await new Promise((r) => setTimeout(r, 8000));
        expect(fanout.heldBy("gw:down")).toBe(0);
        expect(fanout.heldBy("gw:up")).toBe(1);
        expect(count()).toBe(1);
      },
    );
  }, 20_000);
});
