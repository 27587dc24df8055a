// `GET /api/agents`: the dashboard's device list shows exactly the agents a token may read.
import { describe, expect, it } from "vitest";
import { call, expectProblem, json, nestedGroups, newAgent, newToken } from "../../support/helpers.ts";

type Listed = { id: string; name: string; display_name: string; serial_number: string | null; type: string };

const list = async (token?: string | null): Promise<Listed[]> => json(await call("/api/agents", { token }), 200);
const ids = (agents: Listed[]): string[] => agents.map((a) => a.id);

describe("GET /api/agents", () => {
  it("lists every agent for the admin, with id, name, display_name, serial_number and type only", async () => {
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
    });
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
