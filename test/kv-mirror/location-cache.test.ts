// The location's cache (Cache API) in front of the KV mirror for endpoints and mini-tokens: the
// cold isolates of a busy location read an endpoint's record without a billed KV read.
import { describe, expect, it } from "vitest";
import { meter, readMeter, resetMeter } from "../../src/shared/metering.ts";
import { invalidateAll } from "../../src/kv-mirror/edge-cache.ts";
import { call, json } from "../support/helpers.ts";
import { device, install, invoke } from "../support/ingest.ts";

describe("location cache of the registry mirror", () => {
  it("a second cold isolate reads the endpoint from the location, only the device's serial from KV", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { all_devices: true } }, "tracker_integration");
    const body = JSON.stringify({ device_id: dev.serial_number });
    invalidateAll();
    resetMeter();
    expect((await invoke(inst, { body })).status).toBe(200);
    const first = readMeter().kv_reads;
    invalidateAll();
    resetMeter();
    expect((await invoke(inst, { body })).status).toBe(200);
    const second = readMeter().kv_reads;
    meter.enabled = false;
    expect(first).toBe(2); // endpoint + serial
    expect(second).toBe(1); // serial only
  });

  it("a changed endpoint is read from the registry by the isolate that changed it, whatever the location holds", async () => {
    const inst = await install({ cidr_ranges: ["0.0.0.0/0", "::/0"] });
    expect((await invoke(inst)).status).toBe(200);
    await json(
      await call(`/api/control/installs/${inst.install_id}`, {
        method: "PATCH",
        body: { config: { dv_proc_ingestion: { cidr_ranges: ["198.51.100.0/24"], never_replace_token: true } } },
      }),
      200,
    );
    expect((await invoke(inst, { ip: "203.0.113.7" })).status).toBe(403);
  });
});
