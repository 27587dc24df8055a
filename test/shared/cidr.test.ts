// Unit tests for the ingestion CIDR allow-list: parsing strictness and range membership.
import { describe, expect, it } from "vitest";
import { ipAllowed, parseCidr, parseIp } from "../../src/shared/cidr.ts";
import type { Cidr } from "../../src/shared/cidr.ts";

function ranges(...texts: string[]): Cidr[] {
  return texts.map((t) => {
    const c = parseCidr(t);
    if (c === null) throw new Error(`test range ${t} did not parse`);
    return c;
  });
}

describe("parseIp", () => {
  it("parses an IPv4 dotted quad to its 32-bit value", () => {
    expect(parseIp("192.168.1.10")).toEqual({ family: 4, bits: 0xc0a8010an });
    expect(parseIp("0.0.0.0")).toEqual({ family: 4, bits: 0n });
    expect(parseIp("255.255.255.255")).toEqual({ family: 4, bits: 0xffffffffn });
  });

  it("reads every compressed IPv6 form as the same address", () => {
    const full = parseIp("2001:0db8:0000:0000:0000:0000:0000:0001");
    for (const text of ["2001:db8::1", "2001:DB8:0:0:0:0:0:1", "2001:db8:0::0:1", "2001:db8::0:0:1"]) {
      expect(parseIp(text)).toEqual(full);
    }
  });

  it("parses the edge compressions :: and ::1 and a trailing ::", () => {
    expect(parseIp("::")).toEqual({ family: 6, bits: 0n });
    expect(parseIp("::1")).toEqual({ family: 6, bits: 1n });
    expect(parseIp("fe80::")).toEqual({ family: 6, bits: 0xfe80n << 112n });
  });

  it("lets :: stand for a single zero group", () => {
    expect(parseIp("1:2:3:4:5:6::8")).toEqual(parseIp("1:2:3:4:5:6:0:8"));
  });

  it("parses an embedded IPv4 tail in IPv6", () => {
    expect(parseIp("::ffff:1.2.3.4")).toEqual({ family: 6, bits: 0xffff01020304n });
    expect(parseIp("0:0:0:0:0:ffff:1.2.3.4")).toEqual({ family: 6, bits: 0xffff01020304n });
  });

  const badIps = [
    "",
    " 1.2.3.4",
    "1.2.3.4 ",
    "1.2.3",
    "1.2.3.4.5",
    "256.1.1.1",
    "01.2.3.4",
    "1.2.3.-4",
    "1.2.3.4/32",
    "0x7f.0.0.1",
    "fe80::1%eth0",
    "[::1]",
    "1::2::3",
    ":::",
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7",
    "1:2:3:4:5:6:7::8",
    "12345::",
    "g::1",
    ":1:2:3:4:5:6:7",
    "::1.2.3",
    "::ffff:01.2.3.4",
    "1.2.3.4::",
    "::1.2.3.4:5",
  ];
  it.each(badIps)("rejects the malformed address %j", (text) => {
    expect(parseIp(text)).toBeNull();
  });
});

describe("parseCidr", () => {
  it("treats a bare address as a single host", () => {
    expect(parseCidr("10.1.2.3")).toMatchObject({ family: 4, prefix: 32, bits: 0x0a010203n });
    expect(parseCidr("::1")).toMatchObject({ family: 6, prefix: 128, bits: 1n });
  });

  it("accepts host bits and clears them, keeping the written text", () => {
    expect(parseCidr("10.0.0.7/8")).toEqual({
      family: 4,
      bits: 0x0a000000n,
      prefix: 8,
      text: "10.0.0.7/8",
    });
    expect(parseCidr("2001:db8::1/32")).toMatchObject({ bits: 0x20010db8n << 96n, prefix: 32 });
  });

  it("accepts the prefix bounds of each family", () => {
    expect(parseCidr("0.0.0.0/0")?.prefix).toBe(0);
    expect(parseCidr("1.2.3.4/32")?.prefix).toBe(32);
    expect(parseCidr("::/0")?.prefix).toBe(0);
    expect(parseCidr("::1/128")?.prefix).toBe(128);
  });

  const badCidrs = [
    "",
    "/24",
    "10.0.0.0/",
    "10.0.0.0/33",
    "::/129",
    "10.0.0.0/-1",
    "10.0.0.0/08",
    "10.0.0.0/+8",
    "10.0.0.0/8/8",
    "10.0.0.0 /8",
    "10.0.0.0/ 8",
    " 10.0.0.0/8",
    "10.0.0.0/8 ",
    "010.0.0.0/8",
    "10.0.0/8",
    "10.0.0.0/8.0",
    "fe80::%1/64",
    "[2001:db8::]/32",
    "2001:db8::/3x",
    "2001:db8:::/32",
  ];
  it.each(badCidrs)("rejects the malformed range %j", (text) => {
    expect(parseCidr(text)).toBeNull();
  });
});

