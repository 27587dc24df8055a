// The queue's load at wake reads only queued rows through the partial index, however long the
// history: with none queued, what any statement is billed at least (1 row read, as for an empty
// table). Not zero: a wake pays that one row read (docs/wire.md, "Cost"; issue 22).
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { call, json, newAgent } from "../support/helpers.ts";

it("loading the queued downlinks reads no finished one: the minimum a statement is billed, as an empty table", async () => {
  const dev = await newAgent();
  for (let i = 0; i < 3; i++) {
    const d = await json(
      await call(`/api/agents/${dev.id}/downlinks`, { method: "POST", body: { data: "AQ==" } }),
      202,
    );
    expect((await call(`/api/agents/${dev.id}/downlinks/${d.id}`, { method: "DELETE" })).status).toBe(204);
  }
  const rowsRead = await runInDurableObject(env.AGENT.getByName(dev.id), (_i, state) => {
    const read = (q: string) => {
      const c = state.storage.sql.exec(q);
      c.toArray();
      return c.rowsRead;
    };
    state.storage.sql.exec("CREATE TABLE IF NOT EXISTS empty_probe (k TEXT PRIMARY KEY) WITHOUT ROWID");
    return [read("SELECT v FROM downlinks WHERE status = 'queued' ORDER BY k"), read("SELECT k FROM empty_probe")];
  });
  expect(rowsRead[0]).toBe(rowsRead[1]);
  expect(rowsRead[0]).toBeLessThanOrEqual(1);
});
