// The busy and sparse regimes (`npm run cost`, project `busy`). busy: events back to back through one
// warm isolate, over DEVICES devices whose journals are full (a short MESSAGE_RETENTION, so segment
// drops and checkpoints fall in the window); sparse: every event meets an isolate with nothing
// cached and nothing to batch with. The fleet regime is in fleet-regime.ts.
import { flushInvocationLogs } from "../../src/invocation/log-buffer.ts";
import { ingestionThrottle } from "../../src/worker/ingest/throttle-state.ts";
import { invalidateAll } from "../../src/kv-mirror/edge-cache.ts";
import { startWindow, stopWindow, windowPerEvent } from "./measure.ts";
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
} from "./paths.ts";
import type { PerEvent } from "./prices.ts";

const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) ? Number(v) : d);
const vars = (await import("cloudflare:workers")).env as unknown as Record<string, string | undefined>;

/** Devices the busy events rotate over. */
export const DEVICES = num(vars.COST_BUSY_DEVICES, 8);
/** Events per device measured (one segment of a 512-entry journal: a drop and two checkpoints each). */
export const BUSY_PER_DEVICE = num(vars.COST_BUSY_PER_DEVICE, 64);
/** Real events per device before measuring, after the fill: warm caches, a processor's watermark. */
const WARM_PER_DEVICE = 2;
export const SPARSE_EVENTS = num(vars.COST_SPARSE_EVENTS, 24);
export const RETENTION = num(vars.MESSAGE_RETENTION, 512);

/**
 * The busy regime's set-up: DEVICES devices with journals filled to the retention by the agent's
 * own methods (the writes of one real event of the path, captured), processors installed after.
 * The busy isolate's throttle is set out of the way (1,000,000/s): the default would refuse
 * events sent back to back through one isolate.
 */
export async function busySetup(path: Path): Promise<Setup> {
  const s = await setUp(path, DEVICES, 1e6);
  const template = await newDevice(path);
  if (path.processors) await installProcessor(template.id);
  const writes = await captureTemplate(path, s, template);
  for (const d of s.devices) await fill(`agent:${d.id}`, writes.device, RETENTION);
  for (const w of writes.shared) await fill(w.object, [w], RETENTION);
  if (path.processors) for (const d of s.devices) await installProcessor(d.id);
  for (let i = 0; i < WARM_PER_DEVICE * DEVICES; i++) await expectStatus(path, await path.send(s, i));
  await settle();
  return s;
}

export async function runBusy(path: Path, s: Setup): Promise<PerEvent> {
  nextRun();
  startWindow();
  const n = BUSY_PER_DEVICE * DEVICES;
  for (let i = 0; i < n; i++) await expectStatus(path, await path.send(s, i));
  await settle();
  // The records of the last second, as the isolate's timer would send them.
  await flushInvocationLogs();
  return windowPerEvent(stopWindow(), n, kindOf(s));
}

export async function runSparse(path: Path, s: Setup): Promise<PerEvent> {
  nextRun();
  startWindow();
  for (let i = 0; i < SPARSE_EVENTS; i++) {
    // A cold isolate: nothing cached in memory, nothing buffered to batch with.
    invalidateAll();
    ingestionThrottle.reset();
    await expectStatus(path, await path.send(s, i));
    await settle();
    // Nothing to batch its invocation record with: the isolate sends it alone.
    await flushInvocationLogs();
  }
  return windowPerEvent(stopWindow(), SPARSE_EVENTS, kindOf(s));
}
