// A device's downlinks and its downlink route in its Agent object's SQLite. The table is WITHOUT
// ROWID (an INSERT writes one row) with a partial index over the queued ones only, so the queue
// loads at wake by reading exactly the queued rows — none on a device with nothing queued — and
// never grows with the history kept (the newest HISTORY per device; older finished ones go).
import type { Downlink, DownlinkRoute } from "../contracts/downlink-records.ts";
import { idKey } from "../shared/snowflake.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS downlinks (k TEXT PRIMARY KEY, status TEXT NOT NULL, v TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS downlinks_queued ON downlinks (k) WHERE status = 'queued';
CREATE TABLE IF NOT EXISTS downlink_route (k INTEGER PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID;
`;

/** Finished downlinks kept per device for `GET …/downlinks` (the queued ones are always kept). */
export const HISTORY = 100;

export class DownlinkStore {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(SCHEMA);
  }

  /** The queued downlinks, oldest first (through the partial index: no other row is read). */
  queued(): Downlink[] {
    return this.sql
      .exec<{ v: string }>("SELECT v FROM downlinks WHERE status = 'queued' ORDER BY k")
      .toArray()
      .map((row) => JSON.parse(row.v) as Downlink);
  }

  get(id: string): Downlink | null {
    const row = this.sql.exec<{ v: string }>("SELECT v FROM downlinks WHERE k = ?", idKey(id)).toArray()[0];
    return row ? (JSON.parse(row.v) as Downlink) : null;
  }

  /** Newest first. */
  list(limit: number): Downlink[] {
    return this.sql
      .exec<{ v: string }>("SELECT v FROM downlinks ORDER BY k DESC LIMIT ?", limit)
      .toArray()
      .map((row) => JSON.parse(row.v) as Downlink);
  }

  /** A downlink by the network server's id (a status event): among the kept ones, newest first. */
  byRemoteId(remoteId: string): Downlink | null {
    return this.list(HISTORY * 2).find((d) => d.remote_id === remoteId) ?? null;
  }

  insert(downlink: Downlink): void {
    this.sql.exec(
      "INSERT INTO downlinks (k, status, v) VALUES (?, ?, ?)",
      idKey(downlink.id),
      downlink.status,
      JSON.stringify(downlink),
    );
  }

  update(downlink: Downlink): void {
    this.sql.exec(
      "UPDATE downlinks SET status = ?, v = ? WHERE k = ?",
      downlink.status,
      JSON.stringify(downlink),
      idKey(downlink.id),
    );
  }

  /** Drops finished downlinks older than the newest HISTORY (after an insert). */
  prune(): void {
    this.sql.exec(
      `DELETE FROM downlinks WHERE status != 'queued' AND k < (SELECT k FROM downlinks ORDER BY k DESC LIMIT 1 OFFSET ${HISTORY - 1})`,
    );
  }

  route(): DownlinkRoute | null {
    const row = this.sql.exec<{ v: string }>("SELECT v FROM downlink_route WHERE k = 0").toArray()[0];
    return row ? (JSON.parse(row.v) as DownlinkRoute) : null;
  }

  setRoute(route: DownlinkRoute): void {
    this.sql.exec("INSERT OR REPLACE INTO downlink_route (k, v) VALUES (0, ?)", JSON.stringify(route));
  }
}
