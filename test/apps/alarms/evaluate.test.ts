// The alarm_rules engine (issue 24): each operator, holds, hysteresis, `missing` by ticks, the
// alarm lifecycle and out-of-order events, as pure steps (docs/alarms.md).
import { describe, expect, it } from "vitest";
import {
  compare,
  conditionHolds,
  evaluate,
  NO_ALARM,
  readField,
  renderMessage,
  truncateUtf8,
  type RuleEvent,
  type RuleState,
  type Step,
} from "../../../src/apps/alarms/evaluate.ts";
import type { AlarmRule } from "../../../src/apps/alarms/rules-config.ts";
import type { Json } from "../../../src/shared/merge-patch.ts";

function rule(fields: Partial<AlarmRule>): AlarmRule {
  return { name: "r", channel: "tag_values", field: "t", op: ">", value: 30, for_s: 0, severity: "major", ...fields };
}

const obs = (at: number, value: Json | undefined): RuleEvent => ({ type: "observation", at, value });
const tick = (at: number): RuleEvent => ({ type: "tick", at });

/** Runs events through the engine from `state`, with ids a1, a2, … and every step kept. */
function run(r: AlarmRule, events: RuleEvent[], state: RuleState = NO_ALARM): { steps: Step[]; ids: number } {
  let ids = 0;
  const steps: Step[] = [];
  for (const event of events) {
    const step = evaluate(r, state, event, { device: "pump-1", newId: () => `a${++ids}` });
    steps.push(step);
    state = step.state;
  }
  return { steps, ids };
}

const transitions = (steps: Step[]) => steps.map((s) => s.transition?.type ?? null);
const last = (steps: Step[]): Step => {
  const step = steps.at(-1);
  if (!step) throw new Error("no steps");
  return step;
};

describe("operators", () => {
  // [op, operand, value, expected]: true, false and the threshold itself for each.
  const table: [AlarmRule["op"], number | string | boolean, Json, boolean | undefined][] = [
    [">", 30, 31, true],
    [">", 30, 30, false],
    [">", 30, 29, false],
    [">=", 30, 30, true],
    [">=", 30, 29.999, false],
    [">=", 30, 31, true],
    ["<", 30, 29, true],
    ["<", 30, 30, false],
    ["<", 30, 31, false],
    ["<=", 30, 30, true],
    ["<=", 30, 30.001, false],
    ["<=", -5, -6, true],
    ["==", 30, 30, true],
    ["==", 30, 30.5, false],
    ["==", "fault", "fault", true],
    ["==", "fault", "Fault", false],
    ["==", true, true, true],
    ["==", true, false, false],
    ["==", 1, "1", false],
    ["==", true, 1, false],
    ["!=", 30, 30, false],
    ["!=", 30, 29, true],
    ["!=", "ok", "fault", true],
    ["!=", "ok", "ok", false],
    ["!=", false, true, true],
    ["!=", 0, "0", true],
  ];
  it.each(table)("%s %j with %j is %s", (op, operand, value, expected) => {
    expect(conditionHolds({ op, value: operand }, value)).toBe(expected);
  });

  const ranges: [AlarmRule["op"], Json, boolean][] = [
    ["inside", 20, true],
    ["inside", 10, true],
    ["inside", 30, true],
    ["inside", 9.99, false],
    ["inside", 30.01, false],
    ["outside", 20, false],
    ["outside", 10, false],
    ["outside", 30, false],
    ["outside", 9.99, true],
    ["outside", 31, true],
  ];
  it.each(ranges)("%s 10..30 with %j is %s (bounds belong to inside)", (op, value, expected) => {
    expect(conditionHolds({ op, low: 10, high: 30 }, value)).toBe(expected);
  });

  it("says nothing of a value a numeric operator cannot compare", () => {
    for (const op of [">", ">=", "<", "<="] as const) {
      for (const value of ["31", true, { t: 31 }, [31], null, undefined]) {
        expect(conditionHolds({ op, value: 30 }, value as Json | undefined)).toBeUndefined();
      }
    }
    expect(conditionHolds({ op: "inside", low: 0, high: 1 }, "0.5")).toBeUndefined();
    expect(conditionHolds({ op: "outside", low: 0, high: 1 }, false)).toBeUndefined();
    // Not from JSON, but a caller's computed value could be: no evidence either.
    expect(compare(">", Number.NaN, 30)).toBeUndefined();
    expect(compare("==", Number.POSITIVE_INFINITY, 30)).toBeUndefined();
  });

  it("compares objects and arrays with nothing under == and !=", () => {
    expect(conditionHolds({ op: "==", value: "x" }, { a: 1 })).toBeUndefined();
    expect(conditionHolds({ op: "!=", value: "x" }, ["x"])).toBeUndefined();
  });

  it("takes missing as the field being absent (null counts as absent)", () => {
    expect(conditionHolds({ op: "missing" }, undefined)).toBe(true);
    expect(conditionHolds({ op: "missing" }, null)).toBe(true);
    expect(conditionHolds({ op: "missing" }, 0)).toBe(false);
    expect(conditionHolds({ op: "missing" }, "")).toBe(false);
  });

  it("raises at once when for_s is 0, for every comparison operator", () => {
    const cases: [Partial<AlarmRule>, Json][] = [
      [{ op: ">", value: 30 }, 31],
      [{ op: ">=", value: 30 }, 30],
      [{ op: "<", value: 0 }, -1],
      [{ op: "<=", value: 0 }, 0],
      [{ op: "==", value: "fault" }, "fault"],
      [{ op: "!=", value: "ok" }, "fault"],
      [{ op: "inside", value: undefined, low: 0, high: 10 }, 5],
      [{ op: "outside", value: undefined, low: 0, high: 10 }, 11],
    ];
    for (const [fields, value] of cases) {
      const { steps } = run(rule(fields), [obs(1000, value)]);
      expect(transitions(steps), JSON.stringify(fields)).toEqual(["raise"]);
    }
  });

  it("does not raise on a value at which the condition is false", () => {
    const { steps } = run(rule({ op: ">", value: 30 }), [obs(1000, 30)]);
    expect(steps[0]).toEqual({ state: NO_ALARM, transition: null, timer: null });
  });
});

