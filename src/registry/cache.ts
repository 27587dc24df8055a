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

export { registry } from "./rpc.ts";

async function cached<T>(key: string, load: () => Promise<T>, ttl: (value: T) => number): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expires > now) return hit.value as T;
  const value = await load();
  const ms = ttl(value);
  if (ms > 0) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value ?? "");
    entries.set(key, { value, expires: now + ms });
  }
  return value;
}

export function invalidate(...keys: string[]): void {
  for (const key of keys) entries.delete(key);
}

export function invalidateAll(): void {
  entries.clear();
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
