// Requests sharing an isolate must never await each other's I/O: in workerd a request resumed by
// another request's promise runs in that request's context and cannot read its own body.
import { describe, expect, it } from "vitest";
import { invalidateAll } from "../../src/kv-mirror/edge-cache.ts";
import { device, install, invoke } from "../support/ingest.ts";

describe("concurrent requests in one isolate", () => {
  it("cold caches under a burst: every uplink answers 200 (a shared pending lookup made some 500)", async () => {
    const dev = await device();
    const inst = await install(
      { signing_key: "burst-key" },
      { dv_proc_extended_permissions: { all_devices: true } },
      "tracker_integration",
    );
    const body = JSON.stringify({ device_id: dev.serial_number, battery: { percent: 5 } });
    const mac = await crypto.subtle.sign(
      "HMAC",
      await crypto.subtle.importKey(
        "raw",
        new TextEncoder().encode("burst-key"),
        { name: "HMAC", hash: "SHA-256" },
        false,
        ["sign"],
      ),
      new TextEncoder().encode(body),
    );
    const headers = { "x-hmac-sha256": [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("") };
    for (let round = 0; round < 3; round++) {
      invalidateAll();
      const statuses = await Promise.all(
        Array.from({ length: 24 }, async () => {
          const res = await invoke(inst, { body, headers });
          await res.arrayBuffer();
          return res.status;
        }),
      );
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
    }
  });
});
