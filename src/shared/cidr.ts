// IP address and CIDR parsing for the ingestion allow-list (`cidr_ranges`, SPEC §5).
// Pure and strict: anything ambiguous is rejected rather than guessed at.

export interface Cidr {
  readonly family: 4 | 6;
  /** Network address with host bits cleared. */
  readonly bits: bigint;
  readonly prefix: number;
  /** The range as it was written in the config, for messages and round-tripping. */
  readonly text: string;
}

const WIDTH = { 4: 32, 6: 128 } as const;
// ::ffff:0:0/96 — IPv4-mapped IPv6 addresses (RFC 4291 §2.5.5.2).
const MAPPED_PREFIX = 0xffffn << 32n;
const MAPPED_MASK = ((1n << 96n) - 1n) << 32n;

// No leading zeros: "01.2.3.4" is octal to some parsers and decimal to others.
const OCTET = /^(?:0|[1-9]\d{0,2})$/;
const HEXTET = /^[0-9a-fA-F]{1,4}$/;

function parseIpv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let bits = 0n;
  for (const part of parts) {
    if (!OCTET.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    bits = (bits << 8n) | BigInt(n);
  }
  return bits;
}

/** Parses the hextets of one side of "::"; an embedded IPv4 tail counts as two hextets. */
function parseHextets(text: string, allowIpv4Tail: boolean): bigint[] | null {
  if (text === "") return [];
  const parts = text.split(":");
  const out: bigint[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    if (allowIpv4Tail && i === parts.length - 1 && part.includes(".")) {
      const v4 = parseIpv4(part);
      if (v4 === null) return null;
      out.push(v4 >> 16n, v4 & 0xffffn);
    } else if (HEXTET.test(part)) {
      out.push(BigInt(parseInt(part, 16)));
    } else {
      return null;
    }
  }
  return out;
}

function parseIpv6(text: string): bigint | null {
  // Zone ids ("fe80::1%eth0") name a local interface; they mean nothing in an allow-list.
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return null;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  let groups: bigint[];
  if (halves.length === 2) {
    const head = parseHextets(halves[0] ?? "", false);
    const tail = parseHextets(halves[1] ?? "", true);
    if (head === null || tail === null) return null;
    // "::" stands for at least one zero group.
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return null;
    groups = [...head, ...Array.from({ length: missing }, () => 0n), ...tail];
  } else {
    const all = parseHextets(text, true);
    if (all === null || all.length !== 8) return null;
    groups = all;
  }
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

/** Parses a bare IPv4 dotted quad or IPv6 address (no brackets, no zone id); null if malformed. */
export function parseIp(text: string): { family: 4 | 6; bits: bigint } | null {
  if (text.includes(":")) {
    const bits = parseIpv6(text);
    return bits === null ? null : { family: 6, bits };
  }
  const bits = parseIpv4(text);
  return bits === null ? null : { family: 4, bits };
}

function mask(family: 4 | 6, prefix: number): bigint {
  const width = WIDTH[family];
  return ((1n << BigInt(prefix)) - 1n) << BigInt(width - prefix);
}

/**
 * Parses "addr/prefix" or a bare address (a single host: /32 or /128).
 * Host bits ("10.0.0.7/8") are accepted and cleared, as most routers and firewalls do,
 * so the range means 10.0.0.0/8; `text` keeps what was written.
 */
export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf("/");
  const addrText = slash === -1 ? text : text.slice(0, slash);
  const ip = parseIp(addrText);
  if (ip === null) return null;
  const width = WIDTH[ip.family];
  let prefix: number = width;
  if (slash !== -1) {
    const prefixText = text.slice(slash + 1);
    if (!/^(?:0|[1-9]\d{0,2})$/.test(prefixText)) return null;
    prefix = Number(prefixText);
    if (prefix > width) return null;
  }
  return { family: ip.family, bits: ip.bits & mask(ip.family, prefix), prefix, text };
}

function inRange(family: 4 | 6, bits: bigint, range: Cidr): boolean {
  return range.family === family && (bits & mask(family, range.prefix)) === range.bits;
}

/** True when a v6 range lies entirely inside ::ffff:0:0/96, i.e. it names IPv4 hosts. */
function isMappedRange(range: Cidr): boolean {
  return range.family === 6 && range.prefix >= 96 && (range.bits & MAPPED_MASK) === MAPPED_PREFIX;
}

/**
 * True when `ip` falls in any of `ranges`; false for a malformed ip.
 * An IPv4 host and its IPv4-mapped IPv6 form (::ffff:a.b.c.d) are the same host, so each
 * matches ranges written in the other form. An IPv4 client only reaches v6 ranges inside
 * ::ffff:0:0/96, so "::/0" does not silently admit all of IPv4 (allow-all is written out
 * per family, SPEC §5); likewise "0.0.0.0/0" admits no IPv6 client except mapped ones.
 */
export function ipAllowed(ip: string, ranges: readonly Cidr[]): boolean {
  const parsed = parseIp(ip);
  if (parsed === null) return false;
  const { family, bits } = parsed;
  const mapped = family === 6 && (bits & MAPPED_MASK) === MAPPED_PREFIX;
  for (const range of ranges) {
    if (inRange(family, bits, range)) return true;
    if (mapped && inRange(4, bits & 0xffffffffn, range)) return true;
    if (family === 4 && isMappedRange(range) && inRange(6, MAPPED_PREFIX | bits, range)) return true;
  }
  return false;
}
