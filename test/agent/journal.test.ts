// The agent's journal and checkpointed state (src/agent/journal.ts, channel-state.ts): what a 2xx
// promises survives eviction, repeats have no second effect, retention bounds storage.
import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { CHECKPOINT_EVERY } from "../../src/agent/channel-state.ts";
import { ChannelStore } from "../../src/agent/channel-store.ts";
import { idKey } from "../../src/shared/snowflake.ts";
import { FLUSH_MS } from "../../src/invocation/log-buffer.ts";
import { call, chan, json, newAgent } from "../support/helpers.ts";
import { device, install, invoke, messagesOf, tagsOf } from "../support/ingest.ts";

const stubOf = (id: string) => env.AGENT.get(env.AGENT.idFromName(id));

async function tracker() {
  const dev = await device();
  const inst = await install({}, { dv_proc_extended_permissions: { all_devices: true } }, "tracker_integration");
  const uplink = (i: number) =>
    JSON.stringify({ device_id: dev.serial_number, sequence: String(i), battery: { percent: i } });
  return { dev, inst, uplink };
}

function journalRows(sql: SqlStorage): number {
  return sql
    .exec<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'journal\\_%' ESCAPE '\\'",
    )
    .toArray()
    .filter((t) => /^journal_\d+$/.test(t.name))
    .reduce((n, t) => n + sql.exec<{ c: number }>(`SELECT count(*) AS c FROM ${t.name}`).one().c, 0);
}

describe("agent journal", () => {
  it("effects of an acknowledged uplink survive the device DO being evicted right after the answer", async () => {
    const { dev, inst, uplink } = await tracker();
    // Past one checkpoint, so the state reloads from a checkpoint plus replayed entries.
    const n = CHECKPOINT_EVERY + 5;
    for (let i = 1; i <= n; i++) {
      expect((await invoke(inst, { body: uplink(i) })).status).toBe(200);
      if (i === 1 || i === CHECKPOINT_EVERY || i === n) await evictDurableObject(stubOf(dev.id));
    }
    const tags = (await tagsOf(dev.id)).tracker_integration_1;
    expect(tags.battery).toBe(n);
    expect(tags.latest_data.sequence).toBe(String(n));
    const agg = await json(await call(chan(dev.id, "tag_values", "/aggregate")), 200);
    expect(agg.version).toBe(n);
    const events = await messagesOf(dev.id, "on_external_event");
    expect(events.map((m) => Number(m.data.sequence))).toEqual(Array.from({ length: n }, (_, i) => n - i));
    expect(await messagesOf(dev.id, "tag_values")).toHaveLength(n);
  });

  it("a repeated sender id has no second effect, also after the device DO was evicted", async () => {
    const { dev, inst, uplink } = await tracker();
    const headers = { "idempotency-key": "uplink-7" };
    const first = await json(await invoke(inst, { body: uplink(7), headers, query: "json_response=true" }), 200);
    await evictDurableObject(stubOf(dev.id));
    const again = await invoke(inst, { body: uplink(7), headers, query: "json_response=true" });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await json(again, 200)).toEqual(first);
    expect(await messagesOf(dev.id, "on_external_event")).toHaveLength(1);
    expect((await json(await call(chan(dev.id, "tag_values", "/aggregate")), 200)).version).toBe(1);
  });

  it("the same event id from another credential is another event (ids are scoped to the sender)", async () => {
    const { dev, inst, uplink } = await tracker();
    const headers = { "idempotency-key": "seq-1" };
    expect((await invoke(inst, { body: uplink(1), headers })).status).toBe(200);
    const mini = await json(
      await call(`/api/control/installs/${inst.install_id}/mini_tokens`, { method: "POST", body: {} }),
      201,
    );
    expect((await invoke(inst, { body: uplink(2), headers, token: null }, `/m/${mini.mini_token}`)).status).toBe(204);
    expect(await messagesOf(dev.id, "on_external_event")).toHaveLength(2);
  });

  it("retention bounds storage: old segments are dropped whole, state and dedup keys reload the same", async () => {
    const { id } = await newAgent();
    await runInDurableObject(stubOf(id), (_instance, state) => {
      const tx = <T>(work: () => T) => state.storage.transactionSync(work);
      const retention = 40; // segments of 5 entries: at most 45 rows kept
      const store = new ChannelStore(state.storage.sql, id, retention, tx);
      const now = Date.now();
      for (let i = 0; i < 300; i++)
        store.commitEvent({
          key: `k-${i}`,
          author_id: "t",
          tag_patch: { app_1: { n: i } },
          messages: [{ channel: "events", data: { i } }],
          outcome: { status: 200 },
          now,
        });
      expect(journalRows(state.storage.sql)).toBeLessThanOrEqual(retention + 5);
      const reloaded = new ChannelStore(state.storage.sql, id, retention, tx);
      expect(reloaded.aggregate("tag_values")).toEqual(store.aggregate("tag_values"));
      expect(reloaded.aggregate("tag_values")?.version).toBe(300);
      // A kept key is still a repeat; one whose segment was dropped is outside the window kept.
      expect(
        reloaded.commitEvent({ key: "k-299", author_id: "t", tag_patch: { app_1: { n: -1 } }, messages: [], now }),
      ).toEqual({ ok: true, value: { applied: false, outcome: { status: 200 } } });
      const events = reloaded.listMessages("events", { limit: 1000 }) ?? [];
      expect(events.length).toBeGreaterThanOrEqual(retention / 2);
      expect(events[0]?.data).toEqual({ i: 299 });
    });
  });

  it("refuses (413) the write that would take an aggregate past 1 MiB, however it grew", async () => {
    const { id } = await newAgent();
    await runInDurableObject(stubOf(id), (_instance, state) => {
      const store = new ChannelStore(state.storage.sql, id, 100, (work) => state.storage.transactionSync(work));
      const write = (i: number) =>
        store.commitEvent({
          key: null,
          author_id: "t",
          tag_patch: { app_1: { [`k${i}`]: "x".repeat(300_000) } },
          messages: [],
          now: Date.now(),
        });
      for (let i = 0; i < 3; i++) expect(write(i).ok).toBe(true);
      expect(write(3)).toMatchObject({ ok: false, status: 413, code: "payload_too_large" });
      const data = store.aggregate("tag_values")?.data as { app_1: Record<string, string> } | undefined;
      expect(Object.keys(data?.app_1 ?? {})).toEqual(["k0", "k1", "k2"]);
    });
  });

  it("editing a logged tag message does not change the aggregate when the journal is replayed", async () => {
    const { id } = await newAgent();
    const url = chan(id, "tag_values", "/aggregate");
    await json(await call(`${url}?log_update=true`, { method: "PATCH", body: { a: { x: 1 } } }), 200);
    const [logged] = await json(await call(chan(id, "tag_values", "/messages")), 200);
    await json(
      await call(chan(id, "tag_values", `/messages/${logged.id}`), { method: "PUT", body: { data: { edited: true } } }),
      200,
    );
    await evictDurableObject(stubOf(id));
    expect((await json(await call(url), 200)).data).toEqual({ a: { x: 1 } });
    expect((await json(await call(chan(id, "tag_values", `/messages/${logged.id}`)), 200)).data).toEqual({
      edited: true,
    });
  });

  it("direct aggregate writes and journalled ones interleave correctly across an eviction", async () => {
    const { id } = await newAgent();
    const url = chan(id, "state", "/aggregate");
    await json(await call(`${url}?log_update=true`, { method: "PATCH", body: { a: 1 } }), 200); // journal
    await json(await call(url, { method: "PATCH", body: { b: 2 } }), 200); // stored directly
    await json(await call(`${url}?log_update=true`, { method: "PATCH", body: { a: null, c: 3 } }), 200); // journal
    await evictDurableObject(stubOf(id));
    const agg = await json(await call(url), 200);
    expect(agg).toMatchObject({ data: { b: 2, c: 3 }, version: 3 });
  });
});

