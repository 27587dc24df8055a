// The query of a channel's history routes (series, export; issue 23), checked at the edge: a bad
// value is a 422 validation_failed whose `field` names the parameter.
import { z } from "zod";
import type { HistoryRange } from "../../contracts/history-records.ts";
import {
  bucketCount,
  bucketMs,
  DEFAULT_RANGE_MS,
  fieldPath,
  MAX_BUCKETS,
  MAX_RANGE_MS,
  RAW_PAGE_DEFAULT,
  RAW_PAGE_MAX,
} from "../../shared/history-limits.ts";
import { ProblemError } from "../../shared/problem.ts";
import { isSnowflakeText } from "../../shared/snowflake.ts";

const text = z.string();

/** What the OpenAPI document shows; values are checked by the functions below. */
export const seriesQuery = z.object({
  field: text,
  from: text.optional(),
  to: text.optional(),
  bucket: text.optional(),
  limit: text.optional(),
  after: text.optional(),
});

export const exportQuery = z.object({
  from: text.optional(),
  to: text.optional(),
  format: z.enum(["ndjson", "csv"]).optional(),
});

export function invalid(param: string, detail: string): ProblemError {
  return new ProblemError(422, "validation_failed", `${param}: ${detail}`, { extra: { field: param } });
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/** RFC 3339 date-time or epoch milliseconds. */
export function parseTime(param: string, value: string): number {
  if (/^\d{1,15}$/.test(value)) return Number(value);
  const ms = RFC3339.test(value) ? Date.parse(value.replace(" ", "T")) : NaN;
  if (!Number.isFinite(ms)) throw invalid(param, "must be an RFC 3339 date-time or epoch milliseconds");
  return ms;
}

/** `from`/`to` (both included), by default the 24 hours up to now. */
export function parseRange(q: { from?: string | undefined; to?: string | undefined }, now = Date.now()): HistoryRange {
  const to = q.to === undefined ? now : parseTime("to", q.to);
  const from = q.from === undefined ? to - DEFAULT_RANGE_MS : parseTime("from", q.from);
  if (from > to) throw invalid("from", "is after to");
  if (to - from > MAX_RANGE_MS)
    throw invalid("from", `the range is over the limit of ${MAX_RANGE_MS / 86_400_000} days`);
  return { from, to };
}

export interface SeriesParams extends HistoryRange {
  field: string;
  bucket: string | null;
  bucket_ms: number | null;
  after: string | null;
  limit: number;
}

export function parseSeries(q: z.output<typeof seriesQuery>): SeriesParams {
  const path = fieldPath(q.field);
  if (!path.ok) throw invalid("field", path.detail);
  const range = parseRange(q);
  let size: number | null = null;
  if (q.bucket !== undefined) {
    size = bucketMs(q.bucket);
    if (size === null) throw invalid("bucket", "must be <n>s, <n>m, <n>h or <n>d (n ≥ 1)");
    const count = bucketCount(range.from, range.to, size);
    if (count > MAX_BUCKETS)
      throw invalid("bucket", `the range spans ${count} buckets of ${q.bucket}; at most ${MAX_BUCKETS}`);
  }
  let limit = RAW_PAGE_DEFAULT;
  if (q.limit !== undefined) {
    limit = /^\d{1,6}$/.test(q.limit) ? Number(q.limit) : NaN;
    if (!(limit >= 1 && limit <= RAW_PAGE_MAX)) throw invalid("limit", `must be an integer from 1 to ${RAW_PAGE_MAX}`);
  }
  if (q.after !== undefined && !isSnowflakeText(q.after)) throw invalid("after", "must be a message id");
  return { ...range, field: q.field, bucket: q.bucket ?? null, bucket_ms: size, after: q.after ?? null, limit };
}
