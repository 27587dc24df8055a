// The gateway WebSocket (SPEC §4.3) in workerd with real Durable Objects: the platform client's
// handshake, ChannelSync, events from every write path with a gapless `s`, diff_only, one-shot
// messages, authorization, agent restarts, resume and revocation.
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import "../fixtures/echo-processor.ts";
import { GatewayClient } from "../support/gateway-client.ts";
import { ADMIN, call, chan, expectProblem, json, newAgent, newToken } from "../support/helpers.ts";
import { install, invoke } from "../support/ingest.ts";

const patch = (agentId: string, channel: string, body: unknown) =>
  call(chan(agentId, channel, "/aggregate"), { method: "PATCH", body });

describe("gateway handshake", () => {
  it("Hello → identify (the platform client's frame) → Ready; a plain GET is 426", async () => {
    const client = await GatewayClient.open(ADMIN);
    const ready = await client.identify();
    expect(ready.d).toMatchObject({ subscriptions: [] });
    expect(typeof ready.d.session_id).toBe("string");
    expect(typeof ready.d.session_token).toBe("string");
    client.close();
    await expectProblem(await call("/api/gateway"), 426, "upgrade_required");
  });

  it("refuses an upgrade without a valid token (401), by header or ?token=", async () => {
    await expectProblem(
      await call("/api/gateway", { headers: { upgrade: "websocket" }, token: null }),
      401,
      "token_missing",
    );
    await expect(GatewayClient.open("eht_not-a-token", "query")).rejects.toThrow(/401/);
  });
});

