// The outbound-address guard (issue 24): which destinations edgehook refuses to call, and what the
// local-development setting lets through.
import { describe, expect, it } from "vitest";
import { checkOutboundUrl, outboundPolicy } from "../../src/shared/outbound-address.ts";

const production = { allowPrivate: false };
const local = { allowPrivate: true };

describe("outbound-address guard", () => {
  it.each([
    ["https://10.0.0.5/hook", "private_address"],
    ["https://172.16.3.4/hook", "private_address"],
    ["https://192.168.1.1/hook", "private_address"],
    ["https://127.0.0.1/hook", "private_address"],
    ["https://127.1.2.3:8443/hook", "private_address"],
    ["https://0x7f.1/hook", "private_address"], // WHATWG parsing turns it into 127.0.0.1
    ["https://2130706433/hook", "private_address"],
    ["https://0.0.0.0/hook", "private_address"],
    ["https://169.254.169.254/latest/meta-data/", "private_address"],
    ["https://100.100.100.200/", "private_address"],
    ["https://100.64.0.1/hook", "private_address"],
    ["https://[::1]/hook", "private_address"],
    ["https://[::]/hook", "private_address"],
    ["https://[fd00:ec2::254]/", "private_address"],
    ["https://[fc00::1]/hook", "private_address"],
    ["https://[fe80::1]/hook", "private_address"],
    ["https://[::ffff:10.0.0.1]/hook", "private_address"],
    ["https://[::ffff:127.0.0.1]/hook", "private_address"],
    ["https://localhost/hook", "private_address"],
    ["https://api.localhost/hook", "private_address"],
    ["https://metadata.google.internal/computeMetadata/v1/", "private_address"],
    ["http://example.com/hook", "insecure_url"],
    ["ftp://example.com/hook", "invalid_url"],
    ["/relative/hook", "invalid_url"],
    ["not a url", "invalid_url"],
    ["https://user:pass@example.com/hook", "invalid_url"],
    [`https://example.com/${"a".repeat(2048)}`, "invalid_url"],
  ])("refuses %s in production (%s)", (url, code) => {
    const check = checkOutboundUrl(url, production);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.code).toBe(code);
  });

  it.each([
    "https://example.com/hook",
    "https://hooks.example.com:8443/a/b?c=d",
    "https://93.184.215.14/hook",
    "https://[2606:4700::1111]/hook",
    "https://172.32.0.1/hook", // just outside 172.16.0.0/12
    "https://100.128.0.1/hook", // just outside CGNAT
  ])("accepts %s in production", (url) => {
    expect(checkOutboundUrl(url, production).ok).toBe(true);
  });

  it.each(["http://127.0.0.1:8787/hook", "http://localhost:3000/hook", "http://[::1]/hook", "https://10.0.0.5/hook"])(
    "accepts %s when private destinations are allowed",
    (url) => {
      expect(checkOutboundUrl(url, local).ok).toBe(true);
    },
  );

  it("allows plain http only to loopback, even when private destinations are allowed", () => {
    expect(checkOutboundUrl("http://10.0.0.5/hook", local)).toMatchObject({ ok: false, code: "insecure_url" });
    expect(checkOutboundUrl("http://example.com/hook", local)).toMatchObject({ ok: false, code: "insecure_url" });
  });

  it("reads the setting: only `allow` allows", () => {
    expect(outboundPolicy("allow")).toEqual(local);
    expect(outboundPolicy(" Allow ")).toEqual(local);
    expect(outboundPolicy("")).toEqual(production);
    expect(outboundPolicy(undefined)).toEqual(production);
    expect(outboundPolicy("yes")).toEqual(production);
  });
});
