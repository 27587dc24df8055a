// Inputs of the ingestion fuzz (ingest.test.ts): client addresses, payloads (protobuf garbage for
// the static and runtime decoders, mis-typed tracker uplinks, any Content-Type), and signature
// headers of every scheme that must not verify.
import fc from "fast-check";
import type { Body } from "./arbitraries.ts";
import { bytes, isAsciiHeaderValue, malformedBody } from "./arbitraries.ts";
import type { FuzzRequest } from "./oracle.ts";

export const WHSEC = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/** A schema with every shape the runtime decoder walks: recursion, maps, oneofs, groups, packing. */
export const RICH_PROTO = `
syntax = "proto2";
package fz;
enum E { A = 0; B = 1; }
message M {
  optional M child = 1;
  repeated int64 nums = 2 [packed = true];
  map<string, M> kids = 3;
  oneof pick { string s = 4; bytes b = 5; double d = 6; }
  optional E e = 7;
  optional group G = 8 { optional sint32 z = 9; }
  repeated fixed64 f = 10;
  optional uint32 u = 11;
  repeated string names = 12;
  map<int32, string> labels = 13;
}`;

/** Client addresses: valid (v4, v6, mapped) and not addresses at all. */
export const address = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.ipV4().map((ip) => `::ffff:${ip}`),
  fc.constantFrom(
    "",
    " ",
    // Not the ingestion helpers' default address: failures for unknown endpoints are counted per
    // address alone, and other test files use that one.
    "203.0.113.201",
    "203.0.113.201 ",
    "203.0.113.256",
    "203.0.113",
    "203.0.113.7.1",
    "0203.0.113.7",
    "2001:db8::1",
    "2001:db8::1%eth0",
    "[2001:db8::1]",
    "2001:db8:::1",
    "::ffff:198.51.100.9",
    "::ffff:c633:6409",
    "1.2.3.4, 5.6.7.8",
    "localhost",
    "203.0.113.7:443",
    "x".repeat(300),
  ),
  fc.string({ maxLength: 45 }).filter(isAsciiHeaderValue),
);

/** Protobuf-looking bytes: fields of every wire type with random numbers and lengths, deep groups. */
const protobufGarbage = fc.oneof(
  fc.uint8Array({ maxLength: 512 }),
  fc
    .array(
      fc.tuple(fc.integer({ min: 0, max: 2 ** 29 }), fc.integer({ min: 0, max: 7 }), fc.uint8Array({ maxLength: 24 })),
      { maxLength: 12 },
    )
    .map((fields) => {
      const out: number[] = [];
      for (const [field, wire, payload] of fields) {
        varint(out, field * 8 + wire);
        if (wire === 2) varint(out, payload.length + ((payload[0] ?? 0) % 3) - 1);
        out.push(...payload);
      }
      return Uint8Array.from(out);
    }),
  fc.integer({ min: 50, max: 50_000 }).map((depth) => new Uint8Array(depth).fill(0x4b)),
  // Field 1 (a sub-message, recursive in the rich schema) nested to any depth, maybe cut short.
  fc.tuple(fc.integer({ min: 1, max: 400 }), fc.nat(8)).map(([depth, cut]) => {
    let inner: number[] = [0x58, 0x01];
    for (let i = 0; i < depth; i++) {
      const len: number[] = [];
      varint(len, inner.length);
      inner = [0x0a, ...len, ...inner];
    }
    return Uint8Array.from(inner.slice(0, inner.length - cut));
  }),
  // A map entry of the rich schema with a "__proto__" or odd key.
  fc.constantFrom("__proto__", "constructor", "", "\u0000").map((key) => {
    const k = [...bytes(key)];
    const entry = [0x0a, k.length, ...k, 0x12, 0x02, 0x58, 0x01];
    return Uint8Array.from([0x1a, entry.length, ...entry]);
  }),
  fc.constantFrom(
    Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f),
    Uint8Array.of(0x10, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01),
    Uint8Array.of(0x22, 0x05, 0x09),
    Uint8Array.of(0x42, 0x04, 0x0a, 0x02, 0xc3, 0x28),
    Uint8Array.of(0x38, 0x80, 0x80, 0x80, 0x80, 0x10),
    Uint8Array.of(0x0c),
    Uint8Array.of(0x00),
  ),
);

