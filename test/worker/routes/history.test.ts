// Issue 23: a channel's history as a time series of one field and as an NDJSON/CSV export
// (docs/wire.md "History: series and export"). Buckets are checked against tables computed by hand
// from messages written at explicit times (`ts`), across bucket boundaries.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Agent } from "../../../durable-objects/agent.ts";
import { call, chan, expectProblem, json, nestedGroups, newAgent, newToken } from "../../support/helpers.ts";

/** 2025-06-01T00:00:00Z: in the past, after the snowflake epoch. */
const T0 = Date.UTC(2025, 5, 1);
const S = 1000;
const M = 60 * S;

/** The table the bucket cases read: time offset from T0 and the message's data. */
const WRITES: [number, unknown][] = [
  [0, { temp: 10 }],
  [M - 1, { temp: 20 }], // last millisecond of the first minute
  [M, { temp: 30 }], // first millisecond of the second
  [M + 30 * S, { temp: "hot" }], // counted in n, not in min/max/avg
  [2 * M + 10 * S, { other: 1 }], // no temp: skipped (minute 2 has no point)
  [3 * M, { temp: -5 }],
  [3 * M + S, { temp: null }], // null (a merge patch's delete): skipped
  [5 * M - 1, { temp: 7.5 }],
];

async function deviceWith(writes: [number, unknown][], channel = "temps"): Promise<string> {
  const { id } = await newAgent({ type: "device" });
  for (const [offset, data] of writes)
    await json(await call(chan(id, channel, "/messages"), { method: "POST", body: { data, ts: T0 + offset } }), 201);
  return id;
}

const series = (id: string, query: string, channel = "temps") => call(chan(id, channel, `/series?${query}`));
const range = (to = 5 * M - 1) => `from=${T0}&to=${T0 + to}`;

describe("GET …/series with a bucket", () => {
  it("computes 1-minute buckets across their boundaries as the hand-computed table has them", async () => {
    const id = await deviceWith(WRITES);
    const body = await json(await series(id, `field=temp&bucket=1m&${range()}`), 200);
    expect(body).toEqual({
      field: "temp",
      bucket: "1m",
      points: [
        { t: T0, n: 2, min: 10, max: 20, avg: 15, first: 10, last: 20 },
        { t: T0 + M, n: 2, min: 30, max: 30, avg: 30, first: 30, last: "hot" },
        { t: T0 + 3 * M, n: 1, min: -5, max: -5, avg: -5, first: -5, last: -5 },
        { t: T0 + 4 * M, n: 1, min: 7.5, max: 7.5, avg: 7.5, first: 7.5, last: 7.5 },
      ],
    });
  });

  it("computes 2-minute buckets aligned to epoch multiples, and cuts at from/to to the millisecond", async () => {
    const id = await deviceWith(WRITES);
    const two = await json(await series(id, `field=temp&bucket=2m&${range()}`), 200);
    expect(two.points).toEqual([
      { t: T0, n: 4, min: 10, max: 30, avg: 20, first: 10, last: "hot" },
      { t: T0 + 2 * M, n: 1, min: -5, max: -5, avg: -5, first: -5, last: -5 },
      { t: T0 + 4 * M, n: 1, min: 7.5, max: 7.5, avg: 7.5, first: 7.5, last: 7.5 },
    ]);
    // Both ends are included: 00:00:59.999 and 00:01:00.000 only.
    const edge = await json(await series(id, `field=temp&bucket=1m&from=${T0 + M - 1}&to=${T0 + M}`), 200);
    expect(edge.points).toEqual([
      { t: T0, n: 1, min: 20, max: 20, avg: 20, first: 20, last: 20 },
      { t: T0 + M, n: 1, min: 30, max: 30, avg: 30, first: 30, last: 30 },
    ]);
    // RFC 3339 bounds, with an offset, name the same instants.
    const rfc = await json(
      await series(id, `field=temp&bucket=1d&from=2025-06-01T02:00:00%2B02:00&to=2025-06-01T00:04:59.999Z`),
      200,
    );
    expect(rfc.points).toEqual([{ t: T0, n: 6, min: -5, max: 30, avg: 62.5 / 5, first: 10, last: 7.5 }]);
  });

  it("keeps non-numeric values out of min/max/avg (null when a bucket has none) and reads nested paths", async () => {
    const id = await deviceWith([
      [0, { s: { state: "idle", list: [1, { x: 4 }] } }],
      [S, { s: { state: true, list: [2, { x: 6 }] } }],
      [2 * S, { s: { state: { nested: 1 }, list: [] } }],
    ]);
    const states = await json(await series(id, `field=s.state&bucket=1m&${range()}`), 200);
    expect(states.points).toEqual([
      { t: T0, n: 3, min: null, max: null, avg: null, first: "idle", last: { nested: 1 } },
    ]);
    const xs = await json(await series(id, `field=s.list.1.x&bucket=1h&${range()}`), 200);
    expect(xs.points).toEqual([{ t: T0, n: 2, min: 4, max: 6, avg: 5, first: 4, last: 6 }]);
    const none = await json(await series(id, `field=nothing.here&bucket=1m&${range()}`), 200);
    expect(none.points).toEqual([]);
  });
});

