// The registry read path: isolate memory over the registry's KV mirror, and when a miss may (and
// may not) reach the registry object. Registry calls and KV reads are counted with the meter.
import { env } from "cloudflare:workers";
import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { inspectMiniToken, inspectSecret, mintMiniToken, mintSecret } from "../../src/auth/minted.ts";
import { sha256Hex } from "../../src/auth/secret.ts";
import { snowflakeAt } from "../../src/shared/snowflake.ts";
import { meter, meteredEnv, readMeter, resetMeter } from "../../src/shared/metering.ts";
import {
  agentKey,
  cachedAgent,
  cachedAgentBySerial,
  invalidate,
  invalidateAll,
} from "../../src/kv-mirror/edge-cache.ts";
import { registry } from "../../src/contracts/stubs.ts";
import { MIRROR_PREFIX, PROPAGATION_BOUND_MS } from "../../src/kv-mirror/layout.ts";
import { call, chan, eventually, expectProblem, json, newAgent, newToken, nestedGroups } from "../support/helpers.ts";
import { device, install, invoke } from "../support/ingest.ts";

/** The registry object for runInDurableObject (untyped: its RPC types are too deep to infer there). */
const registryObject = () => env.REGISTRY.getByName("registry") as unknown as DurableObjectStub;
const kvEntry = async (key: string) => {
  const text = await env.CACHE.get(MIRROR_PREFIX + key);
  return text === null ? null : (JSON.parse(text) as { v: number; d: any });
};
const registryCalls = () => readMeter().do_calls.registry ?? 0;

/** Swaps the KV namespace the registry writes its mirror to (to make KV fail, and recover). */
async function mirrorKv(kv: Pick<KVNamespace, "put">): Promise<void> {
  await runInDurableObject(registryObject(), (instance) => {
    (instance as unknown as { mirror: { kv: () => Pick<KVNamespace, "put"> } }).mirror.kv = () => kv;
  });
}

/** A cold isolate: nothing in memory, metering from zero. */
function cold(): void {
  invalidateAll();
  resetMeter();
}

beforeAll(async () => {
  // The first registry call creates the organisation and backfills the mirror; the ready marker
  // follows the backfill (absent = absent only holds once it is there).
  await newAgent();
  await eventually(
    () => kvEntry("ready"),
    (e) => e !== null,
  );
});

afterEach(() => {
  meter.enabled = false;
});

describe("minted secrets", () => {
  it("carry their creation time; a changed tag, a legacy shape and a wrong prefix are told apart", async () => {
    const at = Date.now() - 5_000;
    const token = await mintSecret(env, "eht", at);
    expect(token).toMatch(/^eht_[A-Za-z0-9_-]{44}$/);
    expect(await inspectSecret(env, "eht", token)).toEqual({ shape: "minted", created_ms: at });
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(await inspectSecret(env, "eht", token.slice(0, -1) + last)).toEqual({ shape: "unverified" });
    // A tag minted for one kind never verifies as another.
    expect(await inspectSecret(env, "ehi", `ehi_${token.slice(4)}`)).toEqual({ shape: "unverified" });
    expect(await inspectSecret(env, "eht", `eht_${"A".repeat(43)}`)).toEqual({ shape: "unverified" });
    expect(await inspectSecret(env, "eht", "eht_short")).toEqual({ shape: "malformed" });
    expect(await inspectSecret(env, "eht", `ehx_${token.slice(4)}`)).toEqual({ shape: "malformed" });
  });

  it("mini-tokens are 24 characters and carry the end of their creation minute", async () => {
    const at = Date.now();
    const mini = await mintMiniToken(env, at);
    expect(mini).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const inspected = await inspectMiniToken(env, mini);
    expect(inspected.shape).toBe("minted");
    if (inspected.shape !== "minted") return;
    expect(inspected.created_ms).toBeGreaterThan(at);
    expect(inspected.created_ms).toBeLessThanOrEqual(at + 60_000);
    expect(await inspectMiniToken(env, "A".repeat(22))).toEqual({ shape: "unverified" });
    expect(await inspectMiniToken(env, "A".repeat(23))).toEqual({ shape: "malformed" });
  });
});

