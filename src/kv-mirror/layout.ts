// Layout of the registry's KV mirror (binding CACHE), shared by its one writer (the registry
// object, src/registry/mirror-writer.ts) and its readers at the edge (src/kv-mirror/edge-cache.ts).
// Every value is `{v, d}`: `v` is the registry's change sequence when `d` was read, so an older
// value never replaces a newer one; `d: null` is a tombstone (the record is gone).
import type { IngestionRecord } from "../contracts/install-records.ts";
import type { ResolvedAgent } from "../contracts/registry-records.ts";

export const MIRROR_PREFIX = "reg:";
/** Written last by the backfill: the mirror holds every record the registry had before it. */
export const READY_KEY = "ready";
/** Bumped if the layout changes: readers then fall back to the registry until a new backfill. */
export const MIRROR_FORMAT = 1;
/**
 * A record created longer ago than this is in every location's view of the mirror: KV shows a
 * write everywhere within about 60 s (its read cache), plus margin for a retried write and clock
 * skew. Younger records may be missing at a location: a miss for one asks the registry.
 */
export const PROPAGATION_BOUND_MS = 120_000;
/** Tombstones outlive every cache of the value they replace, then expire (absent = absent). */
export const TOMBSTONE_TTL_S = 86_400;

export interface MirrorEntry {
  v: number;
  d: unknown;
}

/** An agent as mirrored: the resolved record and the apps installed on it (`apps_installed`). */
export interface AgentView {
  agent: ResolvedAgent;
  apps: string[];
}

/** An ingestion endpoint with its install agent (tokens_valid_from), read together. */
export interface IngestionView {
  record: IngestionRecord;
  agent: AgentView | null;
}

export const agentMirrorKey = (id: string): string => `agent:${id}`;
export const tokenMirrorKey = (hash: string): string => `token:${hash}`;
export const ingestionMirrorKey = (id: string): string => `ingestion:${id}`;
export const miniMirrorKey = (hash: string): string => `mini:${hash}`;

/** KV keys are at most 512 bytes: a serial too long to be a key is named by a 64-bit hash. */
const SERIAL_KEY_BYTES = 400;

export function serialMirrorKey(serial: string): string {
  if (new TextEncoder().encode(serial).byteLength <= SERIAL_KEY_BYTES) return `serial:${serial}`;
  return `serial#${fnv64(serial)}`;
}

/** Two FNV-1a 32-bit hashes with different offsets: plenty for the few serials over 400 bytes. */
function fnv64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const byte of new TextEncoder().encode(text)) {
    a = Math.imul(a ^ byte, 0x01000193) >>> 0;
    b = Math.imul(b ^ byte, 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

export function parseEntry(text: string | null): MirrorEntry | null {
  if (text === null) return null;
  try {
    const entry = JSON.parse(text) as Partial<MirrorEntry>;
    return typeof entry.v === "number" && "d" in entry ? { v: entry.v, d: entry.d } : null;
  } catch {
    return null;
  }
}

/** Created within the propagation bound (and not claiming to be from the future). */
export function isFresh(createdMs: number, now = Date.now()): boolean {
  return createdMs > now - PROPAGATION_BOUND_MS && createdMs < now + 60_000;
}
