// Issue 20, item 6 (hardening round 3): schedules that can never fire were accepted (201) and
// then dropped silently: `cron(0 0 30 2 ? *)`, `0 0 31 2 *`, `cron(* * * * ? 1970)`,
// `rate(99999999999999999999 days)`. Now an install is refused with 422 naming the schedule
// unless its next run comes within SCHEDULE_HORIZON_MS, and rates are at most MAX_RATE_MS.
import { describe, expect, it } from "vitest";
import {
  MAX_RATE_MS,
  SCHEDULE_HORIZON_MS,
  nextRun,
  parseSchedule,
  scheduleProblem,
} from "../../src/processors/schedule.ts";
import { call, expectProblem, json, newAgent } from "../support/helpers.ts";

const NEVER = ["cron(0 0 30 2 ? *)", "0 0 31 2 *", "cron(* * * * ? 1970)", "rate(99999999999999999999 days)"];

const installWith = async (schedules: unknown) =>
  call("/api/control/installs", {
    method: "POST",
    body: {
      app: "tracker_processor",
      agent_id: (await newAgent({ type: "device" })).id,
      display_name: "schedules",
      config: { dv_proc_schedules: schedules },
    },
  });

describe("schedules that can never fire", { timeout: 60_000 }, () => {
  it("an install with a schedule that never fires (Feb 30, Feb 31, a past year, a rate of ages) is refused with 422 naming dv_proc_schedules[i].schedule, not accepted and dropped", async () => {
    for (const schedule of NEVER) {
      const body = await expectProblem(
        await installWith([
          { name: "fine", schedule: "rate(5 minutes)" },
          { name: "never", schedule },
        ]),
        422,
        "validation_failed",
      );
      expect(body.field, schedule).toBe("config.dv_proc_schedules[1].schedule");
    }
    // A disabled one too: the expression itself is wrong.
    await expectProblem(
      await installWith([{ name: "off", schedule: "cron(0 0 30 2 ? *)", disabled: true }]),
      422,
      "validation_failed",
    );
  });

  it("schedules that do fire within the horizon are still accepted (leap days, rare weekdays, a year ahead, the longest rate)", async () => {
    const year = new Date().getUTCFullYear() + 1;
    const schedules = [
      "cron(0 0 29 2 ? *)",
      "0 0 29 2 *",
      `cron(0 12 1 1 ? ${year})`,
      "cron(0 12 ? * 3#2 *)",
      "rate(365 days)",
      "rate(8760 hours)",
      "rate(525600 minutes)",
    ].map((schedule, i) => ({ name: `s${i}`, schedule }));
    const created = await json(await installWith(schedules), 201);
    expect(created.install_id).toBeTruthy();
  });

  it("bounds: rate at most 365 days; next run within 10 years of now", () => {
    expect(MAX_RATE_MS).toBe(365 * 86_400_000);
    expect(SCHEDULE_HORIZON_MS).toBe(10 * 365 * 86_400_000);
    expect(scheduleProblem("rate(366 days)", Date.now())).toMatch(/at most 365 days/);
    expect(scheduleProblem("rate(8761 hours)", Date.now())).toMatch(/at most 8760 hours/);
    expect(scheduleProblem("rate(525601 minutes)", Date.now())).toMatch(/at most 525600 minutes/);
    const now = Date.UTC(2026, 11, 8);
    expect(scheduleProblem("cron(0 0 30 2 ? *)", now)).toMatch(/never runs in the next 10 years/);
    expect(scheduleProblem(`cron(0 0 1 1 ? 2036)`, now)).toBeNull();
    expect(scheduleProblem(`cron(0 0 1 1 ? 2037)`, now)).toMatch(/never runs/);
    // Leap days: 2096 → 2104 is the longest gap, inside the horizon.
    expect(scheduleProblem("cron(0 0 29 2 ? *)", Date.UTC(2096, 2, 1))).toBeNull();
    // The alarm scheduler's own search is unchanged: a far-off run is still found.
    const parsed = parseSchedule("cron(0 0 1 1 ? 2150)");
    expect(parsed.ok && nextRun(parsed.schedule, now)).toBe(Date.UTC(2150, 0, 1));
  });
});
