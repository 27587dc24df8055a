// Installs, their ingestion endpoints and mini-tokens in the registry's SQLite.
// Secrets are minted by the registry (src/auth/minted.ts) and stored here only as SHA-256 hashes.
import { newRegistryId } from "../shared/snowflake.ts";
import type {
  AppKind,
  IngestionRecord,
  InstallRecord,
  InstallRemoved,
  MiniTokenRecord,
} from "../contracts/install-records.ts";

// `kind` is the app's kind, given by the caller that knows the app (the registry imports no apps).
export const INSTALLS_SCHEMA = `
CREATE TABLE IF NOT EXISTS installs (
  install_id TEXT PRIMARY KEY, app TEXT NOT NULL, app_key TEXT NOT NULL, agent_id TEXT NOT NULL,
  display_name TEXT NOT NULL, config TEXT NOT NULL, created_at INTEGER NOT NULL,
  kind TEXT NOT NULL DEFAULT 'integration',
  UNIQUE (agent_id, app_key)
);
CREATE TABLE IF NOT EXISTS ingestions (
  id TEXT PRIMARY KEY, install_id TEXT NOT NULL UNIQUE, token_hash TEXT NOT NULL,
  token_issued_at INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS mini_tokens (
  id TEXT PRIMARY KEY, ingestion_id TEXT NOT NULL, hash TEXT NOT NULL UNIQUE,
  agent_id TEXT, created_at INTEGER NOT NULL
);
`;

/**
 * The processor apps compiled in when installs were stored without their kind: rows from before
 * the `kind` column are given theirs from this list, once (docs/decisions.md, "Registry knows app
 * kinds without importing apps"). Frozen: apps added since pass their kind with each new install.
 */
export const LEGACY_PROCESSOR_APPS: readonly string[] = ["tracker_processor"];

/** An install's record as the control API shows it, in its columns' order (not its kind). */
const RECORD_COLUMNS = "install_id, app, app_key, agent_id, display_name, config, created_at";

type InstallRow = Omit<InstallRecord, "config"> & { config: string };