describe("subscriptions", () => {
  it("subscribe → ChannelSync; a REST write → AggregateUpdate with the next s and the full aggregate", async () => {
    const dev = await newAgent();
    await patch(dev.id, "settings", { mode: "eco" });
    const client = await GatewayClient.open(ADMIN);
    await client.identify();
    const sync = await client.subscribe(dev.id, "settings");
    expect(sync.t).toBe("ChannelSync");
    expect(sync.d.aggregate.data).toEqual({ mode: "eco" });
    const s0 = sync.s!;
    expect((await patch(dev.id, "settings", { level: 3 })).status).toBe(200);
    const update = await client.next((f) => f.t === "AggregateUpdate");
    expect(update.s).toBe(s0 + 1);
    expect(update.d).toMatchObject({
      channel: { agent_id: dev.id, name: "settings" },
      request_data: { level: 3 },
      aggregate: { data: { mode: "eco", level: 3 }, version: 2 },
      organisation_id: null,
    });
    // A message on another subscribed channel: MessageCreate without a timestamp.
    await client.subscribe(dev.id, "events");
    await call(chan(dev.id, "events", "/messages"), { method: "POST", body: { data: { door: "open" } } });
    const created = await client.next((f) => f.t === "MessageCreate");
    expect(created.d).toMatchObject({ channel: { agent_id: dev.id, name: "events" }, data: { door: "open" } });
    expect(created.d.timestamp).toBeUndefined();
    expect(created.s).toBe(1);
    client.close();
  });

  it("diff_only: updates carry request_data and no aggregate", async () => {
    const dev = await newAgent();
    const client = await GatewayClient.open(ADMIN);
    await client.identify();
    await client.subscribe(dev.id, "tag_values", true);
    await patch(dev.id, "tag_values", { app_1: { t: 21 } });
    const update = await client.next((f) => f.t === "AggregateUpdate");
    expect(update.d.request_data).toEqual({ app_1: { t: 21 } });
    expect(update.d.aggregate).toBeUndefined();
    client.close();
  });

  it("a logged aggregate write is an AggregateUpdate and a MessageCreate, numbered in order", async () => {
    const dev = await newAgent();
    const client = await GatewayClient.open(ADMIN);
    await client.identify();
    const sync = await client.subscribe(dev.id, "tag_values");
    await call(`${chan(dev.id, "tag_values", "/aggregate")}?log_update=true`, {
      method: "PATCH",
      body: { a: { x: 1 } },
    });
    const update = await client.next((f) => f.t === "AggregateUpdate");
    const message = await client.next((f) => f.t === "MessageCreate");
    expect([update.s, message.s]).toEqual([sync.s! + 1, sync.s! + 2]);
    client.close();
  });

  it("one-shot messages reach subscribers and are never stored", async () => {
    const dev = await newAgent();
    const watcher = await GatewayClient.open(ADMIN);
    await watcher.identify();
    await watcher.subscribe(dev.id, "live");
    const sender = await GatewayClient.open(ADMIN);
    await sender.identify();
    sender.send(15, { channel: { agent_id: dev.id, name: "live" }, data: { joystick: [0.1, -0.4] } });
    const shot = await watcher.next((f) => f.t === "OneShotMessage");
    expect(shot.d.data).toEqual({ joystick: [0.1, -0.4] });
    expect((await call(chan(dev.id, "live", "/messages"))).status).toBe(404);
    watcher.close();
    sender.close();
  });

  it("no read grant → WSSErrorEvent and no data, while a granted channel works on the same socket", async () => {
    const mine = await newAgent();
    const other = await newAgent();
    const { token } = await newToken([{ agent_id: mine.id, permission: "read" }]);
    const client = await GatewayClient.open(token, "query");
    await client.identify();
    const refused = await client.subscribe(other.id, "tag_values");
    expect(refused.t).toBe("WSSErrorEvent");
    expect(refused.d.message).toContain(other.id);
    expect((await client.subscribe(mine.id, "tag_values")).t).toBe("ChannelSync");
    await patch(other.id, "tag_values", { secret: 1 });
    await patch(mine.id, "tag_values", { open: 1 });
    const update = await client.next((f) => f.t === "AggregateUpdate");
    expect(update.d.channel.agent_id).toBe(mine.id);
    expect(client.frames.some((f) => f.t === "AggregateUpdate" && f.d.channel.agent_id === other.id)).toBe(false);
    // A read token may not send one-shot messages (they need write).
    client.send(15, { channel: { agent_id: mine.id, name: "live" }, data: 1 });
    expect((await client.next((f) => f.t === "WSSErrorEvent" && f.d.message.includes("write"))).t).toBe(
      "WSSErrorEvent",
    );
    client.close();
  });

  it("writes from an integration and a processor reach subscribers", async () => {
    const dev = await newAgent();
    const inst = await json(
      await call("/api/control/installs", {
        method: "POST",
        body: { app: "echo_processor", agent_id: dev.id, display_name: "echo", config: {} },
      }),
      201,
    );
    const client = await GatewayClient.open(ADMIN);
    await client.identify();
    await client.subscribe(dev.id, "echo_out");
    await call(chan(dev.id, "echo_in", "/messages"), { method: "POST", body: { data: { n: 4 } } });
    const created = await client.next((f) => f.t === "MessageCreate", 8000);
    expect(created.d.data).toMatchObject({ n: 4 });
    expect(created.d.author_id).toBe(dev.id);
    expect(inst.app_key).toBe("echo_processor_1");
    client.close();
  });

  it("a connection alarm's offline flip reaches subscribers", async () => {
    const dev = await newAgent({ type: "device" });
    const integ = await install({}, { dv_proc_extended_permissions: { devices: [dev.id] } });
    await patch(dev.id, "doover_connection", { type: "Periodic", expected_interval: 5 });
    const client = await GatewayClient.open(ADMIN);
    await client.identify();
    await client.subscribe(dev.id, "doover_connection");
    await invoke(integ, { body: JSON.stringify({ tags: [{ agent: dev.id, key: "t", value: 1 }] }) });
    expect((await client.next((f) => f.t === "AggregateUpdate")).d.aggregate.data.status).toBe("ContinuousOnline");
    await new Promise((r) => setTimeout(r, 30));
    await runDurableObjectAlarm(env.AGENT.getByName(dev.id));
    const offline = await client.next(
      (f) => f.t === "AggregateUpdate" && f.d.request_data.status === "ContinuousOffline",
    );
    expect(offline.d.aggregate.data.status).toBe("ContinuousOffline");
    client.close();
  });

  it("an agent restarted (memory dropped) still delivers to its subscribers", async () => {
    const dev = await newAgent();
    const client = await GatewayClient.open(ADMIN);
    await client.identify();
    const sync = await client.subscribe(dev.id, "tag_values");
    expect((await call(`/api/control/agents/${dev.id}/restart`, { method: "POST" })).status).toBe(202);
    await patch(dev.id, "tag_values", { after: "restart" });
    const update = await client.next((f) => f.t === "AggregateUpdate");
    expect(update.s).toBe(sync.s! + 1);
    client.close();
  });
});

