// webhook_forwarder config validation: every refusal names its field.
import { describe, expect, it } from "vitest";
import { parseForwarderConfig } from "../../../src/apps/webhooks/config.ts";
import { generateSecret } from "../../../src/apps/webhooks/signing.ts";

const production = { allowPrivate: false };
const base = { url: "https://hooks.example.com/edgehook", channels: ["tag_values", "alarms"] };

describe("webhook_forwarder config", () => {
  it("accepts the minimal config with defaults: no extra headers, whole data, Svix's five days", () => {
    expect(parseForwarderConfig(base, production)).toEqual({
      ok: true,
      config: { ...base, headers: {}, disable_after: { days: 5 } },
    });
  });

  it("accepts every option", () => {
    const secret = generateSecret();
    const full = {
      ...base,
      secret,
      headers: { Authorization: "Bearer abc", "X-Tenant": "acme" },
      fields: ["temperature", "gps.lat", "gps.lon"],
      batch: { max_events: 50, max_wait_ms: 2000 },
      disable_after: { failures: 20 },
    };
    expect(parseForwarderConfig(full, production)).toEqual({ ok: true, config: full });
  });

  it.each([
    [null, ""],
    [{ ...base, extra: 1 }, "extra"],
    [{ channels: ["a"] }, "url"],
    [{ ...base, url: "http://hooks.example.com/" }, "url"],
    [{ ...base, url: "https://10.1.2.3/" }, "url"],
    [{ ...base, url: "https://169.254.169.254/" }, "url"],
    [{ ...base, url: "https://[fd12::1]/" }, "url"],
    [{ ...base, url: "hooks.example.com" }, "url"],
    [{ ...base, channels: [] }, "channels"],
    [{ ...base, channels: "alarms" }, "channels"],
    [{ ...base, channels: ["ok", "bad name"] }, "channels[1]"],
    [{ ...base, channels: Array.from({ length: 17 }, (_, i) => `c${i}`) }, "channels"],
    [{ ...base, secret: "abc" }, "secret"],
    [{ ...base, secret: "whsec_dG9vc2hvcnQ=" }, "secret"], // 9 bytes
    [{ ...base, secret: 42 }, "secret"],
    [{ ...base, headers: ["x"] }, "headers"],
    [{ ...base, headers: { Connection: "close" } }, "headers.Connection"],
    [{ ...base, headers: { "Transfer-Encoding": "chunked" } }, "headers.Transfer-Encoding"],
    [{ ...base, headers: { Host: "evil.example" } }, "headers.Host"],
    [{ ...base, headers: { "Content-Type": "text/plain" } }, "headers.Content-Type"],
    [{ ...base, headers: { "Webhook-Signature": "v1,forged" } }, "headers.Webhook-Signature"],
    [{ ...base, headers: { "webhook-id": "x" } }, "headers.webhook-id"],
    [{ ...base, headers: { "bad name": "x" } }, "headers.bad name"],
    [{ ...base, headers: { "X-A": "line\r\nX-Injected: 1" } }, "headers.X-A"],
    [{ ...base, headers: { "X-A": 1 } }, "headers.X-A"],
    [{ ...base, headers: { "X-A": "a".repeat(1025) } }, "headers.X-A"],
    [{ ...base, headers: { "X-A": "1", "x-a": "2" } }, "headers.x-a"],
    [{ ...base, headers: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`X-H${i}`, "v"])) }, "headers"],
    [
      { ...base, headers: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`X-H${i}`, "v".repeat(1000)])) },
      "headers",
    ],
    [{ ...base, fields: [] }, "fields"],
    [{ ...base, fields: ["ok", "a..b"] }, "fields[1]"],
    [{ ...base, fields: ["__proto__.x"] }, "fields[0]"],
    [{ ...base, fields: ["gps.lat", "gps"] }, "fields[0]"],
    [{ ...base, batch: { max_events: 0, max_wait_ms: 10 } }, "batch.max_events"],
    [{ ...base, batch: { max_events: 101, max_wait_ms: 10 } }, "batch.max_events"],
    [{ ...base, batch: { max_events: 10 } }, "batch.max_wait_ms"],
    [{ ...base, batch: { max_events: 10, max_wait_ms: 60_001 } }, "batch.max_wait_ms"],
    [{ ...base, batch: { max_events: 10, max_wait_ms: 5, size: 1 } }, "batch.size"],
    [{ ...base, disable_after: { failures: 0 } }, "disable_after.failures"],
    [{ ...base, disable_after: { days: 31 } }, "disable_after.days"],
    [{ ...base, disable_after: { days: 1.5 } }, "disable_after.days"],
    [{ ...base, disable_after: { failures: 3, days: 2 } }, "disable_after"],
    [{ ...base, disable_after: { weeks: 1 } }, "disable_after"],
  ])("refuses %j, naming %s", (raw, field) => {
    const check = parseForwarderConfig(raw, production);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.field).toBe(field);
  });

  it("accepts http to loopback only when the deployment allows private destinations", () => {
    const local = { ...base, url: "http://127.0.0.1:9000/hook" };
    expect(parseForwarderConfig(local, production)).toMatchObject({ ok: false, field: "url", detail: "must be https" });
    expect(parseForwarderConfig(local, { allowPrivate: true })).toMatchObject({ ok: true });
  });
});
