// A channel's messages over a range as NDJSON lines or CSV rows (issue 23), in parts the worker
// streams one after another (each part bounded by bytes and messages, so memory stays flat
// whatever the range). CSV columns come first from a pass over the range (`columns`).
import type { ChannelStore } from "./channel-store.ts";
import { checkRange, idRange } from "./series.ts";
import type { ColumnsPage, ExportPage, ExportQuery, HistoryRange } from "../contracts/history-records.ts";
import { fail, ok, type Message, type Outcome } from "../shared/channel-types.ts";
import { EXPORT_PART_MESSAGES, MAX_CSV_COLUMNS, SCAN_BUDGET } from "../shared/history-limits.ts";
import { csvField, csvLine, flatten } from "../shared/history-csv.ts";
import { utf8Length } from "../shared/utf8.ts";

function csvRow(message: Message, columns: string[]): string {
  const leaves = flatten(message.data);
  return csvLine([
    csvField(message.id),
    csvField(message.timestamp),
    csvField(message.author_id),
    ...columns.map((c) => csvField(leaves.get(c))),
  ]);
}

/** The `data.*` columns of messages in the range after `after`, first seen first; a pass reads at most SCAN_BUDGET. */
export async function exportColumns(
  store: ChannelStore,
  name: string,
  range: HistoryRange,
  after: string | null,
): Promise<Outcome<ColumnsPage> | null> {
  if (!store.get(name)) return null;
  const checked = checkRange(range.from, range.to, after);
  if (!checked.ok) return checked;
  const seen = new Set<string>();
  let scanned = 0;
  const [fromId, toId] = idRange(range.from, range.to, after);
  for await (const message of store.messagesInRange(name, fromId, toId)) {
    for (const column of flatten(message.data).keys()) seen.add(column);
    if (seen.size > MAX_CSV_COLUMNS)
      return fail(422, "validation_failed", `format: more than ${MAX_CSV_COLUMNS} data columns; use format=ndjson`);
    if (++scanned >= SCAN_BUDGET) return ok({ columns: [...seen], next: message.id });
  }
  return ok({ columns: [...seen], next: null });
}

export async function exportPart(
  store: ChannelStore,
  name: string,
  q: ExportQuery,
  maxBytes: number,
): Promise<Outcome<ExportPage> | null> {
  if (!store.get(name)) return null;
  const checked = checkRange(q.from, q.to, q.after);
  if (!checked.ok) return checked;
  if (q.format === "csv" && (q.columns === null || q.columns.length > MAX_CSV_COLUMNS))
    return fail(422, "validation_failed", "columns: a CSV part needs the columns of the range");
  const lines: string[] = [];
  let bytes = 0;
  let last: string | null = null;
  const [fromId, toId] = idRange(q.from, q.to, q.after);
  for await (const message of store.messagesInRange(name, fromId, toId)) {
    if (lines.length >= EXPORT_PART_MESSAGES || (lines.length > 0 && bytes >= maxBytes))
      return ok({ text: lines.join(""), count: lines.length, last, more: true });
    const line = q.format === "csv" ? csvRow(message, q.columns ?? []) : `${JSON.stringify(message)}\n`;
    lines.push(line);
    bytes += utf8Length(line);
    last = message.id;
  }
  return ok({ text: lines.join(""), count: lines.length, last, more: false });
}