describe("data-plane tokens", () => {
  it("refuses an unknown or forged token with 401 token_invalid and no registry call", async () => {
    const { id } = await newAgent();
    const real = await newToken([{ agent_id: id, permission: "read" }]);
    const forgedTag = real.token.slice(0, -2) + (real.token.endsWith("AA") ? "BB" : "AA");
    const unknown = [
      forgedTag,
      await mintSecret(env, "eht", Date.now() - PROPAGATION_BOUND_MS - 60_000), // minted, old, never stored
      `eht_${"Q".repeat(43)}`, // the shape tokens had before minting
      "eht_not-a-token",
      "something-else-entirely",
    ];
    for (const token of unknown) {
      cold();
      await expectProblem(await call(chan(id, "t", "/aggregate"), { token }), 401, "token_invalid");
      expect(registryCalls(), token).toBe(0);
    }
    cold();
    await expectProblem(await call(chan(id, "t", "/aggregate"), { token: "eht_short" }), 401, "token_invalid");
    expect(readMeter().kv_reads, "a malformed token is refused without a lookup").toBe(0);
  });

  it("accepts a token created a moment ago even when its mirror entry has not arrived yet", async () => {
    const { id } = await newAgent();
    await call(chan(id, "t", "/aggregate"), { method: "PUT", body: {} });
    const { token } = await newToken([{ agent_id: id, permission: "read" }]);
    // Propagation lag at this location: the key is not there yet, and this isolate is cold.
    await env.CACHE.delete(`${MIRROR_PREFIX}token:${await sha256Hex(token)}`);
    cold();
    expect((await call(chan(id, "t", "/aggregate"), { token })).status).toBe(200);
    expect(registryCalls()).toBe(1);
    // Now in this isolate's memory: no further lookup.
    resetMeter();
    expect((await call(chan(id, "t", "/aggregate"), { token })).status).toBe(200);
    expect(readMeter().kv_reads + registryCalls()).toBe(0);
  });

  it("a known token is read from the mirror, not the registry, by a cold isolate", async () => {
    const { id } = await newAgent();
    await call(chan(id, "t", "/aggregate"), { method: "PUT", body: {} });
    const { token } = await newToken([{ agent_id: id, permission: "read" }]);
    cold();
    expect((await call(chan(id, "t", "/aggregate"), { token })).status).toBe(200);
    expect(registryCalls()).toBe(0);
    expect(readMeter().kv_reads).toBe(2); // the token, the agent
  });

  it("refuses a revoked token from its tombstone, and once the tombstone is gone", async () => {
    const { id } = await newAgent();
    await call(chan(id, "t", "/aggregate"), { method: "PUT", body: {} });
    const { id: tokenId, token } = await newToken([{ agent_id: id, permission: "read" }]);
    expect((await call(chan(id, "t", "/aggregate"), { token })).status).toBe(200);
    expect((await call(`/api/control/tokens/${tokenId}`, { method: "DELETE" })).status).toBe(204);
    const key = `token:${await sha256Hex(token)}`;
    // Created a moment ago: KV's one write a second per key may put the tombstone on the alarm.
    await eventually(
      () => kvEntry(key),
      (e) => e?.d === null,
    );
    cold();
    await expectProblem(await call(chan(id, "t", "/aggregate"), { token }), 401, "token_invalid");
    expect(registryCalls(), "the tombstone answers").toBe(0);
    // The tombstone expired (or never arrived): the token is young, so the registry is asked.
    await env.CACHE.delete(MIRROR_PREFIX + key);
    cold();
    await expectProblem(await call(chan(id, "t", "/aggregate"), { token }), 401, "token_invalid");
    expect(registryCalls()).toBe(1);
  });
});

