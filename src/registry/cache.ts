// Edge cache of registry reads: isolate memory with a short TTL, explicit invalidation on write.
// The request path reads here; only a miss (or an expired entry) reaches the registry object.
import type { IngestionRecord, MiniTokenRecord } from "./install-types.ts";
import { registry } from "./rpc.ts";
import type { ResolvedAgent, TokenRecord } from "./types.ts";

/** Writes elsewhere reach this isolate within this bound (revocations included). */
export const CACHE_TTL_MS = 5_000;
/** Absent agents are remembered briefly so a burst for an unknown id costs one registry call. */
const NEGATIVE_TTL_MS = 1_000;
const MAX_ENTRIES = 20_000;

type Entry = { value: unknown; expires: number };
const entries = new Map<string, Entry>();
/** Loads under way: concurrent misses for one key share a single registry call. */
const inflight = new Map<string, Promise<unknown>>();
/** Bumped by invalidate, so a load that started before a write cannot store what it read. */
const generations = new Map<string, number>();

export { registry } from "./rpc.ts";

function store(key: string, value: unknown, ms: number, now: number): void {
  if (ms <= 0) return;
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value ?? "");
  entries.set(key, { value, expires: now + ms });
}

async function cached<T>(key: string, load: () => Promise<T>, ttl: (value: T) => number): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expires > now) return hit.value as T;
  const running = inflight.get(key);
  if (running) return running as Promise<T>;
  const generation = generations.get(key) ?? 0;
  const pending = load().then((value) => {
    if ((generations.get(key) ?? 0) === generation) store(key, value, ttl(value), now);
    return value;
  });
  inflight.set(key, pending);
  try {
    return await pending;
  } finally {
    if (inflight.get(key) === pending) inflight.delete(key);
  }
}

export function invalidate(...keys: string[]): void {
  for (const key of keys) {
    entries.delete(key);
    inflight.delete(key);
    generations.set(key, (generations.get(key) ?? 0) + 1);
  }
}

export function invalidateAll(): void {
  for (const key of new Set([...entries.keys(), ...inflight.keys()])) invalidate(key);
}

export const agentKey = (id: string): string => `agent:${id}`;
export const tokenKey = (hash: string): string => `token:${hash}`;

export function cachedAgent(env: Env, id: string): Promise<ResolvedAgent | null> {
  return cached(
    agentKey(id),
    () => registry(env).getAgent(id),
    (a) => (a ? CACHE_TTL_MS : NEGATIVE_TTL_MS),
  );
}

/** Tokens are never cached as absent: a token created a moment ago elsewhere must not get a 401. */
export function cachedToken(env: Env, hash: string): Promise<TokenRecord | null> {
  return cached(
    tokenKey(hash),
    () => registry(env).resolveToken(hash),
    (t) => (t ? CACHE_TTL_MS : 0),
  );
}

export const ingestionKey = (id: string): string => `ingestion:${id}`;
export const miniKey = (hash: string): string => `mini:${hash}`;
export const serialKey = (serial: string): string => `serial:${serial}`;

export function cachedIngestion(env: Env, id: string): Promise<IngestionRecord | null> {
  return cached(
    ingestionKey(id),
    () => registry(env).getIngestion(id),
    (r) => (r ? CACHE_TTL_MS : NEGATIVE_TTL_MS),
  );
}

/** Mini-tokens are random: one unknown now was never issued before, so a short negative entry is safe. */
export function cachedMiniToken(env: Env, hash: string): Promise<MiniTokenRecord | null> {
  return cached(
    miniKey(hash),
    () => registry(env).resolveMiniToken(hash),
    (r) => (r ? CACHE_TTL_MS : NEGATIVE_TTL_MS),
  );
}

/** O(1) serial → agent id through the registry's unique serial index. */
export function cachedAgentBySerial(env: Env, serial: string): Promise<string | null> {
  return cached(
    serialKey(serial),
    async () => (await registry(env).listAgents({ serial_number: serial }))[0]?.id ?? null,
    (id) => (id ? CACHE_TTL_MS : NEGATIVE_TTL_MS),
  );
}

export function cachedAgentsWithApps(env: Env, apps: readonly string[]): Promise<string[]> {
  return cached(
    `apps:${[...apps].sort().join(",")}`,
    () => registry(env).agentsWithApps([...apps]),
    () => CACHE_TTL_MS,
  );
}

const refreshedAt = new Map<string, number>();

/**
 * Re-reads an ingestion from the registry (its token may have been replaced a moment ago),
 * at most once a second per endpoint, so a flood of wrong tokens cannot become a flood of
 * registry calls. The cached entry stays in place until the new one arrives.
 */
export async function refreshIngestion(env: Env, id: string): Promise<IngestionRecord | null> {
  const key = ingestionKey(id);
  const now = Date.now();
  if (now - (refreshedAt.get(key) ?? 0) < 1_000) return cachedIngestion(env, id);
  if (refreshedAt.size >= MAX_ENTRIES) refreshedAt.clear();
  refreshedAt.set(key, now);
  const fresh = await registry(env).getIngestion(id);
  generations.set(key, (generations.get(key) ?? 0) + 1);
  store(key, fresh, fresh ? CACHE_TTL_MS : NEGATIVE_TTL_MS, now);
  return fresh;
}

/** The agents a set of extended permissions covers (the seed's routing loop runs per event). */
export function cachedPermissionAgents(
  env: Env,
  perms: { devices: string[]; groups: string[]; apps_installed: string[]; all_devices: boolean },
): Promise<string[]> {
  return cached(
    `perm-agents:${JSON.stringify(perms)}`,
    () => registry(env).extendedPermissionAgents(perms),
    () => CACHE_TTL_MS,
  );
}
