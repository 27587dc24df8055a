// Shared types of the config DSL: JSON values, validation results, and the type-level
// mirror of the runtime key rules (so `ConfigOf<S>` names the same keys `validate` returns).

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A JSON Schema document or sub-schema (draft 2020-12 plus the platform's `x-` keywords). */
export type JsonSchema = JsonObject;

/** One validation failure; `field` is a dotted path with indices, "" for the config itself. */
export interface ConfigIssue {
  readonly field: string;
  readonly message: string;
}

/** Outcome of `validate`: the config with defaults applied, or every problem found. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: ConfigIssue[] };

type KeyChar =
  | "a"
  | "b"
  | "c"
  | "d"
  | "e"
  | "f"
  | "g"
  | "h"
  | "i"
  | "j"
  | "k"
  | "l"
  | "m"
  | "n"
  | "o"
  | "p"
  | "q"
  | "r"
  | "s"
  | "t"
  | "u"
  | "v"
  | "w"
  | "x"
  | "y"
  | "z"
  | "0"
  | "1"
  | "2"
  | "3"
  | "4"
  | "5"
  | "6"
  | "7"
  | "8"
  | "9"
  | "_";

type KeyCharOf<C extends string> = C extends " " ? "_" : Lowercase<C> extends KeyChar ? Lowercase<C> : "";

/**
 * The config key the platform derives from a display name, at the type level:
 * spaces become `_`, anything but ASCII letters, digits and `_` is dropped, then lower case.
 * Tail-recursive so long display names do not hit the instantiation depth limit.
 *
 * @example
 * type K = KeyFromDisplayName<"Timestamp Tolerance (s)">; // "timestamp_tolerance_s"
 */
export type KeyFromDisplayName<S extends string, Acc extends string = ""> = string extends S
  ? string
  : S extends `${infer C}${infer Rest}`
    ? KeyFromDisplayName<Rest, `${Acc}${KeyCharOf<C>}`>
    : Acc;

/** Flattens an intersection for readable hovers. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};
