// Fuzz of the data plane (SPEC §4.1): channels, aggregates and messages under malformed bodies,
// credentials, channel names, message ids, paging parameters, If-Match values and `ts`. Every answer
// passes the oracle (no 5xx, problem+json with a known code); a burst of requests that must all be
// refused leaves the device exactly as it was; a mixed burst leaves its agent readable.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHANNEL_NAME } from "../../../src/shared/channel-types.ts";
import { ADMIN, call, chan, json, newAgent, newToken } from "../../support/helpers.ts";
import {
  bytes,
  badAuthorization,
  badIfMatch,
  badId,
  extraHeaders,
  malformedBody,
  method,
  oddSegment,
  pagingQuery,
  type Body,
} from "./arbitraries.ts";
import { FUZZ_TIMEOUT_MS, fuzzConcurrently, fuzzOne, SEED, Tally, type FuzzRequest } from "./oracle.ts";
import { snapshot, expectUnchanged } from "./snapshot.ts";

const tally = new Tally();
afterAll(() => console.log(tally.summary("fuzz: data plane")));

interface World {
  dev: string;
  scratch: string;
  readToken: string;
  otherToken: string;
  scratchToken: string;
  messageIds: string[];
  scratchMessageIds: string[];
}
let w: World;

async function seed(agentId: string, ids: string[]): Promise<void> {
  await json(
    await call(chan(agentId, "tag_values", "/aggregate"), { method: "PATCH", body: { app_1: { n: 1 } } }),
    200,
  );
  await json(
    await call(chan(agentId, "ui_state", "/aggregate"), { method: "PUT", body: { state: { a: [1, 2] } } }),
    200,
  );
  for (let i = 0; i < 6; i++) {
    const m = await json(
      await call(chan(agentId, "events", "/messages"), { method: "POST", body: { data: { i } } }),
      201,
    );
    ids.push(m.id);
  }
}

beforeAll(async () => {
  const dev = await newAgent();
  const other = await newAgent();
  const scratch = await newAgent();
  w = {
    dev: dev.id,
    scratch: scratch.id,
    readToken: (await newToken([{ agent_id: dev.id, permission: "read" }])).token,
    otherToken: (await newToken([{ agent_id: other.id, permission: "write" }])).token,
    scratchToken: (await newToken([{ agent_id: scratch.id, permission: "write" }])).token,
    messageIds: [],
    scratchMessageIds: [],
  };
  await seed(w.dev, w.messageIds);
  await seed(w.scratch, w.scratchMessageIds);
});

const tryDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** A channel segment whose decoded name is not a channel name (and not empty: that is another route). */
const badChannel = oddSegment.filter((s) => s !== "" && !CHANNEL_NAME.test(tryDecode(s)) && !/[/?#\\]/.test(s));

/** Bodies that cannot be a valid write: not JSON, too deep, gzip garbage, unsupported encodings. */
const refusedBody = malformedBody().filter(
  (b) => b.kind !== "wrong-shape" && b.kind !== "empty" && b.kind !== "odd-content-type" && !parses(b),
);

// Strict UTF-8: a body with invalid UTF-8 is malformed, whatever a lenient decoder would make of it.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function parses(b: Body): boolean {
  if (b.headers["content-encoding"] || b.body === null) return false;
  try {
    JSON.parse(typeof b.body === "string" ? b.body : utf8.decode(b.body));
    return true;
  } catch {
    return false;
  }
}

const auth = (token: string | null): Record<string, string> =>
  token === null ? {} : { authorization: `Bearer ${token}` };
const jsonHeaders = { "content-type": "application/json" };

/** The write routes of one agent: method, path suffix and a body that would be valid. */
function writes(agentId: string, channel: string, messageId: string) {
  return [
    { method: "POST", rest: "/messages", body: { data: { fuzz: true } } },
    { method: "PATCH", rest: "/aggregate", body: { fuzz: { x: 1 } } },
    { method: "PUT", rest: "/aggregate", body: { fuzz: 1 } },
    { method: "PATCH", rest: `/messages/${messageId}`, body: { data: { fuzz: 2 } } },
    { method: "PUT", rest: `/messages/${messageId}`, body: { data: 3 } },
    { method: "DELETE", rest: `/messages/${messageId}`, body: null },
  ].map((r) => ({ ...r, path: chan(agentId, channel, r.rest) }));
}

const writeIndex = fc.integer({ min: 0, max: 5 });
const channelOf = fc.constantFrom("tag_values", "ui_state", "events", "fresh_channel");

/** A version no aggregate of these agents reaches: a stale or future If-Match. */
const STALE = "99999999999";
const IF_MATCH_NUMBER = /^(?:W\/)?"?(\d{1,15})"?$/;
// An empty If-Match reaches the app as no header at all (the runtime drops empty values).
const refusedIfMatch = badIfMatch.map((v) =>
  v.trim() === "" || v.trim() === "*" || IF_MATCH_NUMBER.test(v.trim()) ? STALE : v,
);

/** `ts` values createMessage must refuse: seconds, before the epoch, far future, fractions, non-numbers. */
const badTs = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1_700_000_000,
    1.5,
    1e300,
    -1e300,
    Number.MAX_SAFE_INTEGER,
    "1735689600000",
    null,
    true,
    [],
    {},
  ),
  fc.integer({ min: -2_000_000_000, max: 1_735_689_599_999 }),
  fc.integer({ min: 120_000, max: 10 ** 9 }).map((ahead) => Date.now() + ahead),
  fc.double({ noInteger: true, noDefaultInfinity: true }),
);

