// Records of app installs and their ingestion endpoints, as the registry stores them, and what the
// registry takes and returns when an install is created, changed or deleted.

export interface InstallRecord {
  install_id: string;
  app: string;
  app_key: string;
  agent_id: string;
  display_name: string;
  config: Record<string, unknown>;
  created_at: number;
}

/** What the ingestion guards need about an endpoint; secrets appear only as hashes. */
export interface IngestionRecord {
  id: string;
  install_id: string;
  agent_id: string;
  app: string;
  app_key: string;
  organisation_id: string;
  config: Record<string, unknown>;
  token_hash: string;
  /** When the current token was issued: the install agent's tokens_valid_from can void it. */
  token_issued_at: number;
}

export type MiniTokenRecord = {
  id: string;
  ingestion_id: string;
  /** Pinned target agent; null = the install's own agent. */
  agent_id: string | null;
  created_at: number;
};

/** Secrets returned once, at creation or replacement. */
export interface IssuedIngestion {
  id: string;
  token?: string;
  mini_token?: string;
}

/** What an app is (an app's `kind`): a processor's installs run on the agents in their scope. */
export type AppKind = "integration" | "processor";

/** A new install, its app already found and its config validated (src/worker/routes/installs.ts). */
export interface InstallInput {
  app: string;
  /** The app's kind: the registry keeps it with the install and knows no apps itself. */
  kind: AppKind;
  agent_id?: string;
  display_name: string;
  config: Record<string, unknown>;
  /** The app's schema has an ingestion endpoint: create one. */
  ingestion: boolean;
  mini_token: boolean;
}

export interface InstallIssued {
  install: InstallRecord;
  ingestion?: IssuedIngestion;
}

/** A config update: the mini-tokens it revoked (for the edge caches to drop). */
export type InstallUpdated = InstallIssued & { revoked_mini_hashes: string[] };

/** What deleting an install removed from the mirror: its endpoint and mini-tokens. */
export interface InstallRemoved {
  ingestion_id: string | null;
  mini_hashes: string[];
}
