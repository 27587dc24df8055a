// Issue 20, items 1 and 3: one credential must not take a device's live updates away from
// everyone. Each credential (= gateway object) gets a bounded share of an agent's gateway
// subscriptions; the rows leave with the sessions that made them; a socket's cap is checked
// before the agent is told; sockets per credential are capped. Workerd, real Durable Objects.
import { runInDurableObject } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { agentStub } from "../../src/contracts/stubs.ts";
import { MAX_CHANNELS_PER_CREDENTIAL, MAX_SOCKETS_PER_CREDENTIAL } from "../../src/shared/gateway-limits.ts";
import { GatewayClient, type Frame } from "../support/gateway-client.ts";
import { ADMIN, call, chan, eventually, expectProblem, newAgent, newToken } from "../support/helpers.ts";

/** The flood's shape: one read-only credential, SOCKETS sockets × CHANNELS made-up channels each. */
const SOCKETS = 100;
const CHANNELS = 100;

const rows = (agentId: string) =>
  runInDurableObject(env.AGENT.getByName(agentId), (_i, state) =>
    state.storage.sql
      .exec<{ channel: string; gateway: string }>("SELECT channel, gateway FROM gateway_subs")
      .toArray()
      .map((r) => ({ ...r })),
  );

const rowsOf = async (agentId: string, gateway: string) =>
  (await rows(agentId)).filter((r) => r.gateway === gateway).map((r) => r.channel);

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

/** Writes a tag and waits for each client to see it as an AggregateUpdate. */
async function seenBy(agentId: string, clients: GatewayClient[], value: number): Promise<void> {
  const from = clients.map((c) => c.frames.length);
  const res = await call(chan(agentId, "tag_values", "/aggregate"), { method: "PATCH", body: { probe: { value } } });
  expect(res.status).toBe(200);
  await res.text();
  await Promise.all(
    clients.map((c, i) =>
      c.next((f: Frame) => f.t === "AggregateUpdate" && f.d.aggregate?.data?.probe?.value === value, 10_000, from[i]),
    ),
  );
}

async function openOf(token: string): Promise<GatewayClient> {
  const client = await GatewayClient.open(token);
  await client.identify();
  return client;
}