describe("raise and clear", () => {
  it("raises with the rule's severity, the value and the rendered message", () => {
    const r = rule({ name: "hot", message: "{device}: {value} °C" });
    const { steps } = run(r, [obs(1000, 31.5)]);
    expect(steps[0]).toEqual({
      state: { kind: "alarm", id: "a1", raised_at: 1000, status: "active", value: 31.5 },
      transition: { type: "raise", id: "a1", at: 1000, value: 31.5, severity: "major", message: "pump-1: 31.5 °C" },
      timer: null,
    });
  });

  it("clears when the condition no longer holds, when there is no clear", () => {
    const { steps } = run(rule({}), [obs(1000, 31), obs(2000, 30)]);
    expect(transitions(steps)).toEqual(["raise", "clear"]);
    expect(steps[1]).toEqual({
      state: { kind: "none", at: 2000 },
      transition: { type: "clear", id: "a1", at: 2000, value: 30 },
      timer: null,
    });
  });

  it("never raises an open alarm twice under repeated observations", () => {
    const { steps, ids } = run(rule({}), [obs(1000, 31), obs(1000, 31), obs(2000, 35), obs(3000, 40), tick(4000)]);
    expect(transitions(steps)).toEqual(["raise", null, null, null, null]);
    expect(ids).toBe(1);
    // Nothing to write after the raise: the same state object comes back.
    for (const step of steps.slice(1)) expect(step.state).toBe(steps[0]?.state);
  });

  it("takes the same observation twice as once", () => {
    const r = rule({ for_s: 60 });
    const once = run(r, [obs(1000, 31)]);
    const twice = run(r, [obs(1000, 31), obs(1000, 31)]);
    expect(last(twice.steps)).toEqual(last(once.steps));
    expect(twice.steps[1]?.state).toBe(twice.steps[0]?.state);
  });

  it("clears an acknowledged alarm as it would an active one", () => {
    const acknowledged: RuleState = { kind: "alarm", id: "x9", raised_at: 1000, status: "acknowledged", value: 31 };
    const { steps } = run(rule({}), [obs(2000, 32), obs(3000, 20)], acknowledged);
    expect(steps[0]?.state).toBe(acknowledged);
    expect(steps[1]?.transition).toEqual({ type: "clear", id: "x9", at: 3000, value: 20 });
  });

  it("raises a new alarm, with a new id, after a clear", () => {
    const { steps } = run(rule({}), [obs(1000, 31), obs(2000, 20), obs(3000, 33)]);
    expect(transitions(steps)).toEqual(["raise", "clear", "raise"]);
    expect(steps[0]?.transition?.id).toBe("a1");
    expect(steps[2]?.transition?.id).toBe("a2");
    expect(steps[2]?.state).toMatchObject({ kind: "alarm", id: "a2", raised_at: 3000, status: "active" });
  });

  it("judges an open alarm by the rule as changed by a PATCH", () => {
    // Raised under > 30; the rule becomes > 40; 35 no longer holds, so the alarm clears.
    const raised = run(rule({}), [obs(1000, 31)]);
    const { steps } = run(rule({ value: 40 }), [obs(2000, 35)], last(raised.steps).state);
    expect(steps[0]?.transition).toMatchObject({ type: "clear", id: "a1", value: 35 });
  });

  it("asks for an id only when it raises", () => {
    const { ids } = run(rule({ for_s: 60 }), [obs(1000, 31), obs(2000, 20), obs(3000, 29), tick(70_000)]);
    expect(ids).toBe(0);
  });
});

