// The `alarm_rules` engine (issue 24, docs/alarms.md): one rule, one device's state of it and one
// event (an observation of the rule's field, or a timer tick) in; the next state, the alarm
// transition and the next timer out. Pure: no clock, no storage, ids come from the caller.
import type { Json } from "../../shared/merge-patch.ts";
import { utf8Length } from "../../shared/utf8.ts";
import { MAX_MESSAGE_BYTES, type AlarmRule, type Comparison, type Scalar } from "./rules-config.ts";
import { valueAt } from "../../shared/json-path.ts";

/** A rule's state for one device. `value` is `null` where the field was absent. */
export type RuleState =
  /** No alarm and no hold running; `at` is when it became so (absent: never evaluated). */
  | { readonly kind: "none"; readonly at?: number }
  /** The condition holds since `since`, waiting for `for_s`; for `missing`, the field was last seen at `since`. */
  | { readonly kind: "pending"; readonly since: number; readonly value: Json }
  /** An alarm is open: raised, perhaps acknowledged, not cleared. */
  | {
      readonly kind: "alarm";
      readonly id: string;
      readonly raised_at: number;
      readonly status: "active" | "acknowledged";
      readonly value: Json;
    };

/** The state of a rule never evaluated for a device. */
export const NO_ALARM: RuleState = { kind: "none" };

/** What the engine reacts to. Times are epoch milliseconds of the agent's clock. */
export type RuleEvent =
  /** A message on the rule's channel; `value` is what is at the rule's field, `undefined` when absent. */
  | { readonly type: "observation"; readonly at: number; readonly value: Json | undefined }
  /** The timer the last step asked for (or any wake: an early or spurious tick changes nothing). */
  | { readonly type: "tick"; readonly at: number };

/** An alarm opened or closed by a step. */
export type Transition =
  | {
      readonly type: "raise";
      readonly id: string;
      readonly at: number;
      readonly value: Json;
      readonly severity: AlarmRule["severity"];
      readonly message: string;
    }
  | { readonly type: "clear"; readonly id: string; readonly at: number; readonly value: Json };

/** One step's outcome. `state` is the input state object itself when nothing changed (nothing to write). */
export interface Step {
  readonly state: RuleState;
  readonly transition: Transition | null;
  /** When the engine wants a tick (a hold's end), or null: the agent sets its alarm to the earliest. */
  readonly timer: number | null;
}

/** What a step needs besides the rule, the state and the event. */
export interface StepContext {
  /** The device as `{device}` renders it in messages (its name, else its id). */
  readonly device: string;
  /** A fresh alarm id; called only when the step raises. */
  readonly newId: () => string;
}

/**
 * Applies one event to a rule's state for one device.
 *
 * - Condition true: `pending` (or raise at once when `for_s` is 0); still true once `for_s` has
 *   passed, on an observation or a tick: raise. False while pending: back to `none`, no alarm.
 * - An open alarm (active or acknowledged) is never raised again; it clears when `clear` holds (and
 *   the condition does not), or without `clear` when the condition no longer holds.
 * - `missing`: the field's last sighting starts a hold of `for_s`; its tick raises; seeing the
 *   field clears and starts watching again.
 * - A value the operator cannot compare (a string for `>`, an object for `==`, an absent field)
 *   is no evidence: nothing changes. An event older than the state's last change is ignored.
 *
 * @example
 * const rule = { name: "hot", channel: "tag_values", field: "temperature", op: ">", value: 30, for_s: 0, severity: "major" } as const;
 * const step = evaluate(rule, NO_ALARM, { type: "observation", at: 1000, value: 31 }, { device: "pump-1", newId: () => "a1" });
 * step.transition; // { type: "raise", id: "a1", at: 1000, value: 31, severity: "major", message: "hot: temperature is 31 (> 30)" }
 */
export function evaluate(rule: AlarmRule, state: RuleState, event: RuleEvent, context: StepContext): Step {
  // Out of order: evidence older than the last change would rewrite history (docs/alarms.md).
  if (event.at < stateTime(state)) return settle(rule, state);
  return rule.op === "missing" ? stepMissing(rule, state, event, context) : stepThreshold(rule, state, event, context);
}

