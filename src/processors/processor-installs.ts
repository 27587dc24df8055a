// What an agent's Durable Object knows of the processor installs whose scope covers it (the
// install's own agent and the agents its extended permissions grant): pushed by the registry
// whenever an install, an agent's groups or its apps change, so a write finds its subscribers in
// memory — no lookup per event.
import { isPlainObject } from "../shared/merge-patch.ts";

/** A processor install as the agents in its scope hold it. */
export interface ProcessorInstall {
  install_id: string;
  app: string;
  app_key: string;
  /** The agent the install runs as: its schedules and deployment run in this agent's object. */
  agent_id: string;
  organisation_id: string;
  config: Record<string, unknown>;
}

/** Channel names of `dv_proc_subscriptions`. */
export function subscribedChannels(config: Record<string, unknown>): string[] {
  const value = config.dv_proc_subscriptions;
  return Array.isArray(value) ? value.filter((c): c is string => typeof c === "string") : [];
}

export interface ScheduleItem {
  name: string;
  schedule: string;
  disabled: boolean;
}

/** Enabled and disabled entries of `dv_proc_schedules`. */
export function scheduleItems(config: Record<string, unknown>): ScheduleItem[] {
  const value = config.dv_proc_schedules;
  if (!Array.isArray(value)) return [];
  return value
    .filter(isPlainObject)
    .filter((s) => typeof s.name === "string" && typeof s.schedule === "string")
    .map((s) => ({ name: s.name as string, schedule: s.schedule as string, disabled: s.disabled === true }));
}
