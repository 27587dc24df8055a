// Snowflake ids as on the platform: (ms − 2025-01-01) << 22 | low bits, carried as decimal strings.

export const SNOWFLAKE_EPOCH_MS = 1735689600000;
const LOW_BITS = 22n;

export function snowflakeAt(ms: number, low = 0n): bigint {
  return (BigInt(Math.floor(ms) - SNOWFLAKE_EPOCH_MS) << LOW_BITS) | low;
}

export function snowflakeTime(id: bigint | string): number {
  return Number(BigInt(id) >> LOW_BITS) + SNOWFLAKE_EPOCH_MS;
}

/** Next id strictly above `last` whose time part is `ms` when possible. */
export function nextSnowflake(ms: number, last: bigint | null): bigint {
  const candidate = snowflakeAt(ms);
  return last !== null && candidate <= last ? last + 1n : candidate;
}

/** Sortable storage key: ids are at most 19 digits, so zero-padding to 20 orders them as text. */
export function idKey(id: bigint | string): string {
  return BigInt(id).toString().padStart(20, "0");
}

export function isSnowflakeText(text: string): boolean {
  return /^\d{1,19}$/.test(text) && BigInt(text) <= 0x7fffffffffffffffn;
}

/** Random-suffixed id for registry objects (agents, tokens, installs). */
export function newRegistryId(now = Date.now()): string {
  const low = BigInt(crypto.getRandomValues(new Uint32Array(1))[0] & 0x3fffff);
  return snowflakeAt(now, low).toString();
}