describe("for_s", () => {
  const r = rule({ for_s: 60 });

  it("holds, then raises on the tick at the end of the hold with the value that started it", () => {
    const { steps } = run(r, [obs(1000, 31), obs(30_000, 35), tick(61_000)]);
    expect(steps[0]).toEqual({ state: { kind: "pending", since: 1000, value: 31 }, transition: null, timer: 61_000 });
    expect(steps[1]?.state).toBe(steps[0]?.state);
    expect(steps[1]?.timer).toBe(61_000);
    expect(steps[2]?.transition).toMatchObject({ type: "raise", at: 61_000, value: 31 });
  });

  it("raises on an observation past the hold, with that observation's value", () => {
    const { steps } = run(r, [obs(1000, 31), obs(61_000, 36)]);
    expect(steps[1]?.transition).toMatchObject({ type: "raise", at: 61_000, value: 36 });
  });

  it("goes back to none, without an alarm, when the condition breaks before the hold ends", () => {
    const { steps } = run(r, [obs(1000, 31), obs(60_999, 30), tick(61_000)]);
    expect(transitions(steps)).toEqual([null, null, null]);
    expect(steps[1]).toEqual({ state: { kind: "none", at: 60_999 }, transition: null, timer: null });
  });

  it("restarts the hold after a break", () => {
    const { steps } = run(r, [obs(1000, 31), obs(2000, 20), obs(3000, 31), tick(61_000), tick(63_000)]);
    expect(steps[2]?.state).toEqual({ kind: "pending", since: 3000, value: 31 });
    expect(transitions(steps)).toEqual([null, null, null, null, "raise"]);
  });

  it("changes nothing on an early or spurious tick", () => {
    const { steps } = run(r, [obs(1000, 31), tick(60_999), tick(2000)]);
    expect(steps[1]?.state).toBe(steps[0]?.state);
    expect(steps[1]?.timer).toBe(61_000);
    expect(run(r, [tick(5000)]).steps[0]).toEqual({ state: NO_ALARM, transition: null, timer: null });
  });

  it("keeps holding through values it cannot compare and absent fields", () => {
    const { steps } = run(r, [obs(1000, 31), obs(2000, "error"), obs(3000, undefined), obs(4000, null), tick(61_000)]);
    expect(transitions(steps)).toEqual([null, null, null, null, "raise"]);
    for (const step of steps.slice(1, 4)) expect(step.state).toBe(steps[0]?.state);
  });

  it("does not raise when a late tick finds the condition already broken by an observation", () => {
    // The agent's alarm fires at 61 s; here an observation at 70 s comes first and wins.
    const { steps } = run(r, [obs(1000, 31), obs(70_000, 20), tick(70_001)]);
    expect(transitions(steps)).toEqual([null, null, null]);
  });
});

