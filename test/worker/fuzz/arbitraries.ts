// fast-check generators of malformed request parts: bodies (random bytes, truncated and deep JSON,
// bad UTF-8, gzip garbage), path segments, ids, paging parameters, If-Match values, credentials,
// methods and headers. Each leans toward the edges a parser gets wrong.
import fc from "fast-check";

const enc = new TextEncoder();
export const bytes = (text: string): Uint8Array => enc.encode(text);

// ---- bodies ------------------------------------------------------------------------------------

/** A body and the headers that go with it. */
export interface Body {
  kind: string;
  body: Uint8Array | string | null;
  headers: Record<string, string>;
}

const json = (kind: string, body: Uint8Array | string | null, extra: Record<string, string> = {}): Body => ({
  kind,
  body,
  headers: { "content-type": "application/json", ...extra },
});

/** JSON text cut short somewhere inside (never the whole text). */
export const truncatedJson = fc
  .tuple(
    fc.json({ maxDepth: 4 }).filter((t) => t.length > 1),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([text, at]) => text.slice(0, Math.min(text.length - 1, Math.floor(at * text.length))));

/** Nesting from well past the depth limit (64) to far past any recursion's comfort. */
export const deepJson = fc
  .tuple(
    fc.integer({ min: 60, max: 20_000 }),
    fc.constantFrom("[", '{"a":', '{"data":'),
    fc.boolean(),
    fc.constantFrom("1", "null", '"x"', "{}", "[]"),
  )
  .map(([depth, open, closed, leaf]) => {
    const close = open === "[" ? "]" : "}";
    return open.repeat(depth) + leaf + (closed ? close.repeat(depth) : "");
  });

// Invalid UTF-8: lone continuation bytes, overlong forms, surrogates, bytes that never occur, cut
// multi-byte sequences.
const BAD_UTF8: readonly number[][] = [
  [0x80],
  [0xbf],
  [0xc0, 0x80],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0x80],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xfe],
  [0xff],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
];

/** A JSON text with invalid UTF-8 inside a string (or bare), so only a strict decoder notices. */
export const badUtf8Json = fc
  .tuple(fc.constantFrom(...BAD_UTF8), fc.constantFrom("string", "key", "bare"), fc.constantFrom("data", "my_app"))
  .map(([bad, where, key]) => {
    const [head, tail] =
      where === "string" ? [`{"${key}": {"v": "a`, `b"}}`] : where === "key" ? [`{"${key}": {"`, `": 1}}`] : [`{`, `}`];
    const out = new Uint8Array(bytes(head).length + bad.length + bytes(tail).length);
    out.set(bytes(head));
    out.set(bad, bytes(head).length);
    out.set(bytes(tail), bytes(head).length + bad.length);
    return out;
  });

/** JSON that parses but has the wrong shape for any route (bare scalars, arrays, nulls, odd keys). */
export const wrongShapeJson = fc.oneof(
  fc.constantFrom("null", "true", "0", "-1", "1e309", '""', "[]", "[{}]", '"data"', '{"data":}', "{}"),
  fc.json({ maxDepth: 3 }),
  fc
    .dictionary(
      // Not "name" or "grants": `{"name": "x"}` is a valid new group or agent.
      fc.constantFrom("data", "ts", "__proto__", "constructor", "prototype", "", "a".repeat(300), "config"),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(Number.MAX_SAFE_INTEGER + 2)),
      { maxKeys: 4 },
    )
    .map((o) => JSON.stringify(o)),
);

/** Gzip-looking garbage: the magic and method bytes, then random bytes (or just random bytes). */
export const gzipGarbage = fc.oneof(
  fc.uint8Array({ maxLength: 512 }).map((b) => Uint8Array.of(0x1f, 0x8b, 0x08, 0x00, ...b)),
  fc.uint8Array({ minLength: 1, maxLength: 512 }),
);

/** Any malformed body, with the Content-Type (and Content-Encoding) it claims. */
export function malformedBody(extra: fc.Arbitrary<Uint8Array>[] = []): fc.Arbitrary<Body> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 2048 }).map((b) => json("random-bytes", b)),
    truncatedJson.map((t) => json("truncated-json", t)),
    deepJson.map((t) => json("deep-json", t)),
    badUtf8Json.map((b) => json("bad-utf8", b)),
    wrongShapeJson.map((t) => json("wrong-shape", t)),
    gzipGarbage.map((b) => json("gzip-garbage", b, { "content-encoding": "gzip" })),
    fc
      .tuple(fc.constantFrom("br", "zstd", "compress", "gzip, gzip", "x-gzip", "identity;q=0", "GZIP "), fc.json())
      .map(([encoding, t]) => json("odd-encoding", t, { "content-encoding": encoding })),
    fc
      .tuple(
        fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""),
        fc.json(),
      )
      .map(([type, t]): Body => ({ kind: "odd-content-type", body: t, headers: type ? { "content-type": type } : {} })),
    fc.constant(json("empty", "")),
    ...extra.map((a) => a.map((b) => json("extra", b))),
  );
}

