// The apps compiled into this worker. Add yours to APPS to make it installable.
import type { AppClass } from "../sdk/application.ts";
import { ChirpstackIntegration } from "./lorawan/chirpstack.ts";
import { TtsIntegration } from "./lorawan/tts.ts";
import { TrackerIntegration } from "./tracker/integration.ts";
import { TrackerProcessor } from "./tracker/processor.ts";

export const APPS: AppClass[] = [TrackerIntegration, TrackerProcessor, TtsIntegration, ChirpstackIntegration];

export function findApp(name: string): AppClass | undefined {
  return APPS.find((app) => app.appName === name);
}