describe("hysteresis", () => {
  // Raise above 30, clear below 28: between the two nothing changes.
  const r = rule({ op: ">", value: 30, clear: { op: "<", value: 28 } });
  const table: [string, Json[], (string | null)[]][] = [
    ["29 neither raises", [29], [null]],
    ["31 raises", [31], ["raise"]],
    ["29 after a raise does not clear", [31, 29], ["raise", null]],
    ["28 after a raise does not clear (the bound is strict)", [31, 28], ["raise", null]],
    ["27.9 after a raise clears", [31, 27.9], ["raise", "clear"]],
    ["30 after a raise does not clear, nor re-raise at 31", [31, 30, 31], ["raise", null, null]],
    ["cleared at 27, 29 does not re-raise, 30.5 does", [31, 27, 29, 30.5], ["raise", "clear", null, "raise"]],
    ["a string while raised changes nothing", [31, "sensor error", 27], ["raise", null, "clear"]],
  ];
  it.each(table)("%s", (_, values, expected) => {
    const { steps } = run(
      r,
      values.map((value, i) => obs(1000 * (i + 1), value)),
    );
    expect(transitions(steps)).toEqual(expected);
  });

  it("does not clear while the raise condition still holds, when clear overlaps it", () => {
    // clear < 35 also holds at 32, where the rule itself holds: no clear, so no raise-clear flapping.
    const overlap = rule({ op: ">", value: 30, clear: { op: "<", value: 35 } });
    const { steps } = run(overlap, [obs(1000, 32), obs(2000, 32), obs(3000, 29)]);
    expect(transitions(steps)).toEqual(["raise", null, "clear"]);
  });

  it("clears with == on a state value", () => {
    const r2 = rule({ op: "!=", value: "ok", clear: { op: "==", value: "ok" } });
    const { steps } = run(r2, [obs(1000, "fault"), obs(2000, "degraded"), obs(3000, "ok")]);
    expect(transitions(steps)).toEqual(["raise", null, "clear"]);
  });

  it("keeps the alarm when the value cannot be compared, without an explicit clear", () => {
    const { steps } = run(rule({}), [obs(1000, 31), obs(2000, "n/a"), obs(3000, undefined), obs(4000, { t: 1 })]);
    expect(transitions(steps)).toEqual(["raise", null, null, null]);
  });
});

describe("missing", () => {
  const r = rule({ op: "missing", value: undefined, for_s: 600 });

  it("starts watching at the first message and raises when the tick finds the field unseen", () => {
    const { steps } = run(r, [obs(1000, 5), tick(601_000)]);
    expect(steps[0]).toEqual({
      state: { kind: "pending", since: 1000, value: null },
      transition: null,
      timer: 601_000,
    });
    expect(steps[1]).toEqual({
      state: { kind: "alarm", id: "a1", raised_at: 601_000, status: "active", value: null },
      transition: {
        type: "raise",
        id: "a1",
        at: 601_000,
        value: null,
        severity: "major",
        message: "r: t not seen for 600 s",
      },
      timer: null,
    });
  });

  it("moves the timer each time the field is seen", () => {
    const { steps } = run(r, [obs(1000, 5), obs(300_000, 6), tick(601_000), tick(900_000)]);
    expect(steps[1]?.timer).toBe(900_000);
    expect(transitions(steps)).toEqual([null, null, null, "raise"]);
  });

  it("does not move the timer for messages without the field", () => {
    const { steps } = run(r, [obs(1000, 5), obs(300_000, undefined), obs(400_000, null), tick(601_000)]);
    expect(steps[1]?.state).toBe(steps[0]?.state);
    expect(steps[2]?.timer).toBe(601_000);
    expect(transitions(steps)).toEqual([null, null, null, "raise"]);
  });

  it("watches from a first message that lacks the field", () => {
    const { steps } = run(r, [obs(1000, undefined), tick(601_000)]);
    expect(transitions(steps)).toEqual([null, "raise"]);
  });

  it("clears when the field is seen again and watches from then", () => {
    const { steps } = run(r, [obs(1000, 5), tick(601_000), obs(700_000, undefined), obs(800_000, 7), tick(1_400_000)]);
    expect(transitions(steps)).toEqual([null, "raise", null, "clear", "raise"]);
    expect(steps[3]).toEqual({
      state: { kind: "pending", since: 800_000, value: null },
      transition: { type: "clear", id: "a1", at: 800_000, value: 7 },
      timer: 1_400_000,
    });
    expect(steps[4]?.transition?.id).toBe("a2");
  });

  it("never raises twice on repeated ticks", () => {
    const { steps, ids } = run(r, [obs(1000, 5), tick(601_000), tick(601_000), tick(2_000_000)]);
    expect(transitions(steps)).toEqual([null, "raise", null, null]);
    expect(ids).toBe(1);
  });

  it("does not raise on a tick before the field has been unseen for for_s", () => {
    const { steps } = run(r, [obs(1000, 5), tick(600_999)]);
    expect(steps[1]).toEqual({ state: steps[0]?.state, transition: null, timer: 601_000 });
  });

  it("does not watch a device it has never heard from", () => {
    expect(run(r, [tick(10_000_000)]).steps[0]).toEqual({ state: NO_ALARM, transition: null, timer: null });
  });

  it("prefers a sighting to a late tick", () => {
    const { steps } = run(r, [obs(1000, 5), obs(700_000, 6), tick(700_001)]);
    expect(transitions(steps)).toEqual([null, null, null]);
    expect(steps[2]?.timer).toBe(1_300_000);
  });
});

