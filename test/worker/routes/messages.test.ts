// Message log through the worker: creation, ordering, paging, updates, retention.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ChannelStore } from "../../../src/agent/channel-store.ts";
import { snowflakeTime } from "../../../src/shared/snowflake.ts";
import { call, chan, expectProblem, json, newAgent } from "../../support/helpers.ts";

async function post(agentId: string, channel: string, data: unknown, ts?: number) {
  return json(
    await call(chan(agentId, channel, "/messages"), {
      method: "POST",
      body: ts === undefined ? { data } : { data, ts },
    }),
    201,
  );
}

describe("messages", () => {
  it("creates a message with a snowflake id whose timestamp is derived from it", async () => {
    const { id } = await newAgent();
    const before = Date.now();
    const msg = await post(id, "events", { n: 1 });
    expect(msg).toMatchObject({
      author_id: "admin",
      channel: { agent_id: id, name: "events" },
      data: { n: 1 },
      attachments: [],
    });
    expect(typeof msg.id).toBe("string");
    expect(msg.timestamp).toBe(snowflakeTime(msg.id));
    expect(msg.timestamp).toBeGreaterThanOrEqual(before - 1);
  });

  it("ids are strictly increasing and lists are newest first", async () => {
    const { id } = await newAgent();
    const sent = [];
    for (let i = 0; i < 6; i++) sent.push(await post(id, "log", { i }));
    for (let i = 1; i < sent.length; i++) expect(BigInt(sent[i].id) > BigInt(sent[i - 1].id)).toBe(true);
    const list = await json(await call(chan(id, "log", "/messages")), 200);
    expect(list.map((m: any) => m.data.i)).toEqual([5, 4, 3, 2, 1, 0]);
  });

  it("pages backwards with before+limit and forwards with after+limit (oldest first)", async () => {
    const { id } = await newAgent();
    const sent = [];
    for (let i = 0; i < 7; i++) sent.push(await post(id, "log", { i }));
    const newest = await json(await call(chan(id, "log", "/messages?limit=3")), 200);
    expect(newest.map((m: any) => m.data.i)).toEqual([6, 5, 4]);
    const older = await json(await call(chan(id, "log", `/messages?limit=3&before=${newest[2].id}`)), 200);
    expect(older.map((m: any) => m.data.i)).toEqual([3, 2, 1]);
    const forward = await json(await call(chan(id, "log", `/messages?limit=2&after=${sent[1].id}`)), 200);
    expect(forward.map((m: any) => m.data.i)).toEqual([2, 3]);
    const window = await json(await call(chan(id, "log", `/messages?after=${sent[1].id}&before=${sent[5].id}`)), 200);
    expect(window.map((m: any) => m.data.i)).toEqual([4, 3, 2]);
  });

  it("rejects bad paging values with 400 and a limit above the cap rather than shortening the page", async () => {
    const { id } = await newAgent();
    await post(id, "log", {});
    for (const q of ["limit=0", "limit=-1", "limit=abc", "limit=1001", "before=xyz", "after=1.5", "limit=1e3"])
      await expectProblem(await call(chan(id, "log", `/messages?${q}`)), 400, "invalid_parameter");
  });

  it("honours ts, refuses a ts older than the newest message (ids stay increasing) and one far in the future", async () => {
    const { id } = await newAgent();
    const ts = Date.now() - 60_000;
    const msg = await post(id, "backfill", { a: 1 }, ts);
    expect(msg.timestamp).toBe(ts);
    await expectProblem(
      await call(chan(id, "backfill", "/messages"), { method: "POST", body: { data: {}, ts: ts - 1000 } }),
      409,
      "out_of_order",
    );
    await expectProblem(
      await call(chan(id, "backfill", "/messages"), { method: "POST", body: { data: {}, ts: Date.now() + 3_600_000 } }),
      422,
      "validation_failed",
    );
    expect(await json(await call(chan(id, "backfill", "/messages")), 200)).toHaveLength(1);
  });

  it("gets, patches (merge), puts (replace) and deletes one message", async () => {
    const { id } = await newAgent();
    const msg = await post(id, "log", { a: 1, b: { c: 2 } });
    const url = chan(id, "log", `/messages/${msg.id}`);
    expect(await json(await call(url), 200)).toEqual(msg);
    expect(
      (await json(await call(url, { method: "PATCH", body: { data: { b: { c: null, d: 3 } } } }), 200)).data,
    ).toEqual({ a: 1, b: { d: 3 } });
    expect((await json(await call(url, { method: "PUT", body: { data: { z: 0 } } }), 200)).data).toEqual({ z: 0 });
    expect((await call(url, { method: "DELETE" })).status).toBe(204);
    await expectProblem(await call(url), 404, "not_found");
    await expectProblem(await call(url, { method: "DELETE" }), 404, "not_found");
  });

  it("rejects a body without data (422) and malformed JSON (400), creating nothing", async () => {
    const { id } = await newAgent();
    await expectProblem(
      await call(chan(id, "log", "/messages"), { method: "POST", body: { nodata: 1 } }),
      422,
      "validation_failed",
    );
    await expectProblem(
      await call(chan(id, "log", "/messages"), {
        method: "POST",
        raw: "{",
        headers: { "content-type": "application/json" },
      }),
      400,
      "invalid_json",
    );
    await expectProblem(await call(chan(id, "log", "/messages")), 404, "not_found");
  });

  it("keeps the agent's newest messages within the retention bound, dropping whole old segments", async () => {
    const { id } = await newAgent();
    const stub = env.AGENT.get(env.AGENT.idFromName(id));
    await runInDurableObject(stub, (_instance, state) => {
      // Retention 5: segments of one entry, so between 5 and 6 entries are kept.
      const store = new ChannelStore(state.storage.sql, id, 5, (work) => state.storage.transactionSync(work));
      for (let i = 0; i < 12; i++) store.createMessage("bounded", { author_id: "t", data: { i }, now: Date.now() });
      const kept = (store.listMessages("bounded", { limit: 100 }) ?? []).map((m) => (m.data as { i: number }).i);
      expect(kept.slice(0, 5)).toEqual([11, 10, 9, 8, 7]);
      expect(kept.length).toBeLessThanOrEqual(6);
      const tables = state.storage.sql
        .exec<{ name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'journal\\_%' ESCAPE '\\'",
        )
        .toArray();
      const rows = tables.reduce(
        (n, t) => n + state.storage.sql.exec<{ c: number }>(`SELECT count(*) AS c FROM ${t.name}`).one().c,
        0,
      );
      expect(rows).toBeLessThanOrEqual(6);
    });
  });
});
