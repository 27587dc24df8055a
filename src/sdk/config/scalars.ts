// Scalar config elements: String, Integer, Number, Boolean and Enum.

import { ConfigElement, typeIssue, type AbsentOf, type ElementOptions, type KeyOf } from "./element.ts";
import type { ConfigIssue, JsonObject } from "./types.ts";

/** Options of `config.String`. */
export interface StringOptions extends ElementOptions<string> {
  /** Minimum length in code points. */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** An ECMAScript regular expression the value must match somewhere (JSON Schema semantics). */
  readonly pattern?: string;
}

/**
 * A string field.
 *
 * @example
 * class MyConfig extends config.Schema {
 *   apiKey = new config.String("API Key", { description: "External service API key" });
 *   region = new config.String("Region", { default: "eu", pattern: "^[a-z]{2}$" });
 * }
 */
export class StringElement<const N extends string = string, const O extends StringOptions = {}> extends ConfigElement<
  string,
  KeyOf<N, O>,
  AbsentOf<O>
> {
  readonly minLength: number | undefined;
  readonly maxLength: number | undefined;
  readonly pattern: string | undefined;
  readonly #regex: RegExp | undefined;

  constructor(displayName: N, options?: O) {
    const opts: StringOptions = options ?? {};
    super(displayName, opts);
    this.minLength = opts.minLength;
    this.maxLength = opts.maxLength;
    this.pattern = opts.pattern;
    this.#regex = opts.pattern === undefined ? undefined : new RegExp(opts.pattern, "u");
  }

  check(input: unknown, path: string, issues: ConfigIssue[]): unknown {
    if (typeof input !== "string") {
      issues.push(typeIssue(path, "a string", input));
      return input;
    }
    // JSON Schema counts code points, not UTF-16 units.
    const length = this.minLength !== undefined || this.maxLength !== undefined ? [...input].length : 0;
    if (this.minLength !== undefined && length < this.minLength) {
      issues.push({
        field: path,
        message: this.minLength === 1 ? "must not be empty" : `must be at least ${this.minLength} characters long`,
      });
    }
    if (this.maxLength !== undefined && length > this.maxLength) {
      issues.push({ field: path, message: `must be at most ${this.maxLength} characters long` });
    }
    if (this.#regex !== undefined && !this.#regex.test(input)) {
      issues.push({ field: path, message: `must match the pattern ${this.pattern}` });
    }
    return input;
  }

  protected jsonTypes(): readonly string[] {
    return ["string"];
  }

  protected override keywords(): JsonObject {
    const out: JsonObject = {};
    if (this.minLength !== undefined) out.minLength = this.minLength;
    if (this.maxLength !== undefined) out.maxLength = this.maxLength;
    if (this.pattern !== undefined) out.pattern = this.pattern;
    return out;
  }
}

/** Options of `config.Integer` and `config.Number`. */
export interface NumericOptions extends ElementOptions<number> {
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
}

abstract class NumericElement<K extends string, A extends boolean> extends ConfigElement<number, K, A> {
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
  readonly exclusiveMinimum: number | undefined;
  readonly exclusiveMaximum: number | undefined;
  readonly multipleOf: number | undefined;

  protected constructor(displayName: string, options: NumericOptions) {
    super(displayName, options);
    this.minimum = options.minimum;
    this.maximum = options.maximum;
    this.exclusiveMinimum = options.exclusiveMinimum;
    this.exclusiveMaximum = options.exclusiveMaximum;
    this.multipleOf = options.multipleOf;
  }

  protected abstract readonly integer: boolean;

  check(input: unknown, path: string, issues: ConfigIssue[]): unknown {
    const expected = this.integer ? "an integer" : "a number";
    if (typeof input !== "number" || !Number.isFinite(input) || (this.integer && !Number.isInteger(input))) {
      issues.push(typeIssue(path, expected, input));
      return input;
    }
    const fail = (message: string): void => void issues.push({ field: path, message });
    if (this.minimum !== undefined && input < this.minimum) fail(`must be at least ${this.minimum}`);
    if (this.maximum !== undefined && input > this.maximum) fail(`must be at most ${this.maximum}`);
    if (this.exclusiveMinimum !== undefined && input <= this.exclusiveMinimum) {
      fail(`must be greater than ${this.exclusiveMinimum}`);
    }
    if (this.exclusiveMaximum !== undefined && input >= this.exclusiveMaximum) {
      fail(`must be less than ${this.exclusiveMaximum}`);
    }
    if (this.multipleOf !== undefined) {
      const ratio = input / this.multipleOf;
      // Tolerance so 0.3 counts as a multiple of 0.1 despite binary floating point.
      if (Math.abs(ratio - Math.round(ratio)) > 1e-9) fail(`must be a multiple of ${this.multipleOf}`);
    }
    return input;
  }

