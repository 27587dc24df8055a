// Webhook delivery attempts against the stand-in receiver (test/stand-in/), every received request
// verified with the reference `standardwebhooks` package, here in workerd.
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { attemptDelivery, type Delivery } from "../../../src/apps/webhooks/deliver.ts";
import { renderBody, toEvent } from "../../../src/apps/webhooks/payload.ts";
import { generateSecret, webhookId } from "../../../src/apps/webhooks/signing.ts";
import { StandIn } from "../../stand-in/client.ts";

// The stand-in listens on 127.0.0.1 over http: the local-development policy.
const local = { allowPrivate: true };

function delivery(receiver: StandIn, ids = ["7251000000000000001"]): Delivery {
  const events = ids.map((id, i) =>
    toEvent({
      id,
      author_id: "dev-1",
      channel: { agent_id: "dev-1", name: "tag_values" },
      data: { temperature: 20 + i, note: "héllo" },
      attachments: [],
      timestamp: Date.parse("2026-12-01T10:00:00Z") + i,
    }),
  );
  return {
    url: `${receiver.baseUrl}/hook`,
    secret: generateSecret(),
    id: webhookId(ids),
    body: renderBody(events, ids.length > 1),
    headers: { Authorization: "Bearer receiver-token" },
  };
}

describe("webhook delivery attempts", () => {
  it("retries after 503s with the same webhook-id, a new timestamp and signature each time, the body exact", async () => {
    const receiver = new StandIn();
    await receiver.route(
      "POST",
      "/hook",
      { status: 503, body: "busy" },
      { status: 503, headers: { "retry-after": "7" } },
      { status: 204 },
    );
    const d = delivery(receiver);
    const start = Date.now();
    const attempts = [];
    // Each attempt a few seconds later than the one before, as retries are (the clock is the caller's).
    for (let i = 0; i < 3; i++) attempts.push(await attemptDelivery(d, local, { now: () => Date.now() + i * 5000 }));

    expect(attempts.map((a) => a.status)).toEqual([503, 503, 204]);
    expect(attempts.map((a) => a.verdict)).toEqual([
      { kind: "retry" },
      { kind: "retry", after_ms: 7000 },
      { kind: "delivered" },
    ]);
    expect(attempts[0]?.answer).toBe("busy");
    expect(attempts[0]?.at).toBeGreaterThanOrEqual(start);

    const received = await receiver.requests();
    expect(received).toHaveLength(3);
    const wh = new Webhook(d.secret);
    for (const req of received) {
      expect(req.body).toBe(d.body);
      expect(req.headers["content-type"]).toBe("application/json");
      expect(req.headers.authorization).toBe("Bearer receiver-token");
      expect(wh.verify(req.body, req.headers)).toEqual(JSON.parse(d.body));
    }
    expect(new Set(received.map((r) => r.headers["webhook-id"]))).toEqual(new Set(["msg_7251000000000000001"]));
    expect(new Set(received.map((r) => r.headers["webhook-timestamp"])).size).toBe(3);
    expect(new Set(received.map((r) => r.headers["webhook-signature"])).size).toBe(3);
  });

  it("delivers a batch as one signed array", async () => {
    const receiver = new StandIn();
    await receiver.route("POST", "/hook", { status: 200 });
    const d = delivery(receiver, ["101", "102", "103"]);
    expect((await attemptDelivery(d, local)).verdict).toEqual({ kind: "delivered" });
    const [req] = await receiver.requests();
    expect(req?.headers["webhook-id"]).toBe("msg_101_103");
    const events = new Webhook(d.secret).verify(req?.body ?? "", req?.headers ?? {});
    expect(events).toHaveLength(3);
  });

  it("retries an answer that does not come in time", async () => {
    const receiver = new StandIn();
    await receiver.route("POST", "/hook", { status: 200, delay_ms: 2000 });
    const attempt = await attemptDelivery(delivery(receiver), local, { timeoutMs: 100 });
    expect(attempt).toMatchObject({ status: null, answer: "no answer in time (timeout)", verdict: { kind: "retry" } });
  });

  it("gives up on 410 Gone and keeps only the answer's first kilobyte", async () => {
    const receiver = new StandIn();
    await receiver.route("POST", "/hook", { status: 410, body: "x".repeat(5000) });
    const attempt = await attemptDelivery(delivery(receiver), local);
    expect(attempt.verdict).toEqual({ kind: "gone" });
    expect(attempt.answer).toHaveLength(1024);
  });

  it("does not follow a redirect: it is a failure, retried", async () => {
    const receiver = new StandIn();
    await receiver.route("POST", "/hook", { status: 302, headers: { location: "https://elsewhere.example/" } });
    const attempt = await attemptDelivery(delivery(receiver), local);
    expect(attempt).toMatchObject({ status: 302, verdict: { kind: "retry" } });
    expect(await receiver.requests()).toHaveLength(1);
  });

  it("does not contact a private destination in production", async () => {
    const receiver = new StandIn();
    await receiver.route("POST", "/hook", { status: 200 });
    const attempt = await attemptDelivery(delivery(receiver), { allowPrivate: false });
    expect(attempt).toMatchObject({ status: null, verdict: { kind: "retry" } });
    expect(attempt.answer).toMatch(/^not sent: /);
    expect(await receiver.requests()).toHaveLength(0);
  });
});
