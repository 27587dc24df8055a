// Test helpers: requests through the real worker entry (exports.default.fetch) and registry set-up.
import { exports } from "cloudflare:workers";
import { expect } from "vitest";

export const ADMIN = "test-admin-token";

export interface Call {
  method?: string;
  token?: string | null;
  body?: unknown;
  raw?: BodyInit;
  headers?: Record<string, string>;
}

export async function call(path: string, opts: Call = {}): Promise<Response> {
  const headers: Record<string, string> = { ...opts.headers };
  const token = opts.token === undefined ? ADMIN : opts.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  let body: BodyInit | undefined = opts.raw;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] = "application/json";
  }
  return exports.default.fetch(
    new Request(`http://edgehook.test${path}`, { method: opts.method ?? "GET", headers, body }),
  );
}

export async function json<T = any>(res: Response, status?: number): Promise<T> {
  const text = await res.text();
  if (status !== undefined) expect(res.status, text).toBe(status);
  return (text ? JSON.parse(text) : null) as T;
}

export async function expectProblem(res: Response, status: number, code: string): Promise<any> {
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  const body = await json(res, status);
  expect(body).toMatchObject({ status, code });
  expect(typeof body.title).toBe("string");
  expect(typeof body.detail).toBe("string");
  return body;
}

let counter = 0;
export async function newAgent(extra: Record<string, unknown> = {}): Promise<{ id: string; [k: string]: any }> {
  counter += 1;
  return json(
    await call("/api/control/agents", { method: "POST", body: { name: `dev-${counter}-${Date.now()}`, ...extra } }),
    201,
  );
}

export async function newToken(grants: unknown[]): Promise<{ id: string; token: string }> {
  return json(await call("/api/control/tokens", { method: "POST", body: { grants } }), 201);
}

export const chan = (agentId: string, channel: string, rest = ""): string =>
  `/api/agents/${agentId}/channels/${channel}${rest}`;

/**
 * Lets the clock pass the current millisecond. A tokens_valid_from is capped at the registry's
 * now, and a token issued in that same millisecond (before the PATCH) is not before it: a test
 * that voids tokens it just issued waits first.
 */
export const nextMillisecond = (): Promise<void> => new Promise((r) => setTimeout(r, 2));

/** Polls `read` until `done` holds or 10 s pass (queue deliveries arrive asynchronously). */
export async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A group and a child group inside it (groups may nest). */
export async function nestedGroups(): Promise<{ parent: { id: string }; child: { id: string } }> {
  const parent = await json(
    await call("/api/control/groups", { method: "POST", body: { name: `p-${Date.now()}` } }),
    201,
  );
  const child = await json(
    await call("/api/control/groups", { method: "POST", body: { name: `c-${Date.now()}`, parent: parent.id } }),
    201,
  );
  return { parent, child };
}

/**
 * A source address no other test uses (198.18.0.0/15, the benchmarking range): per-address budgets
 * (the rejected-request limit) live in KV, which the files sharing a runtime share.
 */
export function freshAddress(): string {
  const [a, b] = crypto.getRandomValues(new Uint8Array(2));
  return `198.${18 + (a & 1)}.${b}.${1 + (a >> 1)}`;
}
