// Fuzz of the gateway (SPEC §4.3): malformed upgrade requests, then garbage over real sockets —
// random text and bytes, truncated and deep JSON, wrong and unknown ops, invalid channel refs,
// foreign agents, bogus resumes, oversized one-shots and frames. Every upgrade refusal is
// problem+json; every frame is answered or ignored by design, never by the object's catch-all
// ("the frame could not be handled"); a socket either stays usable (a marker frame gets its answer)
// or is closed with a clean code; and afterwards the gateway still delivers updates.
import fc from "fast-check";
import { exports } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ADMIN, call, chan, json, newAgent, newToken } from "../../support/helpers.ts";
import { UPGRADE_HEADERS } from "../../support/gateway-client.ts";
import {
  badAuthorization,
  deepJson,
  extraHeaders,
  isAsciiHeaderValue,
  method,
  oddSegment,
  truncatedJson,
} from "./arbitraries.ts";
import { FUZZ_TIMEOUT_MS, fuzzOne, ORIGIN, SEED, Tally } from "./oracle.ts";

const tally = new Tally();
afterAll(() => console.log(tally.summary("fuzz: gateway")));

interface Frame {
  op: number;
  t?: string;
  d?: { message?: string; [k: string]: unknown };
}

/** A raw client socket: every frame and the close code, with a wait for a matching frame. */
class Socket {
  readonly frames: Frame[] = [];
  closeCode: number | null = null;
  #waiters: (() => void)[] = [];

  constructor(readonly ws: WebSocket) {
    ws.addEventListener("message", (e) => {
      const text = typeof e.data === "string" ? e.data : new TextDecoder().decode(e.data as ArrayBuffer);
      this.frames.push(JSON.parse(text) as Frame);
      this.#wake();
    });
    ws.addEventListener("close", (e) => {
      this.closeCode = e.code;
      this.#wake();
    });
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }

  static async open(token: string): Promise<Socket> {
    const res = await exports.default.fetch(
      new Request(`${ORIGIN}/api/gateway`, { headers: { ...UPGRADE_HEADERS, authorization: `Bearer ${token}` } }),
    );
    if (!res.webSocket) throw new Error(`no upgrade: ${res.status} ${await res.text()}`);
    res.webSocket.accept();
    return new Socket(res.webSocket);
  }

  /** Resolves with the first frame after `from` that matches, or null once the socket closed or time ran out. */
  async until(match: (f: Frame) => boolean, from = 0, ms = 5000): Promise<Frame | null> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.frames.slice(from).find(match);
      if (found) return found;
      if (this.closeCode !== null || Date.now() > deadline) return null;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  send(data: string | Uint8Array): boolean {
    try {
      this.ws.send(data);
      return true;
    } catch {
      return false;
    }
  }
}

interface World {
  dev: string;
  foreign: string;
  readToken: string;
}
let w: World;

beforeAll(async () => {
  const dev = await newAgent();
  const foreign = await newAgent();
  await json(await call(chan(dev.id, "tag_values", "/aggregate"), { method: "PATCH", body: { a: { n: 1 } } }), 200);
  w = {
    dev: dev.id,
    foreign: foreign.id,
    readToken: (await newToken([{ agent_id: dev.id, permission: "read" }])).token,
  };
});

// ---- frames ------------------------------------------------------------------------------------

/** Session ids of the sockets identified so far (a resume of one with a wrong token must be refused). */
const sessionIds: string[] = [];

const OPS = [0, 1, 2, 3, 9, 10, 11, 12, 13, 14, 15, 16, -1, 255, 1e21];

/** Channel refs: valid, of agents that do not exist or are not granted, and malformed in every field. */
function channelRef(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.record({
      agent_id: fc.constantFrom(w.dev, w.foreign),
      name: fc.constantFrom("tag_values", "events", "ui_state"),
    }),
    fc.record({
      agent_id: fc.oneof(
        fc.bigInt({ min: 0n, max: 10n ** 19n }).map(String),
        oddSegment,
        fc.integer(),
        fc.constant(null),
        fc.constant(`${w.dev} `),
        fc.constant(`0${w.dev}`),
      ),
      name: fc.oneof(
        fc.string({ maxLength: 140 }),
        fc.constantFrom("", "a".repeat(129), "tag values", "t/x", "é"),
        fc.integer(),
      ),
    }),
    fc.jsonValue({ maxDepth: 2 }),
  );
}