describe("gateway subscription bounds (issue 20)", () => {
  it("one read-only credential's flood (100 sockets × 100 channels) cannot refuse an admin's or another token's subscription, during or after; its rows leave with its sessions", async () => {
    const dev = await newAgent();
    const flood = await newToken([{ agent_id: dev.id, permission: "read" }]);
    const other = await newToken([{ agent_id: dev.id, permission: "read" }]);
    const floodSockets: GatewayClient[] = [];
    for (let i = 0; i < SOCKETS; i += 20)
      floodSockets.push(
        ...(await Promise.all(Array.from({ length: Math.min(20, SOCKETS - i) }, () => openOf(flood.token)))),
      );
    // The flood: every socket subscribes CHANNELS made-up names, all at once.
    for (const [i, s] of floodSockets.entries())
      for (let c = 0; c < CHANNELS; c++) s.send(12, { channel: { agent_id: dev.id, name: `f${i}_${c}` } });

    // During the flood: the admin and another token subscribe and see a write.
    const admin = await openOf(ADMIN);
    const reader = await openOf(other.token);
    expect((await admin.subscribe(dev.id, "tag_values")).t).toBe("ChannelSync");
    expect((await reader.subscribe(dev.id, "tag_values")).t).toBe("ChannelSync");
    await seenBy(dev.id, [admin, reader], 1);

    // Every flood frame is answered: a ChannelSync or an error event.
    const answers = (s: GatewayClient) =>
      s.frames.filter((f) => f.t === "ChannelSync" || (f.t === "WSSErrorEvent" && /not subscribed/.test(f.d.message)))
        .length;
    await eventually(
      async () => floodSockets.reduce((n, s) => n + answers(s), 0),
      (n) => n >= SOCKETS * CHANNELS,
      60_000,
    );
    const floodGw = `gw:${flood.id}`;
    // The flood holds its share, no more; the agent keeps room for everyone else.
    expect((await rowsOf(dev.id, floodGw)).length).toBe(Math.min(MAX_CHANNELS_PER_CREDENTIAL, SOCKETS * CHANNELS));
    const refusals = floodSockets.flatMap((s) => s.frames).filter((f) => f.t === "WSSErrorEvent");
    expect(refusals.some((f) => f.d.message.includes("as many as one credential may"))).toBe(true);

    // After the flood: a third credential and the admin (a second channel) still subscribe.
    const late = await newToken([{ agent_id: dev.id, permission: "read" }]);
    const lateReader = await openOf(late.token);
    expect((await lateReader.subscribe(dev.id, "tag_values")).t).toBe("ChannelSync");
    expect((await admin.subscribe(dev.id, "ui_state")).t).toBe("ChannelSync");
    await seenBy(dev.id, [admin, reader, lateReader], 2);

    // The flood's sessions end: its rows leave with them, no write needed on their channels.
    for (const s of floodSockets) s.close();
    await eventually(
      () => rowsOf(dev.id, floodGw),
      (r) => r.length === 0,
      20_000,
    );
    const left = await rows(dev.id);
    expect(left.map((r) => `${r.gateway} ${r.channel}`).sort()).toEqual(
      [`gw:admin tag_values`, `gw:admin ui_state`, `gw:${other.id} tag_values`, `gw:${late.id} tag_values`].sort(),
    );
    await seenBy(dev.id, [admin, reader, lateReader], 3);
    for (const c of [admin, reader, lateReader]) c.close();
    await eventually(
      () => rows(dev.id),
      (r) => r.length === 0,
      10_000,
    );
  }, 180_000);

  it("a burst of 105 subscribes on one socket registers at most the socket's cap (100) with the agent", async () => {
    const dev = await newAgent();
    const { id, token } = await newToken([{ agent_id: dev.id, permission: "read" }]);
    const client = await openOf(token);
    for (let i = 0; i < 105; i++) client.send(12, { channel: { agent_id: dev.id, name: `b${i}` } });
    await eventually(
      async () => client.frames.filter((f) => f.t === "ChannelSync" || f.t === "WSSErrorEvent").length,
      (n) => n >= 105,
      20_000,
    );
    await settle();
    expect(client.frames.filter((f) => f.t === "ChannelSync").length).toBe(100);
    const errors = client.frames.filter((f) => f.t === "WSSErrorEvent");
    expect(errors.length).toBe(5);
    for (const e of errors) expect(e.d.message).toContain("at most 100 subscriptions per connection");
    expect((await rowsOf(dev.id, `gw:${id}`)).length).toBe(100);
    client.close();
    await eventually(
      () => rowsOf(dev.id, `gw:${id}`),
      (r) => r.length === 0,
    );
  }, 30_000);

  it("two sockets of one credential share its 100 channels of an agent; the same channel on both is one row", async () => {
    const dev = await newAgent();
    const { id, token } = await newToken([{ agent_id: dev.id, permission: "read" }]);
    const [a, b] = [await openOf(token), await openOf(token)];
    for (let i = 0; i < 60; i++) a.send(12, { channel: { agent_id: dev.id, name: `s${i}` } });
    for (let i = 30; i < 90; i++) b.send(12, { channel: { agent_id: dev.id, name: `s${i}` } });
    const answered = (c: GatewayClient) =>
      c.frames.filter((f) => f.t === "ChannelSync" || f.t === "WSSErrorEvent").length;
    await eventually(
      async () => answered(a) + answered(b),
      (n) => n >= 120,
      20_000,
    );
    expect((await rowsOf(dev.id, `gw:${id}`)).length).toBe(90);
    for (let i = 90; i < 120; i++) b.send(12, { channel: { agent_id: dev.id, name: `s${i}` } });
    await eventually(
      async () => answered(b),
      (n) => n >= 90,
      20_000,
    );
    expect((await rowsOf(dev.id, `gw:${id}`)).length).toBe(MAX_CHANNELS_PER_CREDENTIAL);
    expect(b.frames.filter((f) => f.t === "WSSErrorEvent").length).toBe(20);
    // Closing a: the channels only it held leave (s0..s29); those b holds too stay.
    a.close();
    await eventually(
      () => rowsOf(dev.id, `gw:${id}`),
      (r) => r.length === 70,
    );
    b.close();
  }, 60_000);

  it("a revoked token's subscriptions leave the agent at once, on channels never written", async () => {
    const dev = await newAgent();
    const { id, token } = await newToken([{ agent_id: dev.id, permission: "read" }]);
    const client = await openOf(token);
    for (const name of ["never_a", "never_b", "never_c"]) await client.subscribe(dev.id, name);
    expect((await rowsOf(dev.id, `gw:${id}`)).sort()).toEqual(["never_a", "never_b", "never_c"]);
    expect((await call(`/api/control/tokens/${id}`, { method: "DELETE" })).status).toBe(204);
    expect(await rowsOf(dev.id, `gw:${id}`)).toEqual([]);
  });

  it("a dropped session holds nothing at the agent; resuming subscribes again and events flow", async () => {
    const dev = await newAgent();
    const { id, token } = await newToken([{ agent_id: dev.id, permission: "read" }]);
    const first = await GatewayClient.open(token);
    const ready = await first.identify();
    await first.subscribe(dev.id, "tag_values");
    expect(await rowsOf(dev.id, `gw:${id}`)).toEqual(["tag_values"]);
    first.close();
    await eventually(
      () => rowsOf(dev.id, `gw:${id}`),
      (r) => r.length === 0,
    );
    const second = await GatewayClient.open(token);
    await second.next((f) => f.t === "Hello");
    second.send(11, { session_id: ready.d.session_id, session_token: ready.d.session_token });
    await second.next((f) => f.t === "ChannelSync" && f.d.channel.name === "tag_values");
    expect(await rowsOf(dev.id, `gw:${id}`)).toEqual(["tag_values"]);
    await seenBy(dev.id, [second], 7);
    second.close();
  });

  it("rows of sockets that died without a close (a restart) do not hold a credential's share: reconciled on refusal", async () => {
    const dev = await newAgent();
    const { id, token } = await newToken([{ agent_id: dev.id, permission: "read" }]);
    // As if a restart had killed sockets holding the whole share: rows the gateway knows nothing of.
    const agent = agentStub(env, dev.id);
    for (let i = 0; i < MAX_CHANNELS_PER_CREDENTIAL; i++) await agent.gatewaySubscribe(`gw:${id}`, `ghost${i}`);
    expect((await rowsOf(dev.id, `gw:${id}`)).length).toBe(MAX_CHANNELS_PER_CREDENTIAL);
    const client = await openOf(token);
    expect((await client.subscribe(dev.id, "tag_values")).t).toBe("ChannelSync");
    expect(await rowsOf(dev.id, `gw:${id}`)).toEqual(["tag_values"]);
    client.close();
  });

  it(`caps sockets per credential at ${MAX_SOCKETS_PER_CREDENTIAL}: the next upgrade is a 429 problem+json; other credentials are unaffected`, async () => {
    const dev = await newAgent();
    const { token } = await newToken([{ agent_id: dev.id, permission: "read" }]);
    const open: GatewayClient[] = [];
    for (let i = 0; i < MAX_SOCKETS_PER_CREDENTIAL; i += 50)
      open.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(50, MAX_SOCKETS_PER_CREDENTIAL - i) }, () => GatewayClient.open(token)),
        )),
      );
    const refused = await exports.default.fetch(
      new Request("http://edgehook.test/api/gateway", {
        headers: {
          upgrade: "websocket",
          authorization: `Bearer ${token}`,
          "sec-websocket-version": "13",
          "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==",
        },
      }),
    );
    expect(refused.webSocket).toBeFalsy();
    const body = await expectProblem(refused, 429, "too_many_connections");
    expect(body.detail).toContain(`at most ${MAX_SOCKETS_PER_CREDENTIAL} open gateway connections per credential`);
    // Another credential still connects; closing one socket makes room again.
    const admin = await openOf(ADMIN);
    open.pop()?.close();
    await settle(200);
    const again = await eventually(
      async () => {
        try {
          return await GatewayClient.open(token);
        } catch {
          return null;
        }
      },
      (c) => c !== null,
    );
    expect(again).not.toBeNull();
    for (const c of [...open, admin, again]) c?.close();
  }, 120_000);
});
