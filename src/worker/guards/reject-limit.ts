// Limit on ingestion requests that fail authentication (unknown endpoint or mini-token, address
// outside the allow-list, bad token or signature), kept in isolate memory. Failures are counted
// per (ingestion, address), and the limit answers only a request that failed itself: vendor
// clouds and NATs share addresses, so a request whose credential checks out is never refused
// for failures it did not make (SPEC §5). Failures after authentication (`forbidden`, a payload
// the app cannot decode) are the handler's business and are not counted.
import type { MiddlewareHandler } from "hono";
import { ProblemError } from "../../shared/problem.ts";
import { parseIp } from "../../shared/cidr.ts";
import type { IngestEnv } from "../http/ingest-env.ts";
import type { PreparedIngestion } from "../ingest/settings.ts";

/** Authentication failures allowed per key per second; beyond them a failing request is a 429. */
export const REJECTS_PER_SECOND = 20;

/** The codes of a request that could not show it may use the endpoint. */
const AUTH_FAILURES: ReadonlySet<string> = new Set([
  "unknown_ingestion",
  "token_invalid",
  "ip_denied",
  "signature_missing",
  "signature_invalid",
  "timestamp_out_of_window",
]);

const windows = new Map<string, { start: number; count: number }>();

function over(key: string, now: number): boolean {
  const w = windows.get(key);
  return w !== undefined && now - w.start < 1000 && w.count >= REJECTS_PER_SECOND;
}

function record(key: string, now: number): void {
  const w = windows.get(key);
  if (!w || now - w.start >= 1000) {
    if (windows.size >= 50_000) windows.clear();
    windows.set(key, { start: now, count: 1 });
  } else w.count += 1;
}

/**
 * The local runtime: `npm start` (a start id) or `npm run dev` and the tests (the queue spool on).
 * Deployed, both are empty (`npm run check -- --production` refuses them set).
 */
export const localRuntime = (env: Env): boolean =>
  (env.EDGEHOOK_START_ID as string) !== "" || (env.EDGEHOOK_QUEUE_SPOOL as string) === "on";

/**
 * What a request without an address is judged as locally. `npm start` serves on Miniflare's
 * direct socket, which hands the worker no peer address (no `request.cf`); it listens on
 * 127.0.0.1 only, so every peer is this machine: a curl, or a tunnel's client (ngrok, `ssh -R`)
 * forwarding from outside. cloudflared sets `CF-Connecting-IP` itself (the sender's address).
 */
export const LOCAL_PEER = "127.0.0.1";

/**
 * The client address: `CF-Connecting-IP` as Cloudflare sets it (X-Forwarded-For is never
 * trusted). Without one (missing or empty), deployed: "" — allowed by no range, refused; in the
 * local runtime (`local`): the loopback peer, LOCAL_PEER.
 */
export function clientAddress(header: string | undefined, local = false): string {
  const address = header?.trim() ?? "";
  return address === "" && local ? LOCAL_PEER : address;
}

/** The client address of a request (clientAddress), the local runtime told from its env. */
export const requestAddress = (c: { req: { header(name: string): string | undefined }; env: Env }): string =>
  clientAddress(c.req.header("cf-connecting-ip"), localRuntime(c.env));

/** Who a rejection is counted against: the address, or its /64 for IPv6 (one host's usual share). */
export function rejectKey(ip: string): string {
  // An IPv4 address is its own key: only IPv6 needs parsing (for its /64).
  if (!ip.includes(":")) return ip;
  const parsed = parseIp(ip);
  if (!parsed || parsed.family === 4 || parsed.bits >> 32n === 0xffffn) return ip;
  return `${(parsed.bits >> 64n).toString(16)}::/64`;
}

/**
 * The counter a failure goes to: the ingestion it was for and the address. A request that named
 * no ingestion (unknown endpoint id or mini-token) has no tenant to charge, so those are counted
 * per address alone, apart from every endpoint's counts.
 */
export function rejectCounter(ingestionId: string | undefined, ip: string): string {
  const address = `ip:${rejectKey(ip)}`;
  return ingestionId === undefined ? address : `ingestion:${ingestionId}|${address}`;
}

export function rejectLimit(): MiddlewareHandler<IngestEnv> {
  return async function rejectLimit(c, next) {
    await next();
    // The later guards' ProblemErrors have become c.res by now; c.error still names the failure.
    const error = c.error;
    if (!(error instanceof ProblemError) || !AUTH_FAILURES.has(error.code)) return;
    const ip = requestAddress(c);
    // Unset when the lookup itself failed.
    const ingestion: PreparedIngestion | undefined = c.get("ingestion");
    const key = rejectCounter(ingestion?.record.id, ip);
    const now = Date.now();
    if (over(key, now))
      throw new ProblemError(429, "throttled", "too many rejected requests from this address", {
        headers: { "retry-after": "1" },
        extra: { limit_key: key },
      });
    record(key, now);
  };
}
