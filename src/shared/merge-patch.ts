// JSON Merge Patch (RFC 7396): objects merge recursively, null deletes, arrays and scalars replace.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isPlainObject(value: unknown): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Returns a new value; neither argument is modified. */
export function mergePatch(target: Json | undefined, patch: Json): Json {
  if (!isPlainObject(patch)) return patch;
  const result: Record<string, Json> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    // A "__proto__" key from JSON.parse must stay a plain key: assigning it would replace the
    // object's prototype and lose the key, so that one is defined (assignment is faster).
    else if (key === "__proto__")
      Object.defineProperty(result, key, {
        value: mergePatch(own(result, key), value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else result[key] = mergePatch(own(result, key), value);
  }
  return result;
}

function own(object: Record<string, Json>, key: string): Json | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Deepest nesting of arrays/objects in a JSON value, counted without recursion (no stack limit). */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Deepest JSON nesting accepted anywhere (request bodies, decoded payloads): keeps recursion safe. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether merging `patch` into `target` leaves it as it was (every value it sets is already
 * there, every key it deletes is absent), without building the result.
 */
export function patchChangesNothing(target: Json | undefined, patch: Json): boolean {
  if (!isPlainObject(patch)) return target !== undefined && sameJson(target, patch);
  if (!isPlainObject(target)) return false;
  for (const [key, value] of Object.entries(patch)) {
    const has = Object.hasOwn(target, key);
    if (value === null ? has : !has || !patchChangesNothing(target[key], value)) return false;
  }
  return true;
}

function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
