// Names and bindings of UI elements: how an element in `ui_state` points at a tag in
// `tag_values` or a command in `ui_cmds` (grammar in ../ui.ts), and how a reader resolves one.
import { isPlainObject, type Json } from "../../shared/merge-patch.ts";

/**
 * Element names, app keys and tag path segments. Stricter than channel names: `.` and `:` are
 * separators in bindings.
 */
export const UI_NAME = /^[A-Za-z0-9_-]{1,128}$/;

/** Throws a TypeError naming `what` for a bad element name. */
export function checkName(what: string, name: string): void {
  if (!UI_NAME.test(name) || name === "__proto__") {
    throw new TypeError(`${what}: name ${JSON.stringify(name)} must be 1-128 of A-Z a-z 0-9 _ - (not __proto__)`);
  }
}

export function checkAppKey(appKey: string): void {
  if (!UI_NAME.test(appKey))
    throw new TypeError(`ui: app key ${JSON.stringify(appKey)} must be 1-128 of A-Z a-z 0-9 _ -`);
}

export function isTagPath(path: string): boolean {
  return path.split(".").every((segment) => UI_NAME.test(segment));
}

/** The binding of a tag: `"$tag.<app_key>.<path>:<type>[:<default JSON>]"`. */
export function tagRef(appKey: string, tag: string, type: "number" | "string" | "boolean", fallback?: Json): string {
  checkAppKey(appKey);
  if (!isTagPath(tag))
    throw new TypeError(`ui: tag ${JSON.stringify(tag)} must be names of A-Z a-z 0-9 _ - joined by "."`);
  const ref = `$tag.${appKey}.${tag}:${type}`;
  return fallback === undefined ? ref : `${ref}:${JSON.stringify(fallback)}`;
}

const BINDING = /^(!?)\$(tag|cmds)\.([A-Za-z0-9_.-]+)(?::([a-z]+)(?::(.*))?)?$/s;

/**
 * The value a binding stands for, for a reader of `ui_state` such as a dashboard; any other value
 * is returned as it is. A missing value is the binding's default, else `undefined`.
 *
 * @example
 * resolveBinding("$tag.tracker_processor_1.battery:number", { tagValues }); // 87
 * resolveBinding("!$tag.tracker_processor_1.low_battery:boolean:false", { tagValues }); // true
 */
export function resolveBinding(value: Json, sources: { tagValues?: Json; uiCmds?: Json }): Json | undefined {
  const match = typeof value === "string" ? BINDING.exec(value) : null;
  if (match === null) return value;
  const [, negate, source, path = "", , fallback] = match;
  let found: Json | undefined = source === "tag" ? sources.tagValues : sources.uiCmds;
  for (const key of path.split(".")) found = isPlainObject(found) && Object.hasOwn(found, key) ? found[key] : undefined;
  if (found === undefined && fallback !== undefined) found = parseJson(fallback);
  return negate ? !found : found;
}

/** The binding of an element's command: `"$cmds.<app_key>.<name>"`. */
export function cmdRef(appKey: string, name: string): string {
  checkAppKey(appKey);
  checkName("ui: command", name);
  return `$cmds.${appKey}.${name}`;
}

function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}
