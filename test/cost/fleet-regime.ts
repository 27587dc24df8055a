// The fleet regime (issue 18; `npm run cost`, project `fleet`): devices reporting every few minutes,
// as a real LoRaWAN or cellular fleet runs.
// - Journals filled to the production retention (wrangler.toml's MESSAGE_RETENTION) by the agent's
//   own methods with the writes of one real event of the path, device d with RETENTION + d·K
//   entries, so the K reports each device makes in the window fall on every phase of a checkpoint
//   period between them.
// - Every report meets evicted objects: its device's and the install agent's (idle: one
//   invocation-log flush per report). The driven clock (clock.ts) moves REPORT_MS / DEVICES between
//   reports: the isolate's memory caches have expired, its throttle bucket (the endpoint's default
//   limit) is older than its quiet period, and its invocation record goes alone.
// - The install agent's log alarm runs when due (counted). Device alarms (connection deadlines,
//   schedules) are priced by a simulated day of one device (`runDay`), per report at REPORT_MS.
// - SQLite storage: a filled device's database size, per device-month, per report at REPORT_MS.
import { evictDurableObject, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { flushInvocationLogs } from "../../src/invocation/log-buffer.ts";
import { ingestionThrottle } from "../../src/worker/ingest/throttle-state.ts";
import { advance } from "./clock.ts";
import { mergeWindows, paused, startWindow, stopWindow, windowPerEvent, type Window } from "./measure.ts";
import {
  captureTemplate,
  expectStatus,
  fill,
  installProcessor,
  kindOf,
  newDevice,
  nextRun,
  settle,
  setUp,
  type Path,
  type Setup,
  type Template,
} from "./paths.ts";
import type { PerEvent } from "./prices.ts";
import { dueAlarms, harness, quiet, type Reading } from "./runtime-meter.ts";
import { rawStub } from "./runtime-patches.ts";

const vars = env as unknown as Record<string, string | undefined>;
const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) ? Number(v) : d);

export const FLEET_DEVICES = num(vars.COST_FLEET_DEVICES, 8);
/** Reports each device makes in the measured window. */
export const FLEET_PER_DEVICE = num(vars.COST_FLEET_PER_DEVICE, 4);
/** How often each device reports (the bill's fleet: every 5 minutes). */
export const REPORT_MS = 5 * 60_000;
/** Reports per device-day and device-month (30 days). */
export const REPORTS_PER_DAY = 86_400_000 / REPORT_MS;
export const REPORTS_PER_MONTH = REPORTS_PER_DAY * 30;
/** Hours of the simulated day of device alarms. */
export const DAY_HOURS = num(vars.COST_DAY_HOURS, 24);
export const RETENTION = num(vars.MESSAGE_RETENTION, 10_000);

/** Driven time from a report's log flush to running the install's log alarm (due 2 s after). */
const LOG_ALARM_WAIT = 5_000;

const objectOf = (agentId: string) => `agent:${agentId}`;
const agentRaw = (object: string) => rawStub(env.AGENT.getByName(object.replace(/^agent:/, "")));

/** Evicts objects if they run (harness: not billed). */
async function evict(objects: string[]): Promise<void> {
  await harness(async () => {
    for (const o of objects) await evictDurableObject(agentRaw(o)).catch(() => undefined);
  });
}

/** Runs the alarms of `objects` that are due on the driven clock (their work is counted). */
async function runDue(objects: string[]): Promise<number> {
  const due = dueAlarms(objects, Date.now());
  for (const o of due) await harness(() => runDurableObjectAlarm(agentRaw(o)));
  return due.length;
}

export interface Fleet {
  setup: Setup;
  /** Objects shared by the path's events (install agents): idle between events, evicted. */
  installs: string[];
  devices: string[];
  /** The writes of one real event of the path (fills, the simulated day's reports). */
  template: Template;
  /** Wall time of the set-up's parts (s). */
  timings: Record<string, number>;
}

const since = (t: number) => (performance.now() - t) / 1000;

/** `extra` devices beyond FLEET_DEVICES (the bill's watched devices) get the same journals. */
export async function fleetSetup(path: Path, extra = 0): Promise<Fleet> {
  let t = performance.now();
  const timings: Record<string, number> = {};
  const s = await setUp(path, FLEET_DEVICES + extra);
  const template = await newDevice(path);
  if (path.processors) await installProcessor(template.id);
  const writes = await captureTemplate(path, s, template);
  timings.setup = since(t);
  t = performance.now();
  for (const [d, dev] of s.devices.entries())
    await fill(objectOf(dev.id), writes.device, RETENTION + (d % FLEET_DEVICES) * FLEET_PER_DEVICE);
  for (const w of writes.shared) await fill(w.object, [w], RETENTION);
  timings.fill = since(t);
  if (path.processors) for (const d of s.devices) await installProcessor(d.id);
  // One real report per device (not counted): the registry's mirror, a processor's first delivery.
  for (let i = 0; i < s.devices.length; i++) await expectStatus(path, await path.send(s, i));
  await settle();
  await flushInvocationLogs();
  const f: Fleet = {
    setup: s,
    installs: [objectOf(s.installAgent), objectOf(s.seed.agent)],
    devices: s.devices.map((d) => objectOf(d.id)),
    template: writes,
    timings,
  };
  // The warm-up's log alarm, before the measured window.
  advance(REPORT_MS / FLEET_DEVICES);
  await paused(() => runDue(f.installs));
  await quiet();
  return f;
}

