// Registry reads at the edge, in two levels: isolate memory (5 s) over the registry's KV mirror,
// which the isolates of a location share (src/kv-mirror/layout.ts). The registry object itself is
// asked only when the mirror misses a record young enough not to have reached this location yet,
// when this isolate itself just changed the record, or before the mirror's first backfill is done.
import type { IngestionRecord, MiniTokenRecord } from "../contracts/install-records.ts";
import {
  agentMirrorKey,
  ingestionMirrorKey,
  isFresh,
  MIRROR_FORMAT,
  MIRROR_PREFIX,
  parseEntry,
  PROPAGATION_BOUND_MS,
  READY_KEY,
  serialMirrorKey,
  type AgentView,
  type IngestionView,
  type MirrorEntry,
} from "./layout.ts";
import { registry } from "../contracts/stubs.ts";
import type { ResolvedAgent, TokenRecord } from "../contracts/registry-records.ts";
import { isSnowflakeText, snowflakeTime } from "../shared/snowflake.ts";

/** Memory entries live this long; the mirror's own lag (≤ ~60 s) comes on top for other locations. */
export const CACHE_TTL_MS = 5_000;
/** Absent records are remembered briefly so a burst for an unknown id costs one lookup. */
const NEGATIVE_TTL_MS = 1_000;
const MAX_ENTRIES = 20_000;
/**
 * Fresh-id misses of ingestion ids sent to the registry per second per isolate. Ingestion ids
 * are looked up before any credential is checked and are not secret, so a sender could make up
 * fresh-looking ones; past this budget a miss is answered from the mirror alone (absent).
 */
const FRESH_MISSES_PER_SECOND = 10;

type Entry = { value: unknown; version: number; loaded: number; expires: number };
const entries = new Map<string, Entry>();
/**
 * Keys being refreshed. A load's promise is never shared between requests: in workerd, a request
 * that awaits another request's I/O resumes in that request's context and then cannot touch its
 * own body ("Cannot perform I/O on behalf of a different request"). So while one request refreshes
 * an expired entry, the others keep using the expired value; with no value at all, each loads.
 */
const inflight = new Set<string>();
/** Bumped by invalidate, so a load that started before a write cannot store what it read. */
const generations = new Map<string, number>();
/**
 * Keys this isolate changed through the control API: their next load asks the registry, since
 * the local KV copy may predate the change by up to KV's propagation delay. Afterwards the
 * versions keep an older KV copy from replacing what the registry said.
 */
const written = new Set<string>();
/** Bumped by every invalidation: side entries from a load that overlapped one are not kept. */
let epoch = 0;

export { registry } from "../contracts/stubs.ts";

interface Loaded<T> {
  value: T;
  version: number;
  /** Other memory entries the same read answered (e.g. the agent behind a serial number). */
  also?: [string, unknown][];
}

const presentOrAbsent = (value: unknown): number => (value === null ? NEGATIVE_TTL_MS : CACHE_TTL_MS);

/** Keeps the newer of what is held and what was read; returns the value kept. */
function store(key: string, value: unknown, version: number, ms: number, now: number): unknown {
  const held = entries.get(key);
  // A value the registry gave outranks an older KV copy for as long as KV may lag behind it.
  if (held && held.version > version && now - held.loaded < PROPAGATION_BOUND_MS) {
    held.expires = now + presentOrAbsent(held.value);
    return held.value;
  }
  if (ms <= 0) return value;
  if (!held && entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value ?? "");
  entries.set(key, { value, version, loaded: now, expires: now + ms });
  return value;
}

async function cached<T>(key: string, load: () => Promise<Loaded<T>>, ttl: (value: T) => number): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.expires > Date.now()) return hit.value as T;
  // Expired and another request is refreshing it: the value it replaces, for that moment.
  if (hit && inflight.has(key)) return hit.value as T;
  const generation = generations.get(key) ?? 0;
  const startEpoch = epoch;
  const refreshing = hit !== undefined;
  if (refreshing) inflight.add(key);
  try {
    const loaded = await load();
    const now = Date.now();
    let value = loaded.value;
    if ((generations.get(key) ?? 0) === generation)
      value = store(key, loaded.value, loaded.version, ttl(loaded.value), now) as T;
    if (epoch === startEpoch)
      for (const [k, v] of loaded.also ?? []) if (!written.has(k)) store(k, v, loaded.version, presentOrAbsent(v), now);
    return value;
  } finally {
    if (refreshing) inflight.delete(key);
  }
}

