// Issue 8, item 11: requests refused before the handler (bad signature, denied address, wrong
// token…) are visible to the install's owner, by code and as the last few attempts, without a
// storage write per refused request.
import { describe, expect, it } from "vitest";
import { flushInvocationLogs } from "../../../src/invocation/log-buffer.ts";
import { meter, readMeter, resetMeter } from "../../../src/shared/metering.ts";
import { call, json } from "../../support/helpers.ts";
import { install, invoke } from "../../support/ingest.ts";

async function rejections(installId: string) {
  await flushInvocationLogs();
  return json(await call(`/api/control/installs/${installId}/rejections`), 200);
}

describe("rejected requests", () => {
  it("are counted by code, with the newest attempts (time, code, address, first bytes)", async () => {
    const inst = await install({ signing_key: "k", cidr_ranges: ["198.51.100.0/24"] });
    expect((await invoke(inst, { ip: "192.0.2.9" })).status).toBe(403);
    expect((await invoke(inst, { ip: "198.51.100.4", token: "wrong" })).status).toBe(401);
    for (let i = 0; i < 3; i++)
      expect(
        (await invoke(inst, { ip: "198.51.100.5", body: `{"n":${i}}`, headers: { "x-hmac-sha256": "00" } })).status,
      ).toBe(401);
    const seen = await rejections(inst.install_id);
    expect(seen.counts).toEqual({ ip_denied: 1, token_invalid: 1, signature_invalid: 3 });
    expect(seen.recent).toHaveLength(5);
    expect(seen.recent[0]).toMatchObject({
      code: "signature_invalid",
      status: 401,
      source_ip: "198.51.100.5",
      first_bytes: '{"n":2}',
    });
    expect(seen.recent.at(-1)).toMatchObject({ code: "ip_denied", source_ip: "192.0.2.9", first_bytes: null });
  });

  it("write nothing per refused request: one batched call carries them", async () => {
    const inst = await install({ signing_key: "k" });
    await flushInvocationLogs();
    resetMeter();
    for (let i = 0; i < 20; i++) await (await invoke(inst, { headers: { "x-hmac-sha256": "00" } })).arrayBuffer();
    const during = readMeter();
    await flushInvocationLogs();
    const after = readMeter();
    meter.enabled = false;
    expect(during.rows_written).toBe(0);
    expect(Object.values(during.do_calls).reduce((a, b) => a + b, 0)).toBe(0);
    expect(after.do_calls[`agent:${inst.agent_id}#log`]).toBe(1);
    expect((await rejections(inst.install_id)).counts).toEqual({ signature_invalid: 20 });
  });

  it("an install nothing was refused for shows empty counts", async () => {
    const inst = await install();
    expect(await rejections(inst.install_id)).toEqual({ since: null, counts: {}, recent: [] });
  });
});
