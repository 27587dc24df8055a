// A device's downlinks and its downlink route in its Agent object's SQLite, laid out so that a
// device that never queued one pays nothing for the feature at wake: the one table (`dl`, WITHOUT
// ROWID) is created by the first downlink queued, not at wake (each table is also a row of the
// schema the journal reads at wake), and the route is a row of the `journal_meta` table every
// agent has. Queued downlinks are keyed `q<id>`, finished ones `d<id>`: the queue loads with a range
// read of exactly the queued rows (and only when the `downlinks` aggregate counts some:
// downlinks.ts), never growing with the history kept (the newest HISTORY finished ones).
import type { Downlink, DownlinkRoute } from "../contracts/downlink-records.ts";
import { idKey } from "../shared/snowflake.ts";

const SCHEMA = "CREATE TABLE IF NOT EXISTS dl (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID";
const ROUTE_KEY = "downlink_route";

/** Finished downlinks kept per device for `GET …/downlinks` (the queued ones are always kept). */
export const HISTORY = 100;

const queuedKey = (id: string) => `q${idKey(id)}`;
const doneKey = (id: string) => `d${idKey(id)}`;
const rows = (cursor: Iterable<{ v: string }>) => [...cursor].map((row) => JSON.parse(row.v) as Downlink);
const newestFirst = (a: Downlink, b: Downlink) =>
  BigInt(b.id) > BigInt(a.id) ? 1 : BigInt(b.id) < BigInt(a.id) ? -1 : 0;

export class DownlinkStore {
  #exists: boolean;

  /** `tables`: the object's tables at wake (the journal lists them anyway). */
  constructor(
    private readonly sql: SqlStorage,
    tables: ReadonlySet<string>,
    transaction: <T>(work: () => T) => T,
  ) {
    this.#exists = tables.has("dl");
    if (tables.has("downlinks")) transaction(() => this.#migrate(tables));
  }

  /** Whether any downlink was ever queued here (the table exists). */
  get exists(): boolean {
    return this.#exists;
  }

  /** The queued downlinks, oldest first (a range of the key: no other row is read). */
  queued(): Downlink[] {
    if (!this.#exists) return [];
    return rows(this.sql.exec<{ v: string }>("SELECT v FROM dl WHERE k > 'q' AND k < 'r' ORDER BY k"));
  }

  get(id: string): Downlink | null {
    if (!this.#exists) return null;
    const found = this.sql.exec<{ v: string }>("SELECT v FROM dl WHERE k IN (?, ?)", queuedKey(id), doneKey(id));
    return rows(found)[0] ?? null;
  }

  /** Newest first: the queued ones and the newest finished ones. */
  list(limit: number): Downlink[] {
    if (!this.#exists) return [];
    const done = rows(
      this.sql.exec<{ v: string }>("SELECT v FROM dl WHERE k > 'd' AND k < 'e' ORDER BY k DESC LIMIT ?", limit),
    );
    return [...this.queued(), ...done].sort(newestFirst).slice(0, limit);
  }

  /** A downlink by the network server's id (a status event): among the kept ones, newest first. */
  byRemoteId(remoteId: string): Downlink | null {
    return this.list(HISTORY * 2).find((d) => d.remote_id === remoteId) ?? null;
  }

  insert(downlink: Downlink): void {
    this.#create();
    const key = downlink.status === "queued" ? queuedKey(downlink.id) : doneKey(downlink.id);
    this.sql.exec("INSERT INTO dl (k, v) VALUES (?, ?)", key, JSON.stringify(downlink));
  }

  /** `wasQueued`: it is stored as queued (leaving the queue moves it: 2 rows written). */
  update(downlink: Downlink, wasQueued: boolean): void {
    this.#create();
    const v = JSON.stringify(downlink);
    if (downlink.status === "queued") this.sql.exec("UPDATE dl SET v = ? WHERE k = ?", v, queuedKey(downlink.id));
    else {
      if (wasQueued) this.sql.exec("DELETE FROM dl WHERE k = ?", queuedKey(downlink.id));
      this.sql.exec("INSERT OR REPLACE INTO dl (k, v) VALUES (?, ?)", doneKey(downlink.id), v);
    }
  }

  /** Drops finished downlinks older than the newest HISTORY (after an insert). */
  prune(): void {
    if (!this.#exists) return;
    this.sql.exec(
      `DELETE FROM dl WHERE k > 'd' AND k < (SELECT k FROM dl WHERE k > 'd' AND k < 'e' ORDER BY k DESC LIMIT 1 OFFSET ${HISTORY - 1})`,
    );
  }

  route(): DownlinkRoute | null {
    const row = this.sql.exec<{ v: string }>("SELECT v FROM journal_meta WHERE k = ?", ROUTE_KEY).toArray()[0];
    return row ? (JSON.parse(row.v) as DownlinkRoute) : null;
  }

  setRoute(route: DownlinkRoute): void {
    this.sql.exec("INSERT OR REPLACE INTO journal_meta (k, v) VALUES (?, ?)", ROUTE_KEY, JSON.stringify(route));
  }

  #create(): void {
    if (this.#exists) return;
    this.sql.exec(SCHEMA);
    this.#exists = true;
  }

  /** Once: the first layout (tables `downlinks` and `downlink_route`, before this one) moved here. */
  #migrate(tables: ReadonlySet<string>): void {
    for (const d of rows(this.sql.exec<{ v: string }>("SELECT v FROM downlinks"))) {
      this.#create();
      const key = d.status === "queued" ? queuedKey(d.id) : doneKey(d.id);
      this.sql.exec("INSERT OR REPLACE INTO dl (k, v) VALUES (?, ?)", key, JSON.stringify(d));
    }
    if (tables.has("downlink_route")) {
      const route = this.sql.exec<{ v: string }>("SELECT v FROM downlink_route").toArray()[0];
      if (route) this.sql.exec("INSERT OR REPLACE INTO journal_meta (k, v) VALUES (?, ?)", ROUTE_KEY, route.v);
      this.sql.exec("DROP TABLE downlink_route");
    }
    this.sql.exec("DROP TABLE downlinks");
  }
}
