// Config of the demo tracker processor: what invokes it, when it writes its daily summary, and
// below which battery level a device shows a warning.
import { config } from "../../sdk/config.ts";

export class TrackerProcessorConfig extends config.Schema {
  // `ui_cmds` too: the processor's "Request position" button arrives as a write to that aggregate.
  subscriptions = new config.ManySubscriptionConfig({ default: ["on_external_event", "ui_cmds"] });
  schedules = new config.ScheduleConfig({
    // Midnight UTC, every day.
    default: [{ name: "daily_summary", schedule: "cron(0 0 * * ? *)", disabled: false }],
  });
  lowBattery = new config.Integer("Low Battery", {
    description: "Battery percentage below which the device shows a low-battery warning.",
    default: 20,
    minimum: 0,
    maximum: 100,
  });
}
