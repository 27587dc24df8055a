// Creating and revoking control API tokens: the secret is minted here and returned once, only its
// SHA-256 is stored, and the token's mirror key is staged with the change.
import { mintSecret } from "../auth/minted.ts";
import { sha256Hex } from "../auth/secret.ts";
import { tokenMirrorKey } from "../kv-mirror/layout.ts";
import type { Grant } from "../contracts/registry-records.ts";
import type { RegistryState } from "./registry-state.ts";

export async function createToken(s: RegistryState, grants: Grant[]): Promise<{ id: string; token: string }> {
  const now = Date.now();
  const token = await mintSecret(s.env, "eht", now);
  const hash = await sha256Hex(token);
  const id = await s.commit(() => {
    const created = s.tokens.insert(hash, grants, now);
    s.mirror.stage(tokenMirrorKey(hash));
    return created;
  });
  return { id, token };
}

/** The revoked token's hash (null: no such token). */
export function revokeToken(s: RegistryState, id: string): Promise<string | null> {
  return s.commit(() => {
    const hash = s.tokens.revoke(id);
    if (hash) s.mirror.stage(tokenMirrorKey(hash));
    return hash;
  });
}
