// Bearer secrets: random, URL-safe, stored only as SHA-256 hashes.

export function newSecret(prefix: string, bytes: number): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return prefix + base64Url(raw);
}

export function base64Url(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

const recentHashes = new Map<string, string>();

/**
 * `sha256Hex` of a presented token, remembered for the isolate's recent tokens: a device sends
 * the same token on every request. Only finished hashes are kept (a pending digest must not be
 * awaited by another request). Bounded; a flood of distinct tokens only empties it.
 */
export async function tokenHash(token: string): Promise<string> {
  const known = recentHashes.get(token);
  if (known !== undefined) return known;
  const hash = await sha256Hex(token);
  if (recentHashes.size >= 1024) recentHashes.clear();
  recentHashes.set(token, hash);
  return hash;
}

/** Constant-time comparison of two hashes (hex strings of equal length when they match). */
export function hexEquals(a: string, b: string): boolean {
  const enc = new TextEncoder();
  const x = enc.encode(a);
  const y = enc.encode(b);
  return x.byteLength === y.byteLength && crypto.subtle.timingSafeEqual(x, y);
}
