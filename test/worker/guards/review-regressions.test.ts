// Regression tests for ingestion bugs found in review; each names what went wrong before.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, expectProblem, json, eventually, nextMillisecond } from "../../support/helpers.ts";
import { device, install, invocations, invoke, messagesOf, tagsOf } from "../../support/ingest.ts";

const post = (
  inst: Awaited<ReturnType<typeof install>>,
  payload: unknown,
  opts: { headers?: Record<string, string>; query?: string } = {},
) => invoke(inst, { body: JSON.stringify(payload), ...opts });

describe("ingestion review regressions", () => {
  it("writes the handler did not await still commit (they were lost while 200 was answered)", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const payload = {
      no_await: true,
      tags: [{ agent: dev.id, key: "k", value: 1 }],
      messages: [{ agent: dev.id, channel: "events", data: {} }],
    };
    expect((await post(inst, payload)).status).toBe(200);
    expect(await tagsOf(dev.id)).toEqual({ probe_integration_1: { k: 1 } });
    expect(await messagesOf(dev.id, "events")).toHaveLength(1);
  });

  it("an un-awaited write outside the permissions still voids the invocation", async () => {
    const outside = await device();
    const inst = await install();
    await expectProblem(
      await post(inst, {
        no_await: true,
        tags: [
          { key: "mine", value: 1 },
          { agent: outside.id, key: "x", value: 1 },
        ],
      }),
      403,
      "forbidden",
    );
    expect(await tagsOf(inst.agent_id)).toEqual({});
  });

  it("a reply that cannot be serialised is handler_failed before anything commits, and the retry is not stuck", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const payload = {
      reply_bigint: true,
      tags: [{ key: "own", value: 1 }],
      messages: [{ agent: dev.id, channel: "events", data: {} }],
    };
    const opts = { headers: { "idempotency-key": "big-int" }, query: "json_response=true" };
    const first = await expectProblem(await post(inst, payload, opts), 500, "handler_failed");
    expect(first.event_id).toBe("big-int");
    expect(await messagesOf(dev.id, "events")).toHaveLength(0);
    expect(await tagsOf(inst.agent_id)).toEqual({});
    await expectProblem(await post(inst, payload, opts), 500, "handler_failed");
    expect((await invocations(inst)).map((l) => l.code)).toEqual(["handler_failed", "handler_failed"]);
  });

  it("a handler write too large to store is a final 413, not a retry loop", async () => {
    const inst = await install({ max_body_bytes: 4 * 1024 * 1024 });
    const payload = { tags: [{ key: "huge", value: "x".repeat(1_500_000) }] };
    await expectProblem(
      await post(inst, payload, { headers: { "idempotency-key": "huge-1" } }),
      413,
      "payload_too_large",
    );
    // Final: the repeat gets the same answer (a refused event stores nothing, so it is decided
    // again, the same way) and nothing is written.
    const again = await post(inst, payload, { headers: { "idempotency-key": "huge-1" } });
    expect(again.status).toBe(413);
    expect(await tagsOf(inst.agent_id)).toEqual({});
  });

  it("a throttle below 1/s still admits (it answered 429 forever)", async () => {
    const inst = await install({ throttle: 0.5 });
    expect((await invoke(inst)).status).toBe(200);
    await expectProblem(await invoke(inst), 429, "throttled");
  });

  it("a repeated mini-token event answers 204 again (it replayed 200 with a JSON body)", async () => {
    const inst = await install({ mini_token: true });
    const send = () =>
      exports.default.fetch(
        new Request(`http://edgehook.test/m/${inst.ingestion.mini_token}`, {
          method: "POST",
          headers: { "content-type": "application/json", "cf-connecting-ip": "203.0.113.7", "idempotency-key": "m-1" },
          body: "{}",
        }),
      );
    for (const res of [await send(), await send()]) {
      expect(res.status).toBe(204);
      expect(await res.text()).toBe("");
    }
  });

  it("rejections are counted per IPv6 /64, so rotating addresses inside one does not dodge the limit", async () => {
    const inst = await install();
    let cut = 0;
    for (let i = 0; i < 40; i++)
      if ((await invoke(inst, { token: "bad", ip: `2001:db8:77:1::${(i + 1).toString(16)}` })).status === 429) cut++;
    expect(cut).toBeGreaterThan(0);
    expect((await invoke(inst, { ip: "2001:db8:77:2::1" })).status).toBe(200);
  });

  it("a queued body larger than a Durable Object value (2 MB) is stored in chunks and still arrives", async () => {
    const dev = await device();
    const inst = await install(
      { max_body_bytes: 4 * 1024 * 1024 },
      { dv_proc_extended_permissions: { devices: [dev.id] } },
    );
    const payload = { pad: "x".repeat(2_500_000), messages: [{ agent: dev.id, channel: "chunked", data: { ok: 1 } }] };
    expect((await post(inst, payload, { query: "wait=false" })).status).toBe(202);
    expect(
      await eventually(
        () => messagesOf(dev.id, "chunked"),
        (m) => m.length > 0,
      ),
    ).toHaveLength(1);
  });

  it("the install agent's tokens_valid_from voids the endpoint token and its mini-tokens", async () => {
    const dev = await device();
    const inst = await install({ mini_token: true }, { dv_proc_extended_permissions: { devices: [dev.id] } });
    const pinned = await json(
      await call(`/api/control/installs/${inst.install_id}/mini_tokens`, {
        method: "POST",
        body: { agent_id: dev.id },
      }),
      201,
    );
    await nextMillisecond();
    await json(
      await call(`/api/control/agents/${inst.agent_id}`, {
        method: "PATCH",
        body: { tokens_valid_from: Date.now() + 1 },
      }),
      200,
    );
    await expectProblem(await invoke(inst), 401, "token_invalid");
    const mini = await exports.default.fetch(
      new Request(`http://edgehook.test/m/${pinned.mini_token}`, {
        method: "POST",
        headers: { "cf-connecting-ip": "203.0.113.7" },
        body: "{}",
      }),
    );
    expect(mini.status).toBe(401);
  });

  it("refuses to pin a mini-token to a device outside the install's permissions", async () => {
    const outside = await device();
    const inst = await install();
    const body = await expectProblem(
      await call(`/api/control/installs/${inst.install_id}/mini_tokens`, {
        method: "POST",
        body: { agent_id: outside.id },
      }),
      422,
      "validation_failed",
    );
    expect(body.field).toBe("agent_id");
  });
});