/** Requests that must each be refused (4xx), one kind of malformation at a time. */
function refusedRequests(): fc.Arbitrary<FuzzRequest> {
  const route = (i: number, channel: string) => writes(w.dev, channel, w.messageIds[2] ?? "1")[i]!;
  const withBody = (r: { body: unknown }) => (r.body === null ? null : JSON.stringify(r.body));
  return fc.oneof(
    // Writes without a credential that allows them: none, a bad one, read-only, another agent's.
    fc
      .tuple(
        writeIndex,
        channelOf,
        fc.oneof(
          fc.constant<string | null>(null),
          fc.constantFrom(w.readToken, w.otherToken),
          badAuthorization.map((a) => a),
        ),
        extraHeaders,
      )
      .map(([i, c, cred, extra]) => {
        const r = route(i, c);
        const authorization =
          cred === null ? {} : cred.startsWith("eht") ? auth(cred) : cred === "" ? {} : { authorization: cred };
        return {
          method: r.method,
          path: r.path,
          headers: { ...jsonHeaders, ...extra, ...authorization },
          body: withBody(r),
        };
      }),
    // Admin writes with a body that cannot be valid.
    fc.tuple(fc.integer({ min: 0, max: 4 }), channelOf, refusedBody).map(([i, c, b]) => {
      const r = route(i, c);
      return { method: r.method, path: r.path, headers: { ...b.headers, ...auth(ADMIN) }, body: b.body };
    }),
    // Admin writes to a name that is not a channel name.
    fc.tuple(writeIndex, badChannel).map(([i, c]) => {
      const r = route(i, c);
      return { method: r.method, path: r.path, headers: { ...jsonHeaders, ...auth(ADMIN) }, body: withBody(r) };
    }),
    // Admin message writes to ids that name no message (or are no ids).
    fc
      .tuple(
        fc.integer({ min: 3, max: 5 }),
        channelOf,
        badId.filter((id) => !w.messageIds.includes(id)),
      )
      .map(([i, c, id]) => {
        const r = writes(w.dev, c, encodeURIComponent(id))[i]!;
        return { method: r.method, path: r.path, headers: { ...jsonHeaders, ...auth(ADMIN) }, body: withBody(r) };
      }),
    // Aggregate writes with an If-Match that is malformed or not the current version.
    fc
      .tuple(fc.constantFrom("PATCH", "PUT"), channelOf, refusedIfMatch, fc.constantFrom("", "?log_update=true"))
      .map(([m, c, ifMatch, q]) => ({
        method: m,
        path: chan(w.dev, c, `/aggregate${q}`),
        headers: { ...jsonHeaders, ...auth(ADMIN), "if-match": ifMatch },
        body: JSON.stringify({ fuzz: 1 }),
      })),
    // Aggregate writes with bad query flags.
    fc
      .tuple(
        fc.constantFrom("PATCH", "PUT"),
        channelOf,
        fc.constantFrom("log_update", "suppress_response"),
        fc.constantFrom("", "1", "yes", "TRUE", "true%20", "%00", "maybe&log_update=true"),
      )
      .map(([m, c, k, v]) => ({
        method: m,
        path: chan(w.dev, c, `/aggregate?${k}=${v}`),
        headers: { ...jsonHeaders, ...auth(ADMIN) },
        body: JSON.stringify({ fuzz: 1 }),
      })),
    // New messages with a `ts` that cannot be a message time.
    fc.tuple(channelOf, badTs).map(([c, ts]) => ({
      method: "POST",
      path: chan(w.dev, c, "/messages"),
      headers: { ...jsonHeaders, ...auth(ADMIN) },
      body: JSON.stringify({ data: { fuzz: 1 }, ts }),
    })),
    // Agent ids that name nothing, with an admin token (404) or an agent-scoped one (403).
    fc
      .tuple(
        badId.filter((id) => id !== w.dev && id !== ""),
        writeIndex,
        fc.constantFrom(ADMIN, w.readToken),
      )
      .map(([id, i, token]) => {
        const r = writes(encodeURIComponent(id), "tag_values", "1")[i]!;
        return { method: r.method, path: r.path, headers: { ...jsonHeaders, ...auth(token) }, body: withBody(r) };
      }),
  );
}

