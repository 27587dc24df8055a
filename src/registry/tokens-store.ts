// Control API bearer tokens in the registry's SQLite.
// The secret is returned once at creation; only its SHA-256 is stored.
import { newSecret, sha256Hex } from "../auth/secret.ts";
import { newRegistryId } from "../data/snowflake.ts";
import type { Grant, TokenRecord } from "./types.ts";

export const TOKENS_SCHEMA = `
CREATE TABLE IF NOT EXISTS tokens (
  id TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, grants TEXT NOT NULL, created_at INTEGER NOT NULL
);
`;

export class TokensStore {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(TOKENS_SCHEMA);
  }

  async create(grants: Grant[]): Promise<{ id: string; token: string }> {
    const token = newSecret("eht_", 32);
    const id = newRegistryId();
    this.sql.exec(
      "INSERT INTO tokens (id, hash, grants, created_at) VALUES (?, ?, ?, ?)",
      id,
      await sha256Hex(token),
      JSON.stringify(grants),
      Date.now(),
    );
    return { id, token };
  }

  resolve(hash: string): TokenRecord | null {
    const row = this.sql
      .exec<{ id: string; grants: string; created_at: number }>(
        "SELECT id, grants, created_at FROM tokens WHERE hash = ?",
        hash,
      )
      .toArray()[0];
    return row ? { id: row.id, grants: JSON.parse(row.grants) as Grant[], created_at: row.created_at } : null;
  }

  /** Returns the revoked token's hash (for cache invalidation), or null if unknown. */
  revoke(id: string): string | null {
    const row = this.sql.exec<{ hash: string }>("SELECT hash FROM tokens WHERE id = ?", id).toArray()[0];
    if (!row) return null;
    this.sql.exec("DELETE FROM tokens WHERE id = ?", id);
    return row.hash;
  }
}
