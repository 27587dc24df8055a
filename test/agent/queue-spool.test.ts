// The local queue spool (src/agent/queue-spool.ts): Miniflare's queues forget what they hold when the process
// dies, so a queued message is kept in a Durable Object row until consumed and re-sent by the
// object's (persisted) alarm after a restart. A restart is simulated by a kept row of an earlier
// process whose message the queue no longer has.
import { env } from "cloudflare:workers";
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { json, eventually } from "../support/helpers.ts";
import { QueueSpool } from "../../src/agent/queue-spool.ts";
import { device, install, invoke, messagesOf, queuedEvent, type Installed } from "../support/ingest.ts";

const keeperOf = (inst: Installed) => env.AGENT.getByName(inst.agent_id);

async function keptRows(inst: Installed): Promise<{ id: string; boot: string }[]> {
  return runInDurableObject(keeperOf(inst), async (_instance, state) =>
    state.storage.sql.exec<{ id: string; boot: string }>("SELECT id, boot FROM queue_spool").toArray(),
  );
}

/** A queued event the process that died had accepted (202) and kept, but its queue lost. */
async function keptByEarlierProcess(inst: Installed, rowId: string, eventId: string, payload: unknown): Promise<void> {
  const body = { ...queuedEvent(inst, eventId, payload), spool: { agent: inst.agent_id, id: rowId } };
  await runInDurableObject(keeperOf(inst), async (_instance, state) => {
    state.storage.sql.exec(
      "INSERT INTO queue_spool (id, queue, body, boot, at) VALUES (?, 'EVENTS', ?, 'an-earlier-process', ?)",
      rowId,
      JSON.stringify(body),
      Date.now(),
    );
    // The alarm the spool set is persisted: it is what fires after the restart.
    if ((await state.storage.getAlarm()) === null) await state.storage.setAlarm(Date.now() + 60_000);
  });
}

describe("queue spool (local runtime)", () => {
  it("keeps a wait=false event until the consumer applied it, then clears it", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const payload = JSON.stringify({ messages: [{ agent: dev.id, channel: "queued", data: { q: 1 } }] });
    expect((await invoke(inst, { body: payload, query: "wait=false" })).status).toBe(202);
    await eventually(
      () => messagesOf(dev.id, "queued"),
      (m) => m.length === 1,
    );
    expect(
      await eventually(
        () => keptRows(inst),
        (rows) => rows.length === 0,
      ),
    ).toEqual([]);
  });

  it("an event a previous process accepted and lost from its queue is applied once after the restart", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const payload = { messages: [{ agent: dev.id, channel: "queued", data: { before: "restart" } }] };
    await keptByEarlierProcess(inst, "row-1", "lost-1", payload);
    expect(await messagesOf(dev.id, "queued")).toEqual([]);

    expect(await runDurableObjectAlarm(keeperOf(inst))).toBe(true);
    const msgs = await eventually(
      () => messagesOf(dev.id, "queued"),
      (m) => m.length > 0,
    );
    expect(msgs.map((m) => m.data)).toEqual([{ before: "restart" }]);
    // Consumed: the kept copy is cleared, so a later alarm sends nothing again.
    await eventually(
      () => keptRows(inst),
      (rows) => rows.length === 0,
    );

    // Killed again after applying it but before clearing it: the copy comes once more and has no
    // second effect (the event key is the same).
    await keptByEarlierProcess(inst, "row-2", "lost-1", payload);
    expect(await runDurableObjectAlarm(keeperOf(inst))).toBe(true);
    await eventually(
      () => keptRows(inst),
      (rows) => rows.length === 0,
    );
    expect(await messagesOf(dev.id, "queued")).toHaveLength(1);
  });

  it("an alarm in the same process leaves a kept message to its queue (sent once, not again)", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    // A handler that keeps failing: the queue retries the message, which stays kept meanwhile.
    const res = await invoke(inst, { body: JSON.stringify({ throw: "always" }), query: "wait=false" });
    await json(res, 202);
    const kept = await eventually(
      () => keptRows(inst),
      (rows) => rows.length === 1,
    );
    await runDurableObjectAlarm(keeperOf(inst));
    expect(await keptRows(inst)).toEqual(kept);
  });

  it("a message the queue refused is not kept (the sender was told to retry)", async () => {
    const dev = await device();
    await runInDurableObject(env.AGENT.getByName(dev.id), async (_instance, state) => {
      const count = () => state.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM queue_spool").one().n;
      const before = count();
      let sent = 0;
      const spool = new QueueSpool(state.storage.sql, dev.id, async () => {
        if (++sent === 2) throw new Error("queue unavailable");
      });
      await expect(spool.sendKept("EVENTS", [{ n: 1 }, { n: 2 }, { n: 3 }])).rejects.toThrow("queue unavailable");
      // The first went out and stays kept until consumed; the refused one and the unsent one are not.
      expect(count()).toBe(before + 1);
    });
  });
});
