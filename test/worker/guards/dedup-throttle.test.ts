// Replay/dedup (first outcome, no second effect) and the throttle, end to end.
import { describe, expect, it } from "vitest";
import { call, expectProblem, json } from "../../support/helpers.ts";
import { device, install, invocations, invoke, invokePath, messagesOf, tagsOf } from "../../support/ingest.ts";

describe("dedup", () => {
  it("a repeated Idempotency-Key returns the first outcome and has no second effect", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const payload = JSON.stringify({
      messages: [{ agent: dev.id, channel: "events", data: { n: 1 } }],
      tags: [{ agent: dev.id, key: "n", value: 1 }],
    });
    const first = await invoke(inst, { body: payload, headers: { "idempotency-key": "evt-42" } });
    const firstBody = await json(first, 200);
    expect(firstBody.id).toBe("evt-42");
    const second = await invoke(inst, { body: payload, headers: { "idempotency-key": "evt-42" } });
    expect(await json(second, 200)).toEqual(firstBody);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await messagesOf(dev.id, "events")).toHaveLength(1);
    expect(await messagesOf(dev.id, "tag_values")).toHaveLength(1);
  });

  it("a replayed standard-webhooks id has no second effect", async () => {
    const dev = await device();
    const inst = await install(
      { signature_scheme: "standard-webhooks", signing_key: "" },
      { dv_proc_extended_permissions: { devices: [dev.id] } },
    );
    const payload = JSON.stringify({ messages: [{ agent: dev.id, channel: "events", data: {} }] });
    const headers = {
      "webhook-id": "msg_dup",
      "webhook-timestamp": String(Math.floor(Date.now() / 1000)),
      "webhook-signature": "v1,x",
    };
    expect((await invoke(inst, { body: payload, headers })).status).toBe(200);
    expect((await invoke(inst, { body: payload, headers })).status).toBe(200);
    expect(await messagesOf(dev.id, "events")).toHaveLength(1);
  });

  it("different event ids both take effect", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const payload = JSON.stringify({ messages: [{ agent: dev.id, channel: "events", data: {} }] });
    await invoke(inst, { body: payload, headers: { "idempotency-key": "a" } });
    await invoke(inst, { body: payload, headers: { "idempotency-key": "b" } });
    expect(await messagesOf(dev.id, "events")).toHaveLength(2);
  });
});

describe("throttle", () => {
  it("a burst beyond the limit gets 429 throttled with Retry-After and the limit's key", async () => {
    const inst = await install({ throttle: 5 });
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 20; i++) {
      const res = await invoke(inst);
      statuses.push(res.status);
      if (res.status === 429 && !limited) limited = res;
      else await res.arrayBuffer();
    }
    const admitted = statuses.filter((s) => s === 200).length;
    expect(admitted).toBeGreaterThanOrEqual(5);
    expect(admitted).toBeLessThan(10);
    if (!limited) throw new Error("no request was throttled");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const problem = await expectProblem(limited, 429, "throttled");
    expect(problem.limit_key).toBe(`ingestion:${inst.ingestion.id}`);
  });

  it("requests that fail authentication do not consume the endpoint's quota", async () => {
    const inst = await install({ throttle: 3 });
    for (let i = 0; i < 10; i++) expect((await invoke(inst, { token: "bad", ip: "192.0.2.77" })).status).toBe(401);
    for (let i = 0; i < 3; i++) expect((await invoke(inst)).status).toBe(200);
  });

  it("a flood of rejected requests from one address is cut off for that address only", async () => {
    const inst = await install({ throttle: 1000 });
    let cut = 0;
    for (let i = 0; i < 40; i++) if ((await invoke(inst, { token: "bad", ip: "192.0.2.99" })).status === 429) cut++;
    expect(cut).toBeGreaterThan(0);
    expect((await invoke(inst, { ip: "192.0.2.100" })).status).toBe(200);
  });

  it("exposes this isolate's throttle counters, including KV writes", async () => {
    const inst = await install({ throttle: 50 });
    await invoke(inst);
    const stats = await json(await call(`/api/control/installs/${inst.install_id}/throttle`), 200);
    expect(stats.key).toBe(`ingestion:${inst.ingestion.id}`);
    expect(stats.this_isolate.admitted).toBe(1);
  });
});

describe("invocation log", () => {
  it("records outcome, code, duration and event id; failures carry a ≤ 1 KB body excerpt", async () => {
    const inst = await install();
    await invoke(inst, { body: "{}", headers: { "idempotency-key": "ok-1" } });
    await invoke(inst, { body: `{bad${"x".repeat(3000)}` });
    const log = await invocations(inst);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ outcome: "ok", status: 200, code: null, event_id: "ok-1", queued: false });
    expect(typeof log[1].duration_ms).toBe("number");
    expect(log[0]).toMatchObject({ outcome: "error", status: 422, code: "payload_undecodable" });
    expect(log[0].body_excerpt.length).toBeLessThanOrEqual(1024);
    expect(log[0].body_excerpt.startsWith("{bad")).toBe(true);
    expect(await tagsOf(inst.agent_id)).toEqual({});
  });
});

describe("concurrent repeats", () => {
  it("two concurrent deliveries of one event id both answer the first outcome, with one effect", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const payload = JSON.stringify({ messages: [{ agent: dev.id, channel: "events", data: { n: 1 } }] });
    const headers = { "idempotency-key": "race-1" };
    const [a, b] = await Promise.all([
      invoke(inst, { body: payload, headers }),
      invoke(inst, { body: payload, headers }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await json(a)).toEqual(await json(b));
    expect(await messagesOf(dev.id, "events")).toHaveLength(1);
  });

  it("a throttled request leaves nothing behind, so the sender's retry is handled", async () => {
    const inst = await install({ throttle: 1 });
    expect((await invoke(inst)).status).toBe(200);
    await expectProblem(await invoke(inst, { headers: { "idempotency-key": "later" } }), 429, "throttled");
    await new Promise((r) => setTimeout(r, 1100));
    expect((await invoke(inst, { headers: { "idempotency-key": "later" } })).status).toBe(200);
  });
});

describe("malformed ingestion requests", () => {
  it("never yield a 5xx", async () => {
    const inst = await install({ signing_key: "k", signature_scheme: "standard-webhooks" });
    const bodies: (string | Uint8Array)[] = [
      "",
      "null",
      "\u0000\u0001",
      new Uint8Array([0xff, 0xfe, 0x00]),
      "{".repeat(5000),
    ];
    const headerSets: Record<string, string>[] = [
      {},
      { "webhook-id": "", "webhook-timestamp": "x", "webhook-signature": "v1," },
      { "webhook-id": "a".repeat(5000), "webhook-timestamp": "99999999999999999999", "webhook-signature": "v1,####" },
      { "content-type": "application/x-protobuf" },
      { "content-type": "text/plain" },
      { "idempotency-key": "\u007f" },
    ];
    const paths = [
      invokePath(inst),
      `${invokePath(inst)}?wait=maybe&json_response=1`,
      "/m/",
      "/m/%00",
      `/m/${"x".repeat(500)}`,
    ];
    for (const path of paths)
      for (const body of bodies)
        for (const headers of headerSets) {
          const res = await invoke(inst, { body, headers }, path);
          expect(res.status, `${path} ${JSON.stringify(headers)}`).toBeLessThan(500);
          await res.arrayBuffer();
        }
  });
});
