// Issue 20, item 2: an install config larger than a queue message was accepted (201) and then
// never deployed — every delivery message carries its install's config. Configs are capped at
// validation: total bytes of the config's JSON (UTF-8) and the item counts of the platform lists,
// each a 422 `validation_failed` naming the field, with nothing stored.
import { describe, expect, it } from "vitest";
import { TrackerProcessor } from "../../../src/apps/tracker/processor.ts";
import type { ProcessorInstall } from "../../../src/processors/bindings.ts";
import { packDeliveries } from "../../../src/processors/delivery.ts";
import {
  MAX_CIDR_RANGES,
  MAX_CONFIG_BYTES,
  MAX_PERMISSION_DEVICES,
  MAX_SCHEDULES,
  MAX_SIGNING_KEYS,
  MAX_SUBSCRIPTIONS,
} from "../../../src/sdk/config/limits.ts";
import { call, chan, eventually, expectProblem, json, newAgent } from "../../support/helpers.ts";

const utf8 = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
/** Cloudflare Queues' limit on one message. */
const QUEUE_MESSAGE_BYTES = 128_000;

const createOn = (agentId: string, config: unknown, app = "tracker_processor") =>
  call("/api/control/installs", { method: "POST", body: { app, agent_id: agentId, display_name: "x", config } });

async function installsOn(agentId: string): Promise<{ install_id: string; config: unknown }[]> {
  const all = await json<{ agent_id: string; install_id: string; config: unknown }[]>(
    await call("/api/control/installs"),
    200,
  );
  return all.filter((i) => i.agent_id === agentId);
}

const rateEveryMinute = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `every_minute_${String(i).padStart(4, "0")}`,
    schedule: "rate(1 minute)",
    disabled: false,
  }));

