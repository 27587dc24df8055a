// A dotted path into JSON data (`sensors.0.t`): what the history series' `field` and an alarm
// rule's `field` name. An all-digit segment indexes an array; only own keys are followed.
import type { Json } from "./merge-patch.ts";

/**
 * The value at `path`, or undefined when a segment is missing or the value is `null` (a merge
 * patch's delete: no value).
 *
 * @example
 * valueAt({ sensors: [{ t: 21.5 }] }, ["sensors", "0", "t"]); // 21.5
 */
export function valueAt(data: Json | undefined, path: readonly string[]): Json | undefined {
  let at: Json | undefined = data;
  for (const segment of path) {
    if (Array.isArray(at)) at = /^\d+$/.test(segment) ? at[Number(segment)] : undefined;
    else if (at !== null && typeof at === "object") at = Object.hasOwn(at, segment) ? at[segment] : undefined;
    else return undefined;
    if (at === undefined) return undefined;
  }
  return at === null ? undefined : at;
}
