// Limits and field paths of a channel's history (series and export, issue 23), shared by the
// routes that validate a query and the Agent object that checks its RPC arguments again.

/** Widest range one series or export reads (the archive keeps at least 400 days). */
export const MAX_RANGE_MS = 400 * 24 * 3600 * 1000;
/** Most buckets one series answers. */
export const MAX_BUCKETS = 10_000;
/** Raw points per page: default and most. */
export const RAW_PAGE_DEFAULT = 1000;
export const RAW_PAGE_MAX = 10_000;
/** Messages one raw page or one CSV column pass reads at most before answering with a cursor. */
export const SCAN_BUDGET = 20_000;
/** Messages one export part holds at most (besides its byte bound). */
export const EXPORT_PART_MESSAGES = 5_000;
/** Most distinct CSV columns (`data.*` paths) an export carries. */
export const MAX_CSV_COLUMNS = 1_000;
/** Largest bucketed answer (its first/last values may be strings or objects). */
export const MAX_SERIES_BYTES = 16 * 1024 * 1024;

export const MAX_FIELD_LENGTH = 256;
const MAX_SEGMENT_LENGTH = 128;
export const DEFAULT_RANGE_MS = 24 * 3600 * 1000;

/** A dotted field path's segments, or why it is refused. */
export function fieldPath(field: string): { ok: true; path: string[] } | { ok: false; detail: string } {
  if (field.length === 0) return { ok: false, detail: "must not be empty" };
  if (field.length > MAX_FIELD_LENGTH) return { ok: false, detail: `must be at most ${MAX_FIELD_LENGTH} characters` };
  // oxlint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(field)) return { ok: false, detail: "must not hold control characters" };
  const path = field.split(".");
  if (path.some((s) => s.length === 0))
    return { ok: false, detail: "has an empty segment (`a..b`, a leading or trailing dot)" };
  if (path.some((s) => s.length > MAX_SEGMENT_LENGTH))
    return { ok: false, detail: `has a segment longer than ${MAX_SEGMENT_LENGTH} characters` };
  return { ok: true, path };
}

/** `<n>s|m|h|d` as milliseconds (at least one second), or null. */
export function bucketMs(bucket: string): number | null {
  const match = /^([1-9]\d{0,8})([smhd])$/.exec(bucket);
  if (!match) return null;
  const unit = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as "s" | "m" | "h" | "d"];
  return Number(match[1]) * unit;
}

/** Buckets a range spans: buckets start at epoch multiples of their size. */
export function bucketCount(from: number, to: number, size: number): number {
  return Math.floor(to / size) - Math.floor(from / size) + 1;
}
