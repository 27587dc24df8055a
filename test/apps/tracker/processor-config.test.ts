// The demo tracker processor's config: defaults, a schedule the parser refuses, JSON Schema.
import { describe, expect, it } from "vitest";
import { TrackerProcessorConfig } from "../../../src/apps/tracker/processor-config.ts";
import { TrackerProcessor } from "../../../src/apps/tracker/processor.ts";

const schema = new TrackerProcessorConfig();

describe("tracker processor config", () => {
  it("is the processor class's schema", () => {
    expect(TrackerProcessor.configSchema).toBeInstanceOf(TrackerProcessorConfig);
    expect(TrackerProcessor.kind).toBe("processor");
    expect(TrackerProcessor.appName).toBe("tracker_processor");
  });

  it("fills every field from its default", () => {
    expect(schema.validate({})).toEqual({
      ok: true,
      value: {
        dv_proc_subscriptions: ["on_external_event", "ui_cmds"],
        dv_proc_schedules: [{ name: "daily_summary", schedule: "cron(0 0 * * ? *)", disabled: false }],
        low_battery: 20,
      },
    });
  });

  it("accepts its own defaults written out", () => {
    const defaults = schema.validate({});
    if (!defaults.ok) throw new Error("defaults must validate");
    expect(schema.validate(defaults.value)).toEqual(defaults);
  });

  it("refuses a schedule the parser refuses, naming it by index", () => {
    const result = schema.validate({
      dv_proc_schedules: [
        { name: "daily_summary", schedule: "cron(0 0 * * ? *)" },
        { name: "hourly", schedule: "every hour" },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.field).toBe("dv_proc_schedules[1].schedule");
  });

  it("refuses a day-of-month and day-of-week both set, as EventBridge does", () => {
    const result = schema.validate({ dv_proc_schedules: [{ name: "daily_summary", schedule: "cron(0 0 * * * *)" }] });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(["dv_proc_schedules[0].schedule"]);
  });

  it.each([-1, 101, 20.5, "20"])("refuses a low battery level of %j", (level) => {
    const result = schema.validate({ low_battery: level });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(["low_battery"]);
  });

  it("refuses an unknown field (a typo would leave the real one at its default)", () => {
    const result = schema.validate({ lowBattery: 10 });
    expect(result.ok ? [] : result.errors).toEqual([{ field: "lowBattery", message: "is not a known field" }]);
  });

  it("exports JSON Schema with the platform keys and the low battery bounds", () => {
    const exported = schema.toJsonSchema();
    expect(exported.required).toEqual([]);
    expect(exported.properties).toMatchObject({
      dv_proc_subscriptions: {
        type: ["array", "null"],
        default: ["on_external_event", "ui_cmds"],
        items: { type: "string", minLength: 1 },
      },
      dv_proc_schedules: {
        type: ["array", "null"],
        default: [{ name: "daily_summary", schedule: "cron(0 0 * * ? *)", disabled: false }],
        items: { properties: { schedule: { format: "doover-schedule" } } },
      },
      low_battery: { title: "Low Battery", type: ["integer", "null"], default: 20, minimum: 0, maximum: 100 },
    });
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });
});