/**
 * The measured window: FLEET_PER_DEVICE reports of each device, one at a time, each cold, each
 * counted in a window of its own (with the install's log alarm it leaves due); the windows of the
 * reports of devices `group(d)` are added up per group.
 */
export async function runFleet(
  path: Path,
  f: Fleet,
  group: (device: number) => string = () => "all",
): Promise<Map<string, { window: Window; events: number }>> {
  nextRun();
  const t = performance.now();
  const devices = f.devices.length;
  const gap = REPORT_MS / devices;
  const windows = new Map<string, Window[]>();
  for (let i = 0; i < devices * FLEET_PER_DEVICE; i++) {
    const d = i % devices;
    advance(gap - LOG_ALARM_WAIT);
    // Device alarms are priced by the simulated day: run here uncounted, should one come due.
    await runDue(f.devices);
    await evict([...f.installs, f.devices[d] ?? ""]);
    startWindow();
    await expectStatus(path, await path.send(f.setup, i));
    await settle();
    // The isolate sees nothing else within its flush period: its record goes alone; then the
    // install's log alarm, before the next report.
    await flushInvocationLogs();
    advance(LOG_ALARM_WAIT);
    await runDue(f.installs);
    await settle();
    const key = group(d);
    windows.set(key, [...(windows.get(key) ?? []), stopWindow()]);
  }
  f.timings.sample = (f.timings.sample ?? 0) + since(t);
  return new Map([...windows].map(([key, ws]) => [key, { window: mergeWindows(ws), events: ws.length }]));
}

/**
 * One device's alarms over a simulated day (DAY_HOURS): it reports every REPORT_MS (through its
 * object's own methods, not counted: reports are priced by runFleet); each alarm that comes due
 * meets the object evicted, and is counted with all it sets off (an offline flip, a schedule's
 * delivery and its processor run). Per report: the day's alarms over its reports.
 */
export async function runDay(f: Fleet): Promise<{ window: Window; alarms: number; reports: number }> {
  const t = performance.now();
  const device = f.devices[0] ?? "";
  // The event's own writes (a processor's write-back comes from the processor, which runs).
  const report = f.template.device.filter((w) => w.method !== "commitBatchText");
  const steps = Math.round((DAY_HOURS * 3_600_000) / REPORT_MS);
  const windows: Window[] = [];
  let alarms = 0;
  for (let step = 1; step <= steps; step++) {
    advance(REPORT_MS);
    if (dueAlarms([device], Date.now()).length > 0) {
      // Whatever the reports set off is done, the object idle and evicted, before the alarm.
      await settle();
      await evict([device]);
      startWindow();
      alarms += await runDue([device]);
      await settle();
      windows.push(stopWindow());
    }
    await fill(device, report, report.length, 1e6 + step);
  }
  await settle();
  f.timings.day = since(t);
  return { window: mergeWindows(windows), alarms, reports: steps };
}

/** Average SQLite database size (bytes) of the fleet's devices, journals full. */
export async function deviceBytes(f: Fleet): Promise<number> {
  let total = 0;
  for (const d of f.devices)
    total += await harness(() => runInDurableObject(agentRaw(d), (_, state) => state.storage.sql.databaseSize));
  return total / f.devices.length;
}

/** Keeps only the buckets and active times of objects `keep` accepts. */
export function only(r: Reading, keep: (object: string) => boolean): Reading {
  return {
    buckets: Object.fromEntries(Object.entries(r.buckets).filter(([b]) => keep(b.split("#")[0] ?? ""))),
    active_ms: Object.fromEntries(Object.entries(r.active_ms).filter(([o]) => keep(o))),
  };
}

export const perEventOf = (w: Window, events: number, f: Fleet): PerEvent => windowPerEvent(w, events, kindOf(f.setup));

/**
 * The install's object at the fleet's aggregate rate (`rate` reports/s through the install, each
 * from an isolate that sends its invocation record alone): `seconds` of reports, the object never
 * idle, its log alarm run when due. Only the install's objects are kept: their share per report.
 */
export async function runInstallAtRate(path: Path, f: Fleet, rate: number, seconds: number): Promise<PerEvent> {
  const n = Math.round(rate * seconds);
  startWindow();
  for (let i = 0; i < n; i++) {
    advance(1000 / rate);
    await runDue(f.installs);
    // Each report from an isolate of its own (they see < 1 event per 10 s): whether the endpoint's
    // limit lets the whole fleet through is the throttle's question, not this measurement's.
    ingestionThrottle.reset();
    await expectStatus(path, await path.send(f.setup, i));
    await flushInvocationLogs();
  }
  advance(5_000);
  await runDue(f.installs);
  await settle();
  const w = stopWindow();
  const installs = new Set(f.installs);
  return windowPerEvent({ ...w, reading: only(w.reading, (o) => installs.has(o)), extra: noExtra }, n, kindOf(f.setup));
}

const noExtra = { worker_requests: 0, queue_reads: 0, queue_acks: 0 };
