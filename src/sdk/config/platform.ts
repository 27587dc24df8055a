// Platform config elements with fixed keys, read by the runtime rather than by app code:
// extended permissions, subscriptions, schedules and the agent's external serial number.

import { scheduleProblem } from "../../processors/schedule.ts";
import { ArrayElement, ObjectElement, type ArrayOptions, type ObjectOptions } from "./containers.ts";
import { isRecord, type FixedOptions, type PlatformOptions, type ValueOf } from "./element.ts";
import { MAX_PERMISSION_DEVICES, MAX_PERMISSION_ITEMS, MAX_SCHEDULES, MAX_SUBSCRIPTIONS } from "./limits.ts";
import { BooleanElement, StringElement, type StringOptions } from "./scalars.ts";
import type { ConfigIssue } from "./types.ts";

/** The fixed config keys of platform elements. */
export const PLATFORM_KEYS = {
  ingestion: "dv_proc_ingestion",
  extendedPermissions: "dv_proc_extended_permissions",
  subscriptions: "dv_proc_subscriptions",
  schedules: "dv_proc_schedules",
  // pydoover's key: without the "proc" of its neighbours.
  serialNumber: "dv_serial_number",
} as const;

// Agent and group ids are decimal strings (SPEC §3).
const ID_PATTERN = "^[0-9]+$";

function permissionFields() {
  return {
    devices: new ArrayElement(
      "Devices",
      new StringElement("Device", {
        description: "Agent id",
        pattern: ID_PATTERN,
        format: "doover-resource-device",
      }),
      { description: "Agents to grant access to.", default: [], maxItems: MAX_PERMISSION_DEVICES },
    ),
    groups: new ArrayElement(
      "Groups",
      new StringElement("Group", {
        description: "Group id",
        pattern: ID_PATTERN,
        format: "doover-resource-group",
      }),
      {
        description: "Groups (with their nested groups) whose agents are granted.",
        default: [],
        maxItems: MAX_PERMISSION_ITEMS,
      },
    ),
    appsInstalled: new ArrayElement(
      "Apps Installed",
      new StringElement("Application", {
        description: "App name",
        minLength: 1,
        format: "doover-resource-application",
      }),
      {
        description: "Agents with any of these apps installed are granted.",
        default: [],
        maxItems: MAX_PERMISSION_ITEMS,
      },
    ),
    allDevices: new BooleanElement("All Devices", {
      description: "Grant every agent in the organisation. A very far-reaching permission!",
      default: false,
    }),
  };
}

type PermissionOptions = FixedOptions<ObjectOptions, "dv_proc_extended_permissions">;

/**
 * Agents beyond its own that an app may read and write, under `dv_proc_extended_permissions`:
 * `devices ∪ groups (nested) ∪ apps_installed ∪ all_devices`. Optional; absent grants nothing.
 *
 * @example
 * class MyIntegrationConfig extends config.Schema {
 *   permissions = new config.ExtendedPermissionsConfig();
 * }
 * // install config: { dv_proc_extended_permissions: { groups: ["12"] } }
 */
export class ExtendedPermissionsConfig extends ObjectElement<
  ReturnType<typeof permissionFields>,
  "Devices",
  PermissionOptions
> {
  constructor(options: PlatformOptions<ObjectOptions> = {}) {
    super("Devices", permissionFields(), {
      description: "Give permission to access devices.",
      default: { devices: [], groups: [], apps_installed: [], all_devices: false },
      ...options,
      additionalProperties: false,
      name: PLATFORM_KEYS.extendedPermissions,
    });
  }
}

/** The validated `dv_proc_extended_permissions` value. */
export type ExtendedPermissionsSettings = ValueOf<ExtendedPermissionsConfig>;

function channelElement() {
  return new StringElement("Channel Subscription", {
    description: "The name of a channel to subscribe to",
    minLength: 1,
    name: "dv_proc_subscription",
  });
}

type SubscriptionOptions = FixedOptions<ArrayOptions<string>, "dv_proc_subscriptions">;