describe("install config caps (issue 20: a config larger than a queue message never deployed)", () => {
  it("2,000 rate(1 minute) schedules (153 KB) are refused: 422 naming config.dv_proc_schedules, nothing stored", async () => {
    const dev = await newAgent();
    const config = { dv_proc_schedules: rateEveryMinute(2000) };
    expect(utf8(config)).toBeGreaterThan(140_000);
    const body = await expectProblem(await createOn(dev.id, config), 422, "validation_failed");
    expect(body.field).toBe("config.dv_proc_schedules");
    expect(body.detail).toContain(`at most ${MAX_SCHEDULES} items`);
    // The total is named too.
    expect(body.errors.map((e: { field: string }) => e.field)).toContain("config");
    expect(await installsOn(dev.id)).toEqual([]);
    // One more than the cap, small in bytes: refused for the count alone.
    const over = await expectProblem(
      await createOn(dev.id, { dv_proc_schedules: rateEveryMinute(MAX_SCHEDULES + 1) }),
      422,
      "validation_failed",
    );
    expect(over.field).toBe("config.dv_proc_schedules");
    expect(over.errors).toHaveLength(1);
    expect(await installsOn(dev.id)).toEqual([]);
  });

  it("a config over the byte cap is refused with 422 naming `config` (UTF-8 bytes counted), on create and on PATCH", async () => {
    const dev = await newAgent();
    // 100 channel names of 400 "é": 40,000 characters, over 80,000 bytes.
    const names = Array.from({ length: MAX_SUBSCRIPTIONS }, (_, i) => `${i}${"é".repeat(400)}`);
    const config = { dv_proc_subscriptions: names };
    expect(JSON.stringify(config).length).toBeLessThan(MAX_CONFIG_BYTES);
    const body = await expectProblem(await createOn(dev.id, config), 422, "validation_failed");
    expect(body.field).toBe("config");
    expect(body.detail).toContain(`at most ${MAX_CONFIG_BYTES}`);
    expect(await installsOn(dev.id)).toEqual([]);
    // PATCH: refused, the stored config unchanged.
    const inst = await json(await createOn(dev.id, {}), 201);
    const patched = await expectProblem(
      await call(`/api/control/installs/${inst.install_id}`, { method: "PATCH", body: { config } }),
      422,
      "validation_failed",
    );
    expect(patched.field).toBe("config");
    expect((await installsOn(dev.id)).map((i) => i.config)).toEqual([inst.config]);
  });

  it("the other platform lists are capped: subscriptions, permission devices, CIDR ranges, signing keys", async () => {
    const dev = await newAgent();
    const subs = await expectProblem(
      await createOn(dev.id, {
        dv_proc_subscriptions: Array.from({ length: MAX_SUBSCRIPTIONS + 1 }, (_, i) => `c${i}`),
      }),
      422,
      "validation_failed",
    );
    expect(subs.field).toBe("config.dv_proc_subscriptions");
    const devices = Array.from({ length: MAX_PERMISSION_DEVICES + 1 }, (_, i) => String(1000 + i));
    const perms = await expectProblem(
      await call("/api/control/installs", {
        method: "POST",
        body: {
          app: "tracker_integration",
          display_name: "x",
          config: {
            dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0"] },
            dv_proc_extended_permissions: { devices },
          },
        },
      }),
      422,
      "validation_failed",
    );
    expect(perms.field).toBe("config.dv_proc_extended_permissions.devices");
    const cidrs = Array.from({ length: MAX_CIDR_RANGES + 1 }, (_, i) => `10.${i >> 8}.${i & 255}.0/24`);
    const ranges = await expectProblem(
      await call("/api/control/installs", {
        method: "POST",
        body: { app: "tracker_integration", display_name: "x", config: { dv_proc_ingestion: { cidr_ranges: cidrs } } },
      }),
      422,
      "validation_failed",
    );
    expect(ranges.field).toBe("config.dv_proc_ingestion.cidr_ranges");
    const keys = Array.from({ length: MAX_SIGNING_KEYS + 1 }, (_, i) => `key-${i}`);
    const signing = await expectProblem(
      await call("/api/control/installs", {
        method: "POST",
        body: {
          app: "tracker_integration",
          display_name: "x",
          config: { dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0"], signing_key: keys } },
        },
      }),
      422,
      "validation_failed",
    );
    expect(signing.field).toBe("config.dv_proc_ingestion.signing_key");
    // The caps are in the schema the control API serves.
    const apps = await json<{ name: string; config_schema: any }[]>(await call("/api/control/apps"), 200);
    const tracker = apps.find((a) => a.name === "tracker_processor")!;
    expect(tracker.config_schema.properties.dv_proc_schedules.maxItems).toBe(MAX_SCHEDULES);
    expect(tracker.config_schema.properties.dv_proc_subscriptions.maxItems).toBe(MAX_SUBSCRIPTIONS);
  });

  it("a config just under the cap installs, deploys, and its install record with a delivery fits one queue message", async () => {
    const dev = await newAgent();
    // The most schedules, padded with subscription names to just under the cap.
    let pad = 700;
    let config: Record<string, unknown> = {};
    for (; pad > 0; pad -= 5) {
      config = {
        dv_proc_schedules: [
          { name: "daily_summary", schedule: "cron(0 0 * * ? *)" },
          ...rateEveryMinute(MAX_SCHEDULES - 1).map((s) => ({ ...s, schedule: "rate(1 hour)" })),
        ],
        dv_proc_subscriptions: [
          "on_external_event",
          "ui_cmds",
          ...Array.from({ length: MAX_SUBSCRIPTIONS - 2 }, (_, i) => `c${i}_${"x".repeat(pad)}`),
        ],
      };
      const checked = TrackerProcessor.configSchema.validate(config);
      if (checked.ok) break;
    }
    const inst = await json(await createOn(dev.id, config), 201);
    expect(utf8(inst.config)).toBeGreaterThan(MAX_CONFIG_BYTES - 2048);
    expect(utf8(inst.config)).toBeLessThanOrEqual(MAX_CONFIG_BYTES);
    // Deployed: the processor's UI is published.
    const ui = await eventually(
      async () => {
        const res = await call(chan(dev.id, "ui_state", "/aggregate"));
        return res.status === 200 ? (await json(res)).data : null;
      },
      (data) => data?.state?.children?.[inst.app_key] !== undefined,
    );
    expect(ui?.state?.children?.[inst.app_key]).toBeDefined();
    // What a schedule's delivery through the queue carries: one message, under the queue's limit.
    const record: ProcessorInstall = { ...inst, organisation_id: "1" };
    const messages = packDeliveries(
      [
        {
          install_id: inst.install_id,
          key: `sched:${inst.install_id}:s1:0`,
          agent_id: dev.id,
          attempts: 0,
          event: { type: "schedule", name: "s1", schedule: "rate(1 hour)", scheduled_at: 0 },
        },
      ],
      new Map([[inst.install_id, record]]),
    );
    expect(messages).toHaveLength(1);
    expect(utf8(messages[0])).toBeLessThan(QUEUE_MESSAGE_BYTES);
  });
});