/** Drops keys from this isolate's memory; their next read here asks the registry (see `written`). */
export function invalidate(...keys: string[]): void {
  epoch += 1;
  if (written.size + keys.length > MAX_ENTRIES) written.clear();
  for (const key of keys) {
    entries.delete(key);
    inflight.delete(key);
    generations.set(key, (generations.get(key) ?? 0) + 1);
    written.add(key);
  }
}

/**
 * Forgets keys as an isolate that has not seen them for a while would (their entries expired):
 * unlike `invalidate`, the next read goes to the mirror as usual. The cost tool uses it to price
 * a fleet whose devices each report every few minutes.
 */
export function forget(...keys: string[]): void {
  for (const key of keys) entries.delete(key);
}

/** Empties this isolate's memory layer, as a cold isolate has it (the KV mirror is untouched). */
export function invalidateAll(): void {
  epoch += 1;
  for (const key of new Set([...entries.keys(), ...inflight.keys()]))
    generations.set(key, (generations.get(key) ?? 0) + 1);
  entries.clear();
  inflight.clear();
  written.clear();
  refreshedAt.clear();
}

export const agentKey = (id: string): string => `agent:${id}`;
export const tokenKey = (hash: string): string => `token:${hash}`;
export const ingestionKey = (id: string): string => `ingestion:${id}`;
export const miniKey = (hash: string): string => `mini:${hash}`;
export const serialKey = (serial: string): string => `serial:${serial}`;
const appsKey = (id: string): string => `agent-apps:${id}`;
const READY_MEMORY_KEY = "mirror-ready";

// ---- the mirror ---------------------------------------------------------------------------------

/** The backfill is done (read once a minute per isolate, and only to trust a miss). */
function mirrorReady(env: Env): Promise<boolean> {
  return cached(
    READY_MEMORY_KEY,
    async () => {
      const entry = await readKv(env, READY_KEY);
      return { value: entry !== "error" && entry?.d === MIRROR_FORMAT, version: 0 };
    },
    (ready) => (ready ? 60_000 : CACHE_TTL_MS),
  );
}

/**
 * Mirror keys also kept in the location's cache (the Cache API: shared by the isolates of a
 * location, and free) for LOCATION_TTL_S: an endpoint and its mini-tokens are read by every cold
 * isolate of a busy location, so most of those reads need no KV read (billed per read). Short,
 * so that it adds little to how long a change takes to arrive (memory 5 s + this + KV's lag).
 */
const LOCATION_CACHED = /^(ingestion|mini):/;
const LOCATION_TTL_S = 5;
const locationUrl = (mirrorKey: string): string =>
  `https://registry-mirror.edgehook.internal/${encodeURIComponent(mirrorKey)}`;

async function readKv(env: Env, mirrorKey: string): Promise<MirrorEntry | null | "error"> {
  const atLocation = LOCATION_CACHED.test(mirrorKey) ? await locationRead(mirrorKey) : undefined;
  if (atLocation !== undefined) return atLocation;
  try {
    const text = await env.CACHE.get(MIRROR_PREFIX + mirrorKey);
    // Only found records are kept at the location: an absent one may be created any moment.
    if (text !== null && LOCATION_CACHED.test(mirrorKey)) await locationWrite(mirrorKey, text);
    return parseEntry(text);
  } catch (error) {
    console.error(`registry mirror: reading ${mirrorKey} failed; asking the registry`, error);
    return "error";
  }
}

/** The location's copy, or undefined (none, or no Cache API here: e.g. a workers.dev route). */
async function locationRead(mirrorKey: string): Promise<MirrorEntry | null | undefined> {
  try {
    const hit = await caches.default.match(locationUrl(mirrorKey));
    return hit ? parseEntry(await hit.text()) : undefined;
  } catch {
    return undefined;
  }
}

