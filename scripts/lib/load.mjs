// Load generation for the benches: autocannon with its load in a worker thread (`workers: 1`), so
// its CPU use does not share an event loop with Miniflare's Node-side services (KV, queues).
import autocannon from "autocannon";

/**
 * @param {{ url: string, method?: string, headers?: Record<string,string>, body?: string,
 *           connections?: number, duration?: number }} opts  duration in seconds
 * @returns {Promise<{ rps: number, p50: number, p99: number, total: number, non2xx: number,
 *                     errors: number, timeouts: number }>} latencies in ms
 */
export async function runLoad({ url, method = "GET", headers = {}, body, connections = 32, duration = 5 }) {
  if (new URL(url).hostname !== "127.0.0.1") throw new Error(`benches load 127.0.0.1 only, not ${url}`);
  const result = await autocannon({ url, method, headers, body, connections, duration, workers: 1 });
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
