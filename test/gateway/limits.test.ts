// Gateway regressions from review: subscriptions made while a "nobody wants it" answer is in
// flight, grants checked as events flow, revocation, the agent's table kept small, limits, and
// malformed frames. Workerd, real Durable Objects.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Fanout } from "../../src/agent/fanout.ts";
import type { ChannelEvent } from "../../src/shared/gateway-frames.ts";
import { GatewayClient } from "../support/gateway-client.ts";
import { ADMIN, call, chan, newAgent, newToken, nextMillisecond } from "../support/helpers.ts";

const gatewaySubs = (agentId: string) =>
  runInDurableObject(env.AGENT.getByName(agentId), (_i, state) =>
    state.storage.sql.exec<{ channel: string }>("SELECT channel FROM gateway_subs").toArray(),
  );

describe("gateway limits and grants", () => {
  it("a subscription made while the gateway's 'nobody wants it' answer is in flight is kept", async () => {
    const { id } = await newAgent();
    await runInDurableObject(env.AGENT.getByName(id), async (_i, state) => {
      let answer: (unwanted: string[]) => void = () => undefined;
      const fanout = new Fanout(state.storage.sql, `race-${id}`, () => new Promise<string[]>((r) => (answer = r)));
      fanout.subscribe("gw:x", "c");
      const event: ChannelEvent = { channel: "c", full: "{}", diff: "{}" };
      fanout.oneShot("c", "a", 1, 0);
      void event;
      fanout.subscribe("gw:x", "c"); // a socket subscribes again meanwhile
      answer(["c"]); // the answer to the earlier deliver
      await new Promise((r) => setTimeout(r, 10));
      expect(fanout.wants("c")).toBe(true);
    });
  });

  it("a socket whose token lost its grant (tokens_valid_from) stops receiving, with an error", async () => {
    const dev = await newAgent();
    const { token } = await newToken([{ agent_id: dev.id, permission: "read" }]);
    const client = await GatewayClient.open(token);
    await client.identify();
    await client.subscribe(dev.id, "tag_values");
    await nextMillisecond();
    const voided = await call(`/api/control/agents/${dev.id}`, {
      method: "PATCH",
      body: { tokens_valid_from: Date.now() },
    });
    expect(voided.status).toBe(200);
    await call(chan(dev.id, "tag_values", "/aggregate"), { method: "PATCH", body: { secret: 1 } });
    const error = await client.next((f) => f.t === "WSSErrorEvent");
    expect(error.d.message).toContain("no read grant");
    expect(client.frames.some((f) => f.t === "AggregateUpdate")).toBe(false);
    client.close();
  });

  // A revoked credential's gateway refusing new sockets: test/fuzz/regressions.test.ts.

  it("unsubscribing tells the agent: its table keeps no channel nobody watches", async () => {
    const dev = await newAgent();
    const client = await GatewayClient.open(ADMIN);
    await client.identify();
    for (const name of ["a", "b", "c"]) await client.subscribe(dev.id, name);
    expect((await gatewaySubs(dev.id)).map((r) => r.channel).sort()).toEqual(["a", "b", "c"]);
    for (const name of ["a", "b"]) client.send(13, { channel: { agent_id: dev.id, name } });
    await new Promise((r) => setTimeout(r, 200));
    expect((await gatewaySubs(dev.id)).map((r) => r.channel)).toEqual(["c"]);
    client.close();
  });

  it("caps subscriptions per connection and one-shot size; malformed frames get an error, the socket stays", async () => {
    const dev = await newAgent();
    const client = await GatewayClient.open(ADMIN);
    await client.identify();
    for (let i = 0; i < 100; i++) client.send(12, { channel: { agent_id: dev.id, name: `c${i}` } });
    await client.next((f) => f.t === "ChannelSync" && f.d.channel.name === "c99", 20_000);
    expect((await client.subscribe(dev.id, "one_more")).d.message).toContain("at most 100");
    client.send(15, { channel: { agent_id: dev.id, name: "c1" }, data: "x".repeat(70_000) });
    expect((await client.next((f) => f.t === "WSSErrorEvent" && f.d.message.includes("one-shot"))).t).toBe(
      "WSSErrorEvent",
    );
    client.ws.send("null");
    client.ws.send("[1,2]");
    expect((await client.next((f) => f.t === "WSSErrorEvent" && f.d.message.includes("frames are JSON"))).t).toBe(
      "WSSErrorEvent",
    );
    client.send(14, { channel: { agent_id: dev.id, name: "c5" } });
    expect(
      (await client.next((f) => f.t === "ChannelSync" && f.d.channel.name === "c5" && client.frames.indexOf(f) > 100))
        .t,
    ).toBe("ChannelSync");
    client.close();
  }, 30_000);
});