async function locationWrite(mirrorKey: string, text: string): Promise<void> {
  try {
    const response = new Response(text, { headers: { "cache-control": `max-age=${LOCATION_TTL_S}` } });
    await caches.default.put(locationUrl(mirrorKey), response);
  } catch {
    // A location without a cache only loses the saving.
  }
}

/**
 * One mirror key through KV. On a miss, `askOnMiss` says whether the record could be too young
 * to have reached this location: then the registry is asked; otherwise absent is the answer
 * (once the backfill is done — before it, every miss asks the registry).
 */
async function through(env: Env, memoryKey: string, mirrorKey: string, askOnMiss: () => boolean): Promise<MirrorEntry> {
  if (written.has(memoryKey)) {
    const entry = await registry(env).mirrorRead(mirrorKey);
    written.delete(memoryKey);
    return entry;
  }
  const found = await readKv(env, mirrorKey);
  if (found !== null && found !== "error") return found;
  if (found === null && !askOnMiss() && (await mirrorReady(env))) return { v: 0, d: null };
  return registry(env).mirrorRead(mirrorKey);
}

/** A snowflake id made within the mirror's propagation bound. */
const freshId = (id: string): boolean => isFresh(snowflakeTime(id));

const freshBudget = { start: 0, used: 0 };
function freshMissAllowed(): boolean {
  const now = Date.now();
  if (now - freshBudget.start >= 1_000) {
    freshBudget.start = now;
    freshBudget.used = 0;
  }
  freshBudget.used += 1;
  return freshBudget.used <= FRESH_MISSES_PER_SECOND;
}

function agentEntries(view: AgentView | null | undefined, id: string): [string, unknown][] {
  return [
    [agentKey(id), view?.agent ?? null],
    [appsKey(id), view?.apps ?? []],
  ];
}

// ---- agents -------------------------------------------------------------------------------------

async function loadAgent(env: Env, id: string): Promise<Loaded<AgentView | null>> {
  if (!isSnowflakeText(id)) return { value: null, version: 0 };
  const entry = await through(env, agentKey(id), agentMirrorKey(id), () => freshId(id));
  return { value: (entry.d as AgentView | null) ?? null, version: entry.v };
}

export function cachedAgent(env: Env, id: string): Promise<ResolvedAgent | null> {
  return cached(
    agentKey(id),
    async () => {
      const { value, version } = await loadAgent(env, id);
      return { value: value?.agent ?? null, version, also: [[appsKey(id), value?.apps ?? []]] };
    },
    presentOrAbsent,
  );
}

/** Apps installed on an agent (extended permissions' `apps_installed`), read with the agent. */
export function cachedAgentApps(env: Env, id: string): Promise<string[]> {
  return cached(
    appsKey(id),
    async () => {
      const { value, version } = await loadAgent(env, id);
      return { value: value?.apps ?? [], version, also: [[agentKey(id), value?.agent ?? null]] };
    },
    () => CACHE_TTL_MS,
  );
}

/**
 * O(1) serial → agent id through the mirror. Serial numbers carry no creation time, so a serial
 * absent from the mirror is absent: one given at another location a moment ago may be unknown
 * here for up to KV's propagation delay (≈ 60 s). The read also brings the agent's record.
 * A missing or empty serial (a payload without a device id) is null with no lookup: an earlier
 * lookup by `undefined` listed every agent and answered the first, the org agent (issue 8).
 */
export function cachedAgentBySerial(env: Env, serial: string | null | undefined): Promise<string | null> {
  if (typeof serial !== "string" || serial === "") return Promise.resolve(null);
  return cached(
    serialKey(serial),
    async () => {
      const entry = await through(env, serialKey(serial), serialMirrorKey(serial), () => false);
      const view = entry.d as AgentView | null;
      // A hashed key (serials over 400 bytes) is checked against the serial itself.
      const match = view && view.agent.serial_number === serial ? view : null;
      return {
        value: match?.agent.id ?? null,
        version: entry.v,
        also: match ? agentEntries(match, match.agent.id) : [],
      };
    },
    presentOrAbsent,
  );
}

// ---- tokens -------------------------------------------------------------------------------------

/**
 * An API token by hash. `fresh`: the token says it was minted within the propagation bound
 * (src/auth/minted.ts), so a mirror miss asks the registry; a token that is old, legacy or
 * carries a tag that does not check out is found in the mirror or not at all. Callers that
 * cannot tell leave the default, which never refuses a token the registry holds.
 */
