// The journal's archive in R2 (written by archive.ts): its key layout, and reading a seq range of an
// agent's archived rows back, oldest or newest first. One object per archived journal segment (or
// part of one): `a/<agent_id>/<first seq>-<last seq>.ndjson.gz`, seqs zero-padded to 20 digits so
// a prefix listing returns the objects in seq order; gzipped NDJSON, a line per journal row.
import type { Entry, Row } from "./journal.ts";
import { idKey } from "../shared/snowflake.ts";

/** Every archive object of an agent is under this prefix. */
export const archivePrefix = (agentId: string): string => `a/${agentId}/`;

export const archiveKey = (agentId: string, first: bigint, last: bigint): string =>
  `${archivePrefix(agentId)}${idKey(first)}-${idKey(last)}.ndjson.gz`;

const KEY = /\/(\d{20})-(\d{20})\.ndjson\.gz$/;

/** The seq range an archive key covers (its first and last row), or null for a foreign key. */
export function keyRange(key: string): { first: bigint; last: bigint } | null {
  const m = KEY.exec(key);
  return m?.[1] && m[2] ? { first: BigInt(m[1]), last: BigInt(m[2]) } : null;
}

/** One NDJSON line: a journal row as stored (`c`: its channels `|a|b|`, `k`: its event keys). */
export interface ArchivedLine {
  seq: string;
  hi: string;
  c: string;
  k: string | null;
  e: Entry;
}

/** Every archive key of an agent, oldest first (one list operation per 1,000 objects). */
export async function archiveKeys(bucket: R2Bucket, agentId: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const listed = await bucket.list({ prefix: archivePrefix(agentId), ...(cursor ? { cursor } : {}) });
    for (const o of listed.objects) keys.push(o.key);
    cursor = listed.truncated ? listed.cursor : undefined;
  } while (cursor);
  return keys.sort();
}

/**
 * An agent's archived rows with `fromSeq ≤ seq ≤ toSeq` (`channel`: only rows touching it; null:
 * all), in `order`. Lists the agent's prefix once and fetches only the objects overlapping the
 * range; an object is decompressed as a stream (oldest first) and buffered only to be read newest
 * first. The same Row shape as the journal's readers, so a range read can go on into the journal.
 *
 * @example
 * for await (const row of archivedRows(env.ARCHIVE, agentId, "tag_values", 0n, before - 1n, "desc"))
 *   console.log(row.seq, row.entry.t);
 */
export async function* archivedRows(
  bucket: R2Bucket,
  agentId: string,
  channel: string | null,
  fromSeq: bigint,
  toSeq: bigint,
  order: "asc" | "desc",
): AsyncGenerator<Row> {
  if (fromSeq > toSeq) return;
  const keys = (await archiveKeys(bucket, agentId)).filter((key) => {
    const range = keyRange(key);
    return range !== null && range.first <= toSeq && range.last >= fromSeq;
  });
  if (order === "desc") keys.reverse();
  const wanted = channel === null ? null : `|${channel}|`;
  const keep = (line: ArchivedLine): boolean => {
    const seq = BigInt(line.seq);
    return seq >= fromSeq && seq <= toSeq && (wanted === null || line.c.includes(wanted));
  };
  for (const key of keys) {
    const object = await bucket.get(key);
    // Swept by age between the listing and the read: nothing left there to give.
    if (!object) continue;
    const lines = linesOf(object.body);
    if (order === "asc") {
      for await (const line of lines) if (keep(line)) yield { seq: BigInt(line.seq), entry: line.e };
      continue;
    }
    const rows: Row[] = [];
    for await (const line of lines) if (keep(line)) rows.push({ seq: BigInt(line.seq), entry: line.e });
    for (let i = rows.length - 1; i >= 0; i--) yield rows[i] as Row;
  }
}

/** The lines of a gzipped NDJSON body, parsed as they arrive. */
async function* linesOf(body: ReadableStream<Uint8Array>): AsyncGenerator<ArchivedLine> {
  const text = body.pipeThrough(new DecompressionStream("gzip")).pipeThrough(new TextDecoderStream());
  let rest = "";
  for await (const chunk of text) {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) if (line) yield JSON.parse(line) as ArchivedLine;
  }
  if (rest) yield JSON.parse(rest) as ArchivedLine;
}
