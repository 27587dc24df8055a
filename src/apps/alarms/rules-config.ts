// Config of the built-in `alarm_rules` processor (issue 24): the threshold rules an install
// evaluates, checked at install and on PATCH so a broken rule is a 422 naming it, never a silent no-op.
import { config } from "../../sdk/config.ts";
import { utf8Length } from "../../sdk/config/config-caps.ts";
import { ConfigElement, isRecord, typeIssue, type AbsentOf, type ElementOptions } from "../../sdk/config/element.ts";
import type { KeyOf, ValueOf } from "../../sdk/config/element.ts";
import type { ConfigIssue } from "../../sdk/config/types.ts";
import { fieldPath } from "../../shared/history-limits.ts";

/** Every operator a rule may use. */
export const OPERATORS = [">", ">=", "<", "<=", "==", "!=", "outside", "inside", "missing"] as const;
/** Operators that compare the field with one `value`; also the operators a `clear` may use. */
export const COMPARISONS = [">", ">=", "<", "<=", "==", "!="] as const;
/** Severities, most severe first. */
export const SEVERITIES = ["critical", "major", "minor", "warning", "info"] as const;

export type Operator = (typeof OPERATORS)[number];
export type Comparison = (typeof COMPARISONS)[number];
export type Severity = (typeof SEVERITIES)[number];
/** What `value` (and `clear.value`) may be: `==`/`!=` take any of these, the others a number. */
export type Scalar = number | string | boolean;

/** Rules per install: each is evaluated on every message of its channel. */
export const MAX_RULES = 100;
/** Characters of a rule name (it names the rule in every alarm). */
export const MAX_RULE_NAME = 64;
/** UTF-8 bytes of a message template, and of a rendered message. */
export const MAX_MESSAGE_BYTES = 512;
/** Longest hold: 30 days, so a pending rule's timer stays within a month. */
export const MAX_FOR_S = 30 * 24 * 3600;

const ORDERING: ReadonlySet<string> = new Set([">", ">=", "<", "<="]);

/** True for the operators that compare numbers only (`>`, `>=`, `<`, `<=`, `inside`, `outside`). */
export function isNumericOperator(op: string): boolean {
  return ORDERING.has(op) || op === "inside" || op === "outside";
}

/** A number, string or boolean (`value`, `clear.value`); which the operator takes is the rules' check. */
class ScalarElement<const N extends string, const O extends ElementOptions<Scalar> = {}> extends ConfigElement<
  Scalar,
  KeyOf<N, O>,
  AbsentOf<O>
> {
  constructor(displayName: N, options?: O) {
    super(displayName, options ?? {});
  }

  check(input: unknown, path: string, issues: ConfigIssue[]): unknown {
    const ok =
      (typeof input === "number" && Number.isFinite(input)) || typeof input === "string" || typeof input === "boolean";
    if (!ok) issues.push(typeIssue(path, "a number, a string or a boolean", input));
    return input;
  }

  protected jsonTypes(): readonly string[] {
    return ["number", "string", "boolean"];
  }
}

function ruleElement() {
  return new config.Object(
    "Rule",
    {
      name: new config.String("Name", {
        description: "Names the rule in its alarms; unique among the install's rules.",
        minLength: 1,
        maxLength: MAX_RULE_NAME,
      }),
      channel: new config.ChannelName("Channel", {
        description: "The channel whose messages the rule reads.",
        default: "tag_values",
      }),
      // The path's rules (the series API's) are checked by RulesConfig, which words them.
      field: new config.String("Field", {
        description: "Dotted path into each message's data (all-digit segments index arrays).",
      }),
      op: new config.Enum("Op", { choices: OPERATORS }),
      value: new ScalarElement("Value", {
        description: "The threshold of >, >=, <, <= (a number) or the value of ==, != (number, string or boolean).",
        required: false,
      }),
      low: new config.Number("Low", { description: "Lower bound of inside/outside (inclusive).", required: false }),
      high: new config.Number("High", { description: "Upper bound of inside/outside (inclusive).", required: false }),
      forS: new config.Integer("For (s)", {
        description:
          "Seconds the condition must hold before the alarm is raised; for missing, how long the field may go unseen.",
        name: "for_s",
        default: 0,
        minimum: 0,
        maximum: MAX_FOR_S,
      }),
      clear: new config.Object(
        "Clear",
        {
          op: new config.Enum("Op", { choices: COMPARISONS }),
          value: new ScalarElement("Value"),
        },
        {
          description: "When an alarm clears (default: when the condition no longer holds).",
          required: false,
          additionalProperties: false,
        },
      ),
      severity: new config.Enum("Severity", { choices: SEVERITIES }),
      message: new config.String("Message", {
        description: "Plain-text template; {value} and {device} are replaced.",
        required: false,
      }),
    },
    { additionalProperties: false },
  );
}