  protected jsonTypes(): readonly string[] {
    return [this.integer ? "integer" : "number"];
  }

  protected override keywords(): JsonObject {
    const out: JsonObject = {};
    if (this.minimum !== undefined) out.minimum = this.minimum;
    if (this.exclusiveMinimum !== undefined) out.exclusiveMinimum = this.exclusiveMinimum;
    if (this.maximum !== undefined) out.maximum = this.maximum;
    if (this.exclusiveMaximum !== undefined) out.exclusiveMaximum = this.exclusiveMaximum;
    if (this.multipleOf !== undefined) out.multipleOf = this.multipleOf;
    return out;
  }
}

/**
 * A whole-number field (JSON `1.0` counts as 1).
 *
 * @example
 * pin = new config.Integer("Digital Output Number", { minimum: 0, maximum: 7 });
 */
export class IntegerElement<
  const N extends string = string,
  const O extends NumericOptions = {},
> extends NumericElement<KeyOf<N, O>, AbsentOf<O>> {
  protected readonly integer = true;

  constructor(displayName: N, options?: O) {
    super(displayName, options ?? {});
  }
}

/**
 * A numeric field (any finite number).
 *
 * @example
 * onTime = new config.Number("Pump On Time", { default: 5.2, exclusiveMinimum: 0 });
 */
export class NumberElement<const N extends string = string, const O extends NumericOptions = {}> extends NumericElement<
  KeyOf<N, O>,
  AbsentOf<O>
> {
  protected readonly integer = false;

  constructor(displayName: N, options?: O) {
    super(displayName, options ?? {});
  }
}

/**
 * A true/false field.
 *
 * @example
 * verbose = new config.Boolean("Verbose Logging", { default: false });
 */
export class BooleanElement<
  const N extends string = string,
  const O extends ElementOptions<boolean> = {},
> extends ConfigElement<boolean, KeyOf<N, O>, AbsentOf<O>> {
  constructor(displayName: N, options?: O) {
    super(displayName, options ?? {});
  }

  check(input: unknown, path: string, issues: ConfigIssue[]): unknown {
    if (typeof input !== "boolean") issues.push(typeIssue(path, "a boolean", input));
    return input;
  }

  protected jsonTypes(): readonly string[] {
    return ["boolean"];
  }
}

type Choice = string | number;

/** Options of `config.Enum`: `choices` is required. */
export interface EnumOptions extends ElementOptions<Choice> {
  readonly choices: readonly Choice[];
}

/**
 * A field whose value is one of fixed `choices` (a drop-down in the form); the value type
 * is the union of the choices.
 *
 * @example
 * engine = new config.Enum("Engine Type", { choices: ["Honda", "John Deere", "Cat"], default: "Cat" });
 */
export class EnumElement<const N extends string, const O extends EnumOptions> extends ConfigElement<
  O["choices"][number],
  KeyOf<N, O>,
  AbsentOf<O>
> {
  readonly choices: readonly Choice[];

  constructor(displayName: N, options: O) {
    super(displayName, options);
    if (options.choices.length === 0) throw new TypeError(`config.Enum "${displayName}": no choices`);
    if (options.default !== undefined && !options.choices.includes(options.default)) {
      throw new TypeError(`config.Enum "${displayName}": default ${String(options.default)} is not a choice`);
    }
    this.choices = [...options.choices];
  }

  check(input: unknown, path: string, issues: ConfigIssue[]): unknown {
    if ((typeof input !== "string" && typeof input !== "number") || !this.choices.includes(input)) {
      const list = this.choices.map((choice) => JSON.stringify(choice)).join(", ");
      issues.push({ field: path, message: `must be one of ${list}` });
    }
    return input;
  }

  protected jsonTypes(): readonly string[] {
    // As in pydoover: a type only when the choices agree on one.
    if (this.choices.every((choice) => typeof choice === "string")) return ["string"];
    if (this.choices.every((choice) => typeof choice === "number")) return ["number"];
    return [];
  }

  protected override keywords(): JsonObject {
    return { enum: [...this.choices] };
  }
}