function frameText(): fc.Arbitrary<string | Uint8Array> {
  const d = fc.oneof(
    fc.record(
      {
        channel: channelRef(),
        diff_only: fc.jsonValue({ maxDepth: 1 }),
        data: fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.integer({ min: 60_000, max: 70_000 }).map((n) => "d".repeat(n)),
        ),
        session_id: fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }), fc.integer()),
        session_token: fc.oneof(fc.string({ maxLength: 60 }), fc.constant(null)),
        organisation_id: fc.oneof(fc.constant(null), fc.string({ maxLength: 10 })),
        default_connection: fc.jsonValue({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    ),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const op = fc.oneof(fc.constantFrom(...OPS), fc.constantFrom("12", "ten", null, true, 12.5, [], {}), fc.integer());
  // Resumes of sessions that do not exist, or of a live one with the wrong token.
  const resume = fc
    .record({
      session_id: fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }), fc.constant(sessionIds[0] ?? ""), fc.integer()),
      session_token: fc.oneof(
        fc
          .uint8Array({ minLength: 24, maxLength: 24 })
          .map((b) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("")),
        fc.string({ maxLength: 60 }),
        fc.constant(null),
      ),
    })
    .map((d) => JSON.stringify({ op: 11, d }));
  return fc.oneof(
    resume,
    // Frames of the right outline with any op and payload (resume only sometimes: it ends the socket).
    fc
      .record(
        {
          op,
          d,
          s: fc.option(fc.integer(), { nil: undefined }),
          t: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
        },
        { requiredKeys: ["op"] },
      )
      .map((f) => JSON.stringify(f)),
    fc
      .tuple(fc.constantFrom(12, 13, 14, 15), channelRef(), fc.jsonValue({ maxDepth: 2 }))
      .map(([o, channel, data]) => JSON.stringify({ op: o, d: { channel, data, diff_only: true } })),
    // One-shots whose data is nested far deeper than any JSON the platform accepts.
    fc
      .tuple(deepJson, fc.constantFrom("tag_values", "events"))
      .map(([data, name]) => `{"op":15,"d":{"channel":{"agent_id":"${w.dev}","name":"${name}"},"data":${data}}}`),
    // Not frames: text, JSON of other shapes, cut or deep JSON, bytes.
    fc.string({ maxLength: 200 }),
    fc.string({ unit: "binary", maxLength: 100 }),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    truncatedJson,
    deepJson,
    fc.uint8Array({ maxLength: 300 }),
    fc.constantFrom(
      "",
      "{}",
      "null",
      '{"op":10',
      '{"op":12,"d":',
      "[10]",
      '{"op":{"op":10}}',
      "\u0000",
      '{"__proto__":{"op":10}}',
    ),
  );
}

/** An answer from the object's catch-all: a frame the gateway did not handle by design. */
const unhandled = (f: Frame): boolean => f.t === "WSSErrorEvent" && /could not be handled/.test(f.d?.message ?? "");

/** Clean closes: normal, the object's cancel (op 3 first), a message too large for the runtime. */
const CLEAN_CLOSES = [1000, 1009, 4000];

