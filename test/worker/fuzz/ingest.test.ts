// Fuzz of ingestion (SPEC §4.2, §5): both endpoint forms under malformed payloads (random bytes,
// truncated and deep JSON, bad UTF-8, gzip garbage, invalid protobuf for the static and the runtime
// decoder, bad base64), bad signatures and timestamps of every scheme, unknown endpoints and
// tokens, odd client addresses and oversized bodies. No answer is a 5xx (a payload the app cannot
// decode is 422 payload_undecodable, never handler_failed); every refused request leaves the
// installs' agents and the registry as they were.
import fc from "fast-check";
import { exports } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import trackerProto from "../../../protos/tracker.proto?raw";
import { ipAllowed, parseCidr } from "../../../src/shared/cidr.ts";
import { clientAddress } from "../../../src/worker/guards/reject-limit.ts";
import { flushInvocationLogs } from "../../../src/invocation/log-buffer.ts";
import { call, eventually, json } from "../../support/helpers.ts";
import { install, invokePath, type Installed } from "../../support/ingest.ts";
import { badId, extraHeaders, isAsciiHeaderValue } from "./arbitraries.ts";
import {
  address,
  badSignature,
  bearer,
  hmacHex,
  post,
  PROBE_BODY,
  realButStale,
  RICH_PROTO,
  sigText,
  trackerPayload,
  WHSEC,
  withNow,
  type Scheme,
} from "./ingest-inputs.ts";
import {
  checkAnswer,
  fuzzConcurrently,
  describe as describeRequest,
  FUZZ_TIMEOUT_MS,
  fuzzOne,
  SEED,
  Tally,
  type FuzzRequest,
} from "./oracle.ts";
import { expectUnchanged, snapshot } from "./snapshot.ts";

const tally = new Tally();
afterAll(() => console.log(tally.summary("fuzz: ingestion")));

const MAX_BODY = 4096;
const NARROW_RANGES = ["203.0.113.0/24", "2001:db8::/32", "::ffff:198.51.100.0/120"];
const NARROW = NARROW_RANGES.map((r) => parseCidr(r)).filter((r) => r !== null);

interface World {
  rich: Installed;
  tracker: Installed;
  trackerQueued: Installed;
  trackerProto: Installed;
  hmac: Installed;
  webhooks: Installed;
  github: Installed;
  stripe: Installed;
  narrow: Installed;
}
let w: World;

beforeAll(async () => {
  const many = { throttle: 100_000 };
  w = {
    rich: await install({ ...many, proto_schema: RICH_PROTO, proto_message: "fz.M" }),
    tracker: await install({ ...many, mini_token: true }, {}, "tracker_integration"),
    trackerQueued: await install(many, {}, "tracker_integration"),
    trackerProto: await install(
      { ...many, proto_schema: trackerProto, proto_message: "edgehook.demo.TrackerUplink", max_body_bytes: MAX_BODY },
      {},
      "tracker_integration",
    ),
    hmac: await install({ ...many, signing_key: ["k1", "k2"], sha256_hash_header: "X-Vendor-Sig", mini_token: true }),
    webhooks: await install({ ...many, signature_scheme: "standard-webhooks", signing_key: WHSEC }),
    github: await install({ ...many, signature_scheme: "github", signing_key: "gh-secret" }),
    stripe: await install({
      ...many,
      signature_scheme: "stripe",
      signing_key: "whsec_stripe",
      timestamp_tolerance_s: 60,
    }),
    narrow: await install({ ...many, cidr_ranges: NARROW_RANGES }),
  };
});

// ---- tests -------------------------------------------------------------------------------------

const AUTH_REFUSALS = [
  "not_found",
  "unknown_ingestion",
  "token_invalid",
  "ip_denied",
  "signature_missing",
  "throttled",
];

const installAgents = (): string[] => Object.values(w).map((i) => i.agent_id);

