// Values that cross the Agent object's RPC surface for a channel's history (issue 23): a time
// series of one field and a streamed export, read from the journal in proportion to the range.

/** A time range in epoch milliseconds, both ends included. */
export interface HistoryRange {
  from: number;
  to: number;
}

/** A series of one field: `bucket_ms` null for raw points, paged by `after` (a message id). */
export interface SeriesQuery extends HistoryRange {
  field: string;
  bucket_ms: number | null;
  after: string | null;
  limit: number;
}

export interface SeriesAnswer {
  /** The points as a JSON array (text: one string crosses RPC, not 10,000 objects). */
  points: string;
  count: number;
  /** Raw points: the message id to ask again `after`, or null at the end of the range. */
  next: string | null;
  /** Journal rows the runtime counted reading the range (bench and tests). */
  rows_read: number;
}

export type ExportFormat = "ndjson" | "csv";

/** One part of an export, after `after`; `columns`: the CSV columns from `exportColumns`. */
export interface ExportQuery extends HistoryRange {
  format: ExportFormat;
  columns: string[] | null;
  after: string | null;
}

/** Lines (NDJSON) or rows (CSV) of one part, each ended by a newline. */
export interface ExportPage {
  text: string;
  count: number;
  /** The id of the last message in the part: the next part's `after`. */
  last: string | null;
  /** Stopped by its bounds, with possibly more to come. */
  more: boolean;
}

/** CSV columns seen in one part of the range (first-seen order); `next`: continue after it. */
export interface ColumnsPage {
  columns: string[];
  next: string | null;
}
