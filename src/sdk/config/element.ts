// Base of every config element: key derivation, the required/default rule and the JSON
// Schema annotations all types share (the shape of pydoover's `ConfigElement.to_dict`).

import type { ConfigIssue, JsonObject, JsonValue, KeyFromDisplayName, Simplify } from "./types.ts";

/** Options every element accepts. */
export interface ElementOptions<T> {
  /** Help text shown with the field. */
  readonly description?: string;
  /** Used when the field is absent (or `null`); giving one makes the field optional. */
  readonly default?: T;
  /**
   * Defaults to `true` unless a `default` is given, as in pydoover. `required: false` without
   * a default leaves the key out of the validated config when it is not set.
   */
  readonly required?: boolean;
  /** Hidden from the config form (still validated). */
  readonly hidden?: boolean;
  /** Fixes the config key instead of deriving it from the display name. */
  readonly name?: string;
  /** A JSON Schema `format` hint for the UI (e.g. `doover-resource-device`). */
  readonly format?: string;
  readonly deprecated?: boolean;
  /** Shown only under "advanced" in the config form. */
  readonly advanced?: boolean;
}

/** The config key of an element built from display name `N` with options `O`. */
export type KeyOf<N extends string, O> = O extends { readonly name: infer X extends string }
  ? X
  : KeyFromDisplayName<N>;

/** True when an element may be missing from a validated config (`required: false`, no default). */
export type AbsentOf<O> = O extends { readonly required: false }
  ? O extends { readonly default: unknown }
    ? false
    : true
  : false;

/** Options a platform element accepts: its key and strictness are fixed. */
export type PlatformOptions<O> = Omit<O, "name" | "required" | "additionalProperties">;

/** The options type a platform element passes to its base: `O` with the key fixed to `K`. */
export type FixedOptions<O, K extends string> = Omit<O, "name" | "required"> & { readonly name: K };

// Same rule as pydoover's `check_key`.
const KEY_PATTERN = /^[ a-zA-Z0-9_-]*$/;

/**
 * The config key the platform derives from a display name ("API Key" → "api_key").
 *
 * @example
 * keyFromDisplayName("SHA256 Hash Header"); // "sha256_hash_header"
 */
export function keyFromDisplayName(displayName: string): string {
  return displayName
    .replaceAll(" ", "_")
    .replace(/[^0-9a-zA-Z_]/g, "")
    .toLowerCase();
}

/**
 * A typed config field. `T` is its validated value, `K` its config key and `A` whether it
 * may be absent from a validated config; the last two exist only for `ConfigOf`.
 */
export abstract class ConfigElement<T = unknown, K extends string = string, A extends boolean = boolean> {
  /** Type-only carrier of `T`, `K` and `A`; never set at runtime. */
  declare readonly __config?: { readonly value: T; readonly key: K; readonly absent: A };

  readonly displayName: string;
  /** The key this element's value has in a config object. */
  readonly key: K;
  readonly description: string | undefined;
  readonly defaultValue: T | undefined;
  readonly hidden: boolean;
  readonly format: string | undefined;
  readonly deprecated: boolean | undefined;
  readonly advanced: boolean | undefined;
  readonly #required: boolean | undefined;

  protected constructor(displayName: string, options: ElementOptions<T>) {
    const key = options.name ?? keyFromDisplayName(displayName);
    if (!KEY_PATTERN.test(key) || key === "") {
      throw new TypeError(`config element "${displayName}": invalid key "${key}"`);
    }
    this.displayName = displayName;
    // The runtime twin of KeyOf<N, O>; the cast is where the two meet.
    this.key = key as K;
    this.description = options.description;
    this.defaultValue = options.default;
    this.hidden = options.hidden ?? false;
    this.format = options.format;
    this.deprecated = options.deprecated;
    this.advanced = options.advanced;
    this.#required = options.required;
  }

  /** Whether a config must carry this key: explicit `required`, else "has no default". */
  get required(): boolean {
    return this.#required ?? this.defaultValue === undefined;
  }

  /**
   * This element as a JSON Schema property; `position` is its order in the parent form.
   *
   * @example
   * new config.String("API Key").toJsonSchema(0);
   * // { title: "API Key", "x-name": "api_key", "x-hidden": false, type: "string",
   * //   "x-required": true, "x-position": 0 }
   */
  toJsonSchema(position?: number): JsonObject {
    const types = this.jsonTypes();
    const out: JsonObject = {
      title: this.displayName,
      "x-name": this.key,
      "x-hidden": this.hidden,
    };
    if (this.format !== undefined) out.format = this.format;
    if (types.length > 0) {
      // As in pydoover, an optional field also admits null ("cleared in the form").
      const all = this.required ? [...types] : [...types, "null"];
      out.type = all.length === 1 ? all[0] : all;
    }
    out["x-required"] = this.required;
    if (this.description !== undefined) out.description = this.description;
    if (this.defaultValue !== undefined) out.default = toJson(this.defaultValue);
    if (position !== undefined) out["x-position"] = position;
    if (this.deprecated !== undefined) out.deprecated = this.deprecated;
    if (this.advanced !== undefined) out["x-advanced"] = this.advanced;
    return { ...out, ...this.keywords() };
  }

  /**
   * Checks a value that is present and not a cleared optional, recording issues under
   * `path`; returns the value with nested defaults applied. Never throws on JSON input.
   */
  abstract check(input: unknown, path: string, issues: ConfigIssue[]): unknown;

  /** JSON Schema `type` names of this element (empty: no `type` keyword). */
  protected abstract jsonTypes(): readonly string[];

  /** Type-specific JSON Schema keywords (`minimum`, `items`, `properties`, …). */
  protected keywords(): JsonObject {
    return {};
  }
}

/** Any element, whatever its value type. */
export type AnyElement = ConfigElement<unknown, string, boolean>;

type Carried<E> = E extends { readonly __config?: infer C } ? NonNullable<C> : never;

/**
 * The validated value type of an element.
 *
 * @example
 * type Ingestion = ValueOf<IngestionEndpointConfig>; // { cidr_ranges: string[]; … }
 */
export type ValueOf<E> = Carried<E> extends { readonly value: infer V } ? V : never;

type ElementKey<E, Absent extends boolean> =
  Carried<E> extends { readonly key: infer K extends string; readonly absent: infer A }
    ? [A] extends [Absent]
      ? K
      : never
    : never;

/**
 * The validated value of an object whose properties include elements (a Schema instance
 * or an `Object` element's map): keyed by config key, non-element members ignored.
 */
export type ValuesOf<P> = Simplify<
  { [Q in keyof P as ElementKey<P[Q], false>]: ValueOf<P[Q]> } & {
    [Q in keyof P as ElementKey<P[Q], true>]?: ValueOf<P[Q]>;
  }
>;

/** A path one key deeper: "" + "a" → "a", "a" + "b" → "a.b". */
export function joinKey(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Names the JSON type of a value for messages. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

export function typeIssue(path: string, expected: string, value: unknown): ConfigIssue {
  return { field: path, message: `must be ${expected} (got ${jsonTypeName(value)})` };
}

/** Own-property write that is safe for keys like "__proto__". */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function toJson(value: unknown): JsonValue {
  // Defaults are typed by their element, which only admits JSON-shaped values.
  return structuredClone(value) as JsonValue;
}
