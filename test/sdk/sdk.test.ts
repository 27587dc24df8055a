// The app SDK's commit semantics through a real ingestion: buffered tags, atomic per-agent
// commits, extended permissions, handler failures and retries.
import { describe, expect, it } from "vitest";
import { call, expectProblem, json } from "../support/helpers.ts";
import { device, install, invoke, messagesOf, tagsOf } from "../support/ingest.ts";

const post = (inst: Awaited<ReturnType<typeof install>>, payload: unknown, headers: Record<string, string> = {}) =>
  invoke(inst, { body: JSON.stringify(payload), headers, query: "json_response=true" });

describe("tags", () => {
  it("commits only the touched keys under the app key, with one tag_values history message", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    await json(
      await post(inst, {
        tags: [
          { agent: dev.id, key: "a", value: 1 },
          { agent: dev.id, key: "b", value: { x: 1 } },
        ],
      }),
      200,
    );
    expect(await tagsOf(dev.id)).toEqual({ probe_integration_1: { a: 1, b: { x: 1 } } });
    const history = await messagesOf(dev.id, "tag_values");
    expect(history).toHaveLength(1);
    expect(history[0].data).toEqual({ probe_integration_1: { a: 1, b: { x: 1 } } });
  });

  it("reads see the state at invocation start plus the invocation's own writes", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    await post(inst, { tags: [{ agent: dev.id, key: "k", value: "old" }] });
    const out = await json(
      await post(inst, {
        tags: [{ agent: dev.id, key: "k2", value: "new" }],
        read: [
          { agent: dev.id, key: "k" },
          { agent: dev.id, key: "k2" },
          { agent: dev.id, key: "nope" },
        ],
      }),
      200,
    );
    expect(out.read).toEqual(["old", "new", "<absent>"]);
  });

  it("null deletes a tag", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    await post(inst, {
      tags: [
        { agent: dev.id, key: "a", value: 1 },
        { agent: dev.id, key: "b", value: 2 },
      ],
    });
    await post(inst, { tags: [{ agent: dev.id, key: "a", value: null }] });
    expect(await tagsOf(dev.id)).toEqual({ probe_integration_1: { b: 2 } });
  });

  it("two integrations writing different keys of the same agent concurrently lose nothing", async () => {
    const dev = await device();
    const perms = { dv_proc_extended_permissions: { devices: [dev.id] } };
    const one = await install({}, perms);
    const two = await install({}, perms);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => [
        post(one, { tags: [{ agent: dev.id, key: `one_${i}`, value: i }] }).then((r) => r.arrayBuffer()),
        post(two, { tags: [{ agent: dev.id, key: `two_${i}`, value: i }] }).then((r) => r.arrayBuffer()),
      ]).flat(),
    );
    // Each install runs as its own integration agent, so both are probe_integration_1 there.
    const tags = await tagsOf(dev.id);
    const keys = Object.keys(tags[one.app_key] ?? {}).concat(
      one.app_key === two.app_key ? [] : Object.keys(tags[two.app_key] ?? {}),
    );
    expect(keys.sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => [`one_${i}`, `two_${i}`])
        .flat()
        .sort(),
    );
    expect(await messagesOf(dev.id, "tag_values")).toHaveLength(20);
  });
});

