// Per-source limit on *rejected* ingestion requests (bad token, signature, address…), kept in
// isolate memory. A flood of bad requests is cut off per address before it reaches the
// registry, and never touches an integration's own quota (which counts authenticated requests).
import type { MiddlewareHandler } from "hono";
import { ProblemError } from "../http/problem.ts";
import { parseIp } from "./cidr.ts";

/** Rejections allowed per address per second before its requests are refused outright. */
export const REJECTS_PER_SECOND = 20;

const windows = new Map<string, { start: number; count: number }>();

function over(ip: string, now: number): boolean {
  const w = windows.get(ip);
  return w !== undefined && now - w.start < 1000 && w.count >= REJECTS_PER_SECOND;
}

function record(ip: string, now: number): void {
  const w = windows.get(ip);
  if (!w || now - w.start >= 1000) {
    if (windows.size >= 50_000) windows.clear();
    windows.set(ip, { start: now, count: 1 });
  } else w.count += 1;
}

export function clientAddress(header: string | undefined): string {
  return header?.trim() ?? "";
}

/** Who a rejection is counted against: the address, or its /64 for IPv6 (one host's usual share). */
export function rejectKey(ip: string): string {
  // An IPv4 address is its own key: only IPv6 needs parsing (for its /64).
  if (!ip.includes(":")) return ip;
  const parsed = parseIp(ip);
  if (!parsed || parsed.family === 4 || parsed.bits >> 32n === 0xffffn) return ip;
  return `${(parsed.bits >> 64n).toString(16)}::/64`;
}

export function rejectLimit(): MiddlewareHandler {
  return async function rejectLimit(c, next) {
    const ip = rejectKey(clientAddress(c.req.header("cf-connecting-ip")));
    if (over(ip, Date.now()))
      throw new ProblemError(429, "throttled", "too many rejected requests from this address", {
        headers: { "retry-after": "1" },
        extra: { limit_key: `ip:${ip}` },
      });
    await next();
    if (c.res.status === 401 || c.res.status === 403 || c.res.status === 404) record(ip, Date.now());
  };
}
