// Queued events whose handler keeps failing: retried with backoff, then kept as dead letters
// (never dropped), listed and replayed through the control API.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index.ts";
import { DEAD_LETTER_AFTER, retryDelay } from "../../src/queues/ingestion-events.ts";
import { call, expectProblem, json, eventually } from "../support/helpers.ts";
import { device, install, messagesOf, queuedEvent as queued } from "../support/ingest.ts";

async function deliver(body: unknown, attempts: number) {
  const batch = createMessageBatch("edgehook-events", [
    { id: `m-${crypto.randomUUID()}`, timestamp: new Date(), attempts, body },
  ]);
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

describe("queued ingestion failures", () => {
  it("an early failed attempt is retried with backoff, not dead-lettered", async () => {
    const inst = await install();
    const result = await deliver(queued(inst, "e-retry", { throw: "always" }), 1);
    // (the pool's QueueResult does not carry delaySeconds; retryDelay is unit-tested below)
    expect(result.retryMessages).toHaveLength(1);
    expect(result.explicitAcks).toEqual([]);
    expect(await json(await call(`/api/control/installs/${inst.install_id}/dead_letters`), 200)).toEqual([]);
  });

  it("the last attempt keeps the event as a dead letter (acked, not dropped)", async () => {
    const inst = await install();
    const result = await deliver(queued(inst, "e-dead", { throw: "always" }), DEAD_LETTER_AFTER);
    expect(result.explicitAcks).toHaveLength(1);
    expect(result.retryMessages).toEqual([]);
    const letters = await json(await call(`/api/control/installs/${inst.install_id}/dead_letters`), 200);
    expect(letters).toEqual([
      expect.objectContaining({ event_id: "e-dead", attempts: DEAD_LETTER_AFTER, install_id: inst.install_id }),
    ]);
    expect(letters[0].error).toContain("handler_failed");
  });

  it("a replayed dead letter is delivered again through the real queue and then removed", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const payload = {
      throw: `once:${crypto.randomUUID()}`,
      messages: [{ agent: dev.id, channel: "replayed", data: { ok: 1 } }],
    };
    await deliver(queued(inst, "e-replay", payload), DEAD_LETTER_AFTER);
    expect(await messagesOf(dev.id, "replayed")).toHaveLength(0);
    const [letter] = await json(await call(`/api/control/installs/${inst.install_id}/dead_letters`), 200);
    const replay = await call(`/api/control/installs/${inst.install_id}/dead_letters/${letter.id}/replay`, {
      method: "POST",
    });
    expect(await json(replay, 202)).toEqual({ id: "e-replay" });
    expect(await json(await call(`/api/control/installs/${inst.install_id}/dead_letters`), 200)).toEqual([]);
    const delivered = await eventually(
      () => messagesOf(dev.id, "replayed"),
      (m) => m.length > 0,
    );
    expect(delivered).toHaveLength(1);
    await expectProblem(
      await call(`/api/control/installs/${inst.install_id}/dead_letters/${letter.id}/replay`, { method: "POST" }),
      404,
      "not_found",
    );
  });

  it("a malformed queue message is acked (retrying cannot fix it)", async () => {
    const result = await deliver({ kind: "something else" }, 1);
    expect(result.explicitAcks).toHaveLength(1);
  });
});

describe("retry backoff", () => {
  it("doubles from 2 s and caps at 5 minutes", () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([2, 4, 8, 16]);
    expect(retryDelay(20)).toBe(300);
  });
});