export class InstallsStore {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(INSTALLS_SCHEMA);
    // State created before these columns existed (npm start keeps local state) gets them.
    const columns = sql
      .exec<{ t: string; name: string }>(
        `SELECT 'ingestions' AS t, name FROM pragma_table_info('ingestions')
         UNION ALL SELECT 'installs' AS t, name FROM pragma_table_info('installs')`,
      )
      .toArray();
    const has = (table: string, column: string) => columns.some((c) => c.t === table && c.name === column);
    if (!has("ingestions", "token_issued_at"))
      sql.exec("ALTER TABLE ingestions ADD COLUMN token_issued_at INTEGER NOT NULL DEFAULT 0");
    if (!has("installs", "kind")) {
      sql.exec("ALTER TABLE installs ADD COLUMN kind TEXT NOT NULL DEFAULT 'integration'");
      sql.exec(
        `UPDATE installs SET kind = 'processor' WHERE app IN (${LEGACY_PROCESSOR_APPS.map(() => "?").join(",")})`,
        ...LEGACY_PROCESSOR_APPS,
      );
    }
  }

  /** Stores the app's kind with the install; the record returned does not show it. */
  create(
    input: {
      app: string;
      agent_id: string;
      display_name: string;
      config: Record<string, unknown>;
    },
    kind: AppKind,
  ): InstallRecord {
    const used = this.sql
      .exec<{ app_key: string }>(
        "SELECT app_key FROM installs WHERE agent_id = ? AND app = ?",
        input.agent_id,
        input.app,
      )
      .toArray()
      .map((r) => Number(r.app_key.slice(input.app.length + 1)) || 0);
    const record: InstallRecord = {
      install_id: newRegistryId(),
      app_key: `${input.app}_${Math.max(0, ...used) + 1}`,
      created_at: Date.now(),
      ...input,
    };
    this.sql.exec(
      "INSERT INTO installs (install_id, app, app_key, agent_id, display_name, config, created_at, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      record.install_id,
      record.app,
      record.app_key,
      record.agent_id,
      record.display_name,
      JSON.stringify(record.config),
      record.created_at,
      kind,
    );
    return record;
  }

  get(installId: string): InstallRecord | null {
    return this.withKind(installId)?.install ?? null;
  }

  /** The record and its app's kind, in one read (a change to an install needs both). */
  withKind(installId: string): { install: InstallRecord; kind: AppKind } | null {
    const row = this.sql
      .exec<InstallRow & { kind: AppKind }>(
        `SELECT ${RECORD_COLUMNS}, kind FROM installs WHERE install_id = ?`,
        installId,
      )
      .toArray()[0];
    if (!row) return null;
    const { kind, ...install } = row;
    return { install: view(install), kind };
  }

  list(): InstallRecord[] {
    return this.sql.exec<InstallRow>(`SELECT ${RECORD_COLUMNS} FROM installs ORDER BY created_at`).toArray().map(view);
  }

  /** The installs of processor apps: those agents hold (src/registry/processor-scopes.ts). */
  processors(): InstallRecord[] {
    return this.sql
      .exec<InstallRow>(`SELECT ${RECORD_COLUMNS} FROM installs WHERE kind = 'processor' ORDER BY created_at`)
      .toArray()
      .map(view);
  }

  /** Agents with an install of any of these apps (extended permissions' `apps_installed`). */
  agentsWithApps(apps: readonly string[]): string[] {
    if (apps.length === 0) return [];
    return this.sql
      .exec<{ agent_id: string }>(
        `SELECT DISTINCT agent_id FROM installs WHERE app IN (${apps.map(() => "?").join(",")})`,
        ...apps,
      )
      .toArray()
      .map((r) => r.agent_id);
  }

  updateConfig(installId: string, config: Record<string, unknown>): void {
    this.sql.exec("UPDATE installs SET config = ? WHERE install_id = ?", JSON.stringify(config), installId);
  }

  delete(installId: string): InstallRemoved {
    const ingestion = this.ingestionIdOf(installId);
    const mini_hashes = ingestion ? this.dropMiniTokens(ingestion) : [];
    this.sql.exec("DELETE FROM ingestions WHERE install_id = ?", installId);
    this.sql.exec("DELETE FROM installs WHERE install_id = ?", installId);
    return { ingestion_id: ingestion, mini_hashes };
  }

  // ---- ingestion endpoints ------------------------------------------------------------------

  /** A new endpoint with a minted token's hash; `issuedAt` is the instant minted into the token. */
  insertIngestion(installId: string, tokenHash: string, issuedAt: number): string {
    const id = newRegistryId();
    this.sql.exec(
      "INSERT INTO ingestions (id, install_id, token_hash, token_issued_at) VALUES (?, ?, ?, ?)",
      id,
      installId,
      tokenHash,
      issuedAt,
    );
    return id;
  }

  replaceToken(ingestionId: string, tokenHash: string, issuedAt: number): void {
    this.sql.exec(
      "UPDATE ingestions SET token_hash = ?, token_issued_at = ? WHERE id = ?",
      tokenHash,
      issuedAt,
      ingestionId,
    );
  }

  /** Endpoints of the installs running as this agent (their mirror entries carry the agent). */
  ingestionIdsOn(agentId: string): string[] {
    return this.sql
      .exec<{ id: string }>(
        "SELECT i.id FROM ingestions i JOIN installs s ON s.install_id = i.install_id WHERE s.agent_id = ?",
        agentId,
      )
      .toArray()
      .map((r) => r.id);
  }

  /** Apps installed on an agent (what `apps_installed` extended permissions match). */
  appsOn(agentId: string): string[] {
    return this.sql
      .exec<{ app: string }>("SELECT DISTINCT app FROM installs WHERE agent_id = ? ORDER BY app", agentId)
      .toArray()
      .map((r) => r.app);
  }

  ingestionIdOf(installId: string): string | null {
    return (
      this.sql.exec<{ id: string }>("SELECT id FROM ingestions WHERE install_id = ?", installId).toArray()[0]?.id ??
      null
    );
  }

  ingestion(id: string, organisationId: string): IngestionRecord | null {
    const row = this.sql
      .exec<InstallRow & { id: string; token_hash: string; token_issued_at: number }>(
        "SELECT i.id, i.token_hash, i.token_issued_at, s.* FROM ingestions i JOIN installs s ON s.install_id = i.install_id WHERE i.id = ?",
        id,
      )
      .toArray()[0];
    if (!row) return null;
    return {
      id: row.id,
      install_id: row.install_id,
      agent_id: row.agent_id,
      app: row.app,
      app_key: row.app_key,
      organisation_id: organisationId,
      config: JSON.parse(row.config) as Record<string, unknown>,
      token_hash: row.token_hash,
      token_issued_at: row.token_issued_at,
    };
  }

  // ---- mini-tokens --------------------------------------------------------------------------

  /** Stores a minted mini-token's hash; returns the new token's id. */
  insertMiniToken(ingestionId: string, agentId: string | null, hash: string, createdAt: number): string {
    const id = newRegistryId(createdAt);
    this.sql.exec(
      "INSERT INTO mini_tokens (id, ingestion_id, hash, agent_id, created_at) VALUES (?, ?, ?, ?, ?)",
      id,
      ingestionId,
      hash,
      agentId,
      createdAt,
    );
    return id;
  }

  resolveMiniToken(hash: string): MiniTokenRecord | null {
    return (
      this.sql
        .exec<MiniTokenRecord>("SELECT id, ingestion_id, agent_id, created_at FROM mini_tokens WHERE hash = ?", hash)
        .toArray()[0] ?? null
    );
  }

  listMiniTokens(ingestionId: string): MiniTokenRecord[] {
    return this.sql
      .exec<MiniTokenRecord>(
        "SELECT id, ingestion_id, agent_id, created_at FROM mini_tokens WHERE ingestion_id = ? ORDER BY created_at",
        ingestionId,
      )
      .toArray();
  }

  /** Returns the revoked token's hash (for cache invalidation), or null if unknown. */
  revokeMiniToken(ingestionId: string, id: string): string | null {
    const row = this.sql
      .exec<{ hash: string }>("SELECT hash FROM mini_tokens WHERE id = ? AND ingestion_id = ?", id, ingestionId)
      .toArray()[0];
    if (!row) return null;
    this.sql.exec("DELETE FROM mini_tokens WHERE id = ?", id);
    return row.hash;
  }

  dropMiniTokens(ingestionId: string): string[] {
    const hashes = this.sql
      .exec<{ hash: string }>("SELECT hash FROM mini_tokens WHERE ingestion_id = ?", ingestionId)
      .toArray()
      .map((r) => r.hash);
    this.sql.exec("DELETE FROM mini_tokens WHERE ingestion_id = ?", ingestionId);
    return hashes;
  }
}

function view(row: InstallRow): InstallRecord {
  return { ...row, config: JSON.parse(row.config) as Record<string, unknown> };
}
