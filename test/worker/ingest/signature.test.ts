// Unit tests for ingestion signature verification, one block per scheme. Standard Webhooks
// vectors come from the official `standardwebhooks` package, not from our own code.
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { verifySignature } from "../../../src/worker/ingest/signature.ts";
import type { SignatureConfig, SignatureScheme } from "../../../src/worker/ingest/signature.ts";

const NOW_MS = 1_700_000_000_000;
const NOW_S = NOW_MS / 1000;
const BODY = '{"temperature":21.5,"device":"eui-0004a30b001c0530"}';
const enc = new TextEncoder();

function cfg(scheme: SignatureScheme, keys: string[], header = "x-hmac-sha256"): SignatureConfig {
  return { scheme, keys, header, toleranceS: 300 };
}

async function hmac(secret: string | Uint8Array, data: string): Promise<Uint8Array> {
  const raw = typeof secret === "string" ? enc.encode(secret) : secret;
  const key = await crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, enc.encode(data)));
}
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));

/** BODY with one byte changed, to prove the MAC covers every byte. */
function flipped(): Uint8Array {
  const bytes = enc.encode(BODY);
  bytes[10] = (bytes[10] ?? 0) ^ 0x01;
  return bytes;
}

function verify(c: SignatureConfig, headers: Record<string, string>, body: string | Uint8Array = BODY) {
  return verifySignature(c, new Headers(headers), typeof body === "string" ? enc.encode(body) : body, NOW_MS);
}

