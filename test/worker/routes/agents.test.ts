// `GET /api/agents`: the dashboard's device list shows exactly the agents a token may read.
import { describe, expect, it } from "vitest";
import { call, expectProblem, json, nestedGroups, newAgent, newToken } from "../../support/helpers.ts";

type Listed = { id: string; name: string; display_name: string; serial_number: string | null; type: string };

const list = async (token?: string | null): Promise<Listed[]> => json(await call("/api/agents", { token }), 200);
const ids = (agents: Listed[]): string[] => agents.map((a) => a.id);

describe("GET /api/agents", () => {
  it("lists every agent for the admin, with id, name, display_name, serial_number, type and access only", async () => {
    const a = await newAgent({ serial_number: `LIST-${Date.now()}-A`, type: "device", display_name: "List A" });
    const b = await newAgent();
    const listed = await list();
    expect(ids(listed)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(listed.find((x) => x.id === a.id)).toEqual({
      id: a.id,
      name: a.name,
      display_name: "List A",
      serial_number: a.serial_number,
      type: "device",
      access: "admin",
    });
  });

  it("says each agent's access for this token (read, write or admin), so a page can disable what it could not do", async () => {
    const r = await newAgent();
    const w = await newAgent();
    const { token } = await newToken([
      { agent_id: r.id, permission: "read" },
      { agent_id: w.id, permission: "write" },
    ]);
    const access = Object.fromEntries((await list(token)).map((a: any) => [a.id, a.access]));
    expect(access).toEqual({ [r.id]: "read", [w.id]: "write" });
  });

  it("shows an agent-scoped read token only its own agent", async () => {
    const mine = await newAgent();
    await newAgent();
    const { token } = await newToken([{ agent_id: mine.id, permission: "read" }]);
    expect(ids(await list(token))).toEqual([mine.id]);
  });

  it("shows a group grant the agents of the group and of its nested groups, no others", async () => {
    const { parent, child } = await nestedGroups();
    const inParent = await newAgent({ groups: [parent.id] });
    const inChild = await newAgent({ groups: [child.id] });
    await newAgent();
    const { token } = await newToken([{ group: parent.id, permission: "write" }]);
    expect(ids(await list(token)).sort()).toEqual([inParent.id, inChild.id].sort());
  });

  it("shows an `all` read grant every agent", async () => {
    const agent = await newAgent();
    const { token } = await newToken([{ all: true, permission: "read" }]);
    expect(ids(await list(token))).toEqual(ids(await list()));
    expect(ids(await list(token))).toContain(agent.id);
  });

  it("lists nothing for a token whose grants name no existing agent", async () => {
    const { token } = await newToken([{ agent_id: "123456789", permission: "read" }]);
    expect(await list(token)).toEqual([]);
  });

  it("refuses a request without a token (401) and with an unknown one", async () => {
    await expectProblem(await call("/api/agents", { token: null }), 401, "token_missing");
    await expectProblem(await call("/api/agents", { token: "eht_not-a-real-token" }), 401, "token_invalid");
  });
});

describe("GET /api/agents/{id}/installs", () => {
  it("names the installs on the agent and those that may write to it, without config; needs read", async () => {
    const device = await newAgent({ type: "device" });
    const other = await newAgent({ type: "device" });
    const processor = await json(
      await call("/api/control/installs", {
        method: "POST",
        body: { app: "tracker_processor", agent_id: device.id, display_name: "Proc names", config: {} },
      }),
      201,
    );
    const integration = await json(
      await call("/api/control/installs", {
        method: "POST",
        body: {
          app: "tracker_integration",
          display_name: "Cloud names",
          config: {
            dv_proc_ingestion: { cidr_ranges: ["127.0.0.0/8"] },
            dv_proc_extended_permissions: { devices: [device.id] },
          },
        },
      }),
      201,
    );
    const { token } = await newToken([{ agent_id: device.id, permission: "read" }]);
    const named = await json<any[]>(await call(`/api/agents/${device.id}/installs`, { token }), 200);
    const byName = Object.fromEntries(named.map((i) => [i.display_name, i]));
    expect(byName["Proc names"]).toEqual({
      install_id: processor.install_id,
      app: "tracker_processor",
      app_key: processor.app_key,
      agent_id: device.id,
      display_name: "Proc names",
    });
    expect(byName["Cloud names"]?.agent_id).toBe(integration.agent_id);
    expect(JSON.stringify(named)).not.toMatch(/config|signing_key|token/);
    const elsewhere = await json<any[]>(await call(`/api/agents/${other.id}/installs`), 200);
    expect(elsewhere.map((i) => i.display_name)).not.toContain("Proc names");
    await expectProblem(await call(`/api/agents/${other.id}/installs`, { token }), 403, "forbidden");
  });
});
