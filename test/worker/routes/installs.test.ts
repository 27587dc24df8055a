// Installs of integration apps through the control API: config validation, token issue/replace.
import { describe, expect, it } from "vitest";
import { call, expectProblem, json } from "../../support/helpers.ts";
import { install, invoke } from "../../support/ingest.ts";

const create = (config: unknown, app = "probe_integration") =>
  call("/api/control/installs", { method: "POST", body: { app, display_name: "x", config } });

describe("installs", () => {
  it("creating an install of an integration creates its ingestion endpoint and agent", async () => {
    const inst = await install();
    expect(inst.app_key).toBe("probe_integration_1");
    expect(inst.ingestion.url).toBe(
      `http://edgehook.test/api/agents/${inst.agent_id}/processors/ingestions/${inst.ingestion.id}/invoke`,
    );
    expect(inst.ingestion.token).toMatch(/^ehi_/);
    const agent = await json(await call(`/api/control/agents/${inst.agent_id}`), 200);
    expect(agent.type).toBe("integration");
  });

  it("rejects cidr_ranges: [] with 422 naming the field — allow-all must be written out", async () => {
    const body = await expectProblem(
      await create({ dv_proc_ingestion: { cidr_ranges: [] } }),
      422,
      "validation_failed",
    );
    expect(body.field).toBe("config.dv_proc_ingestion.cidr_ranges");
    expect(body.detail).toContain("0.0.0.0/0");
  });

  it("rejects a malformed CIDR naming its index, and an unknown app", async () => {
    const body = await expectProblem(
      await create({ dv_proc_ingestion: { cidr_ranges: ["10.0.0.0/8", "10.0.0.0/33"] } }),
      422,
      "validation_failed",
    );
    expect(body.field).toBe("config.dv_proc_ingestion.cidr_ranges[1]");
    const app = await expectProblem(await create({}, "nope"), 422, "validation_failed");
    expect(app.field).toBe("app");
  });

  // Regression (issue 8): `apiKye` was stored silently (a nested typo was already refused).
  it("rejects an unknown config key at the top level and nested, on create and PATCH, naming it", async () => {
    const ingestion = { cidr_ranges: ["0.0.0.0/0"] };
    const top = await expectProblem(
      await create({ dv_proc_ingestion: ingestion, apiKye: "k" }, "tracker_integration"),
      422,
      "validation_failed",
    );
    expect(top.field).toBe("config.apiKye");
    expect(top.detail).toBe("config.apiKye: is not a known field");
    const nested = await expectProblem(
      await create({ dv_proc_ingestion: { ...ingestion, signing_kye: "s" } }),
      422,
      "validation_failed",
    );
    expect(nested.field).toBe("config.dv_proc_ingestion.signing_kye");
    const inst = await install();
    const patch = await call(`/api/control/installs/${inst.install_id}`, {
      method: "PATCH",
      body: { config: { dv_proc_ingestion: ingestion, apiKye: "k" } },
    });
    expect((await expectProblem(patch, 422, "validation_failed")).field).toBe("config.apiKye");
    const stored = await json(await call(`/api/control/installs/${inst.install_id}`), 200);
    expect(stored.config).not.toHaveProperty("apiKye");
  });

  it("rejects a runtime .proto that does not compile or lacks the named message, at config time", async () => {
    const bad = await expectProblem(
      await create({
        dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0"], proto_schema: "message {", proto_message: "X" },
      }),
      422,
      "validation_failed",
    );
    expect(bad.field).toBe("config.dv_proc_ingestion.proto_schema");
    const missing = await expectProblem(
      await create({
        dv_proc_ingestion: {
          cidr_ranges: ["0.0.0.0/0"],
          proto_schema: 'syntax = "proto3"; message A { int32 x = 1; }',
          proto_message: "B",
        },
      }),
      422,
      "validation_failed",
    );
    expect(missing.field).toBe("config.dv_proc_ingestion.proto_message");
  });

  it("a config update replaces the token (old one 401 at once) unless never_replace_token", async () => {
    const inst = await install();
    const updated = await json(
      await call(`/api/control/installs/${inst.install_id}`, {
        method: "PATCH",
        body: { config: { dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0", "::/0"], throttle: 1000 } } },
      }),
      200,
    );
    expect(updated.ingestion.token).toBeDefined();
    expect(updated.ingestion.token).not.toBe(inst.ingestion.token);
    await expectProblem(await invoke(inst), 401, "token_invalid");
    expect((await invoke(inst, { token: updated.ingestion.token })).status).toBe(200);

    const kept = await json(
      await call(`/api/control/installs/${inst.install_id}`, {
        method: "PATCH",
        body: {
          config: {
            dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0", "::/0"], throttle: 1000, never_replace_token: true },
          },
        },
      }),
      200,
    );
    expect(kept.ingestion.token).toBeUndefined();
    expect((await invoke(inst, { token: updated.ingestion.token })).status).toBe(200);
  });

  it("a config update takes effect at once (a narrowed CIDR list denies)", async () => {
    const inst = await install();
    expect((await invoke(inst, { ip: "192.0.2.5" })).status).toBe(200);
    const updated = await json(
      await call(`/api/control/installs/${inst.install_id}`, {
        method: "PATCH",
        body: { config: { dv_proc_ingestion: { cidr_ranges: ["198.51.100.0/24"], never_replace_token: true } } },
      }),
      200,
    );
    expect(updated.config.dv_proc_ingestion.cidr_ranges).toEqual(["198.51.100.0/24"]);
    await expectProblem(await invoke(inst, { ip: "192.0.2.5" }), 403, "ip_denied");
  });

  it("deleting an install makes its endpoint unknown", async () => {
    const inst = await install();
    expect((await call(`/api/control/installs/${inst.install_id}`, { method: "DELETE" })).status).toBe(204);
    await expectProblem(await invoke(inst), 404, "unknown_ingestion");
  });
});
