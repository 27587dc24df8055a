// The apps compiled into this worker. Add yours to APPS to make it installable.
import type { AppClass } from "../sdk/application.ts";
import { TrackerIntegration } from "./tracker/integration.ts";

export const APPS: AppClass[] = [TrackerIntegration];

export function findApp(name: string): AppClass | undefined {
  return APPS.find((app) => app.appName === name);
}
