// Queued ingestion events whose handler kept failing: kept in the install agent's DO (never
// dropped), listed and replayable through the control API.
import type { DeadLetter } from "../contracts/agent-records.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS dead_letters (
  id TEXT PRIMARY KEY, install_id TEXT NOT NULL, event_id TEXT NOT NULL, message TEXT NOT NULL,
  error TEXT NOT NULL, attempts INTEGER NOT NULL, at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS dead_letters_by_install ON dead_letters (install_id, at);
`;

export class DeadLetters {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(SCHEMA);
  }

  add(letter: DeadLetter): void {
    this.sql.exec(
      "INSERT OR REPLACE INTO dead_letters (id, install_id, event_id, message, error, attempts, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      letter.id,
      letter.install_id,
      letter.event_id,
      letter.message,
      letter.error,
      letter.attempts,
      letter.at,
    );
  }

  list(installId: string, limit: number): DeadLetter[] {
    return this.sql
      .exec<DeadLetter>("SELECT * FROM dead_letters WHERE install_id = ? ORDER BY at DESC LIMIT ?", installId, limit)
      .toArray();
  }

  get(installId: string, id: string): DeadLetter | null {
    return (
      this.sql
        .exec<DeadLetter>("SELECT * FROM dead_letters WHERE install_id = ? AND id = ?", installId, id)
        .toArray()[0] ?? null
    );
  }

  delete(installId: string, id: string): boolean {
    return this.sql.exec("DELETE FROM dead_letters WHERE install_id = ? AND id = ?", installId, id).rowsWritten > 0;
  }
}