describe("state made before the journal", () => {
  it("moves the old channels and messages tables into the journal once, keeping ids and aggregates", async () => {
    const { id } = await newAgent();
    await runInDurableObject(stubOf(id), (_instance, state) => {
      const sql = state.storage.sql;
      sql.exec(`CREATE TABLE channels (name TEXT PRIMARY KEY, agg_data TEXT NOT NULL DEFAULT '{}', agg_attachments TEXT NOT NULL DEFAULT '[]',
        last_updated INTEGER, version INTEGER NOT NULL DEFAULT 0, last_id TEXT, msg_count INTEGER NOT NULL DEFAULT 0)`);
      sql.exec(`CREATE TABLE messages (channel TEXT NOT NULL, id TEXT NOT NULL, author_id TEXT NOT NULL, data TEXT NOT NULL,
        attachments TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (channel, id)) WITHOUT ROWID`);
      const t0 = 300_000_000_000_000_000n;
      sql.exec(
        "INSERT INTO channels (name, agg_data, last_updated, version) VALUES ('tag_values', '{\"a\":{\"x\":1}}', 5, 4)",
      );
      sql.exec("INSERT INTO channels (name) VALUES ('events')");
      for (const [channel, n] of [
        ["events", 0n],
        ["events", 1n],
        ["tag_values", 1n],
      ] as const)
        sql.exec(
          "INSERT INTO messages (channel, id, author_id, data) VALUES (?, ?, 'old', ?)",
          channel,
          idKey(t0 + n),
          JSON.stringify({ n: String(n) }),
        );
      const store = new ChannelStore(sql, id, 100, (work) => state.storage.transactionSync(work));
      expect(store.aggregate("tag_values")).toMatchObject({ data: { a: { x: 1 } }, version: 4 });
      expect((store.listMessages("events", { limit: 10 }) ?? []).map((m) => m.id)).toEqual([
        String(t0 + 1n),
        String(t0),
      ]);
      // Two channels shared id t0+1: the later one in (id, channel) order takes the next id.
      expect((store.listMessages("tag_values", { limit: 10 }) ?? []).map((m) => m.id)).toEqual([String(t0 + 2n)]);
      expect(sql.exec("SELECT name FROM sqlite_master WHERE name IN ('messages', 'channels')").toArray()).toEqual([]);
    });
  });
});

describe("invocation log", () => {
  it("lists an invocation within its stated delay, without a storage write per event", async () => {
    const { inst, uplink } = await tracker();
    const started = Date.now();
    expect((await invoke(inst, { body: uplink(1), headers: { "idempotency-key": "logged-1" } })).status).toBe(200);
    let log: any[] = [];
    while (Date.now() - started < FLUSH_MS + 2_000) {
      log = await json(await call(`/api/control/installs/${inst.install_id}/invocations`), 200);
      if (log.length > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(log[0]).toMatchObject({ event_id: "logged-1", outcome: "ok", status: 200 });
    expect(Date.now() - started).toBeLessThan(FLUSH_MS + 2_000);
  });
});
