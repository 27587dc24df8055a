// The alarm_rules config (issue 24): defaults, each refused rule naming its field, and the
// accepted edges of every cap.
import { describe, expect, it } from "vitest";
import {
  AlarmRulesConfig,
  MAX_FOR_S,
  MAX_RULES,
  ruleChannels,
  type AlarmRule,
} from "../../../src/apps/alarms/rules-config.ts";
import type { ConfigIssue } from "../../../src/sdk/config.ts";

const schema = new AlarmRulesConfig();
const hot = { name: "hot", field: "temperature", op: ">", value: 30, severity: "major" };

function errorsOf(input: unknown): ConfigIssue[] {
  const result = schema.validate(input);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`);
  return result.errors;
}

function rulesOf(input: unknown): AlarmRule[] {
  const result = schema.validate(input);
  if (!result.ok) throw new Error(`expected a valid config: ${JSON.stringify(result.errors)}`);
  return result.value.rules;
}

/** The errors of a config holding `hot` first and `rule` second, so paths say rules[1]. */
const errorsOfRule = (rule: Record<string, unknown>) => errorsOf({ rules: [hot, rule] });

describe("alarm_rules config", () => {
  it("fills channel and for_s from their defaults", () => {
    expect(schema.validate({ rules: [hot] })).toEqual({
      ok: true,
      value: {
        rules: [
          { name: "hot", channel: "tag_values", field: "temperature", op: ">", value: 30, for_s: 0, severity: "major" },
        ],
        dv_proc_extended_permissions: { devices: [], groups: [], apps_installed: [], all_devices: false },
      },
    });
  });

  it("accepts a rule of every operator, each with what it reads", () => {
    const rules = [
      { ...hot, name: "gt" },
      { ...hot, name: "ge", op: ">=" },
      { ...hot, name: "lt", op: "<", value: -10.5 },
      { ...hot, name: "le", op: "<=", value: 0 },
      { ...hot, name: "eq", op: "==", value: "fault" },
      { ...hot, name: "ne", op: "!=", value: true },
      { name: "in", field: "t", op: "inside", low: 10, high: 30, severity: "info" },
      { name: "out", field: "t", op: "outside", low: -1, high: 1, for_s: 60, severity: "critical" },
      {
        name: "quiet",
        channel: "on_external_event",
        field: "battery",
        op: "missing",
        for_s: 3600,
        severity: "warning",
      },
      { ...hot, name: "hyst", clear: { op: "<", value: 28 }, message: "{device}: {value} °C" },
      { ...hot, name: "state", op: "!=", value: "ok", clear: { op: "==", value: "ok" }, severity: "minor" },
    ];
    expect(rulesOf({ rules }).map((r) => r.name)).toEqual(rules.map((r) => r.name));
  });

  it("accepts an empty list of rules (an install that watches nothing yet)", () => {
    expect(rulesOf({ rules: [] })).toEqual([]);
  });

  it("takes null on an optional field as not set", () => {
    expect(rulesOf({ rules: [{ ...hot, clear: null, message: null, channel: null }] })[0]).not.toHaveProperty("clear");
  });

  it("lists the channels the rules read, each once", () => {
    const rules = rulesOf({ rules: [hot, { ...hot, name: "b", channel: "x" }, { ...hot, name: "c" }] });
    expect(ruleChannels(rules)).toEqual(["tag_values", "x"]);
  });
});

describe("refused rules name the field", () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["a missing name", { ...hot, name: undefined }, "rules[1].name", "is required"],
    ["an empty name", { ...hot, name: "" }, "rules[1].name", "must not be empty"],
    [
      "a name of 65 characters",
      { ...hot, name: "n".repeat(65) },
      "rules[1].name",
      "must be at most 64 characters long",
    ],
    ["a name with a newline", { ...hot, name: "a\nb" }, "rules[1].name", "must not hold control characters"],
    ["an unknown op", { ...hot, op: "≥" }, "rules[1].op", "must be one of"],
    ["an unknown severity", { ...hot, severity: "high" }, "rules[1].severity", "must be one of"],
    ["a missing severity", { ...hot, severity: undefined }, "rules[1].severity", "is required"],
    ["a bad channel", { ...hot, channel: "a/b" }, "rules[1].channel", "must be a channel name"],
    ["a missing field", { ...hot, field: undefined }, "rules[1].field", "is required"],
    ["an empty field", { ...hot, field: "" }, "rules[1].field", "must not be empty"],
    ["a field with an empty segment", { ...hot, field: "a..b" }, "rules[1].field", "has an empty segment"],
    ["a field with a trailing dot", { ...hot, field: "a." }, "rules[1].field", "has an empty segment"],
    ["a field segment of 129", { ...hot, field: `a.${"s".repeat(129)}` }, "rules[1].field", "longer than 128"],
    ["a field of 257 characters", { ...hot, field: "ab.".repeat(85) + "ab" }, "rules[1].field", "at most 256"],
    ["a field with a control character", { ...hot, field: "a\tb" }, "rules[1].field", "control characters"],
    ["> without value", { ...hot, value: undefined }, "rules[1].value", "is required for op >"],
    ["<= with a string", { ...hot, op: "<=", value: "30" }, "rules[1].value", "must be a number for op <="],
    ["== without value", { ...hot, op: "==", value: undefined }, "rules[1].value", "is required for op =="],
    [
      "!= with an object",
      { ...hot, op: "!=", value: { a: 1 } },
      "rules[1].value",
      "must be a number, a string or a boolean",
    ],
    ["> with low", { ...hot, low: 1 }, "rules[1].low", "is not used by op >"],
    ["== with high", { ...hot, op: "==", high: 1 }, "rules[1].high", "is not used by op =="],
    [
      "inside without low",
      { ...hot, op: "inside", value: undefined, high: 3 },
      "rules[1].low",
      "is required for op inside",
    ],
    [
      "outside without high",
      { ...hot, op: "outside", value: undefined, low: 3 },
      "rules[1].high",
      "is required for op outside",
    ],
    ["inside with value", { ...hot, op: "inside", low: 1, high: 2 }, "rules[1].value", "is not used by op inside"],
    [
      "inside with low = high",
      { ...hot, op: "inside", value: undefined, low: 2, high: 2 },
      "rules[1].high",
      "must be greater than low (2)",
    ],
    [
      "outside with low > high",
      { ...hot, op: "outside", value: undefined, low: 5, high: 2 },
      "rules[1].high",
      "must be greater than low (5)",
    ],
    [
      "inside with a string bound",
      { ...hot, op: "inside", value: undefined, low: "1", high: 2 },
      "rules[1].low",
      "must be a number",
    ],
    [
      "missing without for_s",
      { ...hot, op: "missing", value: undefined },
      "rules[1].for_s",
      "must be more than 0 for op missing",
    ],
    ["missing with value", { ...hot, op: "missing", for_s: 60 }, "rules[1].value", "is not used by op missing"],
    [
      "missing with clear",
      { ...hot, op: "missing", value: undefined, for_s: 60, clear: { op: "==", value: 1 } },
      "rules[1].clear",
      "is not used by op missing",
    ],
    ["a negative for_s", { ...hot, for_s: -1 }, "rules[1].for_s", "must be at least 0"],
    ["a fractional for_s", { ...hot, for_s: 1.5 }, "rules[1].for_s", "must be an integer"],
    ["a for_s over 30 days", { ...hot, for_s: MAX_FOR_S + 1 }, "rules[1].for_s", `must be at most ${MAX_FOR_S}`],
    ["a clear without value", { ...hot, clear: { op: "<" } }, "rules[1].clear.value", "is required"],
    [
      "a clear with a string for <",
      { ...hot, clear: { op: "<", value: "28" } },
      "rules[1].clear.value",
      "must be a number for op <",
    ],
    ["a clear with inside", { ...hot, clear: { op: "inside", value: 1 } }, "rules[1].clear.op", "must be one of"],
    [
      "a clear with an unknown key",
      { ...hot, clear: { op: "<", value: 1, for_s: 5 } },
      "rules[1].clear.for_s",
      "is not a known field",
    ],
    [
      "a message of 513 bytes",
      { ...hot, message: "é".repeat(256) + "x" },
      "rules[1].message",
      "is 513 bytes of UTF-8; at most 512",
    ],
    ["an unknown key", { ...hot, threshold: 3 }, "rules[1].threshold", "is not a known field"],
  ];

  it.each(cases)("refuses %s", (_, rule, field, message) => {
    const errors = errorsOfRule(rule);
    expect(errors).toContainEqual({ field, message: expect.stringContaining(message) });
  });

  it("refuses a duplicate name, pointing at the second", () => {
    expect(errorsOf({ rules: [hot, { ...hot, name: "other" }, { ...hot, op: "<" }] })).toEqual([
      { field: "rules[2].name", message: "duplicates the name of rules[0]" },
    ]);
  });

  it(`refuses more than ${MAX_RULES} rules`, () => {
    const rules = Array.from({ length: MAX_RULES + 1 }, (_, i) => ({ ...hot, name: `r${i}` }));
    expect(errorsOf({ rules })).toEqual([{ field: "rules", message: `must have at most ${MAX_RULES} items` }]);
  });

  it("refuses a config without rules, or rules that are not a list", () => {
    expect(errorsOf({})).toEqual([{ field: "rules", message: "is required" }]);
    expect(errorsOf({ rules: {} })).toEqual([{ field: "rules", message: "must be an array (got object)" }]);
    expect(errorsOf({ rules: [1] })).toEqual([{ field: "rules[0]", message: "must be an object (got number)" }]);
  });

  it("reports every problem of a rule at once", () => {
    const fields = errorsOfRule({ name: "", field: "", op: "inside", low: 3, high: 1, severity: "x" }).map(
      (e) => e.field,
    );
    expect(fields).toEqual(["rules[1].name", "rules[1].severity", "rules[1].field", "rules[1].high"]);
  });
});

describe("accepted edges", () => {
  const one = (rule: Record<string, unknown>) => rulesOf({ rules: [rule] });

  it("takes exactly the caps", () => {
    expect(one({ ...hot, name: "n".repeat(64) })).toHaveLength(1);
    expect(one({ ...hot, name: "ü".repeat(64) })).toHaveLength(1);
    expect(one({ ...hot, field: `${"a".repeat(128)}.${"b".repeat(127)}` })).toHaveLength(1);
    expect(one({ ...hot, message: "é".repeat(256) })).toHaveLength(1);
    expect(one({ ...hot, for_s: MAX_FOR_S })).toHaveLength(1);
    const rules = Array.from({ length: MAX_RULES }, (_, i) => ({ ...hot, name: `r${i}` }));
    expect(rulesOf({ rules })).toHaveLength(MAX_RULES);
  });

  it("takes bounds that differ by a little, and negative ones", () => {
    expect(one({ name: "x", field: "t", op: "inside", low: -0.002, high: -0.001, severity: "info" })).toHaveLength(1);
  });

  it("takes missing with a hold of one second", () => {
    expect(one({ name: "x", field: "t", op: "missing", for_s: 1, severity: "info" })[0]?.for_s).toBe(1);
  });

  it("takes a clear by == on any scalar, whatever the raise operator", () => {
    expect(one({ ...hot, clear: { op: "==", value: false } })[0]?.clear).toEqual({ op: "==", value: false });
  });
});

describe("JSON Schema", () => {
  it("exports rules as an array of objects with the operators and severities as enums", () => {
    const json = schema.toJsonSchema() as {
      properties: {
        rules: { maxItems: number; items: { properties: Record<string, { enum?: unknown[]; type?: unknown }> } };
      };
    };
    const rules = json.properties.rules;
    expect(rules.maxItems).toBe(MAX_RULES);
    expect(rules.items.properties.op?.enum).toEqual([">", ">=", "<", "<=", "==", "!=", "outside", "inside", "missing"]);
    expect(rules.items.properties.severity?.enum).toEqual(["critical", "major", "minor", "warning", "info"]);
    expect(rules.items.properties.value?.type).toEqual(["number", "string", "boolean", "null"]);
  });
});
