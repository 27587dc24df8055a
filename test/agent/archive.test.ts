// The journal's archive (src/agent/archive.ts, archive-read.ts) in Miniflare's R2: nothing an agent
// accepted is lost when retention lets a segment go, a failed upload keeps the segment and retries,
// old objects are swept by age, and deleting the agent empties its archive.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Archive } from "../../src/agent/archive.ts";
import { archiveKey, archivedRows, archivePrefix } from "../../src/agent/archive-read.ts";
import { ChannelStore } from "../../src/agent/channel-store.ts";
import { exportPart } from "../../src/agent/history-export.ts";
import { series } from "../../src/agent/series.ts";
import { Timers } from "../../src/agent/timers.ts";
import type { Message, PageQuery } from "../../src/shared/channel-types.ts";
import { snowflakeAt } from "../../src/shared/snowflake.ts";
import { call, chan, json, newAgent } from "../support/helpers.ts";

const stubOf = (id: string) => env.AGENT.get(env.AGENT.idFromName(id));
/** Segments of 5 entries: 300 writes archive about 50 segments. */
const RETENTION = 40;

interface Setup {
  store: ChannelStore;
  archive: Archive;
  sql: SqlStorage;
}

/** A store with an archive over `bucket` in the agent's object, as CommitPipeline wires them. */
function archived(
  id: string,
  state: DurableObjectState,
  bucket: R2Bucket = env.ARCHIVE,
  sql = state.storage.sql,
): Setup {
  let store: ChannelStore | undefined;
  const archive = new Archive({
    bucket,
    agentId: id,
    journal: () => (store as ChannelStore).journal,
    timers: new Timers(state.storage),
    retentionDays: 400,
  });
  store = new ChannelStore(sql, id, RETENTION, (work) => state.storage.transactionSync(work), undefined, archive);
  return { store, archive, sql };
}

function fill(store: ChannelStore, from: number, to: number): void {
  for (let i = from; i < to; i++)
    expect(
      store.commitEvent({
        key: `k-${i}`,
        author_id: "t",
        tag_patch: { app_1: { n: i } },
        messages: [{ channel: "events", data: { i } }],
        now: Date.now(),
      }).ok,
    ).toBe(true);
}