function varint(out: number[], n: number): void {
  let v = Math.max(0, n);
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Uplink-shaped JSON with wrong types where the tracker expects numbers, strings and objects. */
const badUplink = fc
  .record(
    {
      device_id: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string()), fc.string({ maxLength: 8 })),
      sequence: fc.oneof(fc.double(), fc.string({ maxLength: 25 }), fc.constant("99999999999999999999999")),
      position: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ lat: fc.string(), lon: fc.constant([]) })),
      readings: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 })),
      battery: fc.jsonValue({ maxDepth: 2 }),
      status: fc.jsonValue({ maxDepth: 1 }),
      labels: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 })),
    },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(o));

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/cloudevents+json",
  "application/x-protobuf",
  "application/protobuf",
  "application/vnd.google.protobuf",
  "text/plain",
  "application/base64",
  "application/octet-stream",
  "APPLICATION/X-PROTOBUF ; x=y",
  "",
  ";",
];

/** A payload for the tracker: any malformed body, protobuf garbage or a mis-typed uplink, any type. */
export const trackerPayload: fc.Arbitrary<Body> = fc
  .tuple(
    fc.oneof(
      malformedBody([protobufGarbage]),
      protobufGarbage.map((b): Body => ({ kind: "protobuf", body: b, headers: {} })),
      badUplink.map((t): Body => ({ kind: "uplink", body: t, headers: {} })),
      fc.string({ maxLength: 200 }).map((t): Body => ({ kind: "base64-ish", body: t, headers: {} })),
      fc
        .uint8Array({ maxLength: 300 })
        .map((b): Body => ({ kind: "base64-of-bytes", body: btoa(String.fromCharCode(...b)), headers: {} })),
    ),
    fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined }),
  )
  .map(([b, type]) => (type === undefined ? b : { ...b, headers: { ...b.headers, "content-type": type } }));

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

export function post(path: string, headers: Record<string, string>, body: Uint8Array | string | null): FuzzRequest {
  return { method: "POST", path, headers, body };
}

// ---- signatures -----------------------------------------------------------------------------

export async function hmacHex(key: string | Uint8Array, data: Uint8Array | string): Promise<string> {
  const raw = typeof key === "string" ? bytes(key) : key;
  const k = await crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", k, typeof data === "string" ? bytes(data) : data));
  return Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("");
}

const hex64 = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((b) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(""));
const b64 = (b: Uint8Array): string => btoa(String.fromCharCode(...b));
export const sigText = fc.oneof(
  hex64,
  hex64.map((h) => h.toUpperCase()),
  hex64.map((h) => `sha256=${h}`),
  hex64.map((h) => h.slice(1)),
  fc.uint8Array({ maxLength: 48 }).map(b64),
  fc.uint8Array({ maxLength: 48 }).map((b) => b64(b).replace(/=+$/, "").replace(/\+/g, "-")),
  fc.string({ maxLength: 100 }).filter(isAsciiHeaderValue),
  fc.constantFrom("", "sha256=", "sha1=abc", "=", "==", "v1,", "v1,====", "t=,v1="),
);

/** Timestamps: seconds far off, milliseconds, negatives, fractions, huge, non-digits. */
const timestamp = fc.oneof(
  // "NOW" becomes the current second when sent: the window passes and the signature is checked.
  { arbitrary: fc.constant("NOW"), weight: 3 },
  fc.integer({ min: 0, max: 2 ** 40 }).map(String),
  fc.constantFrom(
    "",
    "-1",
    "1.5",
    "1e9",
    " 1700000000",
    "0x10",
    "99999999999999999999999999",
    String(Date.now()),
    String(Math.floor(Date.now() / 1000) - 100_000),
    String(Math.floor(Date.now() / 1000) + 100_000),
    String(Math.floor(Date.now() / 1000) - 61),
    String(Math.floor(Date.now() / 1000) + 61),
  ),
  fc.string({ maxLength: 12 }).filter(isAsciiHeaderValue),
);