describe("ingestion fuzz", { timeout: FUZZ_TIMEOUT_MS }, () => {
  it("decodes or refuses any payload (JSON, static and runtime protobuf, base64): never a 5xx", async () => {
    const target = fc.constantFrom<"full" | "mini" | "proto" | "rich">("full", "full", "mini", "proto", "rich");
    await fc.assert(
      fc.asyncProperty(
        target,
        trackerPayload,
        fc.constantFrom("", "?json_response=true", "?x=%00&json_response=1"),
        async (t, b, q) => {
          const inst = t === "proto" ? w.trackerProto : t === "rich" ? w.rich : w.tracker;
          const path = t === "mini" ? `/m/${inst.ingestion.mini_token}` : `${invokePath(inst)}${q}`;
          const headers = {
            "cf-connecting-ip": "203.0.113.7",
            ...b.headers,
            // The rich schema's install runs the probe app: only protobuf reaches it (a JSON payload
            // would be read as the probe's instructions).
            ...(t === "rich" ? { "content-type": "application/x-protobuf" } : {}),
            ...(t === "mini" ? {} : bearer(inst.ingestion.token)),
          };
          const seen = await fuzzOne(tally, `ingest:payload ${t}`, post(path, headers, b.body));
          if (seen.status >= 400)
            expect(
              ["payload_undecodable", "payload_too_large", "forbidden"],
              `${seen.code}: ${seen.text.slice(0, 300)}`,
            ).toContain(seen.code);
        },
      ),
      { seed: SEED + 10, numRuns: 2500 },
    );
  });

  it("a queued payload (?wait=false) the tracker cannot decode is recorded as refused, never as a handler failure", async () => {
    let queued = 0;
    await fc.assert(
      fc.asyncProperty(trackerPayload, async (b) => {
        const headers = { "cf-connecting-ip": "203.0.113.7", ...b.headers, ...bearer(w.trackerQueued.ingestion.token) };
        const seen = await fuzzOne(
          tally,
          "ingest:payload queued",
          post(`${invokePath(w.trackerQueued)}?wait=false`, headers, b.body),
        );
        if (seen.status === 202) queued += 1;
        else expect(seen.code).toBe("payload_too_large");
      }),
      { seed: SEED + 15, numRuns: 120 },
    );
    // The consumer runs them in batches of up to 10 a second; each leaves an invocation record.
    const log = await eventually(
      async () => {
        await flushInvocationLogs();
        return json<{ status: number }[]>(
          await call(`/api/control/installs/${w.trackerQueued.install_id}/invocations?limit=1000`),
          200,
        );
      },
      (records) => records.length >= queued,
      30_000,
    );
    expect(log.length).toBe(queued);
    const failed = log.filter((r) => r.status >= 500);
    expect(failed, JSON.stringify(failed.slice(0, 3))).toEqual([]);
  });

  it("refuses every bad signature and timestamp of every scheme, and nothing reaches the handler", async () => {
    const before = await snapshot(installAgents());
    const scheme = fc.constantFrom<Scheme>("hmac", "webhooks", "github", "stripe");
    const request = scheme.chain((s) =>
      fc.tuple(
        fc.constant(s),
        badSignature(s),
        fc.oneof(fc.constant("203.0.113.7"), fc.ipV4()),
        fc.constantFrom("", "?wait=false"),
      ),
    );
    await fc.assert(
      fc.asyncProperty(request, extraHeaders, async ([s, sig, ip, q], extra) => {
        const inst = w[s];
        const headers = {
          ...extra,
          "content-type": "application/json",
          "cf-connecting-ip": ip,
          ...bearer(inst.ingestion.token),
          ...withNow(await realButStale(sig)),
        };
        const seen = await fuzzOne(tally, `ingest:signature ${s}`, post(`${invokePath(inst)}${q}`, headers, sig.body));
        expect(seen.status, `accepted: ${seen.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      }),
      { seed: SEED + 11, numRuns: 1800 },
    );
    await expectUnchanged(before, installAgents(), "refused signatures");
  });

  it("verifies signatures of many requests at once under a key no request has used yet", async () => {
    // Keys are imported on first use and cached per isolate; concurrent first uses must each verify.
    const key = `fresh-${crypto.randomUUID()}`;
    const inst = await install({ throttle: 100_000, signing_key: key });
    // Bodies the probe app takes as "no instructions" (it reads any object's keys as its orders).
    const body = fc.record({ n: fc.integer(), s: fc.string({ maxLength: 40 }) }).map((o) => JSON.stringify(o));
    const signed = fc.tuple(body, fc.boolean(), fc.ipV4());
    const requests = fc.sample(signed, { seed: SEED + 16, numRuns: 96 });
    const answers = await Promise.all(
      requests.map(async ([text, good, ip]) => {
        const mac = await hmacHex(good ? key : `${key}x`, text);
        const headers = {
          "cf-connecting-ip": ip,
          "content-type": "application/json",
          "x-hmac-sha256": mac,
          ...bearer(inst.ingestion.token),
        };
        return { good, seen: await fuzzOne(tally, "ingest:concurrent", post(invokePath(inst), headers, text)) };
      }),
    );
    for (const { good, seen } of answers)
      if (good) expect(seen.status, seen.text.slice(0, 200)).toBe(200);
      else expect(["signature_invalid", "throttled"]).toContain(seen.code);
  });

  it("a burst of refused requests uses none of the endpoint's quota and never refuses a valid one", async () => {
    // Throttle 2/s: had the refused requests counted, the valid ones after them would be 429.
    const key = "quota-key";
    const inst = await install({ throttle: 2, signing_key: key });
    const body = JSON.stringify({ n: 1 });
    const sameAddress = "198.51.100.77";
    const refused = fc.tuple(sigText, fc.oneof(fc.constant(sameAddress), fc.ipV4()), fc.boolean());
    const seen = await fuzzConcurrently(
      tally,
      "ingest:quota",
      refused.map(([sig, ip, withToken]) =>
        post(
          invokePath(inst),
          {
            "cf-connecting-ip": ip,
            "content-type": "application/json",
            "x-hmac-sha256": sig,
            ...(withToken ? bearer(inst.ingestion.token) : { authorization: "Bearer ehi_wrong" }),
          },
          body,
        ),
      ),
      { seed: SEED + 17, numRuns: 300, width: 20 },
    );
    expect(seen.filter((s) => s.status < 400)).toEqual([]);
    // From the address that failed most (past the limit on rejected requests) and from another.
    const mac = await hmacHex(key, body);
    for (const ip of [sameAddress, "203.0.113.99"]) {
      const headers = {
        "cf-connecting-ip": ip,
        "content-type": "application/json",
        "x-hmac-sha256": mac,
        ...bearer(inst.ingestion.token),
      };
      const ok = await fuzzOne(tally, "ingest:quota", post(invokePath(inst), headers, body));
      expect(ok.status, ok.text.slice(0, 200)).toBe(200);
    }
  });

  it("refuses unknown endpoints, tokens, mini-tokens and addresses without changing anything", async () => {
    const before = await snapshot(installAgents());
    const token = fc.oneof(
      fc.constantFrom("", "ehi_", "eht_abc", "test-admin-token"),
      fc.string({ maxLength: 60 }).filter(isAsciiHeaderValue),
      fc.constant(w.hmac.ingestion.token.slice(0, -1)),
      fc.constant(`${w.hmac.ingestion.token}x`),
      fc.constant(w.tracker.ingestion.token),
    );
    const miniToken = fc.oneof(
      fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent),
      fc.constant((w.hmac.ingestion.mini_token ?? "").slice(0, -1) + "A"),
      fc.constant(`${w.hmac.ingestion.mini_token}A`),
      fc.constantFrom("%00", "..", "%2e%2e", "AAAAAAAAAAAAAAAAAAAAAA", "x".repeat(5000)),
    );
    const request: fc.Arbitrary<FuzzRequest> = fc.oneof(
      // Unknown or mismatched endpoint ids and agent ids.
      fc
        .tuple(
          fc.oneof(badId, fc.constant(w.hmac.ingestion.id)),
          fc.oneof(badId, fc.constant(w.tracker.agent_id)),
          address,
        )
        .map(([i, a, ip]) =>
          post(
            `/api/agents/${encodeURIComponent(a)}/processors/ingestions/${encodeURIComponent(i)}/invoke`,
            { "cf-connecting-ip": ip, ...bearer(w.hmac.ingestion.token) },
            PROBE_BODY,
          ),
        ),
      // The right endpoint, a wrong token (header, query, both, neither).
      fc.tuple(token, fc.constantFrom("header", "query", "both", "none"), address).map(([t, via, ip]) => {
        const headers: Record<string, string> = { "cf-connecting-ip": ip, "content-type": "application/json" };
        if (via === "header" || via === "both") headers.authorization = `Bearer ${t}`;
        const q = via === "query" || via === "both" ? `?token=${encodeURIComponent(t)}` : "";
        return post(`${invokePath(w.hmac)}${q}`, headers, PROBE_BODY);
      }),
      // Unknown mini-tokens.
      fc.tuple(miniToken, address).map(([m, ip]) => post(`/m/${m}`, { "cf-connecting-ip": ip }, PROBE_BODY)),
      // The narrow endpoint's right token from addresses outside its ranges (or no address at all).
      address
        .filter((ip) => !ipAllowed(clientAddress(ip), NARROW))
        .map((ip) =>
          post(invokePath(w.narrow), { "cf-connecting-ip": ip, ...bearer(w.narrow.ingestion.token) }, PROBE_BODY),
        ),
      // A signed endpoint's mini-token without a signature.
      address.map((ip) => post(`/m/${w.hmac.ingestion.mini_token}`, { "cf-connecting-ip": ip }, PROBE_BODY)),
    );
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        const seen = await fuzzOne(tally, `ingest:auth ${req.path.startsWith("/m/") ? "mini" : "full"}`, req);
        // Refused before the handler: by the router, the lookup, the address, token or signature
        // check, or the limit on rejected requests.
        expect(AUTH_REFUSALS, `${describeRequest(req)} → ${seen.status} ${seen.text.slice(0, 200)}`).toContain(
          seen.code,
        );
      }),
      { seed: SEED + 12, numRuns: 1500 },
    );
    await expectUnchanged(before, installAgents(), "refused credentials");
  });

  it("refuses bodies over the endpoint's limit, declared or streamed, and bad Idempotency-Keys", async () => {
    const before = await snapshot([w.trackerProto.agent_id]);
    // Values the runtime trims to nothing reach the app as no header at all: not generated.
    const idempotencyKey = fc.oneof(
      fc.constantFrom("a b", "k".repeat(201), "x\ty"),
      fc
        .string({ minLength: 1, maxLength: 20 })
        .filter((s) => isAsciiHeaderValue(s) && s.trim() !== "" && /[^\x21-\x7e]/.test(s.trim())),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: MAX_BODY + 1, max: 4 * MAX_BODY }),
        // Streamed bodies are few: each refusal aborts its stream, and workerd logs every abort.
        fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
        fc.oneof(fc.constant(undefined), idempotencyKey),
        // A Content-Length that lies (a Request built in code may claim any), or none.
        fc.option(
          fc.oneof(fc.integer({ min: 0, max: MAX_BODY }).map(String), fc.constantFrom("-1", "abc", "1e2", "")),
          {
            nil: undefined,
          },
        ),
        async (size, streamed, key, declared) => {
          const payload = new Uint8Array(size).fill(0x20);
          const headers: Record<string, string> = {
            "cf-connecting-ip": "203.0.113.7",
            "content-type": "application/json",
            ...bearer(w.trackerProto.ingestion.token),
            ...(key === undefined ? {} : { "idempotency-key": key }),
            ...(declared === undefined ? {} : { "content-length": declared }),
          };
          const body = streamed
            ? new ReadableStream<Uint8Array>({
                start(controller) {
                  for (let at = 0; at < size; at += 1000) controller.enqueue(payload.subarray(at, at + 1000));
                  controller.close();
                },
              })
            : payload;
          const req = new Request(`http://edgehook.test${invokePath(w.trackerProto)}`, {
            method: "POST",
            headers,
            body,
            ...(streamed ? { duplex: "half" } : {}),
          } as RequestInit);
          const seen = await checkAnswer(
            await exports.default.fetch(req),
            `POST ${size} bytes streamed=${streamed} key=${key} content-length=${declared}`,
          );
          tally.add("ingest:size", `${seen.status}:${seen.code}`);
          expect(seen.code).toBe("payload_too_large");
        },
      ),
      { seed: SEED + 13, numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(idempotencyKey, async (key) => {
        const headers = {
          "cf-connecting-ip": "203.0.113.7",
          "content-type": "application/json",
          "idempotency-key": key,
          ...bearer(w.trackerProto.ingestion.token),
        };
        const seen = await fuzzOne(
          tally,
          "ingest:idempotency-key",
          post(invokePath(w.trackerProto), headers, '{"device_id": ""}'),
        );
        expect(seen.code).toBe("invalid_parameter");
      }),
      { seed: SEED + 14, numRuns: 150 },
    );
    await expectUnchanged(before, [w.trackerProto.agent_id], "oversized bodies and bad Idempotency-Keys");
  });
});
