// The processor installs an agent's object holds (pushed by the registry, src/registry/), one row
// each, rewritten only when an install's record changed.
import type { ProcessorInstall } from "../processors/processor-installs.ts";

const SCHEMA =
  "CREATE TABLE IF NOT EXISTS processor_installs (install_id TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID;";

export class ProcessorInstalls {
  #byId = new Map<string, ProcessorInstall>();
  #text = new Map<string, string>();

  constructor(private readonly sql: SqlStorage) {
    sql.exec(SCHEMA);
    for (const row of sql.exec<{ install_id: string; v: string }>("SELECT install_id, v FROM processor_installs")) {
      this.#byId.set(row.install_id, JSON.parse(row.v) as ProcessorInstall);
      this.#text.set(row.install_id, row.v);
    }
  }

  get all(): ProcessorInstall[] {
    return [...this.#byId.values()];
  }

  get byId(): ReadonlyMap<string, ProcessorInstall> {
    return this.#byId;
  }

  /** Replaces the set: rows only for installs added, changed or removed. */
  replace(installs: ProcessorInstall[]): void {
    const next = new Map(installs.map((i) => [i.install_id, i]));
    for (const id of this.#byId.keys())
      if (!next.has(id)) {
        this.sql.exec("DELETE FROM processor_installs WHERE install_id = ?", id);
        this.#text.delete(id);
      }
    for (const [id, install] of next) {
      const text = JSON.stringify(install);
      if (this.#text.get(id) === text) continue;
      this.sql.exec("INSERT OR REPLACE INTO processor_installs (install_id, v) VALUES (?, ?)", id, text);
      this.#text.set(id, text);
    }
    this.#byId = next;
  }
}