/**
 * Channels whose messages invoke a processor, under `dv_proc_subscriptions`: on the install's
 * agent and on agents its extended permissions grant.
 *
 * @example
 * class MyProcessorConfig extends config.Schema {
 *   subscriptions = new config.ManySubscriptionConfig({ default: ["on_external_event"] });
 * }
 */
export class ManySubscriptionConfig extends ArrayElement<
  ReturnType<typeof channelElement>,
  "Subscription",
  SubscriptionOptions
> {
  constructor(options: PlatformOptions<ArrayOptions<string>> = {}) {
    super("Subscription", channelElement(), {
      description: "A list of channels to subscribe to.",
      uniqueItems: true,
      ...options,
      maxItems: MAX_SUBSCRIPTIONS,
      name: PLATFORM_KEYS.subscriptions,
    });
  }
}

function scheduleElement() {
  return new ObjectElement(
    "Schedule",
    {
      name: new StringElement("Name", {
        description: "Identifies the schedule in onSchedule events.",
        minLength: 1,
      }),
      // Non-empty here; ScheduleConfig.check parses the expression so an install names it.
      schedule: new StringElement("Schedule", {
        description: "rate(5 minutes), cron(0 12 * * ? *) or a 5-field cron expression.",
        minLength: 1,
        // pydoover's schedule picker; there the whole element is one such string.
        format: "doover-schedule",
      }),
      disabled: new BooleanElement("Disabled", {
        description: "Keep the schedule but do not run it.",
        default: false,
      }),
    },
    { additionalProperties: false },
  );
}

type ScheduleValue = ValueOf<ReturnType<typeof scheduleElement>>;
type ScheduleOptions = FixedOptions<ArrayOptions<ScheduleValue>, "dv_proc_schedules">;

/**
 * Named schedules that invoke a processor, under `dv_proc_schedules`; names are unique.
 *
 * @example
 * class MyProcessorConfig extends config.Schema {
 *   schedules = new config.ScheduleConfig({ default: [{ name: "poll", schedule: "rate(5 minutes)" }] });
 * }
 */
export class ScheduleConfig extends ArrayElement<ReturnType<typeof scheduleElement>, "Schedules", ScheduleOptions> {
  constructor(options: PlatformOptions<ArrayOptions<ScheduleValue>> = {}) {
    super("Schedules", scheduleElement(), {
      description: "Specify schedules to run this task.",
      ...options,
      maxItems: MAX_SCHEDULES,
      name: PLATFORM_KEYS.schedules,
    });
  }

  override check(input: unknown, path: string, issues: ConfigIssue[]): unknown {
    const out = super.check(input, path, issues);
    if (!Array.isArray(out)) return out;
    const seen = new Map<string, number>();
    out.forEach((item: unknown, i) => {
      if (!isRecord(item)) return;
      // Parse at install time: a bad expression found only by the scheduler would fail silently,
      // and so would one that never runs (a date that never comes, a past year, a rate of ages).
      if (typeof item.schedule === "string" && item.schedule !== "") {
        const problem = scheduleProblem(item.schedule, Date.now());
        if (problem) issues.push({ field: `${path}[${i}].schedule`, message: problem });
      }
      if (typeof item.name !== "string") return;
      const first = seen.get(item.name);
      if (first === undefined) seen.set(item.name, i);
      else issues.push({ field: `${path}[${i}].name`, message: `duplicates the name of [${first}]` });
    });
    return out;
  }
}

type SerialOptions = FixedOptions<StringOptions, "dv_serial_number">;

/**
 * This agent's serial number in the external system, under `dv_serial_number`; what
 * `findAgentBySerial` and `getSerialNumberMatch` look up.
 *
 * @example
 * class MyDeviceConfig extends config.Schema {
 *   serial = new config.SerialNumberConfig();
 * }
 */
export class SerialNumberConfig extends StringElement<"Serial Number", SerialOptions> {
  constructor(options: PlatformOptions<StringOptions> = {}) {
    super("Serial Number", {
      description: "Device Serial Number",
      minLength: 1,
      ...options,
      name: PLATFORM_KEYS.serialNumber,
    });
  }
}
