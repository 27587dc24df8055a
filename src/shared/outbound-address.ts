// Where edgehook may send requests of its own (issue 24): a URL is refused when its host is a
// private, loopback, link-local, CGNAT, unique-local or metadata address, unless the deployment
// allows private destinations (`npm start` does, so local receivers work). Only IP literals and a
// few reserved names can be checked: Workers cannot resolve a hostname before fetching it, so a
// public name that resolves to a private address is not caught here (docs/webhooks.md).
import { ipAllowed, parseCidr, type Cidr } from "./cidr.ts";

export interface OutboundPolicy {
  /** Private and loopback destinations allowed, and plain http to loopback (local development). */
  readonly allowPrivate: boolean;
}

/** The setting that allows private destinations: `EDGEHOOK_OUTBOUND_PRIVATE = "allow"`. */
export function outboundPolicy(setting: string | undefined): OutboundPolicy {
  return { allowPrivate: setting?.trim().toLowerCase() === "allow" };
}

export type UrlCheck =
  | { ok: true; url: URL }
  | { ok: false; code: "invalid_url" | "insecure_url" | "private_address"; detail: string };

/** Longest URL accepted. */
export const MAX_URL_CHARS = 2048;

const range = (text: string): Cidr => {
  const parsed = parseCidr(text);
  if (parsed === null) throw new Error(`bad built-in range ${text}`);
  return parsed;
};

// IPv4-mapped IPv6 hosts (::ffff:a.b.c.d) match the IPv4 ranges through ipAllowed.
const LOOPBACK = ["127.0.0.0/8", "::1/128"].map(range);
const PRIVATE = [
  "0.0.0.0/8", // "this network"; 0.0.0.0 reaches the local host on many stacks
  "10.0.0.0/8",
  "100.64.0.0/10", // CGNAT (100.100.100.200 is Alibaba Cloud's metadata service)
  "169.254.0.0/16", // link-local (169.254.169.254: AWS, GCP, Azure metadata)
  "172.16.0.0/12",
  "192.0.0.0/24", // IETF protocol assignments
  "192.168.0.0/16",
  "198.18.0.0/15", // benchmarking
  "224.0.0.0/4", // multicast
  "240.0.0.0/4", // reserved, and 255.255.255.255
  "::/96", // unspecified and the deprecated IPv4-compatible form (::a.b.c.d)
  "64:ff9b:1::/48", // local-use NAT64
  "fc00::/7", // unique local (fd00:ec2::254: AWS metadata over IPv6)
  "fe80::/10", // link-local
  "ff00::/8", // multicast
].map(range);

// Names that are loopback by definition (RFC 6761) or cloud metadata endpoints.
const LOOPBACK_NAME = /^(?:localhost|.+\.localhost)\.?$/;
const METADATA_NAME = /^(?:metadata\.google\.internal|metadata\.goog|metadata)\.?$/;

/** The host of a URL as an IP literal (brackets off), or null when it is a name. */
function ipLiteral(hostname: string): string | null {
  if (hostname.startsWith("[") && hostname.endsWith("]")) return hostname.slice(1, -1);
  // WHATWG URL parsing already turned 0x7f.1, 2130706433 and the like into dotted quads.
  return /^\d+\.\d+\.\d+\.\d+$/.test(hostname) ? hostname : null;
}

const refuse = (code: Extract<UrlCheck, { ok: false }>["code"], detail: string): UrlCheck => ({
  ok: false,
  code,
  detail,
});

/**
 * Checks a destination URL: absolute, https (http only to loopback when private destinations are
 * allowed), no credentials in it, and not a private address unless allowed.
 * @example
 * checkOutboundUrl("https://10.0.0.5/hook", { allowPrivate: false });
 * // { ok: false, code: "private_address", detail: "10.0.0.5 is a private address" }
 */
export function checkOutboundUrl(text: string, policy: OutboundPolicy): UrlCheck {
  if (text.length > MAX_URL_CHARS) return refuse("invalid_url", `longer than ${MAX_URL_CHARS} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse("invalid_url", "not an absolute URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return refuse("invalid_url", `${url.protocol} is not http(s)`);
  if (url.username !== "" || url.password !== "")
    return refuse("invalid_url", "credentials in the URL; send them in `headers` instead");
  const host = url.hostname.toLowerCase();
  const ip = ipLiteral(host);
  const loopback = ip === null ? LOOPBACK_NAME.test(host) : ipAllowed(ip, LOOPBACK);
  if (url.protocol === "http:" && !(loopback && policy.allowPrivate))
    return refuse("insecure_url", policy.allowPrivate ? "http only to a loopback address; use https" : "must be https");
  if (policy.allowPrivate) return { ok: true, url };
  if (loopback) return refuse("private_address", `${host} is a loopback address`);
  if (METADATA_NAME.test(host)) return refuse("private_address", `${host} is a cloud metadata service`);
  if (ip !== null && ipAllowed(ip, PRIVATE)) return refuse("private_address", `${host} is a private address`);
  return { ok: true, url };
}