// ---- URLs --------------------------------------------------------------------------------------

/** Path segments a router or an id parser may trip on. */
export const oddSegment = fc.oneof(
  fc.constantFrom(
    "",
    "..",
    "%2e%2e",
    ".",
    "%00",
    "a%00b",
    "%ff",
    "%",
    "%zz",
    "%2F",
    "%5c",
    "a;b",
    "%20",
    "~",
    "tag_values%00",
    "é",
    "%F0%9F%98%80",
    "日本語",
    "\u{1F600}",
    "a".repeat(129),
    "x".repeat(5000),
    "admin",
    "null",
    "undefined",
    "__proto__",
    "constructor",
    "NaN",
    "-1",
    "0",
    "1e5",
    "0x10",
    " 1",
    "9223372036854775808",
    "99999999999999999999",
    "18446744073709551616",
  ),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String),
);

/** An id-shaped value that names nothing (or is not an id at all). */
export const badId = fc.oneof(
  oddSegment,
  fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }).map(String),
  fc.integer({ min: -1000, max: 1000 }).map(String),
);

/** Query strings of paging parameters: before/after/limit, alone, together, repeated, malformed. */
export const pagingQuery = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        "before",
        "after",
        "limit",
        "limit",
        "token",
        "log_update",
        "suppress_response",
        "serial_number",
        "wait",
        "%00",
        "x",
      ),
      fc.oneof(
        fc.constantFrom(
          "",
          "0",
          "-1",
          "1001",
          "1000",
          "1e3",
          "1.5",
          "abc",
          "%205",
          "5%20",
          "+5",
          "0x10",
          "9223372036854775807",
          "9223372036854775808",
          "99999999999999999999",
          "true",
          "maybe",
          "%00",
          "%ff",
          "null",
        ),
        fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String),
        fc.string({ maxLength: 20 }).map(encodeURIComponent),
      ),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length === 0 ? "" : `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`));

// ---- headers -----------------------------------------------------------------------------------

/** If-Match values: versions in every wrong spelling, lists, wildcards, huge numbers, junk. */
export const badIfMatch = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    '""',
    'W/""',
    "W/",
    '"abc"',
    "-1",
    '"-1"',
    "1.5",
    "1e3",
    '"1", "2"',
    "*, 1",
    "**",
    "0x1",
    "1234567890123456",
    "99999999999999999999999",
    'w/"1"',
    '"1',
    '1"',
  ),
  fc.string({ maxLength: 30 }).filter(isAsciiHeaderValue),
  fc.bigInt({ min: 10n ** 15n, max: 10n ** 30n }).map(String),
);

export function isAsciiHeaderValue(v: string): boolean {
  // Visible ASCII and spaces: what a Headers object takes without re-encoding or refusing.
  return /^[\x20-\x7e\t]*$/.test(v);
}

/** Authorization header values that are wrong in every way but being the right token. */
export const badAuthorization = fc.oneof(
  fc.constantFrom(
    "",
    "Bearer",
    "Bearer ",
    "bearer  x",
    "Basic dGVzdDp0ZXN0",
    "Bearer test-admin-token x",
    "Bearer test-admin-toke",
    "Bearer TEST-ADMIN-TOKEN",
    "Bearer eht_",
    "Bearer ehi_abc",
    "Token test-admin-token",
    "Bearer\ttest-admin-token\tx",
  ),
  fc.string({ maxLength: 80 }).filter(isAsciiHeaderValue),
  fc
    .string({ minLength: 1, maxLength: 60 })
    .filter(isAsciiHeaderValue)
    .map((t) => `Bearer ${t}`),
  fc.integer({ min: 1000, max: 32_000 }).map((n) => `Bearer ${"x".repeat(n)}`),
);

/** Extra headers: large (up to 32 KiB each, within what Cloudflare's edge passes), odd and repeated. */
export const extraHeaders = fc.dictionary(
  fc.constantFrom(
    "x-doover-sharing",
    "x-forwarded-for",
    "idempotency-key",
    "content-length-x",
    "x-large",
    "cookie",
    "accept",
    "origin",
    "range",
    "if-none-match",
  ),
  fc.oneof(
    fc.string({ maxLength: 64 }).filter(isAsciiHeaderValue),
    fc.integer({ min: 1, max: 32 * 1024 }).map((n) => "h".repeat(n)),
  ),
  { maxKeys: 3 },
);

/** Methods a Request can carry in workerd, the routes' own and ones no route has. */
export const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "PURGE"];
export const method = fc.constantFrom(...METHODS);
