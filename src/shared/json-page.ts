// Lists read from an agent's object in parts bounded by bytes (one RPC value is limited to 32 MiB),
// as JSON text the worker streams as one array (src/worker/http/json-stream.ts).
import { utf8Length } from "./utf8.ts";

/** Part of a list as JSON: `items` joined by commas; `last` is where the next part starts. */
export interface JsonPage {
  items: string;
  count: number;
  last: string | null;
  /** Stopped by `maxBytes` with more to come (not by the end or the limit). */
  more: boolean;
}

export function toPage<T>(values: Iterable<T>, limit: number, maxBytes: number, keyOf: (v: T) => string): JsonPage {
  const parts: string[] = [];
  let bytes = 0;
  let last: string | null = null;
  for (const value of values) {
    if (parts.length >= limit) break;
    if (parts.length > 0 && bytes >= maxBytes) return { items: parts.join(","), count: parts.length, last, more: true };
    const text = JSON.stringify(value);
    parts.push(text);
    bytes += utf8Length(text);
    last = keyOf(value);
  }
  return { items: parts.join(","), count: parts.length, last, more: false };
}

/** toPage over messages that come in asynchronously (an agent's archive read after its journal). */
export async function toPageAsync<T>(
  values: AsyncIterable<T>,
  limit: number,
  maxBytes: number,
  keyOf: (v: T) => string,
): Promise<JsonPage> {
  const parts: string[] = [];
  let bytes = 0;
  let last: string | null = null;
  for await (const value of values) {
    if (parts.length >= limit) break;
    if (parts.length > 0 && bytes >= maxBytes) return { items: parts.join(","), count: parts.length, last, more: true };
    const text = JSON.stringify(value);
    parts.push(text);
    bytes += utf8Length(text);
    last = keyOf(value);
  }
  return { items: parts.join(","), count: parts.length, last, more: false };
}
