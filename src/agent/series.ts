// A time series of one field of a channel's messages (issue 23), computed inside the Agent object
// from the messages in a range: buckets aligned to epoch multiples of their size, or raw points in
// pages. Reads only the journal rows of the range (ChannelStore.messagesInRange).
import type { ChannelStore } from "./channel-store.ts";
import type { SeriesAnswer, SeriesQuery } from "../contracts/history-records.ts";
import { fail, ok, type Outcome } from "../shared/channel-types.ts";
import {
  bucketCount,
  fieldPath,
  MAX_BUCKETS,
  MAX_RANGE_MS,
  MAX_SERIES_BYTES,
  RAW_PAGE_MAX,
  SCAN_BUDGET,
} from "../shared/history-limits.ts";
import type { Json } from "../shared/merge-patch.ts";
import { isSnowflakeText, snowflakeAt, SNOWFLAKE_EPOCH_MS } from "../shared/snowflake.ts";
import { utf8Length } from "../shared/utf8.ts";
import { valueAt } from "../shared/json-path.ts";

/** Message ids of a range (both ends included), after a cursor id when there is one. */
export function idRange(from: number, to: number, after: string | null): [bigint, bigint] {
  const low = snowflakeAt(Math.max(from, SNOWFLAKE_EPOCH_MS));
  const high = snowflakeAt(Math.max(to + 1, SNOWFLAKE_EPOCH_MS)) - 1n;
  const next = after === null ? low : BigInt(after) + 1n;
  return [next > low ? next : low, high];
}

/** The query's own check (an RPC argument): the routes answer the same cases first. */
export function checkRange(from: number, to: number, after: string | null): Outcome<null> {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to))
    return fail(422, "validation_failed", "from/to: not epoch ms");
  if (from > to) return fail(422, "validation_failed", "from: after to");
  if (to - from > MAX_RANGE_MS) return fail(422, "validation_failed", "from: range over the limit");
  if (after !== null && !isSnowflakeText(after)) return fail(422, "validation_failed", "after: not a message id");
  return ok(null);
}

export async function series(store: ChannelStore, name: string, q: SeriesQuery): Promise<Outcome<SeriesAnswer> | null> {
  if (!store.get(name)) return null;
  const path = fieldPath(q.field);
  if (!path.ok) return fail(422, "validation_failed", `field: ${path.detail}`);
  const range = checkRange(q.from, q.to, q.after);
  if (!range.ok) return range;
  if (q.bucket_ms === null) {
    if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > RAW_PAGE_MAX)
      return fail(422, "validation_failed", `limit: 1 to ${RAW_PAGE_MAX}`);
    return ok(await rawPoints(store, name, path.path, q));
  }
  if (!Number.isInteger(q.bucket_ms) || q.bucket_ms < 1000 || bucketCount(q.from, q.to, q.bucket_ms) > MAX_BUCKETS)
    return fail(422, "validation_failed", `bucket: at least 1 s and at most ${MAX_BUCKETS} buckets over the range`);
  return buckets(store, name, path.path, q, q.bucket_ms);
}

interface Bucket {
  t: number;
  n: number;
  min: number | null;
  max: number | null;
  sum: number;
  numbers: number;
  first: Json;
  last: Json;
}

async function buckets(
  store: ChannelStore,
  name: string,
  path: string[],
  q: SeriesQuery,
  size: number,
): Promise<Outcome<SeriesAnswer>> {
  const stats = { rowsRead: 0 };
  const points: string[] = [];
  let bytes = 0;
  let open = null as Bucket | null;
  const close = (b: Bucket) => {
    const { t, n, min, max, first, last } = b;
    const text = JSON.stringify({ t, n, min, max, avg: b.numbers ? b.sum / b.numbers : null, first, last });
    points.push(text);
    bytes += utf8Length(text);
  };
  const [fromId, toId] = idRange(q.from, q.to, null);
  for await (const message of store.messagesInRange(name, fromId, toId, stats)) {
    const v = valueAt(message.data, path);
    if (v === undefined) continue;
    const t = Math.floor(message.timestamp / size) * size;
    if (open?.t !== t) {
      if (open) close(open);
      if (bytes > MAX_SERIES_BYTES)
        return fail(
          422,
          "validation_failed",
          `bucket: the answer exceeds ${MAX_SERIES_BYTES} bytes; choose a coarser bucket`,
        );
      open = { t, n: 0, min: null, max: null, sum: 0, numbers: 0, first: v, last: v };
    }
    open.n++;
    open.last = v;
    if (typeof v === "number" && Number.isFinite(v)) {
      open.min = open.min === null ? v : Math.min(open.min, v);
      open.max = open.max === null ? v : Math.max(open.max, v);
      open.sum += v;
      open.numbers++;
    }
  }
  if (open) close(open);
  return ok({ points: `[${points.join(",")}]`, count: points.length, next: null, rows_read: stats.rowsRead });
}

/** Bytes of raw points one page holds at most (well under the 32 MiB RPC limit). */
const RAW_PAGE_BYTES = 8 * 1024 * 1024;

/**
 * Up to `limit` points after `q.after`; `next` is the cursor when more remain (a page cut by bytes
 * or by the scan budget may hold fewer points, even none).
 */
async function rawPoints(store: ChannelStore, name: string, path: string[], q: SeriesQuery): Promise<SeriesAnswer> {
  const stats = { rowsRead: 0 };
  const points: string[] = [];
  let bytes = 0;
  let scanned = 0;
  let next: string | null = null;
  let lastIncluded: string | null = null;
  const [fromId, toId] = idRange(q.from, q.to, q.after);
  for await (const message of store.messagesInRange(name, fromId, toId, stats)) {
    const v = valueAt(message.data, path);
    if (v !== undefined) {
      // Full: this further value only says that there is more.
      if (points.length >= q.limit || bytes >= RAW_PAGE_BYTES) {
        next = lastIncluded;
        break;
      }
      const text = JSON.stringify({ t: message.timestamp, v });
      points.push(text);
      bytes += utf8Length(text);
      lastIncluded = message.id;
    }
    if (++scanned >= SCAN_BUDGET) {
      next = message.id;
      break;
    }
  }
  return { points: `[${points.join(",")}]`, count: points.length, next, rows_read: stats.rowsRead };
}
