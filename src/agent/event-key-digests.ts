// The event keys of an agent's journal, for de-duplication over the whole window without reading
// the journal: each key is kept as a short digest with the seq of its entry, by journal segment.
// What the checkpoint covers is stored as one row per segment (`journal_keys`), rewritten in the
// checkpoint's own transaction when its segment gained keys (no row per keyed event); the keys of
// entries after the checkpoint come back with the replay at wake. So the first keyed event after
// a wake reads one row per segment (at most ~9), however long the history, and a digest that
// matches is confirmed against the entry's own keys (one row, by primary key).

export const EVENT_KEYS_SCHEMA = `
CREATE TABLE IF NOT EXISTS journal_keys (n INTEGER PRIMARY KEY, keys TEXT NOT NULL) WITHOUT ROWID;
`;

/** journal_meta marker: every keyed entry of the journal is in journal_keys or replayed. */
const INDEXED = "event_keys";

/** A 53-bit digest of a key (cyrb53), base 36: collisions are confirmed against the entry. */
export function digest(key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

type Digests = Map<string, bigint[]>;
type Pair = [digest: string, seq: bigint];

function put(into: Digests, [d, seq]: Pair): void {
  const seqs = into.get(d);
  if (!seqs) into.set(d, [seq]);
  else if (!seqs.includes(seq)) seqs.push(seq);
}

const serialize = (digests: Digests): string =>
  [...digests].flatMap(([d, seqs]) => seqs.map((s) => `${d}:${s.toString(36)}`)).join(",");

function parse(text: string): Digests {
  const out: Digests = new Map();
  if (text === "") return out;
  for (const pair of text.split(",")) {
    const at = pair.indexOf(":");
    put(out, [pair.slice(0, at), base36(pair.slice(at + 1))]);
  }
  return out;
}

function base36(text: string): bigint {
  let n = 0n;
  for (const c of text) n = n * 36n + BigInt(parseInt(c, 36));
  return n;
}

/** Every keyed entry of a journal, for the one-time indexing of a journal written before this. */
export type KeyedEntries = () => Iterable<{ n: number; seq: bigint; keys: string[] }>;

export class EventKeys {
  /** Segments whose stored row has been read (plus what was added since). */
  readonly #loaded = new Map<number, Digests>();
  #all = false;
  /** Keys not yet in their segment's row, by segment. */
  readonly #unsaved = new Map<number, Pair[]>();

  constructor(
    private readonly sql: SqlStorage,
    private readonly keyed: KeyedEntries,
  ) {
    sql.exec(EVENT_KEYS_SCHEMA);
  }

  /** A committed or replayed entry's keys (segment `n`); `saved`: its checkpoint stored them. */
  add(n: number, keys: readonly string[], seq: bigint, saved = false): void {
    if (keys.length === 0) return;
    const pairs = keys.map((k): Pair => [digest(k), seq]);
    // Once everything is loaded, a segment opened since starts loaded (empty).
    let loaded = this.#loaded.get(n);
    if (!loaded && this.#all) this.#loaded.set(n, (loaded = new Map()));
    if (loaded) for (const pair of pairs) put(loaded, pair);
    if (saved) return;
    const list = this.#unsaved.get(n);
    if (list) list.push(...pairs);
    else this.#unsaved.set(n, pairs);
  }

  /** Seqs of the entries that may hold `key` (their digest matches), newest first. */
  candidates(key: string): bigint[] {
    this.loadAll();
    const d = digest(key);
    const out: bigint[] = [];
    for (const digests of this.#loaded.values()) out.push(...(digests.get(d) ?? []));
    return out.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  }

  /**
   * Stores the rows of segments that gained keys, with `also` (the entry the checkpoint comes
   * with): inside the checkpoint's transaction. Memory changes only in `saved()`.
   */
  save(also: { n: number; keys: readonly string[]; seq: bigint } | null): void {
    const segments = new Set(this.#unsaved.keys());
    if (also && also.keys.length > 0) segments.add(also.n);
    for (const n of segments) {
      const digests = new Map(this.segment(n));
      if (also?.n === n) for (const k of also.keys) put(digests, [digest(k), also.seq]);
      this.sql.exec("INSERT OR REPLACE INTO journal_keys (n, keys) VALUES (?, ?)", n, serialize(digests));
    }
  }

  /** The checkpoint carrying `save()` committed. */
  saved(): void {
    this.#unsaved.clear();
  }

  /** Deletes the rows of dropped segments (inside the drop's transaction). */
  dropRows(segments: readonly number[]): void {
    for (const n of segments) this.sql.exec("DELETE FROM journal_keys WHERE n = ?", n);
  }

  /** Forgets dropped segments once their drop committed. */
  forget(segments: readonly number[]): void {
    for (const n of segments) {
      this.#loaded.delete(n);
      this.#unsaved.delete(n);
    }
  }

  /** One segment's digests: its row, and what was added since. */
  private segment(n: number): Digests {
    let digests = this.#loaded.get(n);
    if (digests) return digests;
    const row = this.sql.exec<{ keys: string }>("SELECT keys FROM journal_keys WHERE n = ?", n).toArray()[0];
    digests = parse(row?.keys ?? "");
    for (const pair of this.#unsaved.get(n) ?? []) put(digests, pair);
    this.#loaded.set(n, digests);
    return digests;
  }

  private loadAll(): void {
    if (this.#all) return;
    const indexed = this.sql.exec("SELECT 1 FROM journal_meta WHERE k = ?", INDEXED).toArray().length > 0;
    if (!indexed) this.indexJournal();
    for (const row of this.sql.exec<{ n: number; keys: string }>("SELECT n, keys FROM journal_keys"))
      if (!this.#loaded.has(row.n)) {
        const digests = parse(row.keys);
        for (const pair of this.#unsaved.get(row.n) ?? []) put(digests, pair);
        this.#loaded.set(row.n, digests);
      }
    for (const [n, pairs] of this.#unsaved)
      if (!this.#loaded.has(n)) this.#loaded.set(n, new Map(pairs.map(([d, s]) => [d, [s]])));
    this.#all = true;
  }

  /**
   * Once per object: a journal written before journal_keys had its keys only in its rows. Reads
   * them all this one time and stores them by segment, with the marker that makes it once.
   */
  private indexJournal(): void {
    const bySegment = new Map<number, Digests>();
    for (const { n, seq, keys } of this.keyed()) {
      const digests = bySegment.get(n) ?? new Map<string, bigint[]>();
      for (const k of keys) put(digests, [digest(k), seq]);
      bySegment.set(n, digests);
    }
    for (const [n, digests] of bySegment) {
      this.sql.exec("INSERT OR REPLACE INTO journal_keys (n, keys) VALUES (?, ?)", n, serialize(digests));
      this.#loaded.delete(n);
    }
    this.sql.exec("INSERT OR REPLACE INTO journal_meta (k, v) VALUES (?, '1')", INDEXED);
  }
}