/** Every message of `events`, paged as GET …/messages pages (`before`, or `after` forward). */
async function pageAll(store: ChannelStore, forward: boolean, limit = 7): Promise<number[]> {
  const out: number[] = [];
  let cursor: string | undefined = forward ? "0" : undefined;
  for (;;) {
    const query: PageQuery = forward ? { limit, after: cursor } : { limit, ...(cursor ? { before: cursor } : {}) };
    const page = await store.messagesPage("events", query, 1 << 20);
    if (!page || page.count === 0) return out;
    const messages = JSON.parse(`[${page.items}]`) as Message[];
    out.push(...messages.map((m) => (m.data as { i: number }).i));
    cursor = page.last ?? undefined;
  }
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const tables = (sql: SqlStorage, like: string) =>
  sql
    .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
    .toArray()
    .filter((t) => new RegExp(like).test(t.name));

describe("journal archive", () => {
  it("a device filled past retention still lists every message it accepted, in order, none twice", async () => {
    const { id } = await newAgent();
    await runInDurableObject(stubOf(id), async (_instance, state) => {
      const { store, archive, sql } = archived(id, state);
      fill(store, 0, 300);
      await archive.run();
      expect(store.journal.due).toEqual([]);
      expect(tables(sql, "^journal_\\d+$").length).toBeLessThanOrEqual(RETENTION / 5 + 1);
      const listed = await env.ARCHIVE.list({ prefix: archivePrefix(id), include: ["customMetadata"] });
      expect(listed.objects.length).toBeGreaterThan(40);
      const first = listed.objects[0];
      expect(first?.customMetadata).toMatchObject({ rows: "5" });
      expect(first?.key).toBe(
        archiveKey(id, BigInt(first?.customMetadata?.first_seq ?? 0), BigInt(first?.customMetadata?.last_seq ?? 0)),
      );

      expect(await pageAll(store, false)).toEqual(range(300).reverse());
      expect(await pageAll(store, true)).toEqual(range(300));
      // A page that starts inside the archive goes on from there.
      const all = JSON.parse(`[${(await store.messagesPage("events", { limit: 300 }, 1 << 22))?.items}]`) as Message[];
      const page = await store.messagesPage("events", { limit: 3, before: all[250]?.id }, 1 << 20);
      expect((JSON.parse(`[${page?.items}]`) as Message[]).map((m) => (m.data as { i: number }).i)).toEqual([
        48, 47, 46,
      ]);

      // The reader for any range of seqs (series, export): the same rows the journal had.
      const rows = [];
      for await (const row of archivedRows(env.ARCHIVE, id, "events", 0n, (1n << 63n) - 1n, "asc")) rows.push(row);
      expect(rows.map((r) => r.entry.m?.[0]?.d)).toEqual(range(rows.length).map((i) => ({ i })));
    });
  });

  it("series and export read the archive below the journal: every value, in order, none twice", async () => {
    const { id } = await newAgent();
    await runInDurableObject(stubOf(id), async (_instance, state) => {
      const { store, archive } = archived(id, state);
      fill(store, 0, 300);
      await archive.run();
      expect((await env.ARCHIVE.list({ prefix: archivePrefix(id) })).objects.length).toBeGreaterThan(40);
      const span = { from: Date.now() - 3_600_000, to: Date.now() + 1000 };
      const raw = await series(store, "events", { ...span, field: "i", bucket_ms: null, after: null, limit: 1000 });
      if (!raw?.ok) throw new Error("series refused");
      expect((JSON.parse(raw.value.points) as { v: number }[]).map((p) => p.v)).toEqual(range(300));
      const bucketed = await series(store, "events", {
        ...span,
        field: "i",
        bucket_ms: 3_600_000 * 2,
        after: null,
        limit: 1000,
      });
      if (!bucketed?.ok) throw new Error("series refused");
      const points = JSON.parse(bucketed.value.points) as { n: number; min: number; max: number }[];
      expect(points.reduce((n, p) => n + p.n, 0)).toBe(300);
      expect(Math.min(...points.map((p) => p.min))).toBe(0);
      const part = await exportPart(
        store,
        "events",
        { ...span, format: "ndjson", columns: null, after: null },
        1 << 22,
      );
      if (!part?.ok) throw new Error("export refused");
      const lines = part.value.text
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Message);
      expect(lines.map((m) => (m.data as { i: number }).i)).toEqual(range(300));
    });
  });

  it("archiving writes no more rows than dropping did (a segment is marked due in memory, then dropped whole)", async () => {
    const counted = (sql: SqlStorage) => {
      const cursors: SqlStorageCursor<Record<string, SqlStorageValue>>[] = [];
      const wrapped = {
        exec: (query: string, ...bindings: unknown[]) => {
          const cursor = sql.exec(query, ...bindings);
          cursors.push(cursor);
          return cursor;
        },
        get databaseSize() {
          return sql.databaseSize;
        },
      } as unknown as SqlStorage;
      return { wrapped, written: () => cursors.reduce((n, c) => n + c.rowsWritten, 0) };
    };
    const writtenBy = async (withArchive: boolean) => {
      const { id } = await newAgent();
      return runInDurableObject(stubOf(id), async (_instance, state) => {
        const sql = counted(state.storage.sql);
        const tx = <T>(work: () => T) => state.storage.transactionSync(work);
        if (!withArchive) fill(new ChannelStore(sql.wrapped, id, RETENTION, tx), 0, 200);
        else {
          const { store, archive } = archived(id, state, env.ARCHIVE, sql.wrapped);
          fill(store, 0, 200);
          await archive.run();
        }
        return sql.written();
      });
    };
    expect(await writtenBy(true)).toBe(await writtenBy(false));
  });

  it("a failed put keeps the segment (still listed) and is retried with backoff until it succeeds", async () => {
    const { id } = await newAgent();
    await runInDurableObject(stubOf(id), async (_instance, state) => {
      let failing = true;
      let puts = 0;
      const bucket = {
        put: (...args: Parameters<R2Bucket["put"]>) => {
          puts++;
          if (failing) return Promise.reject(new Error("R2 unavailable (test)"));
          return env.ARCHIVE.put(...args);
        },
        get: (key: string) => env.ARCHIVE.get(key),
        list: (options: R2ListOptions) => env.ARCHIVE.list(options),
        delete: (keys: string | string[]) => env.ARCHIVE.delete(keys),
      } as unknown as R2Bucket;
      const { store, archive, sql } = archived(id, state, bucket);
      fill(store, 0, 100);
      await archive.run();
      expect(puts).toBeGreaterThan(0);
      expect(store.journal.due.length).toBeGreaterThan(5);
      expect(tables(sql, "^journal_\\d+$").length).toBeGreaterThan(RETENTION / 5 + 5);
      expect(archive.pending).toBe(true);
      // The retry is wanted on the object's alarm.
      expect(await state.storage.getAlarm()).not.toBeNull();
      // Nothing is missing meanwhile: the due segments are still read.
      expect(await pageAll(store, false)).toEqual(range(100).reverse());
      // Within the backoff nothing is tried; past it, the upload goes through and the segments go.
      const tried = puts;
      await archive.run();
      expect(puts).toBe(tried);
      failing = false;
      await archive.run(Date.now() + 3_600_000);
      expect(archive.pending).toBe(false);
      expect(store.journal.due).toEqual([]);
      expect(tables(sql, "^journal_\\d+$").length).toBeLessThanOrEqual(RETENTION / 5 + 1);
      expect(await pageAll(store, false)).toEqual(range(100).reverse());
      expect(await pageAll(store, true)).toEqual(range(100));
    });
  });

  it("segments left due by an object that stopped are found at wake and uploaded then", async () => {
    const { id } = await newAgent();
    await runInDurableObject(stubOf(id), async (_instance, state) => {
      const refusing = { put: () => Promise.reject(new Error("R2 unavailable (test)")) } as unknown as R2Bucket;
      const before = archived(id, state, refusing);
      fill(before.store, 0, 120);
      await before.archive.run();
      const due = before.store.journal.due.length;
      expect(due).toBeGreaterThan(5);
      // A new store over the same storage: what the object builds when it wakes.
      const { store, archive } = archived(id, state);
      expect(store.journal.due.length).toBe(due);
      await archive.run();
      expect(store.journal.due).toEqual([]);
      expect(await pageAll(store, false)).toEqual(range(120).reverse());
      expect(await pageAll(store, true)).toEqual(range(120));
    });
  });

  it("GET …/messages pages from the journal on into the archive, both ways", async () => {
    const { id } = await newAgent();
    // History older than the journal, as the archive holds it (ids an hour back).
    const t0 = Date.now() - 3_600_000;
    const lines = range(30).map((i) => {
      const seq = snowflakeAt(t0 + i * 1000);
      const e = { t: t0 + i * 1000, a: "t", m: [{ c: "events", d: { i } }] };
      return JSON.stringify({ seq: String(seq), hi: String(seq), c: "|events|", k: null, e });
    });
    const gz = async (text: string) =>
      new Response(new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer();
    for (const [from, to] of [
      [0, 10],
      [10, 30],
    ] as const)
      await env.ARCHIVE.put(
        archiveKey(id, snowflakeAt(t0 + from * 1000), snowflakeAt(t0 + (to - 1) * 1000)),
        await gz(lines.slice(from, to).join("\n") + "\n"),
      );
    for (let i = 30; i < 35; i++)
      expect((await call(chan(id, "events", "/messages"), { method: "POST", body: { data: { i } } })).status).toBe(201);
    const listed = async (query: string) =>
      ((await json(await call(chan(id, "events", `/messages?${query}`)), 200)) as Message[]).map(
        (m) => (m.data as { i: number }).i,
      );
    expect(await listed("limit=100")).toEqual(range(35).reverse());
    const all = (await json(await call(chan(id, "events", "/messages?limit=100")), 200)) as Message[];
    expect(await listed(`limit=4&before=${all[3]?.id}`)).toEqual([30, 29, 28, 27]);
    expect(await listed(`limit=4&after=${all[30]?.id}`)).toEqual([5, 6, 7, 8]);
    expect(await listed(`limit=100&after=${all[34]?.id}`)).toEqual(range(35).slice(1));
  });

  it("deletes the agent's objects older than the retention when it archives", async () => {
    const { id } = await newAgent();
    const old = Date.now() - 401 * 86_400_000;
    const oldKey = archiveKey(id, snowflakeAt(old - 1000), snowflakeAt(old));
    const keptKey = archiveKey(id, snowflakeAt(old + 2 * 86_400_000), snowflakeAt(old + 3 * 86_400_000));
    await env.ARCHIVE.put(oldKey, "x");
    await env.ARCHIVE.put(keptKey, "x");
    await runInDurableObject(stubOf(id), async (_instance, state) => {
      const { store, archive } = archived(id, state);
      fill(store, 0, 60);
      await archive.run();
    });
    const keys = (await env.ARCHIVE.list({ prefix: archivePrefix(id) })).objects.map((o) => o.key);
    expect(keys).not.toContain(oldKey);
    expect(keys).toContain(keptKey);
    expect(keys.length).toBeGreaterThan(1);
  });

  it("deleting an agent empties its archive", async () => {
    const { id } = await newAgent();
    const other = await newAgent();
    for (const agent of [id, other.id])
      await runInDurableObject(stubOf(agent), async (_instance, state) => {
        const { store, archive } = archived(agent, state);
        fill(store, 0, 80);
        await archive.run();
      });
    expect((await env.ARCHIVE.list({ prefix: archivePrefix(id) })).objects.length).toBeGreaterThan(0);
    expect((await call(`/api/control/agents/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await env.ARCHIVE.list({ prefix: archivePrefix(id) })).objects).toEqual([]);
    expect((await env.ARCHIVE.list({ prefix: archivePrefix(other.id) })).objects.length).toBeGreaterThan(0);
  });
});
