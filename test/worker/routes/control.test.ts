// Control API: agents, serial numbers, groups.
import { describe, expect, it } from "vitest";
import { call, expectProblem, json, newAgent, nestedGroups } from "../../support/helpers.ts";

describe("control API", () => {
  it("creates, reads, lists by serial, updates and deletes an agent", async () => {
    const serial = `SN-${Date.now()}`;
    const agent = await newAgent({ serial_number: serial, display_name: "Pump 1" });
    expect(agent).toMatchObject({ display_name: "Pump 1", serial_number: serial, type: "device", groups: [] });
    expect(agent.id).toMatch(/^\d+$/);
    expect(await json(await call(`/api/control/agents?serial_number=${serial}`), 200)).toEqual([agent]);
    const patched = await json(
      await call(`/api/control/agents/${agent.id}`, { method: "PATCH", body: { display_name: "Pump one" } }),
      200,
    );
    expect(patched.display_name).toBe("Pump one");
    expect((await call(`/api/control/agents/${agent.id}`, { method: "DELETE" })).status).toBe(204);
    await expectProblem(await call(`/api/control/agents/${agent.id}`), 404, "not_found");
  });

  it("refuses a serial number already used in the org and writes nothing", async () => {
    const serial = `DUP-${Date.now()}`;
    await newAgent({ serial_number: serial });
    await expectProblem(
      await call("/api/control/agents", { method: "POST", body: { name: "x", serial_number: serial } }),
      409,
      "serial_number_taken",
    );
    expect(await json(await call(`/api/control/agents?serial_number=${serial}`), 200)).toHaveLength(1);
  });

  it("validates bodies naming the field", async () => {
    const body = await expectProblem(
      await call("/api/control/agents", { method: "POST", body: { name: "x", groups: ["1", "oops"] } }),
      422,
      "validation_failed",
    );
    expect(body.field).toBe("groups[1]");
    const token = await expectProblem(
      await call("/api/control/tokens", { method: "POST", body: { grants: [{ agent_id: "1", permission: "owner" }] } }),
      422,
      "validation_failed",
    );
    expect(token.detail).toContain("grants[0]");
    await expectProblem(
      await call("/api/control/agents", { method: "POST", body: { name: "x", groups: ["42"] } }),
      422,
      "validation_failed",
    );
  });

  it("nests groups and refuses deleting a group that still has children", async () => {
    const { parent, child } = await nestedGroups();
    const agent = await newAgent({ groups: [child.id] });
    const resolved = await json(await call(`/api/control/agents/${agent.id}`), 200);
    expect(resolved.group_closure.sort()).toEqual([parent.id, child.id].sort());
    await expectProblem(await call(`/api/control/groups/${parent.id}`, { method: "DELETE" }), 409, "conflict");
    await expectProblem(
      await call("/api/control/groups", { method: "POST", body: { name: "orphan", parent: "1" } }),
      422,
      "validation_failed",
    );
  });

  it("exposes the organisation and its org agent", async () => {
    const org = await json(await call("/api/control/organisation"), 200);
    const agent = await json(await call(`/api/control/agents/${org.org_agent_id}`), 200);
    expect(agent).toMatchObject({ type: "org", organisation_id: org.id });
    await expectProblem(await call(`/api/control/agents/${org.org_agent_id}`, { method: "DELETE" }), 409, "conflict");
  });
});