export function cachedToken(env: Env, hash: string, fresh = true): Promise<TokenRecord | null> {
  return cached(
    tokenKey(hash),
    async () => {
      const entry = await through(env, tokenKey(hash), tokenKey(hash), () => fresh);
      return { value: (entry.d as TokenRecord | null) ?? null, version: entry.v };
    },
    presentOrAbsent,
  );
}

/** A mini-token by hash; `fresh` as for `cachedToken` (mini-tokens carry their creation minute). */
export function cachedMiniToken(env: Env, hash: string, fresh = true): Promise<MiniTokenRecord | null> {
  return cached(
    miniKey(hash),
    async () => {
      const entry = await through(env, miniKey(hash), miniKey(hash), () => fresh);
      return { value: (entry.d as MiniTokenRecord | null) ?? null, version: entry.v };
    },
    presentOrAbsent,
  );
}

// ---- ingestion endpoints --------------------------------------------------------------------------

function ingestionLoaded(entry: MirrorEntry): Loaded<IngestionRecord | null> {
  const view = entry.d as IngestionView | null;
  if (!view) return { value: null, version: entry.v };
  // The install agent comes along: the token guard needs its tokens_valid_from.
  return { value: view.record, version: entry.v, also: agentEntries(view.agent, view.record.agent_id) };
}

/** An endpoint and its install agent, in one mirror read. */
export function cachedIngestion(env: Env, id: string): Promise<IngestionRecord | null> {
  return cached(
    ingestionKey(id),
    async () => {
      if (!/^\d{1,19}$/.test(id)) return { value: null, version: 0 };
      const miss = () => freshId(id) && freshMissAllowed();
      return ingestionLoaded(await through(env, ingestionKey(id), ingestionMirrorKey(id), miss));
    },
    presentOrAbsent,
  );
}

const refreshedAt = new Map<string, number>();

/**
 * Re-reads an endpoint from the registry (a token minted a moment ago may have replaced the one
 * this location knows), at most once a second per endpoint per isolate. The token guard calls it
 * only for a presented token that checks out as minted recently (src/worker/guards/ingestion-token.ts).
 */
export async function refreshIngestion(env: Env, id: string): Promise<IngestionRecord | null> {
  const key = ingestionKey(id);
  const now = Date.now();
  if (now - (refreshedAt.get(key) ?? 0) < 1_000) return cachedIngestion(env, id);
  if (refreshedAt.size >= MAX_ENTRIES) refreshedAt.clear();
  refreshedAt.set(key, now);
  const loaded = ingestionLoaded(await registry(env).mirrorRead(ingestionMirrorKey(id)));
  generations.set(key, (generations.get(key) ?? 0) + 1);
  inflight.delete(key);
  store(key, loaded.value, loaded.version, presentOrAbsent(loaded.value), now);
  for (const [k, v] of loaded.also ?? []) store(k, v, loaded.version, presentOrAbsent(v), now);
  return loaded.value;
}

// ---- lists (registry reads, memory only) ----------------------------------------------------------

/**
 * Agents with any of these apps installed. A list over the whole fleet has no place in KV, so it
 * is read from the registry; the per-event check uses `cachedAgentApps` instead.
 */
export function cachedAgentsWithApps(env: Env, apps: readonly string[]): Promise<string[]> {
  return cached(
    `apps:${[...apps].sort().join(",")}`,
    async () => ({ value: await registry(env).agentsWithApps([...apps]), version: 0 }),
    () => CACHE_TTL_MS,
  );
}

/**
 * The agents a set of extended permissions covers (the seed's routing loop). A registry read:
 * an app that enumerates its agents on every event pays one per cold isolate (docs/scale.md).
 */
export function cachedPermissionAgents(
  env: Env,
  perms: { devices: string[]; groups: string[]; apps_installed: string[]; all_devices: boolean },
): Promise<string[]> {
  return cached(
    `perm-agents:${JSON.stringify(perms)}`,
    async () => ({ value: await registry(env).extendedPermissionAgents(perms), version: 0 }),
    () => CACHE_TTL_MS,
  );
}
