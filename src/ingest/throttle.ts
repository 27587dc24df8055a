// KV-backed throttle (SPEC §5). Each isolate admits from a local token bucket, so the request
// path never waits on KV; about once a second per active key it publishes its own admitted
// rate under a key of its own (≤ 1 KV write/s per KV key) and reads its peers' rates with one
// list, then refills at the part of the limit its peers leave (never below a fair share).
// Accuracy: exact within one isolate; across isolates the sum can exceed the limit for the
// ~1 s reconcile period plus KV's propagation delay after traffic shifts between isolates, and
// isolates running below a quarter of their share publish only every 10 s (so a crowd of such
// quiet isolates can together pass the limit for up to 10 s before they learn of each other).

export type ThrottleDecision = { ok: true } | { ok: false; retryAfterS: number };

export interface ThrottleStats {
  admitted: number;
  rejected: number;
  kv_writes: number;
  kv_lists: number;
  since: number;
  peers_rate: number;
}

interface Bucket {
  tokens: number;
  refilledAt: number;
  /** Admitted in the current reconcile period, published as this isolate's rate. */
  admittedSince: number;
  periodStart: number;
  peersRate: number;
  activePeers: number;
  reconciling: boolean;
  stats: ThrottleStats;
}

const RECONCILE_MS = 1_000;
/** Reconcile every second once the local rate reaches this part of the isolate's share. */
const NEAR_SHARE = 0.25;
/** Far below the limit, publish and look at peers this often. */
const QUIET_RECONCILE_MS = 10_000;
/** A peer's published rate older than this is ignored (it went idle or away). */
const PEER_STALE_MS = 5_000;

export class Throttle {
  readonly #buckets = new Map<string, Bucket>();
  // Generated on first use: workerd forbids random values at module load (global scope).
  #isolateId: string | undefined;

  constructor(private readonly prefix = "thr") {}

  check(
    kv: KVNamespace,
    key: string,
    limit: number,
    now: number,
    defer: (work: Promise<unknown>) => void,
  ): ThrottleDecision {
    const bucket = this.bucket(key, limit, now);
    const share = Math.max(limit - bucket.peersRate, limit / (1 + bucket.activePeers));
    // At least one request of burst, or a limit below 1/s would never admit anything.
    const capacity = Math.max(1, limit);
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.refilledAt) / 1000) * share);
    bucket.refilledAt = now;
    if (!bucket.reconciling && this.reconcileDue(bucket, limit, now)) defer(this.reconcile(kv, key, bucket, now));
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.admittedSince += 1;
      bucket.stats.admitted += 1;
      return { ok: true };
    }
    bucket.stats.rejected += 1;
    return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - bucket.tokens) / share)) };
  }

  /**
   * Once a second while this isolate admits a fair part of the limit (its share among the peers
   * it knows, times NEAR_SHARE); otherwise every QUIET_RECONCILE_MS: a busy endpoint far below
   * its limit costs about 0.2 KV operations a second per isolate, not 2.
   */
  private reconcileDue(bucket: Bucket, limit: number, now: number): boolean {
    const elapsed = now - bucket.periodStart;
    if (elapsed < RECONCILE_MS) return false;
    const share = limit / (1 + bucket.activePeers);
    return bucket.admittedSince * 1000 >= NEAR_SHARE * share * elapsed || elapsed >= QUIET_RECONCILE_MS;
  }

  private get isolate(): string {
    this.#isolateId ??= crypto.randomUUID();
    return this.#isolateId;
  }

  /** Forgets every bucket, as a fresh isolate starts (the cost tool's sparse regime). */
  reset(): void {
    this.#buckets.clear();
  }

  stats(key: string): ThrottleStats | null {
    return this.#buckets.get(key)?.stats ?? null;
  }

  private bucket(key: string, limit: number, now: number): Bucket {
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      if (this.#buckets.size >= 10_000) this.#buckets.clear();
      bucket = {
        tokens: Math.max(1, limit),
        refilledAt: now,
        admittedSince: 0,
        periodStart: now,
        peersRate: 0,
        activePeers: 0,
        reconciling: false,
        stats: { admitted: 0, rejected: 0, kv_writes: 0, kv_lists: 0, since: now, peers_rate: 0 },
      };
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }

  private async reconcile(kv: KVNamespace, key: string, bucket: Bucket, now: number): Promise<void> {
    bucket.reconciling = true;
    const rate = (bucket.admittedSince * 1000) / Math.max(1, now - bucket.periodStart);
    bucket.admittedSince = 0;
    bucket.periodStart = now;
    try {
      const prefix = `${this.prefix}:${key}:`;
      bucket.stats.kv_writes += 1;
      await kv.put(prefix + this.isolate, "", { metadata: { r: rate, t: now }, expirationTtl: 60 });
      bucket.stats.kv_lists += 1;
      const listed = await kv.list<{ r: number; t: number }>({ prefix });
      let peersRate = 0;
      let activePeers = 0;
      for (const entry of listed.keys) {
        if (entry.name === prefix + this.isolate || !entry.metadata || entry.metadata.t < now - PEER_STALE_MS) continue;
        peersRate += entry.metadata.r;
        activePeers += 1;
      }
      bucket.peersRate = peersRate;
      bucket.activePeers = activePeers;
      bucket.stats.peers_rate = peersRate;
    } catch (error) {
      // KV trouble must not stop ingestion: keep admitting from the local bucket.
      console.warn("throttle reconcile failed", key, error);
    } finally {
      bucket.reconciling = false;
    }
  }
}

/** The isolate's throttle of authenticated ingestion requests. */
export const ingestionThrottle = new Throttle();
