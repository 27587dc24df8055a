// How large a stored value or a journal row may be: checked before writing, so a write too large
// is a clear 413 and never a failed SQLite statement.
import type { Json } from "../shared/merge-patch.ts";
import { fail, type Failure } from "../shared/channel-types.ts";
import { exceedsUtf8 } from "../shared/utf8.ts";

/**
 * Largest stored JSON value (an aggregate or one message's data), in UTF-8 bytes. Durable Object
 * SQLite refuses values over 2 MB; refusing at 1 MiB gives a clear 413 instead of a failed write.
 */
export const MAX_STORED_JSON_BYTES = 1024 * 1024;
/** A journal row holds a whole write; beyond this the write is refused (413) as one too large. */
export const MAX_ENTRY_BYTES = 2_000_000 - 4096;

export function tooLarge(text: string, max: number): boolean {
  // Bytes of UTF-8, counted without encoding (cheap bounds first: 1 to 3 bytes per UTF-16 unit).
  return exceedsUtf8(text, max);
}

export function sizeProblem(value: Json, what: string): Failure | null {
  return tooLarge(JSON.stringify(value), MAX_STORED_JSON_BYTES)
    ? fail(413, "payload_too_large", `${what} would exceed ${MAX_STORED_JSON_BYTES} bytes`)
    : null;
}