describe("GET …/series without a bucket", () => {
  it("lists raw points oldest first in pages by `after`, and agrees with GET messages", async () => {
    const id = await deviceWith(WRITES);
    const pages: { points: { t: number; v: unknown }[]; next: string | null }[] = [];
    let after = "";
    do {
      const page = await json(await series(id, `field=temp&limit=2&${range()}${after ? `&after=${after}` : ""}`), 200);
      expect(page.field).toBe("temp");
      pages.push(page);
      after = page.next ?? "";
    } while (after);
    expect(pages.map((p) => p.points.length)).toEqual([2, 2, 2]);
    const points = pages.flatMap((p) => p.points);
    expect(points).toEqual([
      { t: T0, v: 10 },
      { t: T0 + M - 1, v: 20 },
      { t: T0 + M, v: 30 },
      { t: T0 + M + 30 * S, v: "hot" },
      { t: T0 + 3 * M, v: -5 },
      { t: T0 + 5 * M - 1, v: 7.5 },
    ]);
    const messages = await json(await call(chan(id, "temps", "/messages?limit=100")), 200);
    const expected = messages
      .reverse()
      .filter((m: { data: { temp?: unknown } }) => m.data.temp !== undefined && m.data.temp !== null)
      .map((m: { timestamp: number; data: { temp: unknown } }) => ({ t: m.timestamp, v: m.data.temp }));
    expect(points).toEqual(expected);
    // The last page says it is the last.
    expect(pages.at(-1)?.next).toBeNull();
  });

  it("shows a message's edit and leaves a deleted one out", async () => {
    const id = await deviceWith(WRITES.slice(0, 3));
    const messages = await json(await call(chan(id, "temps", "/messages")), 200);
    const [newest, middle] = messages;
    await json(
      await call(chan(id, "temps", `/messages/${middle.id}`), { method: "PUT", body: { data: { temp: 99 } } }),
      200,
    );
    expect((await call(chan(id, "temps", `/messages/${newest.id}`), { method: "DELETE" })).status).toBe(204);
    const body = await json(await series(id, `field=temp&${range()}`), 200);
    expect(body.points).toEqual([
      { t: T0, v: 10 },
      { t: T0 + M - 1, v: 99 },
    ]);
  });
});

