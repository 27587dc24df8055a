// Records of app installs and their ingestion endpoints, as the registry stores them.

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
