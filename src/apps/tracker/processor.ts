// Demo processor, installed on each tracker device: turns the uplinks the tracker integration
// publishes on the device's `on_external_event` channel into tags, keeps the device's connection
// status, shows them in the device's UI and writes a daily summary. It runs as the device, so
// every write goes to the install's own agent; events from other agents are ignored.
import { PayloadUndecodableError } from "../../codecs/errors.ts";
import type { Json } from "../../shared/merge-patch.ts";
import { Application } from "../../sdk/application.ts";
import type { ConfigOf } from "../../sdk/config.ts";
import type { AggregateUpdateEvent, DeploymentEvent, MessageCreateEvent, ScheduleEvent } from "../../sdk/types.ts";
import { ui, uiCommands, type Range, type UiElement } from "../../sdk/ui.ts";
import { TrackerProcessorConfig } from "./processor-config.ts";
import { checkUplink, type TrackerUplink } from "./uplink.ts";

/**
 * How often the demo trackers report. They are `Periodic` devices: the agent marks one offline
 * when two reports in a row are missed (SPEC §7), not 120 s after the last, as a continuous one.
 */
export const REPORT_INTERVAL_MS = 15 * 60_000;

export class TrackerProcessor extends Application<ConfigOf<TrackerProcessorConfig>> {
  static appName = "tracker_processor";
  static kind = "processor" as const;
  static description = "Demo: tracker uplinks to tags, connection status, a device UI and a daily summary";
  static configSchema = new TrackerProcessorConfig();

  override async onMessageCreate(event: MessageCreateEvent): Promise<void> {
    if (event.channel !== "on_external_event" || event.agent_id !== this.agentId) return;
    const uplink = asUplink(event);
    if (uplink === null) return;

    // A member sent as JSON null counts as not sent (as checkUplink has it); null would delete the tag.
    if (uplink.position) await this.setTag("position", uplink.position as Json);
    const battery = uplink.battery?.percent;
    if (typeof battery === "number") {
      await this.setTag("battery", battery);
      await this.setTag("low_battery", battery < this.config.low_battery);
    }
    const temperature = uplink.readings?.find((r) => r.name === "temperature" || r.name === "temp")?.value;
    if (typeof temperature === "number") await this.setTag("temperature", temperature);
    if (typeof uplink.status === "string" || typeof uplink.status === "number")
      await this.setTag("status", uplink.status);
    await this.setTag("last_uplink_at", event.timestamp);
    // Read, then write: exact while one device's deliveries are handled one at a time.
    await this.setTag("uplinks_today", countOf(await this.getTag("uplinks_today")) + 1);

    await this.pingConnection({ connectionType: "Periodic", expectedInterval: REPORT_INTERVAL_MS });
  }

  /**
   * "Request position" pressed: the write to `ui_cmds` carries this app's `request_position`.
   * Only a patch says what changed; a PUT of the whole aggregate is taken as pressing every
   * button it holds, so whoever writes `ui_cmds` should PATCH it.
   */
  override async onAggregateUpdate(event: AggregateUpdateEvent): Promise<void> {
    if (event.channel !== "ui_cmds" || event.agent_id !== this.agentId) return;
    const pressed = uiCommands(event.request as Json, this.appKey).request_position;
    if (pressed === undefined || pressed === null) return;
    // A real downlink: the tracker takes it in the answer to its next uplink (docs/wire.md).
    await this.api.sendDownlink(this.agentId, {
      payload: { command: "request_position", value: pressed, requested_at: event.timestamp },
    });
  }

  /** `daily_summary`: the day's counts on the `daily_summary` channel, then a fresh count. */
  override async onSchedule(event: ScheduleEvent): Promise<void> {
    if (event.name !== "daily_summary") return;
    await this.api.createMessage("daily_summary", {
      // The UTC day that ended when the schedule fired (at midnight, the day before).
      date: new Date(event.scheduled_at - 1).toISOString().slice(0, 10),
      uplinks: countOf(await this.getTag("uplinks_today")),
      battery: (await this.getTag("battery")) ?? null,
      position: (await this.getTag("position")) ?? null,
    });
    await this.setTag("uplinks_today", 0);
  }

  /** Publishes `uiElements()` (the base class does); nothing else to set up on deployment. */
  override async onDeployment(event: DeploymentEvent): Promise<void> {
    await super.onDeployment(event);
  }

  override uiElements(): UiElement[] {
    return [
      new ui.WarningIndicator({ name: "low_battery", displayName: "Low battery" }),
      new ui.Variable({
        name: "battery",
        displayName: "Battery",
        units: "%",
        decimals: 0,
        min: 0,
        max: 100,
        ranges: batteryRanges(this.config.low_battery),
      }),
      new ui.Variable({ name: "temperature", displayName: "Temperature", units: "°C", decimals: 1 }),
      new ui.Variable({ name: "latitude", displayName: "Latitude", tag: "position.lat", decimals: 5 }),
      new ui.Variable({ name: "longitude", displayName: "Longitude", tag: "position.lon", decimals: 5 }),
      new ui.TextVariable({ name: "status", displayName: "Status" }),
      new ui.Timestamp({ name: "last_uplink_at", displayName: "Last report" }),
      new ui.Variable({ name: "uplinks_today", displayName: "Uplinks today", decimals: 0 }),
      new ui.Action({ name: "request_position", displayName: "Request position", requiresConfirm: false }),
    ];
  }
}

/** Red below the low level, green above; a level of 0 or 100 leaves one band (ranges are never empty). */
export function batteryRanges(low: number): Range[] {
  const ranges: Range[] = [];
  if (low > 0) ranges.push({ label: "Low", min: 0, max: low, colour: "tomato" });
  if (low < 100) ranges.push({ label: "OK", min: low, max: 100, colour: "green" });
  return ranges;
}

function countOf(value: Json | undefined): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** The message as an uplink, or null (logged) for anything else published on the channel. */
function asUplink(event: MessageCreateEvent): TrackerUplink | null {
  try {
    return checkUplink(event.data);
  } catch (error) {
    if (!(error instanceof PayloadUndecodableError)) throw error;
    // Retrying cannot fix the message, so it is skipped rather than thrown (which would retry it).
    console.warn(`tracker_processor: message ${event.id} on ${event.agent_id}/${event.channel}: ${error.message}`);
    return null;
  }
}
