// An install's secrets are write-only in API answers. They must be kept to be used (the HMAC key
// to verify signatures, a network server's API key to send downlinks), so they are stored as
// given — but every answer that carries an install's config (create, get, list, update) shows each
// only as set and its fingerprint, the first 8 hex digits of its SHA-256. The secrets (SECRETS):
// `dv_proc_ingestion.signing_key` (a key, or a list during rotation), `downlink.api_key` (The
// Things Stack) and `downlink.api_token` (ChirpStack):
//
//   "signing_key": "s3cret"          → {"set": true, "fingerprint": "1ec1c26b"}
//   "signing_key": ["old", "new"]    → [{"set": true, "fingerprint": …}, {"set": true, "fingerprint": …}]
//   "signing_key": "" (signing off)  → {"set": false}
//
// A config read back and sent again (PATCH) may keep such an entry: `{"fingerprint": …}` stands for
// the install's current secret with that fingerprint, `{"set": false}` for "". A fingerprint the
// install has no secret for is 422 validation_failed.
import { ProblemError } from "../../shared/problem.ts";

type Shown = { set: false } | { set: true; fingerprint: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The first 8 hex digits of the key's SHA-256 (`printf '%s' KEY | sha256sum | cut -c1-8`). */
export async function keyFingerprint(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key)));
  return [...digest.subarray(0, 4)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function shownKey(key: unknown): Promise<Shown | unknown> {
  if (key === "") return { set: false };
  return typeof key === "string" ? { set: true, fingerprint: await keyFingerprint(key) } : key;
}

/** Where secrets sit in an install's config: [section, field]. */
const SECRETS: readonly [string, string][] = [
  ["dv_proc_ingestion", "signing_key"],
  ["downlink", "api_key"],
  ["downlink", "api_token"],
];

/** An install (or anything with a `config`) as answered: its secrets by fingerprint only. */
export async function withoutSecrets<T extends { config: Record<string, unknown> }>(install: T): Promise<T> {
  let config = install.config;
  for (const [section, field] of SECRETS) {
    const part = config[section];
    if (!isObject(part) || !(field in part)) continue;
    const key = part[field];
    const shown = Array.isArray(key) ? await Promise.all(key.map(shownKey)) : await shownKey(key);
    config = { ...config, [section]: { ...part, [field]: shown } };
  }
  return config === install.config ? install : { ...install, config };
}

/** Installs as answered (withoutSecrets, each). */
export const listWithoutSecrets = <T extends { config: Record<string, unknown> }>(installs: T[]): Promise<T[]> =>
  Promise.all(installs.map(withoutSecrets));

function refused(field: string, detail: string): ProblemError {
  return new ProblemError(422, "validation_failed", `${field}: ${detail}`, { extra: { field } });
}

/**
 * A config sent to replace `current`'s, with its shown secrets (`{"fingerprint": …}`,
 * `{"set": false}`) put back to the secrets they stand for; anything else is left for the app's
 * schema to judge.
 */
export async function withSecretsRestored(
  config: Record<string, unknown>,
  current: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  let restored = config;
  for (const [section, field] of SECRETS) {
    const part = restored[section];
    if (!isObject(part) || !(field in part)) continue;
    const kept = isObject(current[section]) ? current[section][field] : undefined;
    const value = await restoredSecret(part[field], kept, `config.${section}.${field}`);
    if (value !== part[field]) restored = { ...restored, [section]: { ...part, [field]: value } };
  }
  return restored;
}

const refersToKept = (v: unknown) => isObject(v) && ("fingerprint" in v || "set" in v);

/** One secret as sent (`key`), its shown entries put back from what the install keeps (`kept`). */
async function restoredSecret(key: unknown, kept: unknown, base: string): Promise<unknown> {
  if (!(refersToKept(key) || (Array.isArray(key) && key.some(refersToKept)))) return key;
  const keptKeys = (Array.isArray(kept) ? kept : [kept]).filter((k): k is string => typeof k === "string" && k !== "");
  const byFingerprint = new Map(await Promise.all(keptKeys.map(async (k) => [await keyFingerprint(k), k] as const)));
  const restore = (v: unknown, field: string): unknown => {
    if (!refersToKept(v)) return v;
    const entry = v as { set?: unknown; fingerprint?: unknown };
    if (entry.set === false && entry.fingerprint === undefined) return "";
    if (typeof entry.fingerprint !== "string")
      throw refused(field, 'a kept secret is named by its fingerprint: {"fingerprint": "<8 hex digits>"}');
    const found = byFingerprint.get(entry.fingerprint.toLowerCase());
    if (found === undefined)
      throw refused(field, `this install has no secret with fingerprint ${JSON.stringify(entry.fingerprint)}`);
    return found;
  };
  return Array.isArray(key) ? key.map((v, i) => restore(v, `${base}[${i}]`)) : restore(key, base);
}