describe("gateway fuzz", { timeout: FUZZ_TIMEOUT_MS }, () => {
  it("refuses malformed upgrades with problem+json", async () => {
    const token = fc.oneof(
      fc.constant({ authorization: `Bearer ${ADMIN}` }),
      badAuthorization.map((a) => (a === "" ? {} : { authorization: a })),
      fc.string({ maxLength: 60 }).map((t) => ({ query: t })),
    );
    const upgradeHeaders = fc.record(
      {
        upgrade: fc.oneof(
          fc.constantFrom("websocket", "WebSocket", "h2c", "websocket, h2c", "", "web socket"),
          fc.string({ maxLength: 12 }).filter(isAsciiHeaderValue),
        ),
        "sec-websocket-version": fc.constantFrom("13", "99", "", "x"),
        "sec-websocket-key": fc.string({ maxLength: 30 }).filter(isAsciiHeaderValue),
        "sec-websocket-protocol": fc.string({ maxLength: 30 }).filter(isAsciiHeaderValue),
        connection: fc.constantFrom("upgrade", "close", "keep-alive"),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ arbitrary: fc.constant("GET"), weight: 4 }, method),
        token,
        upgradeHeaders,
        extraHeaders,
        fc.constantFrom("", "?x=1", "?token=", "/", "/x", "%00"),
        async (m, t, up, extra, suffix) => {
          const query =
            "query" in t ? `${suffix.startsWith("?") ? "&" : "?"}token=${encodeURIComponent(t.query ?? "")}` : "";
          const headers: Record<string, string> = {
            ...extra,
            ...up,
            ...("authorization" in t ? { authorization: t.authorization ?? "" } : {}),
          };
          const seen = await fuzzOne(tally, `gateway:upgrade ${m === "GET" ? "GET" : "other"}`, {
            method: m,
            path: `/api/gateway${suffix}${query}`,
            headers,
          });
          // Only a valid credential with Upgrade: websocket is upgraded (whatever the method: the
          // runtime hands a WebSocket upgrade to the worker as a GET).
          if (seen.status === 101) expect(headers.upgrade?.toLowerCase()).toBe("websocket");
        },
      ),
      { seed: SEED + 30, numRuns: 500 },
    );
  });

  it("answers or ignores any frame by design, and a socket stays usable or is closed cleanly", async () => {
    const sockets: Record<"admin" | "read" | "fresh", Socket | null> = { admin: null, read: null, fresh: null };
    const everything: Frame[] = [];
    let marker = 0;
    // The object logs what reaches its catch-all (or fails in a close handler): nothing may.
    const errors = vi.spyOn(console, "error");

    async function socketFor(kind: "admin" | "read" | "fresh"): Promise<Socket> {
      const existing = sockets[kind];
      // A fresh socket is new for every run: never identified, so a resume (op 11) is its first word.
      if (existing && existing.closeCode === null && kind !== "fresh") return existing;
      if (existing && kind === "fresh") existing.ws.close(1000, "next");
      if (existing) everything.push(...existing.frames);
      const socket = await Socket.open(kind === "read" ? w.readToken : ADMIN);
      expect(await socket.until((f) => f.t === "Hello")).not.toBeNull();
      if (kind !== "fresh") {
        socket.send(JSON.stringify({ op: 10, d: { organisation_id: null } }));
        const ready = await socket.until((f) => f.t === "Ready");
        expect(ready).not.toBeNull();
        sessionIds.unshift(String(ready?.d?.session_id));
        socket.send(JSON.stringify({ op: 12, d: { channel: { agent_id: w.dev, name: "tag_values" } } }));
        expect(await socket.until((f) => f.t === "ChannelSync")).not.toBeNull();
      }
      sockets[kind] = socket;
      return socket;
    }

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<"admin" | "read" | "fresh">("admin", "admin", "read", "fresh"),
        fc.array(frameText(), { minLength: 1, maxLength: 4 }),
        async (kind, frames) => {
          const socket = await socketFor(kind);
          const from = socket.frames.length;
          for (const f of frames) {
            socket.send(f);
            tally.add(`gateway:frame ${kind}`, typeof f === "string" ? "text" : "binary");
          }
          // A marker only a live socket answers: a sync of a channel it is not subscribed to.
          marker += 1;
          const name = `marker-${marker}`;
          socket.send(JSON.stringify({ op: 14, d: { channel: { agent_id: w.dev, name } } }));
          const answer = await socket.until(
            (f) => f.t === "WSSErrorEvent" && (f.d?.message ?? "").includes(name),
            from,
          );
          const bad = socket.frames.slice(from).find(unhandled);
          expect(
            bad,
            `unhandled frame among ${JSON.stringify(frames).slice(0, 500)}: ${JSON.stringify(bad)}`,
          ).toBeUndefined();
          if (answer === null) {
            expect(
              socket.closeCode,
              `no answer and not closed after ${JSON.stringify(frames).slice(0, 500)}`,
            ).not.toBeNull();
            expect(CLEAN_CLOSES, `closed with ${socket.closeCode}`).toContain(socket.closeCode);
            if (socket.closeCode === 4000) expect(socket.frames.slice(from).some((f) => f.op === 3)).toBe(true);
            tally.add("gateway:socket", `closed ${socket.closeCode}`);
          } else tally.add("gateway:socket", "usable");
        },
      ),
      { seed: SEED + 31, numRuns: 700 },
    );
    for (const socket of Object.values(sockets)) if (socket) everything.push(...socket.frames);
    expect(everything.filter(unhandled)).toEqual([]);
    const logged = errors.mock.calls.filter((args) => /gateway/i.test(String(args[0])));
    errors.mockRestore();
    expect(logged.map((args) => args.map(String).join(" ").slice(0, 300))).toEqual([]);

    // The gateway still works end to end: a subscriber sees the next write.
    const watcher = await socketFor("admin");
    const from = watcher.frames.length;
    await json(await call(chan(w.dev, "tag_values", "/aggregate"), { method: "PATCH", body: { a: { n: 2 } } }), 200);
    const update = await watcher.until((f) => f.t === "AggregateUpdate", from);
    expect(update?.d).toMatchObject({ channel: { agent_id: w.dev, name: "tag_values" } });
    for (const socket of Object.values(sockets)) socket?.ws.close(1000, "done");
  });

  it("closes a socket cleanly on a frame larger than the runtime takes, and the gateway serves the next", async () => {
    for (const size of [1 << 20, (1 << 20) + 1, 4 << 20]) {
      const socket = await Socket.open(ADMIN);
      await socket.until((f) => f.t === "Hello");
      socket.send(JSON.stringify({ op: 15, d: { channel: { agent_id: w.dev, name: "x" }, data: "z".repeat(size) } }));
      socket.send(JSON.stringify({ op: 14, d: { channel: { agent_id: w.dev, name: "after-big" } } }));
      const answer = await socket.until((f) => f.t === "WSSErrorEvent");
      if (answer === null) expect(CLEAN_CLOSES).toContain(socket.closeCode);
      else expect(answer.d?.message ?? "").not.toMatch(/could not be handled/);
      tally.add("gateway:huge-frame", answer === null ? `closed ${socket.closeCode}` : "answered");
      socket.ws.close(1000, "done");
    }
    const next = await Socket.open(ADMIN);
    expect(await next.until((f) => f.t === "Hello")).not.toBeNull();
    next.send(JSON.stringify({ op: 10, d: {} }));
    expect(await next.until((f) => f.t === "Ready")).not.toBeNull();
    next.ws.close(1000, "done");
  });
});