describe("ipAllowed", () => {
  it("admits the first and last address of an IPv4 range and neither neighbour", () => {
    const r = ranges("192.168.4.0/22");
    expect(ipAllowed("192.168.4.0", r)).toBe(true);
    expect(ipAllowed("192.168.7.255", r)).toBe(true);
    expect(ipAllowed("192.168.3.255", r)).toBe(false);
    expect(ipAllowed("192.168.8.0", r)).toBe(false);
  });

  it("admits the first and last address of an IPv6 range and neither neighbour", () => {
    const r = ranges("2001:db8:0:10::/60");
    expect(ipAllowed("2001:db8:0:10::", r)).toBe(true);
    expect(ipAllowed("2001:db8:0:1f:ffff:ffff:ffff:ffff", r)).toBe(true);
    expect(ipAllowed("2001:db8:0:f:ffff:ffff:ffff:ffff", r)).toBe(false);
    expect(ipAllowed("2001:db8:0:20::", r)).toBe(false);
  });

  it("matches a /32 and a /128 to exactly one host", () => {
    expect(ipAllowed("203.0.113.9", ranges("203.0.113.9/32"))).toBe(true);
    expect(ipAllowed("203.0.113.10", ranges("203.0.113.9/32"))).toBe(false);
    expect(ipAllowed("2001:db8::9", ranges("2001:db8::9/128"))).toBe(true);
    expect(ipAllowed("2001:db8::a", ranges("2001:db8::9/128"))).toBe(false);
  });

  it("matches compressed and expanded spellings of the same IPv6 host", () => {
    const r = ranges("2001:0DB8:0000:0000:0000:0000:0000:0009/128");
    expect(ipAllowed("2001:db8::9", r)).toBe(true);
  });

  it("lets 0.0.0.0/0 admit every IPv4 client but no native IPv6 client", () => {
    const r = ranges("0.0.0.0/0");
    expect(ipAllowed("0.0.0.0", r)).toBe(true);
    expect(ipAllowed("255.255.255.255", r)).toBe(true);
    expect(ipAllowed("2001:db8::1", r)).toBe(false);
    expect(ipAllowed("::1", r)).toBe(false);
  });

  it("lets ::/0 admit every IPv6 client but no IPv4 client", () => {
    const r = ranges("::/0");
    expect(ipAllowed("2001:db8::1", r)).toBe(true);
    expect(ipAllowed("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", r)).toBe(true);
    expect(ipAllowed("1.2.3.4", r)).toBe(false);
  });

  it("matches an IPv4-mapped IPv6 client against its IPv4 range", () => {
    const r = ranges("198.51.100.0/24");
    expect(ipAllowed("::ffff:198.51.100.7", r)).toBe(true);
    expect(ipAllowed("::ffff:c633:6407", r)).toBe(true);
    expect(ipAllowed("::ffff:198.51.101.7", r)).toBe(false);
    // Only the ::ffff:0:0/96 block maps to IPv4; the same low bits elsewhere do not.
    expect(ipAllowed("::198.51.100.7", r)).toBe(false);
    expect(ipAllowed("64:ff9b::198.51.100.7", r)).toBe(false);
  });

  it("lets an IPv4-mapped client through 0.0.0.0/0", () => {
    expect(ipAllowed("::ffff:8.8.8.8", ranges("0.0.0.0/0"))).toBe(true);
  });

  it("matches an IPv4 client against a range written in IPv4-mapped IPv6 form", () => {
    expect(ipAllowed("1.2.3.4", ranges("::ffff:0:0/96"))).toBe(true);
    expect(ipAllowed("1.2.3.4", ranges("::ffff:1.2.3.0/120"))).toBe(true);
    expect(ipAllowed("1.2.4.0", ranges("::ffff:1.2.3.0/120"))).toBe(false);
  });

  it("admits a client matching any one of several ranges", () => {
    const r = ranges("10.0.0.0/8", "2001:db8::/32", "192.0.2.1");
    expect(ipAllowed("10.200.0.1", r)).toBe(true);
    expect(ipAllowed("2001:db8:ffff::1", r)).toBe(true);
    expect(ipAllowed("192.0.2.1", r)).toBe(true);
    expect(ipAllowed("192.0.2.2", r)).toBe(false);
  });

  it("refuses a malformed client address and an empty range list", () => {
    expect(ipAllowed("10.0.0.1, 10.0.0.2", ranges("0.0.0.0/0"))).toBe(false);
    expect(ipAllowed("", ranges("0.0.0.0/0", "::/0"))).toBe(false);
    expect(ipAllowed("10.0.0.1", [])).toBe(false);
  });
});
