// The registry keeps each install's app kind (passed by the worker, which knows the app); installs
// stored before the kind column get theirs once, from the processor apps compiled in back then.
import { env } from "cloudflare:workers";
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { InstallsStore } from "../../src/registry/installs-store.ts";
import { call, json, newAgent } from "../support/helpers.ts";
import "../fixtures/probe-processor.ts";

/** Scratch SQLite for an installs table of the old shape: an object no test uses otherwise. */
const scratch = () => env.AGENT.getByName("install-kinds-scratch") as unknown as DurableObjectStub;

describe("install kinds", () => {
  it("installs stored without a kind: processor apps of the time become processors, the rest integrations", async () => {
    await runInDurableObject(scratch(), (_instance, state) => {
      const sql = state.storage.sql;
      // The table as it was before the kind column.
      sql.exec("DROP TABLE IF EXISTS installs");
      sql.exec(`CREATE TABLE installs (
        install_id TEXT PRIMARY KEY, app TEXT NOT NULL, app_key TEXT NOT NULL, agent_id TEXT NOT NULL,
        display_name TEXT NOT NULL, config TEXT NOT NULL, created_at INTEGER NOT NULL,
        UNIQUE (agent_id, app_key))`);
      const insert = (id: string, app: string, at: number) =>
        sql.exec("INSERT INTO installs VALUES (?, ?, ?, 'a1', 'x', '{}', ?)", id, app, `${app}_1`, at);
      insert("1", "tracker_processor", 1);
      insert("2", "tracker_integration", 2);
      insert("3", "tts_integration", 3);
      const store = new InstallsStore(sql);
      expect(store.processors().map((i) => i.install_id)).toEqual(["1"]);
      expect(store.withKind("2")?.kind).toBe("integration");
      // The record as the control API shows it: no kind, the columns in their order.
      expect(Object.keys(store.get("1") ?? {})).toEqual([
        "install_id",
        "app",
        "app_key",
        "agent_id",
        "display_name",
        "config",
        "created_at",
      ]);
      // Once: a store opened again keeps what is stored.
      sql.exec("UPDATE installs SET kind = 'processor' WHERE install_id = '3'");
      expect(new InstallsStore(sql).processors().map((i) => i.install_id)).toEqual(["1", "3"]);
    });
  });

  it("a new install keeps the kind the worker passed, and the API does not show it", async () => {
    const a = await newAgent();
    const body = { app: "probe_processor", agent_id: a.id, display_name: "p", config: {} };
    const created = await json<Record<string, unknown>>(
      await call("/api/control/installs", { method: "POST", body }),
      201,
    );
    expect(created).not.toHaveProperty("kind");
    const read = await json<Record<string, unknown>>(await call(`/api/control/installs/${created.install_id}`), 200);
    expect(read).not.toHaveProperty("kind");
    const kind = await runInDurableObject(env.REGISTRY.getByName("registry"), (_instance, state) =>
      state.storage.sql
        .exec<{ kind: string }>("SELECT kind FROM installs WHERE install_id = ?", created.install_id)
        .one(),
    );
    expect(kind.kind).toBe("processor");
  });
});
