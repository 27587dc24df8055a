// Container elements (Array, Object) and the property walk that Object and Schema share.

import {
  ConfigElement,
  isRecord,
  joinKey,
  setOwn,
  typeIssue,
  type AbsentOf,
  type AnyElement,
  type ElementOptions,
  type KeyOf,
  type ValueOf,
  type ValuesOf,
} from "./element.ts";
import type { ConfigIssue, JsonObject, JsonValue } from "./types.ts";

/** Collects the elements among an object's own properties, keyed by config key, in order. */
export function collectElements(owner: object, where: string): Map<string, AnyElement> {
  const elements = new Map<string, AnyElement>();
  for (const value of Object.values(owner)) {
    if (!(value instanceof ConfigElement)) continue;
    if (elements.has(value.key)) throw new TypeError(`${where}: two elements have the key "${value.key}"`);
    elements.set(value.key, value);
  }
  return elements;
}

/** `properties` and `required` of an object schema, positions in declaration order. */
export function propertiesSchema(elements: ReadonlyMap<string, AnyElement>): {
  properties: JsonObject;
  required: string[];
} {
  const properties: JsonObject = {};
  const required: string[] = [];
  let position = 0;
  for (const [key, element] of elements) {
    setOwn(properties, key, element.toJsonSchema(position++));
    if (element.required) required.push(key);
  }
  return { properties, required };
}

/**
 * Validates an object's declared properties and applies defaults; unknown keys are copied
 * through or reported, per `additional`. `null` on an optional field means "not set".
 */
export function checkProperties(
  elements: ReadonlyMap<string, AnyElement>,
  input: Record<string, unknown>,
  path: string,
  issues: ConfigIssue[],
  additional: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, element] of elements) {
    const field = joinKey(path, key);
    const value = Object.hasOwn(input, key) ? input[key] : undefined;
    if (value === undefined || (value === null && !element.required)) {
      if (element.required) issues.push({ field, message: "is required" });
      else if (element.defaultValue !== undefined) {
        // Through `check` so an object default gets its children's defaults too.
        setOwn(out, key, element.check(structuredClone(element.defaultValue), field, issues));
      }
      continue;
    }
    setOwn(out, key, element.check(value, field, issues));
  }
  for (const key of Object.keys(input)) {
    if (elements.has(key)) continue;
    if (additional) setOwn(out, key, input[key]);
    else issues.push({ field: joinKey(path, key), message: "is not a known field" });
  }
  return out;
}

/** Options of `config.Array`. */
export interface ArrayOptions<V> extends ElementOptions<V[]> {
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
}

/**
 * A list whose items are all validated by one `element`.
 *
 * @example
 * channels = new config.Array("Channels", new config.String("Channel"), { minItems: 1, uniqueItems: true });
 */
export class ArrayElement<
  E extends AnyElement,
  const N extends string = string,
  const O extends ArrayOptions<ValueOf<E>> = {},
> extends ConfigElement<ValueOf<E>[], KeyOf<N, O>, AbsentOf<O>> {
  readonly element: E;
  readonly minItems: number | undefined;
  readonly maxItems: number | undefined;
  readonly uniqueItems: boolean | undefined;

  constructor(displayName: N, element: E, options?: O) {
    const opts: ArrayOptions<ValueOf<E>> = options ?? {};
    super(displayName, opts);
    this.element = element;
    this.minItems = opts.minItems;
    this.maxItems = opts.maxItems;
    this.uniqueItems = opts.uniqueItems;
  }

  check(input: unknown, path: string, issues: ConfigIssue[]): unknown {
    if (!Array.isArray(input)) {
      issues.push(typeIssue(path, "an array", input));
      return input;
    }
    if (this.minItems !== undefined && input.length < this.minItems) {
      issues.push({ field: path, message: this.minItemsMessage(this.minItems) });
    }
    if (this.maxItems !== undefined && input.length > this.maxItems) {
      issues.push({ field: path, message: `must have at most ${this.maxItems} items` });
    }
    const out = input.map((item: unknown, i) => this.element.check(item, `${path}[${i}]`, issues));
    if (this.uniqueItems === true) {
      const seen = new Map<string, number>();
      out.forEach((item, i) => {
        const id = canonical(item, 0);
        const first = seen.get(id);
        if (first === undefined) seen.set(id, i);
        else issues.push({ field: `${path}[${i}]`, message: `duplicates item [${first}]` });
      });
    }
    return out;
  }

  /** The message for too few items; platform lists override it to say what to write. */
  protected minItemsMessage(minItems: number): string {
    return minItems === 1 ? "must not be empty" : `must have at least ${minItems} items`;
  }

  protected jsonTypes(): readonly string[] {
    return ["array"];
  }

  protected override keywords(): JsonObject {
    const out: JsonObject = { items: this.element.toJsonSchema() };
    if (this.minItems !== undefined) out.minItems = this.minItems;
    if (this.maxItems !== undefined) out.maxItems = this.maxItems;
    if (this.uniqueItems !== undefined) out.uniqueItems = this.uniqueItems;
    return out;
  }
}