describe("out-of-order events", () => {
  it("ignores an observation older than the last change", () => {
    const r = rule({});
    const { steps } = run(r, [obs(2000, 31), obs(1000, 20)]);
    expect(transitions(steps)).toEqual(["raise", null]);
    expect(steps[1]?.state).toBe(steps[0]?.state);
  });

  it("does not raise on a late hot reading from before a clear", () => {
    const { steps } = run(rule({}), [obs(1000, 31), obs(3000, 20), obs(2000, 40)]);
    expect(transitions(steps)).toEqual(["raise", "clear", null]);
  });

  it("does not restart a hold from an older reading", () => {
    const r = rule({ for_s: 60 });
    const { steps } = run(r, [obs(5000, 31), obs(4000, 20)]);
    expect(steps[1]?.state).toEqual({ kind: "pending", since: 5000, value: 31 });
  });

  it("takes an observation at the same millisecond as the last change", () => {
    const { steps } = run(rule({}), [obs(1000, 31), obs(1000, 20)]);
    expect(transitions(steps)).toEqual(["raise", "clear"]);
  });

  it("ignores a sighting older than a missing alarm", () => {
    const r = rule({ op: "missing", value: undefined, for_s: 60 });
    const { steps } = run(r, [obs(1000, 1), tick(61_000), obs(50_000, 2)]);
    expect(transitions(steps)).toEqual([null, "raise", null]);
  });
});

describe("readField", () => {
  const data: Json = { t: 21.5, nested: { a: { b: "x" } }, list: [{ v: 1 }, { v: 2 }], nil: null, zero: 0 };
  it.each([
    ["t", 21.5],
    ["nested.a.b", "x"],
    ["list.1.v", 2],
    ["zero", 0],
    ["nil", undefined],
    ["nope", undefined],
    ["t.deeper", undefined],
    ["list.x", undefined],
    ["list.5.v", undefined],
    ["nested.a", { b: "x" }],
  ])("%s → %j", (field, expected) => {
    expect(readField(data, field)).toEqual(expected);
  });

  it("reads no inherited property", () => {
    expect(readField({}, "constructor")).toBeUndefined();
    expect(readField({ a: {} }, "a.__proto__")).toBeUndefined();
  });
});

describe("messages", () => {
  const base = rule({ name: "hot", field: "temperature" });

  it("replaces {value} and {device}, every time they appear, and nothing else", () => {
    const r = { ...base, message: "{device}: {value} > 30 ({value}) {other} {{value}}" };
    expect(renderMessage(r, 31, "pump-1")).toBe("pump-1: 31 > 30 (31) {other} {31}");
  });

  it("does not expand a placeholder that a device name or a value carries", () => {
    const r = { ...base, message: "{device} / {value}" };
    expect(renderMessage(r, "{device}", "{value}")).toBe("{value} / {device}");
  });

  it("renders strings as they are, booleans, objects as JSON, absent as absent", () => {
    const r = { ...base, message: "{value}" };
    expect(renderMessage(r, "a <b>", "d")).toBe("a <b>");
    expect(renderMessage(r, false, "d")).toBe("false");
    expect(renderMessage(r, { x: [1] }, "d")).toBe('{"x":[1]}');
    expect(renderMessage(r, null, "d")).toBe("absent");
  });

  it("has a default per kind of operator", () => {
    expect(renderMessage(base, 31, "d")).toBe("hot: temperature is 31 (> 30)");
    expect(renderMessage({ ...base, op: "==", value: "fault" }, "fault", "d")).toBe(
      'hot: temperature is fault (== "fault")',
    );
    expect(renderMessage({ ...base, op: "outside", value: undefined, low: 10, high: 30 }, 5, "d")).toBe(
      "hot: temperature is 5 (outside 10..30)",
    );
    expect(renderMessage({ ...base, op: "missing", value: undefined, for_s: 90 }, null, "d")).toBe(
      "hot: temperature not seen for 90 s",
    );
  });

  it("cuts a long rendering to 512 bytes of UTF-8 on a character boundary", () => {
    const r = { ...base, message: "{value}" };
    const long = renderMessage(r, "é".repeat(400), "d");
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(512);
    expect(long.endsWith("…")).toBe(true);
    expect(long).not.toContain("\uFFFD");
    expect(truncateUtf8("😀😀😀", 9)).toBe("😀…");
    expect(truncateUtf8("abc", 3)).toBe("abc");
  });
});
