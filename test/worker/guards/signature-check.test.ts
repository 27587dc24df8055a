// Signature presets end to end: exact bytes, key rotation, replay window, official vectors.
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { expectProblem, json } from "../../support/helpers.ts";
import { device, install, invoke, messagesOf } from "../../support/ingest.ts";

async function hmacHex(key: string | Uint8Array, data: string): Promise<string> {
  const raw = typeof key === "string" ? new TextEncoder().encode(key) : key;
  const k = await crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", k, new TextEncoder().encode(data)));
  return Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("");
}

const body = JSON.stringify({ device_id: "X", reading: 21.5 });

describe("hmac-header (default scheme)", () => {
  it("accepts the HMAC of the exact body; one flipped byte is 401 signature_invalid", async () => {
    const inst = await install({ signing_key: "k1" });
    const sig = await hmacHex("k1", body);
    expect((await invoke(inst, { body, headers: { "x-hmac-sha256": sig } })).status).toBe(200);
    const flipped = body.replace("21.5", "21.6");
    await expectProblem(
      await invoke(inst, { body: flipped, headers: { "x-hmac-sha256": sig } }),
      401,
      "signature_invalid",
    );
  });

  it("401 signature_missing without the header", async () => {
    const inst = await install({ signing_key: "k1" });
    await expectProblem(await invoke(inst, { body }), 401, "signature_missing");
  });

  it("accepts upper-case hex with a sha256= prefix in a custom header", async () => {
    const inst = await install({ signing_key: "k1", sha256_hash_header: "X-Vendor-Sig" });
    const sig = (await hmacHex("k1", body)).toUpperCase();
    expect((await invoke(inst, { body, headers: { "x-vendor-sig": `sha256=${sig}` } })).status).toBe(200);
  });

  it("during rotation both keys pass; after it the rotated-out key is 401", async () => {
    const inst = await install({ signing_key: ["new", "old"] });
    expect((await invoke(inst, { body, headers: { "x-hmac-sha256": await hmacHex("old", body) } })).status).toBe(200);
    expect((await invoke(inst, { body, headers: { "x-hmac-sha256": await hmacHex("new", body) } })).status).toBe(200);
    const after = await install({ signing_key: "new" });
    await expectProblem(
      await invoke(after, { body, headers: { "x-hmac-sha256": await hmacHex("old", body) } }),
      401,
      "signature_invalid",
    );
  });

  it("a bad signature does not reach the handler (nothing in the invocation log)", async () => {
    const inst = await install({ signing_key: "k1" });
    await invoke(inst, { body, headers: { "x-hmac-sha256": "00".repeat(32) } });
    const res = await invoke(inst, { body, headers: { "x-hmac-sha256": await hmacHex("k1", body) } });
    expect(res.status).toBe(200);
  });
});

describe("standard-webhooks (vectors from the official standardwebhooks package)", () => {
  const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  it("accepts a message signed by the official library", async () => {
    const inst = await install({ signature_scheme: "standard-webhooks", signing_key: secret });
    const now = new Date();
    const sig = new Webhook(secret).sign("msg_1", now, body);
    const headers = {
      "webhook-id": "msg_1",
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
      "webhook-signature": sig,
    };
    expect((await invoke(inst, { body, headers })).status).toBe(200);
  });

  it("rejects a timestamp outside ±tolerance, a millisecond timestamp and a tampered body", async () => {
    const inst = await install({
      signature_scheme: "standard-webhooks",
      signing_key: secret,
      timestamp_tolerance_s: 60,
    });
    const old = new Date(Date.now() - 120_000);
    const sigOld = new Webhook(secret).sign("msg_2", old, body);
    await expectProblem(
      await invoke(inst, {
        body,
        headers: {
          "webhook-id": "msg_2",
          "webhook-timestamp": String(Math.floor(old.getTime() / 1000)),
          "webhook-signature": sigOld,
        },
      }),
      401,
      "timestamp_out_of_window",
    );
    const now = new Date();
    const sig = new Webhook(secret).sign("msg_3", now, body);
    await expectProblem(
      await invoke(inst, {
        body,
        headers: { "webhook-id": "msg_3", "webhook-timestamp": String(now.getTime()), "webhook-signature": sig },
      }),
      401,
      "timestamp_out_of_window",
    );
    await expectProblem(
      await invoke(inst, {
        body: body + " ",
        headers: {
          "webhook-id": "msg_3",
          "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
          "webhook-signature": sig,
        },
      }),
      401,
      "signature_invalid",
    );
  });

  it("401 signature_missing without the webhook-* headers", async () => {
    const inst = await install({ signature_scheme: "standard-webhooks", signing_key: secret });
    await expectProblem(await invoke(inst, { body }), 401, "signature_missing");
  });
});

describe("github and stripe presets", () => {
  it("github: x-hub-signature-256 over the raw body", async () => {
    const inst = await install({ signature_scheme: "github", signing_key: "gh-secret" });
    const sig = `sha256=${await hmacHex("gh-secret", body)}`;
    expect((await invoke(inst, { body, headers: { "x-hub-signature-256": sig } })).status).toBe(200);
    await expectProblem(
      await invoke(inst, { body: `${body}\n`, headers: { "x-hub-signature-256": sig } }),
      401,
      "signature_invalid",
    );
  });

  it("stripe: t=…,v1=… over `${t}.${body}` within the tolerance", async () => {
    const inst = await install({ signature_scheme: "stripe", signing_key: "whsec_stripe" });
    const t = Math.floor(Date.now() / 1000);
    const v1 = await hmacHex("whsec_stripe", `${t}.${body}`);
    expect((await invoke(inst, { body, headers: { "stripe-signature": `t=${t},v1=${v1}` } })).status).toBe(200);
    const old = t - 3600;
    const v1old = await hmacHex("whsec_stripe", `${old}.${body}`);
    await expectProblem(
      await invoke(inst, { body, headers: { "stripe-signature": `t=${old},v1=${v1old}` } }),
      401,
      "timestamp_out_of_window",
    );
  });

  it("stripe: one signed request sent 3× under 3 Idempotency-Keys has one effect (it was accepted 3×)", async () => {
    const dev = await device();
    const inst = await install(
      { signature_scheme: "stripe", signing_key: "whsec_stripe" },
      { dv_proc_extended_permissions: { devices: [dev.id] } },
    );
    const event = JSON.stringify({
      id: "evt_replayed_1",
      messages: [{ agent: dev.id, channel: "payments", data: { amount: 100 } }],
    });
    const t = Math.floor(Date.now() / 1000);
    const signature = `t=${t},v1=${await hmacHex("whsec_stripe", `${t}.${event}`)}`;
    const answers: Response[] = [];
    for (const key of ["k-1", "k-2", "k-3"])
      answers.push(
        await invoke(inst, { body: event, headers: { "stripe-signature": signature, "idempotency-key": key } }),
      );
    expect(await Promise.all(answers.map((r) => json(r, 200)))).toEqual(Array(3).fill({ id: "evt_replayed_1" }));
    expect(answers.map((r) => r.headers.get("idempotent-replayed"))).toEqual([null, "true", "true"]);
    expect(await messagesOf(dev.id, "payments")).toHaveLength(1);
  });
});
