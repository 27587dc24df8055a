// Control API bearer tokens in the registry's SQLite.
// The secret is minted by the registry and returned once; only its SHA-256 is stored.
import { newRegistryId } from "../shared/snowflake.ts";
import type { Grant, TokenRecord } from "../contracts/registry-records.ts";

export const TOKENS_SCHEMA = `
CREATE TABLE IF NOT EXISTS tokens (
  id TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, grants TEXT NOT NULL, created_at INTEGER NOT NULL
);
`;

export class TokensStore {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(TOKENS_SCHEMA);
  }

  /** Stores a minted token's hash; `createdAt` is the instant minted into the token. */
  insert(hash: string, grants: Grant[], createdAt: number): string {
    const id = newRegistryId(createdAt);
    this.sql.exec(
      "INSERT INTO tokens (id, hash, grants, created_at) VALUES (?, ?, ?, ?)",
      id,
      hash,
      JSON.stringify(grants),
      createdAt,
    );
    return id;
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

  /** Every token, oldest first: id, grants and creation time; never the hash. */
  list(): TokenRecord[] {
    return this.sql
      .exec<{ id: string; grants: string; created_at: number }>(
        "SELECT id, grants, created_at FROM tokens ORDER BY created_at, id",
      )
      .toArray()
      .map((row) => ({ id: row.id, grants: JSON.parse(row.grants) as Grant[], created_at: row.created_at }));
  }

  exists(id: string): boolean {
    return this.sql.exec("SELECT 1 FROM tokens WHERE id = ?", id).toArray().length > 0;
  }

  /** Returns the revoked token's hash (for cache invalidation), or null if unknown. */
  revoke(id: string): string | null {
    const row = this.sql.exec<{ hash: string }>("SELECT hash FROM tokens WHERE id = ?", id).toArray()[0];
    if (!row) return null;
    this.sql.exec("DELETE FROM tokens WHERE id = ?", id);
    return row.hash;
  }
}
