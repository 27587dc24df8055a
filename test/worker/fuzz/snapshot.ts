// State snapshots for "a rejected request changes nothing": what the registry lists (agents, groups,
// installs and their mini-tokens) and, per agent, every channel with its aggregate and its messages.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { call, json } from "../../support/helpers.ts";

async function agentState(agentId: string): Promise<unknown> {
  const channels = await json<{ name: string }[]>(await call(`/api/agents/${agentId}/channels`), 200);
  const messages: Record<string, unknown> = {};
  for (const { name } of channels)
    messages[name] = await json(await call(`/api/agents/${agentId}/channels/${name}/messages?limit=1000`), 200);
  return { channels, messages };
}

/** Everything a client could read back about the registry and these agents. */
export async function snapshot(agentIds: readonly string[]): Promise<string> {
  const installs = await json<{ install_id: string }[]>(await call("/api/control/installs"), 200);
  const minis: Record<string, unknown> = {};
  for (const { install_id } of installs)
    minis[install_id] = await json(await call(`/api/control/installs/${install_id}/mini_tokens`), 200);
  const agents: Record<string, unknown> = {};
  for (const id of agentIds) agents[id] = await agentState(id);
  return JSON.stringify({
    agents: await json(await call("/api/control/agents"), 200),
    groups: await json(await call("/api/control/groups"), 200),
    installs,
    minis,
    state: agents,
  });
}

/** The registry's token table (no endpoint lists tokens): ids and grants. */
export function tokenTable(): Promise<unknown[]> {
  return runInDurableObject(env.REGISTRY.getByName("registry"), (_instance, state) =>
    state.storage.sql.exec("SELECT id, grants, created_at FROM tokens ORDER BY id").toArray(),
  );
}

export async function expectUnchanged(before: string, agentIds: readonly string[], what: string): Promise<void> {
  const after = await snapshot(agentIds);
  if (after !== before) {
    // Name the first difference rather than dumping two large documents.
    let i = 0;
    while (i < before.length && before[i] === after[i]) i++;
    expect.fail(
      `${what} changed state near …${before.slice(Math.max(0, i - 120), i + 120)}… → …${after.slice(Math.max(0, i - 120), i + 120)}…`,
    );
  }
}