function stepThreshold(rule: AlarmRule, state: RuleState, event: RuleEvent, context: StepContext): Step {
  if (event.type === "tick") {
    if (state.kind === "pending" && event.at >= deadline(rule, state))
      return raise(rule, event.at, state.value, context);
    return settle(rule, state);
  }
  const value = present(event.value);
  const held = conditionHolds(rule, value);
  switch (state.kind) {
    case "none":
      if (held !== true || value === undefined) return settle(rule, state);
      if (rule.for_s === 0) return raise(rule, event.at, value, context);
      return settle(rule, { kind: "pending", since: event.at, value });
    case "pending":
      if (held === undefined || value === undefined) return settle(rule, state);
      if (!held) return settle(rule, { kind: "none", at: event.at });
      if (event.at >= deadline(rule, state)) return raise(rule, event.at, value, context);
      return settle(rule, state);
    case "alarm":
      if (value === undefined || !clears(rule, value, held)) return settle(rule, state);
      return {
        state: { kind: "none", at: event.at },
        transition: { type: "clear", id: state.id, at: event.at, value },
        timer: null,
      };
  }
}

function stepMissing(rule: AlarmRule, state: RuleState, event: RuleEvent, context: StepContext): Step {
  if (event.type === "tick") {
    if (state.kind === "pending" && event.at >= deadline(rule, state)) return raise(rule, event.at, null, context);
    return settle(rule, state);
  }
  const seen = present(event.value) !== undefined;
  switch (state.kind) {
    case "none":
      // The first message on the channel starts the watch, whether or not it carries the field.
      return settle(rule, { kind: "pending", since: event.at, value: null });
    case "pending":
      // A late tick loses to a sighting: the field is here, so there is nothing to raise.
      if (!seen || event.at === state.since) return settle(rule, state);
      return settle(rule, { kind: "pending", since: event.at, value: null });
    case "alarm":
      if (!seen) return settle(rule, state);
      return {
        state: { kind: "pending", since: event.at, value: null },
        transition: { type: "clear", id: state.id, at: event.at, value: present(event.value) ?? null },
        timer: event.at + rule.for_s * 1000,
      };
  }
}

/**
 * Whether the rule's condition holds for a value: true, false, or `undefined` when the value
 * cannot be compared (absent, a non-number for a numeric operator, an object or array).
 * For `missing`, whether the value is absent.
 *
 * @example
 * conditionHolds({ op: "inside", low: 10, high: 30 }, 30); // true (bounds included)
 * conditionHolds({ op: ">", value: 30 }, "hot"); // undefined
 */
export function conditionHolds(
  rule: Pick<AlarmRule, "op" | "value" | "low" | "high">,
  value: Json | undefined,
): boolean | undefined {
  const v = present(value);
  switch (rule.op) {
    case "missing":
      return v === undefined;
    case "inside":
    case "outside": {
      if (!isNumber(v) || !isNumber(rule.low) || !isNumber(rule.high)) return undefined;
      const inside = v >= rule.low && v <= rule.high;
      return rule.op === "inside" ? inside : !inside;
    }
    default:
      return compare(rule.op, v, rule.value);
  }
}

/**
 * `value op operand`, or `undefined` when they cannot be compared. `==`/`!=` compare without
 * coercion (`1` is not `"1"`) and take no objects or arrays; the others compare finite numbers.
 *
 * @example
 * compare(">=", 30, 30); // true
 * compare("!=", "ok", "fault"); // true
 */
export function compare(op: Comparison, value: Json | undefined, operand: Scalar | undefined): boolean | undefined {
  const v = present(value);
  if (v === undefined || operand === undefined) return undefined;
  if (op === "==" || op === "!=") {
    if (typeof v === "object" || (typeof v === "number" && !Number.isFinite(v))) return undefined;
    return (v === operand) === (op === "==");
  }
  if (!isNumber(v) || !isNumber(operand)) return undefined;
  switch (op) {
    case ">":
      return v > operand;
    case ">=":
      return v >= operand;
    case "<":
      return v < operand;
    case "<=":
      return v <= operand;
  }
}