type RuleElement = ReturnType<typeof ruleElement>;

/** One validated rule, defaults applied (`channel`, `for_s`). */
export type AlarmRule = ValueOf<RuleElement>;

/** `rules`: the list, each rule checked as a whole (operator against operands, names unique). */
class RulesElement extends config.Array<
  RuleElement,
  "Rules",
  { readonly maxItems: number; readonly description: string }
> {
  constructor() {
    super("Rules", ruleElement(), {
      description: "Threshold rules, evaluated per device on each message of their channel.",
      maxItems: MAX_RULES,
    });
  }

  override check(input: unknown, path: string, issues: ConfigIssue[]): unknown {
    const out = super.check(input, path, issues);
    if (!Array.isArray(out)) return out;
    const names = new Map<string, number>();
    out.forEach((rule: unknown, i) => {
      if (!isRecord(rule)) return;
      const at = `${path}[${i}]`;
      checkRule(rule, at, issues);
      if (typeof rule.name !== "string") return;
      const first = names.get(rule.name);
      if (first === undefined) names.set(rule.name, i);
      else issues.push({ field: `${at}.name`, message: `duplicates the name of ${path}[${first}]` });
    });
    return out;
  }
}

/** The rule's cross-field checks; the element checks have already typed each field. */
function checkRule(rule: Record<string, unknown>, at: string, issues: ConfigIssue[]): void {
  const fail = (key: string, message: string): void => void issues.push({ field: `${at}.${key}`, message });
  if (typeof rule.name === "string" && hasControl(rule.name)) fail("name", "must not hold control characters");
  if (typeof rule.field === "string") {
    const parsed = fieldPath(rule.field);
    if (!parsed.ok) fail("field", parsed.detail);
  }
  if (typeof rule.message === "string") {
    const bytes = utf8Length(rule.message);
    if (bytes > MAX_MESSAGE_BYTES) fail("message", `is ${bytes} bytes of UTF-8; at most ${MAX_MESSAGE_BYTES}`);
  }
  const op = rule.op;
  if (typeof op !== "string" || !(OPERATORS as readonly string[]).includes(op)) return;
  // An operand the operator does not read is refused: `low` beside `>` is a mistake, not a no-op.
  const unused = (key: string): void => {
    if (rule[key] !== undefined) fail(key, `is not used by op ${op}`);
  };
  if (op === "inside" || op === "outside") {
    unused("value");
    if (rule.low === undefined) fail("low", `is required for op ${op}`);
    if (rule.high === undefined) fail("high", `is required for op ${op}`);
    if (typeof rule.low === "number" && typeof rule.high === "number" && !(rule.low < rule.high))
      fail("high", `must be greater than low (${rule.low})`);
  } else if (op === "missing") {
    unused("value");
    unused("low");
    unused("high");
    // Without a hold, "not seen" would hold at once on every message that lacks the field.
    if (rule.for_s === 0) fail("for_s", "must be more than 0 for op missing");
    if (rule.clear !== undefined) fail("clear", "is not used by op missing: its alarm clears when the field is seen");
  } else {
    unused("low");
    unused("high");
    checkOperand(op, rule.value, `${at}.value`, issues);
  }
  if (isRecord(rule.clear) && typeof rule.clear.op === "string" && rule.clear.value !== undefined)
    checkOperand(rule.clear.op, rule.clear.value, `${at}.clear.value`, issues);
}

/** `value` of a comparison: present, and a number for the ordering operators. */
function checkOperand(op: string, value: unknown, field: string, issues: ConfigIssue[]): void {
  if (value === undefined) issues.push({ field, message: `is required for op ${op}` });
  else if (ORDERING.has(op) && typeof value !== "number")
    issues.push({ field, message: `must be a number for op ${op}` });
}

function hasControl(text: string): boolean {
  // oxlint-disable-next-line no-control-regex -- control characters are what is refused
  return /[\u0000-\u001f\u007f]/.test(text);
}

/**
 * The config of an `alarm_rules` install: its rules, and the devices beyond its own it may watch.
 *
 * @example
 * const result = new AlarmRulesConfig().validate({
 *   rules: [{ name: "hot", field: "temperature", op: ">", value: 30, clear: { op: "<", value: 28 }, severity: "major" }],
 * });
 * if (!result.ok) result.errors; // e.g. [{ field: "rules[0].value", message: "is required for op >" }]
 */
export class AlarmRulesConfig extends config.Schema {
  rules = new RulesElement();
  permissions = new config.ExtendedPermissionsConfig();
}

export type AlarmRulesSettings = config.ConfigOf<AlarmRulesConfig>;

/** The channels an install's rules read, each once, in rule order: what it must subscribe to. */
export function ruleChannels(rules: readonly AlarmRule[]): string[] {
  return [...new Set(rules.map((rule) => rule.channel))];
}
