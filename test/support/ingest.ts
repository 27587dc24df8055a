// Ingestion test helpers: installs through the control API, invocations through the worker.
import { exports } from "cloudflare:workers";
import { flushInvocationLogs } from "../../src/invocation/log-buffer.ts";
import type { QueuedIngestion } from "../../src/invocation/queued.ts";
import { call, json, newAgent } from "./helpers.ts";
import "../fixtures/probe-app.ts";

export interface Installed {
  install_id: string;
  agent_id: string;
  app_key: string;
  ingestion: { id: string; url: string; token: string; mini_token?: string; mini_url?: string };
}

export const ALLOW_ALL = ["0.0.0.0/0", "::/0"];

export async function install(
  ingestion: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
  app = "probe_integration",
): Promise<Installed> {
  const config = { dv_proc_ingestion: { cidr_ranges: ALLOW_ALL, throttle: 1000, ...ingestion }, ...extra };
  return json(
    await call("/api/control/installs", { method: "POST", body: { app, display_name: `probe ${Date.now()}`, config } }),
    201,
  );
}

export interface Invoke {
  ip?: string;
  token?: string | null;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  query?: string;
}

export function invokePath(inst: Installed): string {
  return `/api/agents/${inst.agent_id}/processors/ingestions/${inst.ingestion.id}/invoke`;
}

export async function invoke(inst: Installed, opts: Invoke = {}, path = invokePath(inst)): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "cf-connecting-ip": opts.ip ?? "203.0.113.7",
    ...opts.headers,
  };
  const token = opts.token === undefined ? inst.ingestion.token : opts.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const url = `http://edgehook.test${path}${opts.query ? `?${opts.query}` : ""}`;
  return exports.default.fetch(new Request(url, { method: "POST", headers, body: opts.body ?? "{}" }));
}

export async function device(extra: Record<string, unknown> = {}) {
  return newAgent({ serial_number: `SN-${crypto.randomUUID().slice(0, 8)}`, ...extra });
}

export async function messagesOf(agentId: string, channel: string): Promise<any[]> {
  const res = await call(`/api/agents/${agentId}/channels/${channel}/messages?limit=1000`);
  return res.status === 404 ? [] : json(res, 200);
}

export async function tagsOf(agentId: string): Promise<Record<string, any>> {
  const res = await call(`/api/agents/${agentId}/channels/tag_values/aggregate`);
  return res.status === 404 ? {} : (await json(res, 200)).data;
}

/** The install's invocation log, after this isolate's buffered records were sent (log-buffer.ts). */
export async function invocations(inst: Installed): Promise<any[]> {
  await flushInvocationLogs();
  return json(await call(`/api/control/installs/${inst.install_id}/invocations`), 200);
}

/** A `?wait=false` event as the queue carries it (payload as JSON). */
export function queuedEvent(inst: Installed, eventId: string, payload: unknown): QueuedIngestion {
  return {
    kind: "ingestion",
    ingestion_id: inst.ingestion.id,
    event_id: eventId,
    credential: "endpoint",
    target_agent_id: inst.agent_id,
    pinned_agent_id: null,
    raw_b64: btoa(JSON.stringify(payload)),
    stash_key: null,
    content_type: "application/json",
    invocation_url: "http://edgehook.test/invoke",
    source_ip: "203.0.113.7",
    received_at: Date.now(),
  };
}
