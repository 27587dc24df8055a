// Queued events' bodies too large for a queue message, kept in the install agent's DO until the
// invocation succeeds, in chunks: a Durable Object SQLite value is limited to 2 MB and bodies may
// be up to 10 MiB.

const SCHEMA = `
CREATE TABLE IF NOT EXISTS stashed_payload_parts (
  key TEXT NOT NULL, part INTEGER NOT NULL, body BLOB NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (key, part)
) WITHOUT ROWID;
`;

const CHUNK_BYTES = 1024 * 1024;

export class PayloadStash {
  constructor(
    private readonly sql: SqlStorage,
    private readonly transaction: <T>(work: () => T) => T,
  ) {
    sql.exec(SCHEMA);
  }

  put(key: string, body: Uint8Array): void {
    this.transaction(() => {
      this.drop(key);
      for (let part = 0, at = 0; at < body.byteLength || part === 0; part++, at += CHUNK_BYTES)
        this.sql.exec(
          "INSERT INTO stashed_payload_parts (key, part, body, at) VALUES (?, ?, ?, ?)",
          key,
          part,
          body.subarray(at, at + CHUNK_BYTES),
          Date.now(),
        );
    });
  }

  get(key: string): Uint8Array | null {
    const parts = this.sql
      .exec<{ body: ArrayBuffer }>("SELECT body FROM stashed_payload_parts WHERE key = ? ORDER BY part", key)
      .toArray()
      .map((row) => new Uint8Array(row.body));
    if (parts.length === 0) return null;
    const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.byteLength;
    }
    return out;
  }

  drop(key: string): void {
    this.sql.exec("DELETE FROM stashed_payload_parts WHERE key = ?", key);
  }
}