/** Reads with odd paging, ids and credentials: any answer the oracle accepts. */
function reads(agentId: string, ids: string[]): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      fc.constantFrom(
        "/channels",
        "/channels/C",
        "/channels/C/aggregate",
        "/channels/C/messages",
        "/channels/C/messages/M",
      ),
      fc.oneof(channelOf, oddSegment),
      fc.oneof(fc.constantFrom(...ids), badId.map(encodeURIComponent)),
      pagingQuery,
      fc.oneof(fc.constantFrom(ADMIN, w.readToken, w.otherToken), badAuthorization),
      fc.boolean(),
    )
    .map(([template, c, m, q, cred, viaQuery]) => {
      const path = `/api/agents/${agentId}${template.replace("C", c).replace("M", m)}${q}`;
      if (viaQuery && cred.length < 2000)
        return { method: "GET", path: `${path}${q ? "&" : "?"}token=${encodeURIComponent(cred)}`, headers: {} };
      return { method: "GET", path, headers: cred.startsWith("Bearer") ? { authorization: cred } : auth(cred) };
    });
}

describe("data plane fuzz", { timeout: FUZZ_TIMEOUT_MS }, () => {
  it("refuses every malformed write to a device and leaves it exactly as it was", async () => {
    const before = await snapshot([w.dev]);
    await fc.assert(
      fc.asyncProperty(refusedRequests(), async (req) => {
        const seen = await fuzzOne(tally, `data:refused ${req.method}`, req);
        expect(
          seen.status,
          `accepted: ${req.method} ${req.path.slice(0, 200)} → ${seen.text.slice(0, 200)}`,
        ).toBeGreaterThanOrEqual(400);
      }),
      { seed: SEED, numRuns: 2400 },
    );
    await expectUnchanged(before, [w.dev], "refused data-plane writes");
  });

  it("refuses malformed writes sent many at a time, and the device is still exactly as it was", async () => {
    const before = await snapshot([w.dev]);
    const seen = await fuzzConcurrently(tally, "data:concurrent", refusedRequests(), {
      seed: SEED + 5,
      numRuns: 600,
      width: 24,
    });
    expect(seen.filter((s) => s.status < 400)).toEqual([]);
    await expectUnchanged(before, [w.dev], "concurrent refused writes");
  });

  it("answers malformed reads (paging, ids, names, credentials) without a 5xx and without changing state", async () => {
    const before = await snapshot([w.dev]);
    await fc.assert(
      fc.asyncProperty(reads(w.dev, w.messageIds), async (req) => {
        await fuzzOne(tally, "data:read GET", req);
      }),
      { seed: SEED + 1, numRuns: 1200 },
    );
    await expectUnchanged(before, [w.dev], "data-plane reads");
  });

  it("survives mixed writes (valid and not, any method) and the agent stays readable", async () => {
    const body = fc.oneof(
      malformedBody(),
      fc.json({ maxDepth: 5 }).map((t): Body => ({ kind: "json", body: t, headers: jsonHeaders })),
      fc
        .record({ data: fc.jsonValue({ maxDepth: 3 }), ts: fc.option(fc.integer(), { nil: undefined }) })
        .map((o): Body => ({ kind: "message", body: JSON.stringify(o), headers: jsonHeaders })),
    );
    await fc.assert(
      fc.asyncProperty(
        method,
        fc.constantFrom("/aggregate", "/messages", "/messages/M", ""),
        fc.oneof(channelOf, oddSegment),
        fc.oneof(fc.constantFrom(...w.scratchMessageIds), badId),
        body,
        fc.option(fc.oneof(badIfMatch, fc.integer({ min: 0, max: 20 }).map(String)), { nil: undefined }),
        fc.constantFrom(ADMIN, w.scratchToken, w.readToken),
        pagingQuery,
        async (m, rest, c, id, b, ifMatch, token, q) => {
          const path = chan(w.scratch, c, `${rest.replace("M", encodeURIComponent(id))}${q}`);
          const headers = { ...b.headers, ...auth(token), ...(ifMatch === undefined ? {} : { "if-match": ifMatch }) };
          await fuzzOne(tally, `data:mixed ${m}`, { method: m, path, headers, body: b.body });
        },
      ),
      { seed: SEED + 2, numRuns: 1200 },
    );
    const channels = await json<{ name: string }[]>(await call(`/api/agents/${w.scratch}/channels`), 200);
    expect(channels.length).toBeGreaterThan(0);
    for (const { name } of channels) {
      if (!CHANNEL_NAME.test(name)) expect.fail(`a channel with an invalid name was created: ${name}`);
      const list = await json<unknown[]>(await call(chan(w.scratch, name, "/messages?limit=1000")), 200);
      expect(Array.isArray(list)).toBe(true);
    }
  });

  it("reads back exactly the JSON it accepted (any keys, lone surrogates, deep but allowed nesting)", async () => {
    const text = fc.string({ unit: "binary", maxLength: 24 });
    const value = fc
      .jsonValue({ maxDepth: 4 })
      .chain((v) =>
        fc.oneof(fc.constant(v), text, fc.dictionary(text, fc.oneof(text, fc.constant(v)), { maxKeys: 4 })),
      );
    const object = fc.dictionary(text, value, { maxKeys: 5 });
    await fc.assert(
      fc.asyncProperty(object, value, async (aggregate, data) => {
        const put = {
          method: "PUT",
          path: chan(w.scratch, "roundtrip", "/aggregate"),
          headers: { ...jsonHeaders, ...auth(ADMIN) },
          body: JSON.stringify(aggregate),
        };
        const written = await fuzzOne(tally, "data:roundtrip PUT", put);
        if (written.status === 200) {
          const read = await json(await call(chan(w.scratch, "roundtrip", "/aggregate")), 200);
          expect(read.data).toStrictEqual(JSON.parse(put.body));
        }
        const post = {
          method: "POST",
          path: chan(w.scratch, "roundtrip", "/messages"),
          headers: { ...jsonHeaders, ...auth(ADMIN) },
          body: JSON.stringify({ data }),
        };
        const created = await fuzzOne(tally, "data:roundtrip POST", post);
        if (created.status === 201) {
          const id = (JSON.parse(created.text) as { id: string }).id;
          const read = await json(await call(chan(w.scratch, "roundtrip", `/messages/${id}`)), 200);
          expect(read.data).toStrictEqual(JSON.parse(post.body).data);
        }
      }),
      { seed: SEED + 3, numRuns: 300 },
    );
  });

  it("refuses compressed bombs and garbage and oversized values with 4xx, and stores what fits", async () => {
    const compress = async (data: Uint8Array, format: "gzip" | "deflate"): Promise<Uint8Array> =>
      new Uint8Array(
        await new Response(new Blob([data]).stream().pipeThrough(new CompressionStream(format))).arrayBuffer(),
      );
    const emoji = (n: number): string => "\u{1F600}".repeat(n);
    const cases = fc.oneof(
      // Decompresses past the 1 MiB limit (a bomb: a few KiB on the wire).
      fc
        .tuple(fc.integer({ min: 1_048_577, max: 4_000_000 }), fc.constantFrom<"gzip" | "deflate">("gzip", "deflate"))
        .map(([n, f]) => ({
          kind: "bomb",
          make: () => compress(bytes(`{"data": "${"a".repeat(n)}"}`), f),
          encoding: f,
        })),
      // Valid compression of something that is not a valid body.
      fc
        .tuple(
          fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.constant(Uint8Array.of(0x7b, 0xff, 0x7d))),
          fc.constantFrom<"gzip" | "deflate">("gzip", "deflate"),
        )
        .map(([b, f]) => ({ kind: "wrapped-garbage", make: () => compress(b, f), encoding: f })),
      // A valid stream cut short.
      fc
        .tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom<"gzip" | "deflate">("gzip", "deflate"))
        .map(([cut, f]) => ({
          kind: "truncated",
          make: async () => (await compress(bytes('{"data": {"v": 1}}'), f)).slice(0, -cut),
          encoding: f,
        })),
      // Large values, in bytes of 4-byte characters: under or over the stored limit.
      fc.integer({ min: 200_000, max: 270_000 }).map((n) => ({
        kind: "large",
        make: async () => bytes(JSON.stringify({ data: emoji(n) })),
        encoding: "identity" as const,
      })),
    );
    await fc.assert(
      fc.asyncProperty(
        cases,
        fc.constantFrom("POST /messages", "PATCH /aggregate", "PUT /aggregate"),
        async (c, route) => {
          const [m, rest] = route.split(" ") as [string, string];
          const body = await c.make();
          const headers = {
            ...jsonHeaders,
            ...auth(ADMIN),
            ...(c.encoding === "identity" ? {} : { "content-encoding": c.encoding }),
          };
          const seen = await fuzzOne(tally, `data:compressed-or-large ${c.kind}`, {
            method: m,
            path: chan(w.scratch, "big", rest),
            headers,
            body,
          });
          if (c.kind !== "large") expect(seen.status, seen.text.slice(0, 200)).toBeGreaterThanOrEqual(400);
        },
      ),
      { seed: SEED + 4, numRuns: 60 },
    );
    // Whatever was stored still lists.
    expect((await call(chan(w.scratch, "big", "/messages?limit=1000"))).status).toBe(200);
  });
});
