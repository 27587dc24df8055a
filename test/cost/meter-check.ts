// The check that the runtime meter counts each operation once (runtime-meter.ts): src/shared/metering.ts's
// own wrappers stand aside while it counts (every window asserts they counted nothing: measure.ts),
// one operation made through those wrappers is one operation, and on a real workload both count
// the same where src/shared/metering.ts can see (its tallies kept apart for this check only).
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { flushInvocationLogs } from "../../src/invocation/log-buffer.ts";
import { meter, meteredEnv, readMeter, resetMeter } from "../../src/shared/metering.ts";
import { agentStub } from "../../src/contracts/stubs.ts";
import { call, newAgent } from "../support/helpers.ts";
import { startWindow, stopWindow } from "./measure.ts";
import { expectStatus, pathNamed, setUp } from "./paths.ts";
import { noOps, quiet, readRuntime, resetRuntime, runtime, type Ops } from "./runtime-meter.ts";

const total = (buckets: Record<string, Ops>, keep: (object: string) => boolean): Ops => {
  const out = noOps();
  for (const [bucket, o] of Object.entries(buckets))
    if (keep(bucket.split("#")[0] ?? "")) for (const k of Object.keys(o) as (keyof Ops)[]) out[k] += o[k];
  return out;
};

export async function meteringCheck(): Promise<void> {
  // One operation through src/shared/metering.ts's wrappers, counted at the prototypes: one, not two.
  const dev = await newAgent({ type: "device" });
  await agentStub(env, dev.id).getChannel("tag_values");
  await quiet(500); // the registry's own work after creating the agent
  startWindow();
  await agentStub(env, dev.id).getChannel("tag_values");
  await meteredEnv(env).CACHE.get("cost-meter-check");
  await meteredEnv(env).CACHE.put("cost-meter-check", "1");
  const once = stopWindow().reading.buckets;
  expect(once[`agent:${dev.id}#getChannel`]?.calls).toBe(1);
  const all = total(once, () => true);
  expect([all.calls, all.kv_reads, all.kv_writes]).toEqual([1, 1, 1]);

  // A real workload (uplinks, a REST write, the invocation log's flush and its alarm, run by the
  // runtime), counted by both at once into separate tallies: the same figures.
  const path = pathNamed("routed uplink (sync)");
  const s = await setUp(path, 2, 1e6);
  for (let i = 0; i < 4; i++) await expectStatus(path, await path.send(s, i)); // warm caches
  await flushInvocationLogs();
  await new Promise((r) => setTimeout(r, 2_500)); // the install's log alarm, before counting
  meter.atRuntime = false;
  runtime.alongside = true;
  try {
    resetMeter();
    resetRuntime();
    // Two batches of invocation records within the log's period: the first is written at once
    // (the log was idle), the second waits for the log alarm, whose run is counted too.
    for (let i = 0; i < 4; i++) await expectStatus(path, await path.send(s, i));
    await flushInvocationLogs();
    for (let i = 4; i < 8; i++) await expectStatus(path, await path.send(s, i));
    const rest = await call(`/api/agents/${s.devices[0]?.id}/channels/tag_values/aggregate`, {
      method: "PATCH",
      token: s.restToken,
      body: { check: { n: 1 } },
    });
    expect(rest.status).toBe(200);
    await flushInvocationLogs();
    // The install agent's log alarm (2 s), run by the runtime itself.
    const until = Date.now() + 10_000;
    while (!Object.keys(meter.usage.do_calls).some((l) => l.endsWith("#alarm")) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 100));
    const legacy = readMeter();
    const counted = readRuntime().buckets;
    meter.enabled = false;
    const agents = total(counted, (o) => o.startsWith("agent:"));
    const everything = total(counted, () => true);
    const legacyCalls = Object.values(legacy.do_calls).reduce((a, n) => a + n, 0);
    expect(
      Object.keys(legacy.do_calls).some((l) => l.endsWith("#alarm")),
      "the log alarm ran",
    ).toBe(true);
    expect({
      calls: total(counted, (o) => o !== "worker").calls,
      rows_written: total(counted, (o) => o.startsWith("agent:") || o === "registry").rows_written,
      rows_read: total(counted, (o) => o.startsWith("agent:") || o === "registry").rows_read,
      alarm_sets: agents.alarm_sets,
      kv: [everything.kv_reads, everything.kv_writes, everything.kv_lists, everything.kv_deletes],
      queue_sends: everything.queue_sends,
    }).toEqual({
      calls: legacyCalls,
      rows_written: legacy.rows_written,
      rows_read: legacy.rows_read,
      alarm_sets: legacy.alarm_sets,
      kv: [legacy.kv_reads, legacy.kv_writes, legacy.kv_lists, legacy.kv_deletes],
      queue_sends: legacy.queue_sends,
    });
  } finally {
    meter.atRuntime = true;
    runtime.alongside = false;
    meter.enabled = false;
  }
}