describe("a tag's history", () => {
  it("is a series of tag_values: each logged merge patch is a message {app_key: {tag: value}}", async () => {
    const { id } = await newAgent({ type: "device" });
    const url = chan(id, "tag_values", "/aggregate?log_update=true");
    for (const temperature of [21, 22.5])
      await json(await call(url, { method: "PATCH", body: { tracker_processor_1: { temperature } } }), 200);
    await json(await call(url, { method: "PATCH", body: { tracker_processor_1: { battery: 80 } } }), 200);
    // An ingestion's tag writes (one journal row, its merge logged as one tag_values message).
    await runInDurableObject(env.AGENT.get(env.AGENT.idFromName(id)), async (agent: Agent) => {
      const done = await agent.commitEventText(
        JSON.stringify({
          key: null,
          author_id: "t",
          tag_patch: { tracker_processor_1: { temperature: 24.5 } },
          messages: [],
        }),
      );
      expect(done.ok).toBe(true);
    });
    const field = "field=tracker_processor_1.temperature";
    const raw = await json(await call(chan(id, "tag_values", `/series?${field}`)), 200);
    expect(raw.points.map((p: { v: unknown }) => p.v)).toEqual([21, 22.5, 24.5]);
    const daily = await json(await call(chan(id, "tag_values", `/series?${field}&bucket=1d`)), 200);
    const n = daily.points.reduce((sum: number, p: { n: number }) => sum + p.n, 0);
    expect(n).toBe(3);
    expect(daily.points.at(-1).last).toBe(24.5);
  });
});

