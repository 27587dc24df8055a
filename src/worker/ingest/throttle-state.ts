// KV-backed throttle (SPEC §5). Each isolate admits from a local token bucket, so the request
// path never waits on KV. KV is touched only once an isolate's own admitted count nears the
// limit: after every quantum of admitted requests (the limit's worth of one second, at least
// MIN_QUANTUM), at most once a second, the isolate lists its peers' entries and publishes its own
// rate under a key of its own (one list + one put). A count that does not reach the quantum
// within QUIET_WINDOW_MS is dropped, so an isolate far below the limit never touches KV.
//
// Cost: 2 KV operations per quantum admitted by one isolate, so the deployment's KV operations
// per second are at most 2 × (admitted per second) / quantum: about 2 a second for an endpoint
// admitting its limit, however many isolates share it; none for isolates far below it; ≤ 1
// write a second to any key.
//
// Accuracy: exact within one isolate (admitted ≤ limit × (t + 1) over any t seconds). Isolates
// that reconcile converge on sharing the limit; after traffic shifts, the sum runs over until
// each has reconciled once (up to a quantum plus a full bucket, about 2 s of the limit, per
// isolate) plus KV's propagation delay (up to ~60 s between locations). Isolates admitting less
// than a quantum per QUIET_WINDOW_MS (below limit/60 a second; 1/3 a second under a limit of 20)
// never reconcile, so nobody counts them: N of them can together admit up to N times that on top
// of the limit (300 isolates at limit 100/s: up to ~500/s more). The throttle stops a sender that
// concentrates its traffic, not a diffuse fleet (docs/decisions.md#throttle-accuracy).

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
  /** Admitted since the period began; a reconcile is due at the quantum. */
  pending: number;
  /** The last reconcile, the bucket's creation or the first request after a quiet period. */
  periodStart: number;
  lastReconcile: number;
  peersRate: number;
  activePeers: number;
  reconciling: boolean;
  stats: ThrottleStats;
}

/** What a peer publishes: its rate (admitted/s) and until when it stands (epoch ms). */
interface PeerEntry {
  r: number;
  u?: number;
  /** Entries of the previous version carry only the time they were written. */
  t?: number;
}

/** Seconds of the limit an isolate admits between two reconciles. */
const QUANTUM_S = 1;
/**
 * Smallest quantum, for small limits: it caps KV at 0.1 operation per admitted request, and an
 * isolate seeing fewer than 20 requests a minute (more than 3 s apart) never reconciles.
 */
const MIN_QUANTUM = 20;
/** A count that has not reached the quantum this long after its period began is dropped. */
const QUIET_WINDOW_MS = 60_000;
/** At most one write a second to an isolate's key (KV's per-key limit). */
const MIN_RECONCILE_MS = 1_000;
/** A published rate stands for twice the time its isolate takes to admit a quantum at it. */
const MIN_VALID_MS = 3_000;
const MAX_VALID_MS = 2 * QUIET_WINDOW_MS;
/** How long an entry of the previous version (no `u`) stands after it was written. */
const LEGACY_VALID_MS = 5_000;

/** Admitted requests between two reconciles of one isolate, for a limit. */
export const quantumOf = (limit: number): number => Math.max(MIN_QUANTUM, Math.ceil(limit * QUANTUM_S));

export class Throttle {
  readonly #buckets = new Map<string, Bucket>();
  // Generated on first use: workerd forbids random values at module load (global scope).
  #isolateId: string | undefined;

  constructor(private readonly prefix = "thr") {}

  /**
   * Admits or refuses one authenticated request at `now` (epoch ms, a parameter so tests can drive
   * the clock). A reconcile that falls due is handed to `defer` (the request's `waitUntil`).
   */
  check(
    kv: KVNamespace,
    key: string,
    limit: number,
    now: number,
    defer: (work: Promise<unknown>) => void,
  ): ThrottleDecision {
    const bucket = this.bucket(key, limit, now);
    const share = shareOf(limit, bucket.peersRate, bucket.activePeers);
    // One second of the share as burst: a crowd that learns of its peers must not keep a full
    // limit banked in each isolate. At least one request, or a limit below 1/s never admits.
    const capacity = Math.max(1, share);
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.refilledAt) / 1000) * share);
    bucket.refilledAt = now;
    if (bucket.tokens < 1) {
      bucket.stats.rejected += 1;
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - bucket.tokens) / share)) };
    }
    bucket.tokens -= 1;
    bucket.stats.admitted += 1;
    const quantum = quantumOf(limit);
    // A quiet period's count is dropped: that isolate ran far below the limit.
    if (bucket.pending < quantum && now - bucket.periodStart >= QUIET_WINDOW_MS) {
      bucket.pending = 0;
      bucket.periodStart = now;
    }
    bucket.pending += 1;
    if (!bucket.reconciling && bucket.pending >= quantum && now - bucket.lastReconcile >= MIN_RECONCILE_MS)
      defer(this.reconcile(kv, key, bucket, limit, now));
    return { ok: true };
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
        pending: 0,
        periodStart: now,
        lastReconcile: -Infinity,
        peersRate: 0,
        activePeers: 0,
        reconciling: false,
        stats: { admitted: 0, rejected: 0, kv_writes: 0, kv_lists: 0, since: now, peers_rate: 0 },
      };
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }

  /**
   * Reads the peers' entries first, so what this isolate publishes is what it will admit next: its
   * measured rate, capped at its new share (a rate measured before it knew its peers would
   * overstate it). The entry stands until twice the time the isolate needs to admit the next
   * quantum at that rate, when it will have published again if it is still busy.
   */
  private async reconcile(kv: KVNamespace, key: string, bucket: Bucket, limit: number, now: number): Promise<void> {
    bucket.reconciling = true;
    const measured = (bucket.pending * 1000) / Math.max(MIN_RECONCILE_MS, now - bucket.periodStart);
    bucket.pending = 0;
    bucket.periodStart = now;
    bucket.lastReconcile = now;
    try {
      const prefix = `${this.prefix}:${key}:`;
      const own = prefix + this.isolate;
      bucket.stats.kv_lists += 1;
      const listed = await kv.list<PeerEntry>({ prefix });
      let peersRate = 0;
      let activePeers = 0;
      for (const { name, metadata } of listed.keys) {
        if (name === own || !metadata) continue;
        if ((metadata.u ?? (metadata.t ?? 0) + LEGACY_VALID_MS) < now) continue;
        peersRate += metadata.r;
        activePeers += 1;
      }
      bucket.peersRate = peersRate;
      bucket.activePeers = activePeers;
      bucket.stats.peers_rate = peersRate;
      const rate = Math.min(measured, shareOf(limit, peersRate, activePeers));
      const validMs = Math.min(MAX_VALID_MS, Math.max(MIN_VALID_MS, (2000 * quantumOf(limit)) / rate));
      bucket.stats.kv_writes += 1;
      await kv.put(own, "", {
        metadata: { r: rate, u: now + validMs } satisfies PeerEntry,
        expirationTtl: Math.max(60, Math.ceil(validMs / 1000)),
      });
    } catch (error) {
      // KV trouble must not stop ingestion: keep admitting from the local bucket.
      console.warn("throttle reconcile failed", key, error);
    } finally {
      bucket.reconciling = false;
    }
  }
}

/** What an isolate may admit per second: what its peers leave, never below a fair part. */
function shareOf(limit: number, peersRate: number, activePeers: number): number {
  return Math.max(limit - peersRate, limit / (1 + activePeers));
}

/** The isolate's throttle of authenticated ingestion requests. */
export const ingestionThrottle = new Throttle();