describe("hibernation", () => {
  it("a gateway object rebuilt from its hibernated sockets (nothing in memory) still delivers", async () => {
    const dev = await newAgent();
    const { token, id } = await newToken([{ agent_id: dev.id, permission: "read" }]);
    const client = await GatewayClient.open(token);
    await client.identify();
    await client.subscribe(dev.id, "tag_values", true);
    // What waking from hibernation gives: a fresh instance over the same state and sockets.
    await runInDurableObject(env.GATEWAY.getByName(`gw:${id}`), async (_instance, state) => {
      const { Gateway } = await import("../../durable-objects/gateway.ts");
      const fresh = new Gateway(state, env);
      expect(fresh.connections()).toBe(1);
      const text = JSON.stringify({ op: 0, t: "AggregateUpdate", s: 99, d: { probe: true } });
      expect(await fresh.deliver(dev.id, [{ channel: "tag_values", full: text, diff: text }])).toEqual([]);
      expect(await fresh.deliver(dev.id, [{ channel: "other", full: text, diff: text }])).toEqual(["other"]);
    });
    expect((await client.next((f) => f.s === 99)).d).toEqual({ probe: true });
    client.close();
  });
});

describe("sessions", () => {
  it("resume after a missed event: a full Ready with the subscriptions, then a ChannelSync — never a silent gap", async () => {
    const dev = await newAgent();
    const first = await GatewayClient.open(ADMIN);
    const ready = await first.identify();
    const sync = await first.subscribe(dev.id, "tag_values");
    first.close();
    await new Promise((r) => setTimeout(r, 50));
    await patch(dev.id, "tag_values", { missed: true });
    const second = await GatewayClient.open(ADMIN);
    await second.next((f) => f.t === "Hello");
    second.send(11, { session_id: ready.d.session_id, session_token: ready.d.session_token });
    const again = await second.next((f) => f.t === "Ready");
    expect(again.d.session_id).toBe(ready.d.session_id);
    expect(again.d.subscriptions).toEqual([{ agent_id: dev.id, name: "tag_values" }]);
    const resync = await second.next((f) => f.t === "ChannelSync");
    expect(resync.s).toBe(sync.s! + 1);
    expect(resync.d.aggregate.data).toEqual({ missed: true });
    // And it is live again.
    await patch(dev.id, "tag_values", { next: 1 });
    expect((await second.next((f) => f.t === "AggregateUpdate")).s).toBe(sync.s! + 2);
    second.close();
  });

  it("op 14 answers a ChannelSync; a wrong session token is op 3 then close", async () => {
    const dev = await newAgent();
    const client = await GatewayClient.open(ADMIN);
    const ready = await client.identify();
    await client.subscribe(dev.id, "tag_values");
    const from = client.frames.length;
    client.send(14, { channel: { agent_id: dev.id, name: "tag_values" } });
    expect((await client.next((f) => f.t === "ChannelSync", 5000, from)).t).toBe("ChannelSync");
    const thief = await GatewayClient.open(ADMIN);
    await thief.next((f) => f.t === "Hello");
    thief.send(11, { session_id: ready.d.session_id, session_token: "0".repeat(48) });
    expect((await thief.next((f) => f.op === 3)).op).toBe(3);
    client.close();
  });

  it("revoking a token closes its sessions", async () => {
    const dev = await newAgent();
    const { id, token } = await newToken([{ agent_id: dev.id, permission: "read" }]);
    const client = await GatewayClient.open(token);
    await client.identify();
    await client.subscribe(dev.id, "tag_values");
    expect((await call(`/api/control/tokens/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await client.next((f) => f.op === 3)).d).toMatchObject({ reason: "token revoked" });
    await new Promise((r) => setTimeout(r, 50));
    expect(client.closed).toBe(true);
  });
});
