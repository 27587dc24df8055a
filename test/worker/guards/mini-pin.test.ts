// A mini-token pinned to a device confines the invocation's writes to it (SPEC §4.2; issue 8,
// item 2): a pinned token posting an uplink that names another device's serial wrote to that
// device, since the pin only set `event.agent_id`.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, eventually, expectProblem, json } from "../../support/helpers.ts";
import { device, install, invocations, messagesOf, tagsOf } from "../../support/ingest.ts";

const uplink = (serial: string) => JSON.stringify({ device_id: serial, battery: { percent: 50 }, status: "OK" });

function mini(token: string, body: string, query = ""): Promise<Response> {
  return exports.default.fetch(
    new Request(`http://edgehook.test/m/${token}${query}`, {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": "192.0.2.44" },
      body,
    }),
  );
}

/** The demo tracker allowed to write every device, and a mini-token pinned to `agentId` (or none). */
async function trackerWithMini(agentId?: string) {
  const inst = await install({}, { dv_proc_extended_permissions: { all_devices: true } }, "tracker_integration");
  const issued = await json(
    await call(`/api/control/installs/${inst.install_id}/mini_tokens`, {
      method: "POST",
      body: agentId ? { agent_id: agentId } : {},
    }),
    201,
  );
  return { inst, token: issued.mini_token as string };
}

async function untouched(...agents: string[]): Promise<void> {
  for (const id of agents) {
    expect(await tagsOf(id)).toEqual({});
    expect(await messagesOf(id, "on_external_event")).toEqual([]);
  }
}

describe("a pinned mini-token", () => {
  it("posting an uplink that names another device's serial is 403 forbidden, nothing written on either (it wrote Q)", async () => {
    const [p, q] = [await device(), await device()];
    const { inst, token } = await trackerWithMini(p.id);
    await expectProblem(await mini(token, uplink(q.serial_number)), 403, "forbidden");
    await untouched(p.id, q.id);
    expect(await messagesOf(inst.agent_id, "tracker_audit")).toEqual([]);
    expect((await invocations(inst))[0]).toMatchObject({ status: 403, code: "forbidden" });
  });

  it("still writes its own device", async () => {
    const p = await device();
    const { token } = await trackerWithMini(p.id);
    expect((await mini(token, uplink(p.serial_number))).status).toBe(204);
    expect((await tagsOf(p.id)).tracker_integration_1).toMatchObject({ battery: 50, status: "OK" });
    expect(await messagesOf(p.id, "on_external_event")).toHaveLength(1);
  });

  it("confines writes to the pin even for the install's own agent (an unroutable uplink's audit)", async () => {
    const p = await device();
    const { inst, token } = await trackerWithMini(p.id);
    await expectProblem(await mini(token, uplink("NO-SUCH-SERIAL")), 403, "forbidden");
    expect(await messagesOf(inst.agent_id, "tracker_audit")).toEqual([]);
  });

  it("carries the pin through the queue (?wait=false): the consumer refuses the write to Q", async () => {
    const [p, q] = [await device(), await device()];
    const { inst, token } = await trackerWithMini(p.id);
    expect((await mini(token, uplink(q.serial_number), "?wait=false")).status).toBe(204);
    const log = await eventually(
      () => invocations(inst),
      (l) => l.length > 0,
    );
    expect(log[0]).toMatchObject({ queued: true, status: 403, code: "forbidden" });
    await untouched(p.id, q.id);
  });

  it("an unpinned mini-token writes any device the install may write", async () => {
    const q = await device();
    const { token } = await trackerWithMini();
    expect((await mini(token, uplink(q.serial_number))).status).toBe(204);
    expect((await tagsOf(q.id)).tracker_integration_1).toMatchObject({ battery: 50 });
  });
});