/** The alarm clears: `clear` holds while the condition does not (no flapping when they overlap). */
function clears(rule: AlarmRule, value: Json, held: boolean | undefined): boolean {
  if (rule.clear === undefined) return held === false;
  return compare(rule.clear.op, value, rule.clear.value) === true && held !== true;
}

/**
 * The value at a dotted path: object keys, array indexes for all-digit segments (the series
 * API's rule). Missing, or `null` (which deletes in a merge patch such as `tag_values`), is `undefined`.
 *
 * @example
 * readField({ sensors: [{ t: 21.5 }] }, "sensors.0.t"); // 21.5
 */
export function readField(data: Json | undefined, field: string): Json | undefined {
  return valueAt(data, field.split("."));
}

/**
 * The alarm message: the rule's template with `{value}` and `{device}` replaced once (a device
 * name holding `{value}` is not expanded), else a default; plain text, cut to 512 bytes of UTF-8.
 *
 * @example
 * renderMessage({ name: "hot", field: "t", op: ">", value: 30, for_s: 0, message: "{device} at {value} °C" }, 31, "pump-1");
 * // "pump-1 at 31 °C"
 */
export function renderMessage(
  rule: Pick<AlarmRule, "name" | "field" | "op" | "value" | "low" | "high" | "for_s" | "message">,
  value: Json,
  device: string,
): string {
  const text =
    rule.message !== undefined
      ? rule.message.replace(/\{(value|device)\}/g, (_, name: string) =>
          name === "value" ? formatValue(value) : device,
        )
      : defaultMessage(rule, value);
  return truncateUtf8(text, MAX_MESSAGE_BYTES);
}

function defaultMessage(
  rule: Pick<AlarmRule, "name" | "field" | "op" | "value" | "low" | "high" | "for_s">,
  value: Json,
): string {
  if (rule.op === "missing") return `${rule.name}: ${rule.field} not seen for ${rule.for_s} s`;
  const test =
    rule.op === "inside" || rule.op === "outside"
      ? `${rule.op} ${String(rule.low)}..${String(rule.high)}`
      : `${rule.op} ${JSON.stringify(rule.value ?? null)}`;
  return `${rule.name}: ${rule.field} is ${formatValue(value)} (${test})`;
}

/** A value as message text: strings as they are, absent as `absent`, objects as JSON. */
export function formatValue(value: Json | undefined): string {
  if (value === undefined || value === null) return "absent";
  if (typeof value === "string") return value;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The text cut to `max` bytes of UTF-8 on a code point boundary, ending in `…` when cut. */
export function truncateUtf8(text: string, max: number): string {
  if (utf8Length(text) <= max) return text;
  const ellipsis = "…";
  let budget = max - utf8Length(ellipsis);
  let out = "";
  for (const char of text) {
    const bytes = utf8Length(char);
    if (bytes > budget) break;
    budget -= bytes;
    out += char;
  }
  return out + ellipsis;
}

/** When the state last changed; events before it are out of order. */
export function stateTime(state: RuleState): number {
  switch (state.kind) {
    case "none":
      return state.at ?? -Infinity;
    case "pending":
      return state.since;
    case "alarm":
      return state.raised_at;
  }
}

/** The timer a state wants: the end of its hold, or none. */
export function timerOf(rule: Pick<AlarmRule, "for_s">, state: RuleState): number | null {
  return state.kind === "pending" ? state.since + rule.for_s * 1000 : null;
}

function deadline(rule: AlarmRule, state: { readonly since: number }): number {
  return state.since + rule.for_s * 1000;
}

function raise(rule: AlarmRule, at: number, value: Json, context: StepContext): Step {
  const id = context.newId();
  return {
    state: { kind: "alarm", id, raised_at: at, status: "active", value },
    transition: {
      type: "raise",
      id,
      at,
      value,
      severity: rule.severity,
      message: renderMessage(rule, value, context.device),
    },
    timer: null,
  };
}

/** A step without a transition: the state (the input's own object when unchanged) and its timer. */
function settle(rule: AlarmRule, state: RuleState): Step {
  return { state, transition: null, timer: timerOf(rule, state) };
}

function present(value: Json | undefined): Json | undefined {
  return value === null ? undefined : value;
}

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