/** Nested elements of an object, by property name (the config key comes from each element). */
export type ElementMap = { readonly [property: string]: AnyElement };

/** Options of `config.Object`. */
export interface ObjectOptions extends ElementOptions<{ readonly [key: string]: unknown }> {
  /** Accept (and pass through) keys the object does not declare. Default `true`, as in pydoover. */
  readonly additionalProperties?: boolean;
  readonly collapsible?: boolean;
  readonly defaultCollapsed?: boolean;
}

/**
 * A group of nested elements. A `default` (even `{}`) makes it optional and is completed
 * with the children's defaults.
 *
 * @example
 * pump = new config.Object("Pump Settings", {
 *   pin: new config.Integer("Digital Output Number"),
 *   onTime: new config.Number("On Time", { default: 5.2 }),
 * }, { additionalProperties: false });
 */
export class ObjectElement<
  P extends ElementMap,
  const N extends string = string,
  const O extends ObjectOptions = {},
> extends ConfigElement<ValuesOf<P>, KeyOf<N, O>, AbsentOf<O>> {
  readonly elements: ReadonlyMap<string, AnyElement>;
  readonly additionalProperties: boolean;
  readonly collapsible: boolean;
  readonly defaultCollapsed: boolean;

  constructor(displayName: N, elements: P, options?: O) {
    const opts: ObjectOptions = options ?? {};
    // The default is completed by `check`, so a partial one is fine; the value type is ours.
    super(displayName, opts as ElementOptions<ValuesOf<P>>);
    this.elements = collectElements(elements, `config.Object "${displayName}"`);
    this.additionalProperties = opts.additionalProperties ?? true;
    this.collapsible = opts.collapsible ?? true;
    this.defaultCollapsed = opts.defaultCollapsed ?? false;
  }

  check(input: unknown, path: string, issues: ConfigIssue[]): unknown {
    if (!isRecord(input)) {
      issues.push(typeIssue(path, "an object", input));
      return input;
    }
    return checkProperties(this.elements, input, path, issues, this.additionalProperties);
  }

  protected jsonTypes(): readonly string[] {
    return ["object"];
  }

  protected override keywords(): JsonObject {
    const { properties, required } = propertiesSchema(this.elements);
    return {
      properties,
      // pydoover's UI reads `additionalElements`; standard validators read `additionalProperties`.
      additionalElements: this.additionalProperties,
      additionalProperties: this.additionalProperties,
      required,
      "x-collapsible": this.collapsible,
      "x-defaultCollapsed": this.defaultCollapsed,
    };
  }
}

// Deep structures past this depth count as distinct rather than risk the stack.
const MAX_CANONICAL_DEPTH = 32;
let opaque = 0;

/** A key-order-independent identity of a JSON value, for `uniqueItems`. */
function canonical(value: unknown, depth: number): string {
  if (depth > MAX_CANONICAL_DEPTH) return `#opaque${opaque++}`;
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonical(item, depth + 1)).join(",")}]`;
  if (isRecord(value)) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key], depth + 1)}`);
    return `{${entries.join(",")}}`;
  }
  const primitive: JsonValue | undefined =
    typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null
      ? value
      : undefined;
  return primitive === undefined ? "undefined" : JSON.stringify(primitive);
}
