// The journal's archive, written by the Agent object: when retention lets a journal segment go, the
// journal marks it due (journal.ts: in memory, no row written); from here it
// is uploaded to R2 (gzipped NDJSON, keyed by agent and seq: archive-read.ts) right after the commit
// and dropped only once every put succeeded. A failed put leaves the segment due and is retried
// with backoff by the object's alarm; a re-upload after a crash overwrites the same keys. After an
// upload the agent deletes its own objects older than ARCHIVE_RETENTION_DAYS (one listing).
import { archivedRows, archiveKey, archiveKeys, keyRange } from "./archive-read.ts";
import type { ArchiveLink } from "./channel-store.ts";
import type { ArchiveRow, Journal, Row } from "./journal.ts";
import type { Timers } from "./timers.ts";
import { snowflakeTime } from "../shared/snowflake.ts";

/** NDJSON text per object at most (a segment larger than this goes in several): bounds memory. */
const PART_CHARS = 16 * 1024 * 1024;
const MAX_BACKOFF_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface ArchiveSide {
  bucket: R2Bucket;
  agentId: string;
  /** The journal whose due segments are uploaded (built after this: read when needed). */
  journal: () => Journal;
  timers: Timers;
  /** Objects whose newest entry is older than this many days are deleted. */
  retentionDays: number;
}

export class Archive implements ArchiveLink {
  #running: Promise<void> | null = null;
  #attempts = 0;
  #notBefore = 0;
  #deleted = false;
  /** Due segments in R2 whose drop failed: the retry only drops them. */
  readonly #uploaded = new Set<number>();

  constructor(private readonly side: ArchiveSide) {}

  /** Whether segments wait for the archive (the alarm runs run() while they do). */
  get pending(): boolean {
    return this.side.journal().due.length > 0;
  }

  /**
   * A commit marked segments due: upload them now. No alarm is set for it (that would be a row
   * and a wake per segment): should the object stop first, its next wake finds them due (the
   * pipeline's constructor runs them); only a failed put wants the alarm.
   */
  due(): void {
    void this.run();
  }

  rows(channel: string, fromSeq: bigint, toSeq: bigint, order: "asc" | "desc"): AsyncGenerator<Row> {
    return archivedRows(this.side.bucket, this.side.agentId, channel, fromSeq, toSeq, order);
  }

  /** Uploads every due segment (one run at a time); never throws: a failure waits for the alarm. */
  run(now = Date.now()): Promise<void> {
    if (this.#running) return this.#running;
    if (now < this.#notBefore || !this.pending) return Promise.resolve();
    this.#running = this.#upload().finally(() => (this.#running = null));
    return this.#running;
  }

  async #upload(): Promise<void> {
    const journal = this.side.journal();
    try {
      // Segments marked due while this runs are taken too.
      for (let n = journal.due[0]; n !== undefined; n = journal.due[0]) {
        if (!this.#deleted && !this.#uploaded.has(n)) {
          // Read whole before the first await: no cursor stays open while other calls write.
          const parts = Array.from(partsOf(journal.dueRows(n)));
          for (const part of parts) await this.#put(part);
          this.#uploaded.add(n);
        }
        // Throws (SQLITE_LOCKED) while a reader's statement is open on it: retried, not re-uploaded.
        journal.archived(n);
        this.#uploaded.delete(n);
      }
      this.#attempts = 0;
      this.#notBefore = 0;
    } catch (error) {
      const wait = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.#attempts++);
      this.#notBefore = Date.now() + wait;
      console.error(
        `agent ${this.side.agentId}: archiving failed (attempt ${this.#attempts}), retry in ${wait} ms`,
        error,
      );
      this.side.timers.want("archive", this.#notBefore);
      await this.side.timers.arm();
      return;
    }
    await this.sweep().catch((error: unknown) =>
      console.error(`agent ${this.side.agentId}: archive sweep failed (next archive retries)`, error),
    );
  }

  async #put(part: Part): Promise<void> {
    const body = await gzip(part.text);
    await this.side.bucket.put(archiveKey(this.side.agentId, part.first, part.last), body, {
      httpMetadata: { contentType: "application/x-ndjson", contentEncoding: "gzip" },
      customMetadata: {
        first_seq: part.first.toString(),
        last_seq: part.last.toString(),
        first_time: new Date(snowflakeTime(part.first)).toISOString(),
        last_time: new Date(snowflakeTime(part.last)).toISOString(),
        rows: String(part.rows),
      },
    });
  }

  /** Deletes the agent's objects whose newest entry is older than the retention (one listing). */
  async sweep(now = Date.now()): Promise<number> {
    const cutoff = now - this.side.retentionDays * DAY_MS;
    const old = (await archiveKeys(this.side.bucket, this.side.agentId)).filter((key) => {
      const range = keyRange(key);
      return range !== null && snowflakeTime(range.last) < cutoff;
    });
    for (let i = 0; i < old.length; i += 1000) await this.side.bucket.delete(old.slice(i, i + 1000));
    return old.length;
  }

  /**
   * The agent was deleted: every object under its prefix goes, and so do the segments still due
   * (not uploaded). Throws when R2 refused (the registry retries).
   */
  async deleteAll(): Promise<void> {
    this.#deleted = true;
    await this.#running;
    const journal = this.side.journal();
    for (let n = journal.due[0]; n !== undefined; n = journal.due[0]) journal.archived(n);
    const keys = await archiveKeys(this.side.bucket, this.side.agentId);
    for (let i = 0; i < keys.length; i += 1000) await this.side.bucket.delete(keys.slice(i, i + 1000));
  }
}

interface Part {
  first: bigint;
  last: bigint;
  rows: number;
  text: string;
}

/** A due segment's rows as NDJSON, cut into parts of at most PART_CHARS (at least one row each). */
function* partsOf(rows: Iterable<ArchiveRow>): Generator<Part> {
  let part: Part | null = null;
  for (const row of rows) {
    // An ArchivedLine (archive-read.ts); the entry is stored as JSON text: embedded as is.
    const line = `{"seq":${JSON.stringify(BigInt(row.seq).toString())},"hi":${JSON.stringify(BigInt(row.hi).toString())},"c":${JSON.stringify(row.chans)},"k":${JSON.stringify(row.k)},"e":${row.e}}\n`;
    const seq = BigInt(row.seq);
    if (part && part.text.length + line.length > PART_CHARS) {
      yield part;
      part = null;
    }
    part ??= { first: seq, last: seq, rows: 0, text: "" };
    part.last = seq;
    part.rows++;
    part.text += line;
  }
  if (part) yield part;
}

async function gzip(text: string): Promise<ArrayBuffer> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}