describe("GET …/export", () => {
  it("streams every message in the range as NDJSON, as GET messages answers them", async () => {
    const id = await deviceWith(WRITES);
    const res = await call(chan(id, "temps", `/export?${range()}`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="${id}_temps_20250601T000000Z_20250601T000459Z.ndjson"`,
    );
    const lines = (await res.text()).split("\n");
    expect(lines.pop()).toBe("");
    const messages = await json(await call(chan(id, "temps", "/messages?limit=100")), 200);
    expect(lines.map((l) => JSON.parse(l))).toEqual(messages.reverse());
    // A narrower range: only what it holds.
    const part = await (await call(chan(id, "temps", `/export?from=${T0 + M}&to=${T0 + 3 * M}`))).text();
    expect(
      part
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).data),
    ).toEqual([{ temp: 30 }, { temp: "hot" }, { other: 1 }, { temp: -5 }]);
  });

  it("flattens data to dotted CSV columns, first seen first, quoting what needs it", async () => {
    const id = await deviceWith([
      [0, { temp: 1, pos: { lat: -33.5, lon: 151 } }],
      [S, { note: 'says "hi", twice', temp: 2 }],
      [2 * S, { pos: { lat: 1 }, tags: ["a", "b"], flag: false, gone: null }],
    ]);
    const res = await call(chan(id, "temps", `/export?${range()}&format=csv`));
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toContain('.csv"');
    const messages = (await json(await call(chan(id, "temps", "/messages")), 200)).reverse();
    const rows = (await res.text()).split("\r\n");
    expect(rows.pop()).toBe("");
    expect(rows).toEqual([
      "id,timestamp,author_id,data.temp,data.pos.lat,data.pos.lon,data.note,data.tags,data.flag,data.gone",
      `${messages[0].id},${T0},${messages[0].author_id},1,-33.5,151,,,,`,
      `${messages[1].id},${T0 + S},${messages[1].author_id},2,,,"says ""hi"", twice",,,`,
      `${messages[2].id},${T0 + 2 * S},${messages[2].author_id},,1,,,"[""a"",""b""]",false,`,
    ]);
  });

  it("streams a range larger than one part (8 MiB) whole, in order, none twice", async () => {
    // 10 messages of ~900 KB: two parts from the object.
    const big = "x".repeat(900_000);
    const id = await deviceWith(Array.from({ length: 10 }, (_, i) => [i * S, { i, big }] as [number, unknown]));
    const text = await (await call(chan(id, "temps", `/export?${range()}`))).text();
    const lines = text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { data: { i: number } });
    expect(lines.map((m) => m.data.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const csv = (await (await call(chan(id, "temps", `/export?${range()}&format=csv`))).text()).split("\r\n");
    expect(csv[0]).toBe("id,timestamp,author_id,data.i,data.big");
    expect(csv.slice(1, -1).map((row) => Number(row.split(",")[3]))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("answers an empty range with nothing but the CSV header", async () => {
    const id = await deviceWith([[0, { a: 1 }]]);
    const csv = await (await call(chan(id, "temps", `/export?from=${T0 + M}&to=${T0 + 2 * M}&format=csv`))).text();
    expect(csv).toBe("id,timestamp,author_id\r\n");
    const ndjson = await call(chan(id, "temps", `/export?from=${T0 + M}&to=${T0 + 2 * M}`));
    expect(await ndjson.text()).toBe("");
  });
});

describe("history refusals", () => {
  const CASES: [string, string, string][] = [
    ["no field", `bucket=1m`, "field"],
    ["an empty field", `field=&bucket=1m`, "field"],
    ["an empty segment", `field=a..b`, "field"],
    ["a leading dot", `field=.a`, "field"],
    ["a field over 256 characters", `field=${"a".repeat(257)}`, "field"],
    ["a segment over 128 characters", `field=a.${"b".repeat(129)}`, "field"],
    ["a bucket without a unit", `field=a&bucket=5`, "bucket"],
    ["a bucket of milliseconds", `field=a&bucket=500ms`, "bucket"],
    ["a zero bucket", `field=a&bucket=0s`, "bucket"],
    ["too many buckets", `field=a&bucket=1s&from=${T0}&to=${T0 + 10_000 * S}`, "bucket"],
    ["from after to", `field=a&from=${T0 + 1}&to=${T0}`, "from"],
    ["a range over 400 days", `field=a&from=${T0}&to=${T0 + 401 * 86_400_000}`, "from"],
    ["a bad from", `field=a&from=yesterday`, "from"],
    ["a bad to", `field=a&to=2025-13-01T00:00:00Z`, "to"],
    ["a raw page over the limit", `field=a&limit=10001`, "limit"],
    ["a zero limit", `field=a&limit=0`, "limit"],
    ["a bad cursor", `field=a&after=abc`, "after"],
  ];
  for (const [what, query, param] of CASES)
    it(`refuses ${what} with 422 naming ${param}`, async () => {
      const { id } = await newAgent();
      await json(await call(chan(id, "c", "/messages"), { method: "POST", body: { data: { a: 1 } } }), 201);
      const body = await expectProblem(await series(id, query, "c"), 422, "validation_failed");
      expect(body.field).toBe(param);
      expect(body.detail).toContain(param);
    });

  it("accepts exactly 10,000 buckets", async () => {
    const id = await deviceWith([[0, { a: 1 }]]);
    const ok = await series(id, `field=a&bucket=1s&from=${T0}&to=${T0 + 10_000 * S - 1}`);
    expect((await json(ok, 200)).points).toEqual([{ t: T0, n: 1, min: 1, max: 1, avg: 1, first: 1, last: 1 }]);
  });

  it("refuses a bad export format, from after to, and a range over the limit, naming the parameter", async () => {
    const { id } = await newAgent();
    for (const [query, param] of [
      ["format=xml", "format"],
      [`from=${T0 + 1}&to=${T0}`, "from"],
      [`from=${T0}&to=${T0 + 401 * 86_400_000}`, "from"],
    ]) {
      const body = await expectProblem(await call(chan(id, "c", `/export?${query}`)), 422, "validation_failed");
      expect(body.field).toBe(param);
    }
  });

  it("answers 404 for a channel that was never written", async () => {
    const { id } = await newAgent();
    await expectProblem(await series(id, "field=a", "nothing"), 404, "not_found");
    await expectProblem(await call(chan(id, "nothing", "/export")), 404, "not_found");
  });

  it("refuses a read token of another group with 403, and lets its own group's read token read", async () => {
    const { parent: mine } = await nestedGroups();
    const { parent: other } = await nestedGroups();
    const { id } = await newAgent({ groups: [mine.id] });
    await json(await call(chan(id, "c", "/messages"), { method: "POST", body: { data: { a: 1 } } }), 201);
    const { token: foreign } = await newToken([{ group: other.id, permission: "read" }]);
    const { token: reader } = await newToken([{ group: mine.id, permission: "read" }]);
    await expectProblem(await call(chan(id, "c", "/series?field=a"), { token: foreign }), 403, "forbidden");
    await expectProblem(await call(chan(id, "c", "/export"), { token: foreign }), 403, "forbidden");
    expect((await json(await call(chan(id, "c", "/series?field=a"), { token: reader }), 200)).points).toHaveLength(1);
    expect((await call(chan(id, "c", "/export?format=csv"), { token: reader })).status).toBe(200);
  });
});