describe("ingestion from a registry-cold isolate", () => {
  const uplink = (serial: string) => ({ device_id: serial, sequence: 1, battery: { percent: 80 } });

  it("a routed tracker uplink makes no registry call: endpoint, serial and device come from KV", async () => {
    const dev = await device();
    const inst = await install({}, { dv_proc_extended_permissions: { all_devices: true } }, "tracker_integration");
    cold();
    const res = await invoke(inst, { body: JSON.stringify(uplink(dev.serial_number)), query: "json_response=true" });
    expect(await json(res, 200)).toEqual({ routed: true, agent_id: dev.id });
    const usage = readMeter();
    expect(usage.do_calls.registry ?? 0).toBe(0);
    // The endpoint (with its install agent) and the serial (with its device): two reads.
    expect(usage.kv_reads).toBe(2);
  });

  it("a mini-token uplink reads the mirror only; a forged mini-token is refused without the registry", async () => {
    const dev = await device();
    const inst = await install(
      { mini_token: true },
      { dv_proc_extended_permissions: { all_devices: true } },
      "tracker_integration",
    );
    const post = (token: string) =>
      call(`/m/${token}`, {
        method: "POST",
        token: null,
        body: uplink(dev.serial_number),
        headers: { "cf-connecting-ip": "192.0.2.60" },
      });
    const token = inst.ingestion.mini_token ?? "";
    cold();
    expect((await post(token)).status).toBe(204);
    expect(registryCalls()).toBe(0);
    expect(readMeter().kv_reads).toBe(3); // the mini-token, the endpoint, the serial
    cold();
    expect((await post(token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA"))).status).toBe(401);
    expect(registryCalls()).toBe(0);
  });

  it("an unknown serial is absent without asking the registry", async () => {
    const inst = await install({}, { dv_proc_extended_permissions: { all_devices: true } }, "tracker_integration");
    cold();
    const res = await invoke(inst, { body: JSON.stringify(uplink("NO-SUCH-SERIAL")), query: "json_response=true" });
    expect(await json(res, 200)).toMatchObject({ routed: false, reason: "unknown_serial" });
    expect(registryCalls()).toBe(0);
  });

  it("an old unknown ingestion id is 404 from the mirror; a fresh one asks the registry", async () => {
    const dev = await device();
    const old = `/api/agents/${dev.id}/processors/ingestions/123456789012/invoke`;
    cold();
    const first = await call(old, { method: "POST", body: {}, headers: { "cf-connecting-ip": "192.0.2.50" } });
    await expectProblem(first, 404, "unknown_ingestion");
    expect(registryCalls()).toBe(0);
    // Made up, but with a current timestamp: it could be an endpoint created a moment ago.
    const fresh = (BigInt(Date.now() - 1735689600000) << 22n).toString();
    cold();
    const second = await call(`/api/agents/${dev.id}/processors/ingestions/${fresh}/invoke`, {
      method: "POST",
      body: {},
      headers: { "cf-connecting-ip": "192.0.2.51" },
    });
    await expectProblem(second, 404, "unknown_ingestion");
    expect(registryCalls()).toBe(1);
  });

  it("an endpoint token replaced a moment ago elsewhere is accepted; a wrong one costs no registry call", async () => {
    const inst = await install();
    expect((await invoke(inst)).status).toBe(200);
    // Replaced through the registry directly: this isolate's memory still has the old endpoint.
    const config = { dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0", "::/0"], throttle: 1000 } };
    const replaced = await registry(env).updateInstall(inst.install_id, config, {
      replace_token: true,
      mini_token: false,
    });
    if (!replaced.ok) throw new Error("update failed");
    const token = replaced.value.ingestion?.token ?? "";
    resetMeter();
    const forged = `${token.slice(0, -2)}${token.endsWith("zz") ? "yy" : "zz"}`;
    await expectProblem(await invoke(inst, { token: forged }), 401, "token_invalid");
    expect(registryCalls(), "a token whose tag does not check out never asks the registry").toBe(0);
    expect((await invoke(inst, { token })).status).toBe(200);
    expect(registryCalls()).toBe(1);
    // This isolate now knows the new token: the old one is refused.
    await expectProblem(await invoke(inst), 401, "token_invalid");
  });
});

describe("mirror upkeep", () => {
  it("changing a device's serial number moves its mirror entry", async () => {
    const serial = `SN-A-${crypto.randomUUID().slice(0, 8)}`;
    const moved = `SN-B-${crypto.randomUUID().slice(0, 8)}`;
    const dev = await newAgent({ serial_number: serial });
    expect((await kvEntry(`serial:${serial}`))?.d.agent.id).toBe(dev.id);
    await json(await call(`/api/control/agents/${dev.id}`, { method: "PATCH", body: { serial_number: moved } }), 200);
    // The keys were written a moment ago: KV's one write a second per key puts the change on the alarm.
    const after = await eventually(
      async () => [
        await kvEntry(`serial:${serial}`),
        await kvEntry(`serial:${moved}`),
        await kvEntry(`agent:${dev.id}`),
      ],
      ([old, now, agent]) => old?.d === null && now?.d?.agent.id === dev.id && agent?.d.agent.serial_number === moved,
    );
    expect(after[0]?.d).toBeNull();
    expect(after[1]?.d.agent.id).toBe(dev.id);
    invalidateAll();
    expect(await cachedAgentBySerial(env, serial)).toBeNull();
    expect(await cachedAgentBySerial(env, moved)).toBe(dev.id);
    expect((await cachedAgent(env, dev.id))?.serial_number).toBe(moved);
  });

  // Regression (issue 8): `findAgentBySerial(payload.device_id)` of a payload without one looked
  // up `undefined` (once answering the org agent); now it costs nothing and finds nobody.
  it("a missing or empty serial is null without a KV read or a registry call", async () => {
    cold();
    const metered = meteredEnv(env);
    for (const serial of [undefined, null, ""]) expect(await cachedAgentBySerial(metered, serial)).toBeNull();
    expect(readMeter().kv_reads).toBe(0);
    expect(registryCalls()).toBe(0);
  });

  it("an older KV copy never replaces what the registry said in isolate memory", async () => {
    const dev = await newAgent({ display_name: "first" });
    await json(await call(`/api/control/agents/${dev.id}`, { method: "PATCH", body: { display_name: "second" } }), 200);
    const key = `agent:${dev.id}`;
    const settled = await eventually(
      () => kvEntry(key),
      (e) => e?.d.agent.display_name === "second",
    );
    // KV at this location still shows the value before the change; this isolate made the change,
    // so it reads it from the registry.
    const stale = {
      v: (settled?.v ?? 1) - 1,
      d: { ...settled?.d, agent: { ...settled?.d.agent, display_name: "first" } },
    };
    await env.CACHE.put(MIRROR_PREFIX + key, JSON.stringify(stale));
    invalidate(agentKey(dev.id)); // as the control API does after a change
    expect((await cachedAgent(env, dev.id))?.display_name).toBe("second");
    const now = Date.now();
    const clock = vi.spyOn(Date, "now");
    try {
      // The memory entry expires; KV's copy is older than the registry's answer, so it is kept.
      clock.mockReturnValue(now + 6_000);
      expect((await cachedAgent(env, dev.id))?.display_name).toBe("second");
      // A newer copy does replace it.
      const newer = {
        v: (settled?.v ?? 1) + 1_000,
        d: { ...stale.d, agent: { ...stale.d.agent, display_name: "third" } },
      };
      await env.CACHE.put(MIRROR_PREFIX + key, JSON.stringify(newer));
      clock.mockReturnValue(now + 12_000);
      expect((await cachedAgent(env, dev.id))?.display_name).toBe("third");
    } finally {
      clock.mockRestore();
    }
  });

  it("group membership reaches the mirror as the resolved group closure", async () => {
    const { parent, child } = await nestedGroups();
    const dev = await newAgent({ groups: [child.id] });
    expect((await kvEntry(`agent:${dev.id}`))?.d.agent.group_closure.sort()).toEqual([parent.id, child.id].sort());
  });

  it("retries a mirror write that KV refused, from the alarm", async () => {
    await mirrorKv({ put: () => Promise.reject(new Error("KV unavailable")) });
    let created: { id: string; token: string };
    try {
      created = await newToken([{ all: true, permission: "read" }]);
      const key = `token:${await sha256Hex(created.token)}`;
      expect(await kvEntry(key)).toBeNull();
      expect(await registry(env).mirrorPending()).toBeGreaterThan(0);
    } finally {
      await mirrorKv(env.CACHE);
    }
    const key = `token:${await sha256Hex(created.token)}`;
    const entry = await eventually(
      () => kvEntry(key),
      (e) => e !== null,
    );
    expect(entry?.d.id).toBe(created.id);
    expect(await registry(env).mirrorPending()).toBe(0);
  });

  it("backfills state from before the mirror once; until then a miss is not trusted", async () => {
    const dev = await device();
    const { token } = await newToken([{ agent_id: dev.id, permission: "read" }]);
    // An agent from long ago, as a state directory made before this change holds them.
    const oldId = snowflakeAt(Date.now() - 3_600_000, 7n).toString();
    const stub = registryObject();
    await runInDurableObject(stub, (_instance, state) => {
      state.storage.sql.exec(
        "INSERT INTO agents (id, name, display_name, type, created_at) VALUES (?, 'old', 'old', 'device', ?)",
        oldId,
        Date.now() - 3_600_000,
      );
      state.storage.sql.exec("DELETE FROM meta WHERE k = 'mirror_format'");
    });
    const keys = [
      `agent:${oldId}`,
      `agent:${dev.id}`,
      `serial:${dev.serial_number}`,
      `token:${await sha256Hex(token)}`,
    ];
    for (const key of [...keys, "ready"]) await env.CACHE.delete(MIRROR_PREFIX + key);
    await evictDurableObject(stub);
    // No ready marker: an old id missing from KV could be a record not backfilled yet.
    cold();
    expect((await cachedAgent(env, oldId))?.id).toBe(oldId);
    expect(registryCalls()).toBe(1);
    // That call woke the registry, whose init staged everything; the alarm writes it out.
    const entries = await eventually(
      () => Promise.all([...keys, "ready"].map(kvEntry)),
      (all) => all.every((e) => e !== null),
    );
    expect(entries[0]?.d.agent.id).toBe(oldId);
    expect(entries[2]?.d.agent.id).toBe(dev.id);
    expect(entries[4]?.d).toBe(1);
    expect(await registry(env).mirrorPending()).toBe(0);
    cold();
    expect((await cachedAgent(env, oldId))?.id).toBe(oldId);
    expect(await cachedAgent(env, snowflakeAt(Date.now() - 3_600_000, 8n).toString())).toBeNull();
    expect(registryCalls(), "after the backfill, KV answers both").toBe(0);
  });
});
