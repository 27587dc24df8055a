// Issue 21, item 6: an install's signing keys are write-only. No answer that carries an install's
// config (create, get, list, update) contains a key: each is shown as set, with a fingerprint
// (first 8 hex of its SHA-256). Sent back as shown, a PATCH keeps the keys it names.
import { describe, expect, it } from "vitest";
import { keyFingerprint } from "../../../src/worker/routes/install-secrets.ts";
import { call, expectProblem, json } from "../../support/helpers.ts";
import { ALLOW_ALL, invoke, type Installed } from "../../support/ingest.ts";

const KEY = `key-${crypto.randomUUID()}`;
const NEXT = `next-${crypto.randomUUID()}`;

async function hmacHex(key: string, body: string): Promise<string> {
  const k = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(key),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", k, new TextEncoder().encode(body)));
  return [...sig].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const signed = async (inst: Installed, key: string) =>
  invoke(inst, { body: '{"a":1}', headers: { "x-hmac-sha256": await hmacHex(key, '{"a":1}') } });

describe("install signing keys in API answers", () => {
  it("fingerprint: the first 8 hex digits of SHA-256", async () => {
    expect(await keyFingerprint("s3cret")).toBe("1ec1c26b");
  });

  it("never appear in create, get, list or update answers; the key still verifies", { timeout: 30_000 }, async () => {
    const config = { dv_proc_ingestion: { cidr_ranges: ALLOW_ALL, signing_key: KEY, throttle: 1000 } };
    const res = await call("/api/control/installs", {
      method: "POST",
      body: { app: "probe_integration", display_name: "signed", config },
    });
    const text = await res.clone().text();
    const inst = await json(res, 201);
    const shown = { set: true, fingerprint: await keyFingerprint(KEY) };
    expect(text).not.toContain(KEY);
    expect(inst.config.dv_proc_ingestion.signing_key).toEqual(shown);

    const one = await call(`/api/control/installs/${inst.install_id}`);
    const list = await call("/api/control/installs");
    for (const r of [one, list]) expect(await r.clone().text()).not.toContain(KEY);
    expect((await json(one, 200)).config.dv_proc_ingestion.signing_key).toEqual(shown);
    const listed = (await json(list, 200)).find((i: any) => i.install_id === inst.install_id);
    expect(listed.config.dv_proc_ingestion.signing_key).toEqual(shown);

    expect((await signed(inst, KEY)).status).toBe(200);

    // Rotation: the config read back, with a new key added. The answer names both by fingerprint.
    const readBack = (await json(await call(`/api/control/installs/${inst.install_id}`), 200)).config;
    readBack.dv_proc_ingestion.signing_key = [readBack.dv_proc_ingestion.signing_key, NEXT];
    const patched = await call(`/api/control/installs/${inst.install_id}`, {
      method: "PATCH",
      body: { config: readBack },
    });
    const patchedText = await patched.clone().text();
    expect(patchedText).not.toContain(KEY);
    expect(patchedText).not.toContain(NEXT);
    const updated = await json(patched, 200);
    expect(updated.config.dv_proc_ingestion.signing_key).toEqual([
      shown,
      { set: true, fingerprint: await keyFingerprint(NEXT) },
    ]);
    const rotated = { ...inst, ingestion: { ...inst.ingestion, token: updated.ingestion.token } };
    expect((await signed(rotated, KEY)).status).toBe(200);
    expect((await signed(rotated, NEXT)).status).toBe(200);
  });

  it("signing off is shown as not set; a fingerprint the install has no key for is 422", async () => {
    const config = { dv_proc_ingestion: { cidr_ranges: ALLOW_ALL, signing_key: "" } };
    const inst = await json(
      await call("/api/control/installs", {
        method: "POST",
        body: { app: "probe_integration", display_name: "off", config },
      }),
      201,
    );
    expect(inst.config.dv_proc_ingestion.signing_key).toEqual({ set: false });
    const bad = { dv_proc_ingestion: { cidr_ranges: ALLOW_ALL, signing_key: { set: true, fingerprint: "00000000" } } };
    const problem = await expectProblem(
      await call(`/api/control/installs/${inst.install_id}`, { method: "PATCH", body: { config: bad } }),
      422,
      "validation_failed",
    );
    expect(problem.field).toBe("config.dv_proc_ingestion.signing_key");
    // Sent back as shown: still off.
    const same = await json(
      await call(`/api/control/installs/${inst.install_id}`, { method: "PATCH", body: { config: inst.config } }),
      200,
    );
    expect(same.config.dv_proc_ingestion.signing_key).toEqual({ set: false });
  });
});