describe("hmac-header", () => {
  const KEY = "device-shared-secret";
  const OLD = "previous-secret";
  const c = cfg("hmac-header", [KEY]);

  it("accepts a lowercase hex signature of the body", async () => {
    const sig = hex(await hmac(KEY, BODY));
    expect(await verify(c, { "x-hmac-sha256": sig })).toEqual({ ok: true });
  });

  it("accepts uppercase hex and a sha256= prefix", async () => {
    const sig = hex(await hmac(KEY, BODY));
    expect(await verify(c, { "x-hmac-sha256": sig.toUpperCase() })).toEqual({ ok: true });
    expect(await verify(c, { "x-hmac-sha256": `sha256=${sig}` })).toEqual({ ok: true });
  });

  it("accepts standard base64, url-safe base64, and either without padding", async () => {
    const std = b64(await hmac(KEY, BODY));
    const url = std.replace(/\+/g, "-").replace(/\//g, "_");
    for (const sig of [std, std.replace(/=+$/, ""), url, url.replace(/=+$/, ""), `sha256=${std}`]) {
      expect(await verify(c, { "x-hmac-sha256": sig })).toEqual({ ok: true });
    }
  });

  it("reads the signature from the configured header name", async () => {
    const sig = hex(await hmac(KEY, BODY));
    const custom = cfg("hmac-header", [KEY], "x-device-mac");
    expect(await verify(custom, { "x-device-mac": sig })).toEqual({ ok: true });
    expect(await verify(custom, { "x-hmac-sha256": sig })).toMatchObject({
      code: "signature_missing",
    });
  });

  it("rejects a body with one flipped byte", async () => {
    const sig = hex(await hmac(KEY, BODY));
    expect(await verify(c, { "x-hmac-sha256": sig }, flipped())).toMatchObject({
      ok: false,
      code: "signature_invalid",
    });
  });

  it("reports a missing or empty header as signature_missing", async () => {
    expect(await verify(c, {})).toMatchObject({ ok: false, code: "signature_missing" });
    expect(await verify(c, { "x-hmac-sha256": "" })).toMatchObject({ code: "signature_missing" });
  });

  it("rejects a signature that is neither hex nor base64, or is truncated", async () => {
    const sig = hex(await hmac(KEY, BODY));
    for (const bad of ["not a mac!", sig.slice(0, 62), `${sig}00`, "sha256="]) {
      expect(await verify(c, { "x-hmac-sha256": bad })).toMatchObject({
        code: "signature_invalid",
      });
    }
  });

  it("rejects a body signed with a rotated-out key", async () => {
    const sig = hex(await hmac(OLD, BODY));
    expect(await verify(c, { "x-hmac-sha256": sig })).toMatchObject({ code: "signature_invalid" });
  });

  it("accepts either key while both are configured during rotation", async () => {
    const both = cfg("hmac-header", [KEY, OLD]);
    for (const k of [KEY, OLD]) {
      expect(await verify(both, { "x-hmac-sha256": hex(await hmac(k, BODY)) })).toEqual({
        ok: true,
      });
    }
  });

  it("accepts anything when no key is configured (verification off)", async () => {
    expect(await verify(cfg("hmac-header", []), {})).toEqual({ ok: true });
    expect(await verify(cfg("hmac-header", [""]), {})).toEqual({ ok: true });
  });
});

describe("standard-webhooks", () => {
  const KEY = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  const OLD = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
  const MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  const c = cfg("standard-webhooks", [KEY]);

  /** Headers exactly as the official library would send them. */
  function signed(secret: string, date = new Date(NOW_MS), payload = BODY): Record<string, string> {
    return {
      "webhook-id": MSG_ID,
      "webhook-timestamp": String(Math.floor(date.getTime() / 1000)),
      "webhook-signature": new Webhook(secret).sign(MSG_ID, date, payload),
    };
  }

  it("accepts a message signed by the official library and reports its id", async () => {
    expect(await verify(c, signed(KEY))).toEqual({ ok: true, eventId: MSG_ID });
  });

  it("agrees with the official library's own verify on a fresh message", async () => {
    const now = new Date();
    const headers = signed(KEY, now);
    expect(() => new Webhook(KEY).verify(BODY, headers)).not.toThrow();
    const ours = await verifySignature(c, new Headers(headers), enc.encode(BODY), now.getTime());
    expect(ours.ok).toBe(true);
  });

  it("treats a key without the whsec_ prefix as the same base64 key", async () => {
    const bare = cfg("standard-webhooks", [KEY.slice("whsec_".length)]);
    expect(await verify(bare, signed(KEY))).toMatchObject({ ok: true });
  });

  it("finds the v1 signature among several entries and skips other versions", async () => {
    const h = signed(KEY);
    const other = signed(OLD)["webhook-signature"] ?? "";
    h["webhook-signature"] = `v1a,${b64(new Uint8Array(64))} ${other} ${h["webhook-signature"]}`;
    expect(await verify(c, h)).toMatchObject({ ok: true });
  });

  it("rejects a body with one flipped byte", async () => {
    expect(await verify(c, signed(KEY), flipped())).toMatchObject({ code: "signature_invalid" });
  });

  it("rejects a signature over a different message id", async () => {
    expect(await verify(c, { ...signed(KEY), "webhook-id": "msg_other" })).toMatchObject({
      code: "signature_invalid",
    });
  });

  it.each(["webhook-id", "webhook-timestamp", "webhook-signature"])(
    "reports a missing %s as signature_missing",
    async (name) => {
      const h = signed(KEY);
      delete h[name];
      const r = await verify(c, h);
      expect(r).toMatchObject({ ok: false, code: "signature_missing" });
      expect(r.ok ? "" : r.detail).toContain(name);
    },
  );

  it("rejects a message signed with a rotated-out key", async () => {
    expect(await verify(c, signed(OLD))).toMatchObject({ code: "signature_invalid" });
  });

  it("accepts either key while both are configured during rotation", async () => {
    const both = cfg("standard-webhooks", [OLD, KEY]);
    expect(await verify(both, signed(KEY))).toMatchObject({ ok: true });
    expect(await verify(both, signed(OLD))).toMatchObject({ ok: true });
  });

  it("accepts timestamps at the edges of the tolerance window", async () => {
    expect(await verify(c, signed(KEY, new Date(NOW_MS - 300_000)))).toMatchObject({ ok: true });
    expect(await verify(c, signed(KEY, new Date(NOW_MS + 300_000)))).toMatchObject({ ok: true });
  });

  it("rejects a correctly signed message that is too old or too new", async () => {
    const old = await verify(c, signed(KEY, new Date(NOW_MS - 301_000)));
    expect(old).toMatchObject({
      code: "timestamp_out_of_window",
      detail: expect.stringContaining("old"),
    });
    const future = await verify(c, signed(KEY, new Date(NOW_MS + 301_000)));
    expect(future).toMatchObject({
      code: "timestamp_out_of_window",
      detail: expect.stringContaining("future"),
    });
  });

  it("rejects a non-numeric timestamp explicitly", async () => {
    for (const ts of ["abc", "1700000000.5", "-1700000000", "1e9"]) {
      const r = await verify(c, { ...signed(KEY), "webhook-timestamp": ts });
      expect(r).toMatchObject({
        code: "timestamp_out_of_window",
        detail: expect.stringContaining("integer"),
      });
    }
  });

  it("rejects a millisecond timestamp and says so", async () => {
    const r = await verify(c, { ...signed(KEY), "webhook-timestamp": String(NOW_MS) });
    expect(r).toMatchObject({
      code: "timestamp_out_of_window",
      detail: expect.stringContaining("milliseconds"),
    });
  });

  it("still reports the event id when verification is off", async () => {
    expect(await verify(cfg("standard-webhooks", []), { "webhook-id": MSG_ID })).toEqual({
      ok: true,
      eventId: MSG_ID,
    });
  });
});

describe("github", () => {
  // The test vector from GitHub's "Validating webhook deliveries" documentation.
  const KEY = "It's a Secret to Everybody";
  const DOC_BODY = "Hello, World!";
  const DOC_SIG = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
  const c = cfg("github", [KEY]);

  it("accepts GitHub's documented vector and reports the delivery id", async () => {
    const h = {
      "x-hub-signature-256": DOC_SIG,
      "x-github-delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958",
    };
    expect(await verify(c, h, DOC_BODY)).toEqual({
      ok: true,
      eventId: "72d3162e-cc78-11e3-81ab-4c9367dc0958",
    });
    expect(await verify(c, { "x-hub-signature-256": DOC_SIG }, DOC_BODY)).toEqual({ ok: true });
  });

  it("rejects a body with one flipped byte", async () => {
    const h = { "x-hub-signature-256": `sha256=${hex(await hmac(KEY, BODY))}` };
    expect(await verify(c, h)).toMatchObject({ ok: true });
    expect(await verify(c, h, flipped())).toMatchObject({ code: "signature_invalid" });
  });

  it("reports a missing x-hub-signature-256 as signature_missing", async () => {
    expect(await verify(c, { "x-hmac-sha256": DOC_SIG }, DOC_BODY)).toMatchObject({
      code: "signature_missing",
    });
  });

  it("rejects a signature without the sha256= prefix", async () => {
    expect(await verify(c, { "x-hub-signature-256": DOC_SIG.slice(7) }, DOC_BODY)).toMatchObject({
      code: "signature_invalid",
    });
  });

  it("rejects a delivery signed with a rotated-out key, and accepts both during rotation", async () => {
    const h = { "x-hub-signature-256": DOC_SIG };
    expect(await verify(cfg("github", ["new-secret"]), h, DOC_BODY)).toMatchObject({
      code: "signature_invalid",
    });
    expect(await verify(cfg("github", ["new-secret", KEY]), h, DOC_BODY)).toMatchObject({
      ok: true,
    });
  });
});

describe("stripe", () => {
  // Stripe uses the whole "whsec_..." string as the HMAC secret, undecoded.
  const KEY = "whsec_test_secret_for_edgehook";
  const OLD = "whsec_previous_secret";
  const c = cfg("stripe", [KEY]);

  async function header(
    secret: string,
    t: number | string = NOW_S,
    extra = "",
    body = BODY,
  ): Promise<Record<string, string>> {
    return { "stripe-signature": `t=${t},v1=${hex(await hmac(secret, `${t}.${body}`))}${extra}` };
  }

  it("accepts a correctly signed event", async () => {
    expect(await verify(c, await header(KEY))).toMatchObject({ ok: true });
  });

  it("takes the event id from the signed body's id (it took none, so any Idempotency-Key replayed it)", async () => {
    const body = '{"id":"evt_1NmGxY2eZvKYlo2C","type":"charge.succeeded","data":{}}';
    expect(await verify(c, await header(KEY, NOW_S, "", body), body)).toEqual({
      ok: true,
      eventId: "evt_1NmGxY2eZvKYlo2C",
    });
    // Unsigned, the body's id is still the event id, as the other schemes report theirs.
    expect(await verify(cfg("stripe", []), {}, body)).toEqual({ ok: true, eventId: "evt_1NmGxY2eZvKYlo2C" });
  });

  it("identifies a signed body without an id by what was signed: a replay with extra v1 entries is the same event", async () => {
    const first = await verify(c, await header(KEY));
    expect(first).toMatchObject({
      ok: true,
      eventId: expect.stringMatching(new RegExp(`^stripe:${NOW_S}:[0-9a-f]{32}$`)),
    });
    const padded = await verify(c, await header(KEY, NOW_S, `,v1=${"ab".repeat(32)}`));
    expect(padded).toEqual(first);
    // Re-signed at another time (as Stripe retries), it is another event.
    expect(await verify(c, await header(KEY, NOW_S - 1))).not.toEqual(first);
  });

  it("reports no id for an unsigned body without one (an Idempotency-Key may stand in), nor for a non-JSON body", async () => {
    expect(await verify(cfg("stripe", []), {})).toEqual({ ok: true });
    expect(await verify(cfg("stripe", []), {}, '{"id": 7}')).toEqual({ ok: true });
    expect(await verify(cfg("stripe", []), {}, `{"id":"${"x".repeat(201)}"}`)).toEqual({ ok: true });
    expect(await verify(cfg("stripe", []), {}, "id=evt_1")).toEqual({ ok: true });
  });

  it("finds a matching v1 among several and ignores v0", async () => {
    const good = await header(KEY);
    const sig = `t=${NOW_S},v1=${"ab".repeat(32)},v0=${"cd".repeat(32)},${good["stripe-signature"]?.split(",")[1]}`;
    expect(await verify(c, { "stripe-signature": sig })).toMatchObject({ ok: true });
  });

  it("rejects a body with one flipped byte", async () => {
    expect(await verify(c, await header(KEY), flipped())).toMatchObject({
      code: "signature_invalid",
    });
  });

  it("reports a missing stripe-signature as signature_missing", async () => {
    expect(await verify(c, {})).toMatchObject({ code: "signature_missing" });
  });

  it("rejects a header without t= or without v1=", async () => {
    const v1 = hex(await hmac(KEY, `${NOW_S}.${BODY}`));
    expect(await verify(c, { "stripe-signature": `v1=${v1}` })).toMatchObject({
      code: "signature_invalid",
    });
    expect(await verify(c, { "stripe-signature": `t=${NOW_S},v0=${v1}` })).toMatchObject({
      code: "signature_invalid",
    });
  });

  it("rejects an event signed with a rotated-out key, and accepts both during rotation", async () => {
    expect(await verify(c, await header(OLD))).toMatchObject({ code: "signature_invalid" });
    const both = cfg("stripe", [KEY, OLD]);
    expect(await verify(both, await header(OLD))).toMatchObject({ ok: true });
    expect(await verify(both, await header(KEY))).toMatchObject({ ok: true });
  });

  it("rejects a correctly signed event that is too old or too new", async () => {
    expect(await verify(c, await header(KEY, NOW_S - 301))).toMatchObject({
      code: "timestamp_out_of_window",
    });
    expect(await verify(c, await header(KEY, NOW_S + 301))).toMatchObject({
      code: "timestamp_out_of_window",
    });
    expect(await verify(c, await header(KEY, NOW_S - 300))).toMatchObject({ ok: true });
  });

  it("rejects non-numeric and millisecond timestamps explicitly", async () => {
    const nan = await verify(c, await header(KEY, "soon"));
    expect(nan).toMatchObject({
      code: "timestamp_out_of_window",
      detail: expect.stringContaining("integer"),
    });
    const ms = await verify(c, await header(KEY, NOW_MS));
    expect(ms).toMatchObject({
      code: "timestamp_out_of_window",
      detail: expect.stringContaining("milliseconds"),
    });
  });
});
