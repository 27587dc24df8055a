// Load generation for the benches: autocannon with its load in a worker thread (`workers: 1`), so
// its CPU use does not share an event loop with Miniflare's Node-side services (KV, queues).
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const STAGGER_CLIENT = path.join(path.dirname(fileURLToPath(import.meta.url)), "stagger-client.cjs");

/**
 * `requests` (optional): entries `{ method?, path?, headers?, body? }` that override the defaults;
 * each connection sends them in turn, starting at its own entry (see stagger-client.cjs).
 * `amount` (optional): send exactly that many requests, spread evenly over the connections,
 * instead of loading for `duration`.
 *
 * @param {{ url: string, method?: string, headers?: Record<string,string>, body?: string,
 *           requests?: Array<object>, connections?: number, duration?: number,
 *           amount?: number }} opts  duration in s
 * @returns {Promise<{ rps: number, p50: number, p99: number, total: number, non2xx: number,
 *                     errors: number, timeouts: number }>} latencies in ms
 */
export async function runLoad({
  url,
  method = "GET",
  headers = {},
  body,
  requests,
  connections = 32,
  duration = 5,
  amount,
}) {
  if (new URL(url).hostname !== "127.0.0.1") throw new Error(`benches load 127.0.0.1 only, not ${url}`);
  const rotation = requests ? { requests, setupClient: STAGGER_CLIENT } : {};
  const length = amount ? { amount } : { duration };
  const result = await autocannon({ url, method, headers, body, connections, workers: 1, ...length, ...rotation });
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/**
 * A paced run (autocannon `overallRate`) in this thread, recording every response's status and
 * completion time so a caller can count per status and per second. Meant for low rates (a few
 * hundred req/s), where sharing the event loop costs nothing measurable.
 *
 * autocannon paces per connection: each connection sends its share of the rate back-to-back at
 * the start of each of its 1 s ticks, then waits; the offered load arrives in per-second bursts.
 *
 * @param {{ url: string, method?: string, headers?: Record<string,string>, body?: string,
 *           rate: number, connections?: number, duration?: number }} opts  duration in seconds
 * @returns {Promise<{ responses: Array<[number, number]>, elapsedMs: number, total: number,
 *                     errors: number, timeouts: number, statusCodeStats: Record<string,{count:number}> }>}
 *   `responses`: [ms since the run started, HTTP status] per response, in completion order
 */
export async function runPaced({ url, method = "POST", headers = {}, body, rate, connections = 10, duration = 10 }) {
  if (new URL(url).hostname !== "127.0.0.1") throw new Error(`benches load 127.0.0.1 only, not ${url}`);
  if (!(rate >= 1)) throw new Error(`runPaced needs a rate >= 1, not ${rate}`);
  const responses = [];
  const started = performance.now();
  const instance = autocannon({
    url,
    method,
    headers,
    body,
    connections: Math.min(connections, rate),
    overallRate: rate,
    duration,
  });
  instance.on("response", (_client, statusCode) => responses.push([performance.now() - started, statusCode]));
  const result = await instance;
  return {
    responses,
    elapsedMs: performance.now() - started,
    total: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodeStats: result.statusCodeStats,
  };
}
