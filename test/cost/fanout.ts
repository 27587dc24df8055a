// Gateway fan-out (issue 10): REST aggregate PATCHes on a device watched by SUBSCRIBERS gateway
// sockets, spread over `credentials` read tokens (the viewers of dashboards), priced per write.
// In the fleet regime each write meets an evicted device object and evicted gateway objects (their
// sockets hibernate), and the throttle-free REST path's caches have expired (driven clock).
import { evictDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { advance } from "./clock.ts";
import { GatewayClient } from "../support/gateway-client.ts";
import { call, json, newAgent } from "../support/helpers.ts";
import { startWindow, stopWindow, windowPerEvent } from "./measure.ts";
import type { Kind, PerEvent } from "./prices.ts";
import { fill } from "./paths.ts";
import { rawStub } from "./runtime-patches.ts";
import { harness, quiet, runtime } from "./runtime-meter.ts";

export const SUBSCRIBERS = 1000;

export interface Watched {
  device: string;
  clients: GatewayClient[];
  /** Gateway object names, one per credential (`gw:<token id>`). */
  gateways: string[];
}

/**
 * A device and `subscribers` sockets over `credentials` read tokens, subscribed to its tags; its
 * journal filled to `entries` with copies of the REST write (the fleet regime).
 */
export async function watched(subscribers: number, credentials: number, entries = 0): Promise<Watched> {
  const dev = await newAgent({ type: "device" });
  if (entries > 0) {
    runtime.capture = [];
    const res = await call(`/api/agents/${dev.id}/channels/tag_values/aggregate`, {
      method: "PATCH",
      body: { fan: { i: -1 } },
    });
    expect(res.status).toBe(200);
    await res.text();
    const writes = runtime.capture.filter((c) => c.object === `agent:${dev.id}` && c.method === "writeAggregate");
    runtime.capture = null;
    await fill(`agent:${dev.id}`, writes, entries);
  }
  const tokens: { id: string; token: string }[] = [];
  for (let c = 0; c < credentials; c++)
    tokens.push(
      await json(
        await call("/api/control/tokens", {
          method: "POST",
          body: { grants: [{ agent_id: dev.id, permission: "read" }] },
        }),
        201,
      ),
    );
  const clients: GatewayClient[] = [];
  for (let i = 0; i < subscribers; i += 50)
    clients.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, subscribers - i) }, async (_, k) => {
          const client = await GatewayClient.open(tokens[(i + k) % credentials]?.token ?? "", "query");
          await client.identify();
          await client.subscribe(dev.id, "tag_values");
          return client;
        }),
      )),
    );
  return { device: dev.id, clients, gateways: tokens.map((t) => `gw:${t.id}`) };
}

const received = (w: Watched): number =>
  w.clients.reduce((n, c) => n + c.frames.filter((f) => f.t === "AggregateUpdate").length, 0);

const kindOf =
  (device: string) =>
  (object: string, what: string): Kind =>
    what === "alarm"
      ? "alarm"
      : object === `agent:${device}`
        ? "device"
        : object.startsWith("gateway:")
          ? "gateway"
          : object === "registry"
            ? "registry"
            : "other";

/**
 * `writes` PATCHes, each waited for until every socket has it. `cold`: before each write the clock
 * moves a few minutes on and the device's and gateways' objects are evicted (the fleet regime).
 */
export async function fanOut(w: Watched, writes: number, cold: boolean): Promise<PerEvent> {
  startWindow();
  const before = received(w);
  for (let i = 0; i < writes; i++) {
    if (cold) {
      advance(5 * 60_000);
      await harness(async () => {
        for (const name of [w.device])
          await evictDurableObject(rawStub(env.AGENT.getByName(name))).catch(() => undefined);
        for (const name of w.gateways)
          await evictDurableObject(rawStub(env.GATEWAY.getByName(name))).catch(() => undefined);
      });
    }
    const res = await call(`/api/agents/${w.device}/channels/tag_values/aggregate`, {
      method: "PATCH",
      body: { fan: { i } },
    });
    expect(res.status).toBe(200);
    await res.text();
    const until = Date.now() + 30_000;
    while (received(w) < before + (i + 1) * w.clients.length && Date.now() < until)
      await new Promise((r) => setTimeout(r, 20));
  }
  const window = stopWindow();
  expect(received(w) - before).toBe(writes * w.clients.length);
  return windowPerEvent(window, writes, kindOf(w.device));
}

/** Closes the sockets and waits until the gateways have let them go (not billed to what follows). */
export async function close(w: Watched): Promise<void> {
  await closeClients(w.clients);
}

export async function closeClients(clients: GatewayClient[]): Promise<void> {
  for (const client of clients) client.close();
  const until = Date.now() + 30_000;
  while (clients.some((c) => !c.closed) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  await quiet(1_000);
}