/** Probe payload that would write a tag if it were ever accepted (so a slip shows in the snapshot). */
export const PROBE_BODY = JSON.stringify({
  tags: [{ key: "accepted", value: true }],
  messages: [{ channel: "leak", data: 1 }],
});

export type Scheme = "hmac" | "webhooks" | "github" | "stripe";

/** Signature headers of `scheme` that do not verify: random, mangled, or real but out of the window. */
export function badSignature(
  scheme: Scheme,
): fc.Arbitrary<{ headers: Record<string, string>; body: string; sign?: string }> {
  const body = fc.oneof(fc.constant(PROBE_BODY), fc.json({ maxDepth: 2 }));
  switch (scheme) {
    case "hmac":
      return fc
        .tuple(sigText, body, fc.constantFrom("x-vendor-sig", "x-hmac-sha256", "X-VENDOR-SIG"))
        .map(([sig, b, name]) => ({
          headers: { [name]: sig },
          body: b,
        }));
    case "github":
      return fc
        .tuple(sigText, body, fc.option(fc.string({ maxLength: 40 }).filter(isAsciiHeaderValue)))
        .map(([sig, b, delivery]) => ({
          headers: { "x-hub-signature-256": sig, ...(delivery === null ? {} : { "x-github-delivery": delivery }) },
          body: b,
        }));
    case "webhooks":
      return fc
        .tuple(
          fc.option(fc.string({ maxLength: 40 }).filter(isAsciiHeaderValue), { nil: undefined }),
          fc.option(timestamp, { nil: undefined }),
          fc.option(
            fc
              .array(
                fc.oneof(
                  sigText.map((s) => `v1,${s}`),
                  sigText,
                  fc.constant("v1a,abc"),
                ),
                { maxLength: 12 },
              )
              .map((a) => a.join(" ")),
            { nil: undefined },
          ),
          body,
          fc.boolean(),
        )
        .map(([id, ts, sig, b, signStale]) => {
          const headers: Record<string, string> = {};
          if (id !== undefined) headers["webhook-id"] = id;
          if (ts !== undefined) headers["webhook-timestamp"] = ts;
          if (sig !== undefined) headers["webhook-signature"] = sig;
          // A real signature over a timestamp outside the window: only the window refuses it.
          return signStale ? { headers, body: b, sign: "webhooks-stale" } : { headers, body: b };
        });
    case "stripe":
      return fc
        .tuple(
          fc.array(
            fc.oneof(
              timestamp.map((t) => `t=${t}`),
              sigText.map((s) => `v1=${s}`),
              sigText.map((s) => `v0=${s}`),
              fc.string({ maxLength: 20 }).filter((s) => isAsciiHeaderValue(s) && !s.includes(",")),
            ),
            { maxLength: 12 },
          ),
          body,
          fc.boolean(),
        )
        .map(([items, b, signStale]) => ({
          headers: { "stripe-signature": items.join(",") },
          body: b,
          ...(signStale ? { sign: "stripe-stale" } : {}),
        }));
  }
}

export function withNow(headers: Record<string, string>): Record<string, string> {
  const now = String(Math.floor(Date.now() / 1000));
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replaceAll("NOW", now)]));
}

/** Replaces the random signature with a real one over a stale timestamp where asked. */
export async function realButStale(sig: {
  headers: Record<string, string>;
  body: string;
  sign?: string;
}): Promise<Record<string, string>> {
  const stale = String(Math.floor(Date.now() / 1000) - 3600);
  if (sig.sign === "webhooks-stale") {
    const id = sig.headers["webhook-id"] || "msg_fuzz";
    const key = Uint8Array.from(atob(WHSEC.slice("whsec_".length)), (c) => c.charCodeAt(0));
    const mac = await hmacHex(key, `${id}.${stale}.${sig.body}`);
    const macB64 = btoa(String.fromCharCode(...mac.match(/../g)!.map((h) => parseInt(h, 16))));
    return { "webhook-id": id, "webhook-timestamp": stale, "webhook-signature": `v1,${macB64}` };
  }
  if (sig.sign === "stripe-stale") {
    return { "stripe-signature": `t=${stale},v1=${await hmacHex("whsec_stripe", `${stale}.${sig.body}`)}` };
  }
  return sig.headers;
}
