// CSV of a channel's history export (issue 23): `data` flattened to dotted columns, fields as
// RFC 4180 has them. Used by the Agent object (rows) and the worker (the header line).
import { isPlainObject, type Json } from "./merge-patch.ts";

/** The CSV columns before the `data.*` ones. */
export const CSV_FIXED = ["id", "timestamp", "author_id"];

/**
 * Leaves of a message's data by dotted column (`data.a.b`): objects open up; arrays, scalars and
 * empty objects are leaves (arrays and objects as JSON text). Data that is not an object is `data`.
 */
export function flatten(data: Json, prefix = "data", out = new Map<string, Json>()): Map<string, Json> {
  if (!isPlainObject(data) || (Object.keys(data).length === 0 && prefix !== "data")) {
    out.set(prefix, data);
    return out;
  }
  for (const [key, value] of Object.entries(data)) flatten(value, `${prefix}.${key}`, out);
  return out;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: Json | undefined): string {
  if (value === undefined || value === null) return "";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (fields: string[]): string => `${fields.join(",")}\r\n`;
