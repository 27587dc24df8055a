// An install whose config carries a schedule the parser refuses gets 422 naming the field, so a
// typo surfaces at install time rather than as a schedule that silently never runs.
import { describe, expect, it } from "vitest";
import { APPS } from "../../src/apps/index.ts";
import { Application } from "../../src/sdk/application.ts";
import { config } from "../../src/sdk/config.ts";
import { call, expectProblem, json } from "../support/helpers.ts";

class ScheduledConfig extends config.Schema {
  schedules = new config.ScheduleConfig({ default: [] });
}

// No shipped app has schedules yet (issue 9 brings the demo processor), so a test-only one.
class ScheduledApp extends Application {
  static appName = "scheduled_probe";
  static kind = "integration" as const;
  static configSchema = new ScheduledConfig();
}
if (!APPS.includes(ScheduledApp)) APPS.push(ScheduledApp);

const create = (schedules: unknown) =>
  call("/api/control/installs", {
    method: "POST",
    body: { app: "scheduled_probe", display_name: "x", config: { dv_proc_schedules: schedules } },
  });

describe("schedules in an install config", () => {
  it("refuses an unparseable expression with 422 naming dv_proc_schedules[i].schedule", async () => {
    const body = await expectProblem(
      await create([
        { name: "ok", schedule: "rate(5 minutes)" },
        { name: "bad", schedule: "cron(0 12 * * * *)" },
      ]),
      422,
      "validation_failed",
    );
    expect(body.field).toBe("config.dv_proc_schedules[1].schedule");
    expect(body.detail).toContain("must be '?'");
  });

  it("accepts rate, EventBridge and 5-field expressions", async () => {
    const schedules = [
      { name: "poll", schedule: "rate(5 minutes)" },
      { name: "report", schedule: "cron(0 9 LW * ? *)" },
      { name: "nightly", schedule: "0 2 * * *", disabled: true },
    ];
    const inst = await json(await create(schedules), 201);
    expect(inst.config.dv_proc_schedules).toEqual([
      { ...schedules[0], disabled: false },
      { ...schedules[1], disabled: false },
      schedules[2],
    ]);
  });
});
