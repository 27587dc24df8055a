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
  const page = new PageText(limit, maxBytes, keyOf);
  for (const value of values) if (!page.take(value)) break;
  return page.done();
}

/** toPage over messages that come in asynchronously (an agent's archive read after its journal). */
export async function toPageAsync<T>(
  values: AsyncIterable<T>,
  limit: number,
  maxBytes: number,
  keyOf: (v: T) => string,
): Promise<JsonPage> {
  const page = new PageText(limit, maxBytes, keyOf);
  for await (const value of values) if (!page.take(value)) break;
  return page.done();
}

/** A page being written: values taken until the limit or `maxBytes` (at least one value). */
class PageText<T> {
  readonly #parts: string[] = [];
  #bytes = 0;
  #last: string | null = null;
  #more = false;

  constructor(
    private readonly limit: number,
    private readonly maxBytes: number,
    private readonly keyOf: (v: T) => string,
  ) {}

  /** Takes `value`; false when the page is full (the value not taken). */
  take(value: T): boolean {
    if (this.#parts.length >= this.limit) return false;
    if (this.#parts.length > 0 && this.#bytes >= this.maxBytes) {
      this.#more = true;
      return false;
    }
    const text = JSON.stringify(value);
    this.#parts.push(text);
    this.#bytes += utf8Length(text);
    this.#last = this.keyOf(value);
    return true;
  }

  done(): JsonPage {
    return { items: this.#parts.join(","), count: this.#parts.length, last: this.#last, more: this.#more };
  }
}