describe("extended permissions", () => {
  it("a write outside them is 403 forbidden and commits nothing (own agent included)", async () => {
    const allowed = await device();
    const outside = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [allowed.id] } });
    const payload = {
      tags: [
        { agent: allowed.id, key: "ok", value: 1 },
        { key: "mine", value: 1 },
        { agent: outside.id, key: "no", value: 1 },
      ],
    };
    await expectProblem(await post(inst, payload), 403, "forbidden");
    expect(await tagsOf(allowed.id)).toEqual({});
    expect(await tagsOf(inst.agent_id)).toEqual({});
    expect(await tagsOf(outside.id)).toEqual({});
  });

  it("a forbidden write the handler catches still voids the invocation", async () => {
    const outside = await device();
    const inst = await install();
    await expectProblem(
      await post(inst, {
        catch_forbidden: true,
        tags: [
          { key: "mine", value: 1 },
          { agent: outside.id, key: "no", value: 1 },
        ],
      }),
      403,
      "forbidden",
    );
    expect(await tagsOf(inst.agent_id)).toEqual({});
  });

  it("groups grant their nested child groups; all_devices grants every device", async () => {
    const parent = await json(
      await (
        await import("../support/helpers.ts")
      ).call("/api/control/groups", { method: "POST", body: { name: `g-${crypto.randomUUID()}` } }),
      201,
    );
    const child = await json(
      await (
        await import("../support/helpers.ts")
      ).call("/api/control/groups", { method: "POST", body: { name: `c-${crypto.randomUUID()}`, parent: parent.id } }),
      201,
    );
    const member = await device({ groups: [child.id] });
    const byGroup = await install({}, { dv_proc_extended_permissions: { groups: [parent.id] } });
    expect((await post(byGroup, { tags: [{ agent: member.id, key: "g", value: 1 }] })).status).toBe(200);
    const stranger = await device();
    const all = await install({}, { dv_proc_extended_permissions: { all_devices: true } });
    expect((await post(all, { tags: [{ agent: stranger.id, key: "g", value: 1 }] })).status).toBe(200);
    await expectProblem(await post(byGroup, { tags: [{ agent: stranger.id, key: "g", value: 1 }] }), 403, "forbidden");
  });

  it("apps_installed grants agents that have an install of that app", async () => {
    const host = await device();
    // An install of the probe app running *on* the host device makes it match apps_installed.
    await json(
      await (
        await import("../support/helpers.ts")
      ).call("/api/control/installs", {
        method: "POST",
        body: {
          app: "tracker_integration",
          agent_id: host.id,
          display_name: "t",
          config: { dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0"] } },
        },
      }),
      201,
    );
    const inst = await install({}, { dv_proc_extended_permissions: { apps_installed: ["tracker_integration"] } });
    expect((await post(inst, { tags: [{ agent: host.id, key: "a", value: 1 }] })).status).toBe(200);
  });
});

describe("device routing helpers", () => {
  it("getExtendedPermissionAgents lists devices ∪ nested groups with their serial numbers (the seed's loop)", async () => {
    const parent = await json(
      await call("/api/control/groups", { method: "POST", body: { name: `r-${crypto.randomUUID()}` } }),
      201,
    );
    const child = await json(
      await call("/api/control/groups", {
        method: "POST",
        body: { name: `rc-${crypto.randomUUID()}`, parent: parent.id },
      }),
      201,
    );
    const direct = await device();
    const grouped = await device({ groups: [child.id] });
    const other = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [direct.id], groups: [parent.id] } });
    const out = await json(await post(inst, { list_agents: true }), 200);
    expect(out.agents).toEqual(
      expect.arrayContaining([
        { id: direct.id, serial: direct.serial_number },
        { id: grouped.id, serial: grouped.serial_number },
      ]),
    );
    expect(out.agents).toHaveLength(2);
    expect(out.agents.map((a: any) => a.id)).not.toContain(other.id);
  });

  it("findAgentBySerial is a direct lookup: the agent id, or null", async () => {
    const dev = await device();
    const inst = await install();
    expect(await json(await post(inst, { find_serial: dev.serial_number }), 200)).toEqual({ found: dev.id });
    expect(await json(await post(inst, { find_serial: "NOBODY" }), 200)).toEqual({ found: null });
  });

  // Regression (issue 8): a payload without `device_id` made the README's routing look up
  // `undefined`, which once listed every agent and answered the first, the org agent.
  it("findAgentBySerial of a missing or empty serial is null", async () => {
    await device({ serial_number: "undefined" });
    const inst = await install({}, { dv_proc_extended_permissions: { all_devices: true } });
    expect(await json(await post(inst, { find_device_id: true }), 200)).toEqual({ found: null });
    expect(await json(await post(inst, { find_device_id: true, device_id: "" }), 200)).toEqual({ found: null });
  });
});

describe("handler failures", () => {
  it("a throw commits nothing and answers 500 handler_failed with the event id; a retry with the same id succeeds once", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const key = `evt-${crypto.randomUUID()}`;
    const payload = {
      throw: `once:${key}`,
      tags: [{ agent: dev.id, key: "t", value: 1 }],
      messages: [{ agent: dev.id, channel: "ev", data: {} }],
    };
    const failed = await expectProblem(await post(inst, payload, { "idempotency-key": key }), 500, "handler_failed");
    expect(failed.event_id).toBe(key);
    expect(await tagsOf(dev.id)).toEqual({});
    expect(await messagesOf(dev.id, "ev")).toHaveLength(0);
    expect((await post(inst, payload, { "idempotency-key": key })).status).toBe(200);
    expect((await post(inst, payload, { "idempotency-key": key })).status).toBe(200);
    expect(await messagesOf(dev.id, "ev")).toHaveLength(1);
    expect(await messagesOf(dev.id, "tag_values")).toHaveLength(1);
  });
});
