// `config.Schema`: an app's config is a class whose fields are elements; it exports the
// JSON Schema the control API serves and validates deployment configs against it.

import { collectElements, checkProperties, propertiesSchema } from "./containers.ts";
import { isRecord, type ValuesOf } from "./element.ts";
import { MAX_CONFIG_BYTES, utf8Length } from "./limits.ts";
import type { ConfigIssue, JsonSchema, ValidationResult } from "./types.ts";

/**
 * The validated config type of a schema class, keyed by config key.
 *
 * @example
 * type C = ConfigOf<MyIntegrationConfig>;
 * // { dv_proc_ingestion: {...}; dv_proc_extended_permissions: {...}; api_key: string }
 */
export type ConfigOf<S> = ValuesOf<S>;

/** What `validate` returns on success: the declared keys typed, pass-through keys (if allowed) unknown. */
export type ConfigValue<S> = ConfigOf<S> & Record<string, unknown>;

/** UTF-8 bytes of a value's JSON; past the cap when it cannot be serialised (nested too deep for the stack). */
function jsonBytes(value: unknown): number {
  try {
    return utf8Length(JSON.stringify(value) ?? "");
  } catch {
    return Infinity;
  }
}

// Enough to fix a config by hand; more only bloats a problem+json body.
const MAX_ISSUES = 100;

/**
 * Base class of an app's config schema. Declare elements as fields; their order is the
 * form's order. Keys come from display names ("API Key" → `api_key`) or are fixed by
 * platform elements (`dv_proc_ingestion`, …). An unknown key is refused, at the top level as
 * in nested objects: a typo (`apiKye`) stored silently would leave the real field at its
 * default. Set `static additionalProperties = true` for pydoover's pass-through.
 *
 * @example
 * class MyIntegrationConfig extends config.Schema {
 *   integration = new config.IngestionEndpointConfig();
 *   permissions = new config.ExtendedPermissionsConfig();
 *   apiKey = new config.String("API Key", { description: "External service API key" });
 * }
 * const result = new MyIntegrationConfig().validate(install.config);
 * if (result.ok) result.value.api_key; // string
 */
export class Schema {
  /** Form title; omitted from the JSON Schema when unset. */
  static title: string | undefined = undefined;
  /** Marks the whole config as advanced (`x-advanced`). */
  static advanced: boolean | undefined = undefined;
  /** Accept (and pass through) top-level keys the schema does not declare. Default `false`. */
  static additionalProperties = false;

  /**
   * The draft 2020-12 JSON Schema of this config, in pydoover's export shape.
   *
   * @example
   * new MyIntegrationConfig().toJsonSchema().required; // ["dv_proc_ingestion", "api_key"]
   */
  toJsonSchema(): JsonSchema {
    const ctor = this.constructor as typeof Schema;
    const { properties, required } = propertiesSchema(this.#elements());
    const out: JsonSchema = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "" };
    if (ctor.title !== undefined) out.title = ctor.title;
    out.type = "object";
    out.properties = properties;
    // pydoover's UI reads `additionalElements`; standard validators read `additionalProperties`.
    out.additionalElements = ctor.additionalProperties;
    out.additionalProperties = ctor.additionalProperties;
    out.required = required;
    if (ctor.advanced !== undefined) out["x-advanced"] = ctor.advanced;
    return out;
  }

  /**
   * Validates a deployment config and applies defaults (deeply). Never throws on JSON input;
   * every problem is reported with its path, e.g. `dv_proc_ingestion.cidr_ranges[1]`.
   *
   * @example
   * const r = new MyIntegrationConfig().validate({ dv_proc_ingestion: { cidr_ranges: ["10.0.0.0/8"] }, api_key: "k" });
   * if (!r.ok) console.log(r.errors); // [{ field, message }]
   */
  validate(input: unknown): ValidationResult<ConfigValue<this>> {
    if (!isRecord(input)) {
      return { ok: false, errors: [{ field: "", message: "config must be a JSON object" }] };
    }
    const issues: ConfigIssue[] = [];
    const additional = (this.constructor as typeof Schema).additionalProperties;
    const value = checkProperties(this.#elements(), input, "", issues, additional);
    // What is stored and travels with every delivery (defaults included): it must fit a queue message.
    const bytes = jsonBytes(value);
    if (bytes > MAX_CONFIG_BYTES)
      issues.push({
        field: "",
        message: `is ${Number.isFinite(bytes) ? bytes : "too deep to measure in"} bytes of JSON; at most ${MAX_CONFIG_BYTES} are accepted`,
      });
    if (issues.length > MAX_ISSUES) {
      const more = issues.length - MAX_ISSUES;
      return {
        ok: false,
        errors: [...issues.slice(0, MAX_ISSUES), { field: "", message: `and ${more} more problems` }],
      };
    }
    if (issues.length > 0) return { ok: false, errors: issues };
    // checkProperties produced exactly the declared keys with their checked values.
    return { ok: true, value: value as ConfigValue<this> };
  }

  // Read on each call: subclass fields are assigned after this constructor has run.
  #elements() {
    return collectElements(this, `config schema ${this.constructor.name}`);
  }
}
