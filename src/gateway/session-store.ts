// The Gateway object's SQLite tables (it runs inside the Gateway Durable Object,
// durable-objects/gateway.ts): dropped sessions kept for RESUME_WINDOW_MS with their subscriptions,
// and the mark of a revoked credential. Only storage here; what a resume does is sessions.ts.
import type { Subscription } from "./state.ts";

/** How long a dropped session can be resumed (op 11). */
export const RESUME_WINDOW_MS = 5 * 60_000;

/** Run once per construction of the object. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, token TEXT NOT NULL, subs TEXT NOT NULL, detached_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS revoked (k TEXT PRIMARY KEY, at INTEGER NOT NULL) WITHOUT ROWID;
`;

/** A dropped session still inside its resume window, or null. */
export function detachedSession(sql: SqlStorage, id: string): { token: string; subs: Subscription[] } | null {
  const row = sql
    .exec<{ token: string; subs: string; detached_at: number }>(
      "SELECT token, subs, detached_at FROM sessions WHERE id = ?",
      id,
    )
    .toArray()[0];
  if (row && row.detached_at > Date.now() - RESUME_WINDOW_MS)
    return { token: row.token, subs: JSON.parse(row.subs) as Subscription[] };
  return null;
}

/** The session is live again (resumed): no longer kept. */
export function forgetSession(sql: SqlStorage, id: string): void {
  sql.exec("DELETE FROM sessions WHERE id = ?", id);
}

/** A socket closed: sessions past their window go, this one (if identified) is kept from `now`. */
export function keepDetached(
  sql: SqlStorage,
  session: { id: string; token: string } | null,
  subs: Subscription[],
  now: number,
): void {
  sql.exec("DELETE FROM sessions WHERE detached_at <= ?", now - RESUME_WINDOW_MS);
  if (session)
    sql.exec(
      "INSERT OR REPLACE INTO sessions (id, token, subs, detached_at) VALUES (?, ?, ?, ?)",
      session.id,
      session.token,
      JSON.stringify(subs),
      now,
    );
}

export function isRevoked(sql: SqlStorage): boolean {
  return sql.exec<{ n: number }>("SELECT count(*) AS n FROM revoked").one().n > 0;
}

export function markRevoked(sql: SqlStorage): void {
  sql.exec("INSERT OR REPLACE INTO revoked (k, at) VALUES ('token', ?)", Date.now());
}

export function forgetAllSessions(sql: SqlStorage): void {
  sql.exec("DELETE FROM sessions");
}
