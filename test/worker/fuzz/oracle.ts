// The fuzz oracle: sends a generated request through the worker entry and checks what every answer
// must be — never a 5xx, and every error application/problem+json with a known `code` and the
// response's own status — and tallies requests and statuses per route family for the summary.
import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { expect } from "vitest";
import { KNOWN_CODES } from "./codes.ts";

export const ORIGIN = "http://edgehook.test";

export interface FuzzRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Uint8Array | string | null;
}

/** What the oracle saw: the status, and the code and body of an error. */
export interface Seen {
  status: number;
  code: string | null;
  text: string;
}

const HAS_NO_BODY = new Set(["GET", "HEAD"]);

export function toRequest(req: FuzzRequest): Request {
  const body = HAS_NO_BODY.has(req.method.toUpperCase()) ? undefined : (req.body ?? undefined);
  return new Request(`${ORIGIN}${req.path}`, { method: req.method, headers: req.headers ?? {}, body });
}

/** A short description of a request for failure messages (bodies cut to their first bytes). */
export function describe(req: FuzzRequest): string {
  const body =
    req.body == null
      ? ""
      : typeof req.body === "string"
        ? ` body=${JSON.stringify(req.body.slice(0, 200))}`
        : ` body=<${req.body.byteLength} bytes>`;
  const headers = Object.entries(req.headers ?? {})
    .map(([k, v]) => `${k}: ${v.length > 80 ? `${v.slice(0, 80)}…(${v.length})` : v}`)
    .join(", ");
  const path = req.path.length > 200 ? `${req.path.slice(0, 200)}…(${req.path.length})` : req.path;
  return `${req.method} ${path} [${headers}]${body}`;
}

/**
 * Request and status counts per route family, printed by each fuzz file's afterAll: one line per
 * family (the tally key up to its first space), with its statuses and the problem codes seen.
 */
export class Tally {
  readonly #counts = new Map<string, Map<string, number>>();

  /** `outcome`: a status, `status:code`, or a word (frames have no status). */
  add(key: string, outcome: number | string): void {
    const family = key.split(" ")[0] ?? key;
    let outcomes = this.#counts.get(family);
    if (!outcomes) this.#counts.set(family, (outcomes = new Map()));
    const o = String(outcome);
    outcomes.set(o, (outcomes.get(o) ?? 0) + 1);
  }

  total(): number {
    let n = 0;
    for (const outcomes of this.#counts.values()) for (const count of outcomes.values()) n += count;
    return n;
  }

  summary(title: string): string {
    const lines = [`${title}: ${this.total()} generated requests/frames`];
    for (const [family, outcomes] of [...this.#counts].sort(([a], [b]) => a.localeCompare(b))) {
      const statuses = new Map<string, number>();
      const codes = new Set<string>();
      let n = 0;
      for (const [outcome, count] of outcomes) {
        const [status, code] = outcome.split(":");
        statuses.set(status ?? outcome, (statuses.get(status ?? outcome) ?? 0) + count);
        if (code && code !== "null") codes.add(code);
        n += count;
      }
      const seen = [...statuses].sort(([a], [b]) => a.localeCompare(b)).map(([s, c]) => `${s}×${c}`);
      lines.push(
        `  ${family.padEnd(20)} ${String(n).padStart(5)}  ${seen.join(" ")}${codes.size ? `  [${[...codes].sort().join(", ")}]` : ""}`,
      );
    }
    return lines.join("\n");
  }
}

/**
 * Checks one answer against the properties every answer must have, and returns what it saw.
 * Throws (an expect failure naming the request) when one does not hold.
 */
export async function checkAnswer(res: Response, what: string, head = false): Promise<Seen> {
  if (res.webSocket) {
    // An upgrade that went through: not what a malformed request should get, but not an error
    // either; the caller decides. Close it so the gateway object is left clean.
    res.webSocket.accept();
    res.webSocket.close(1000, "fuzz");
    return { status: res.status, code: null, text: "" };
  }
  const text = await res.text();
  expect(res.status, `5xx for ${what}: ${text.slice(0, 500)}`).toBeLessThan(500);
  if (res.status < 400) return { status: res.status, code: null, text };
  expect(
    res.headers.get("content-type") ?? "",
    `error without problem+json for ${what}: ${text.slice(0, 300)}`,
  ).toMatch(/^application\/problem\+json/);
  // A HEAD answer has the GET answer's headers and no body.
  if (head) return { status: res.status, code: null, text };
  let body: { status?: unknown; code?: unknown; title?: unknown; detail?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`problem body is not JSON for ${what}: ${text.slice(0, 300)}`);
  }
  expect(typeof body.code, `problem without a code for ${what}: ${text.slice(0, 300)}`).toBe("string");
  const code = body.code as string;
  expect(KNOWN_CODES.has(code), `unknown code '${code}' for ${what}`).toBe(true);
  expect(body.status, `problem status differs from the response's for ${what}`).toBe(res.status);
  expect(typeof body.title).toBe("string");
  expect(typeof body.detail).toBe("string");
  return { status: res.status, code, text };
}

/** Sends one fuzz request, checks the answer, tallies it under `family`. */
export async function fuzzOne(tally: Tally, family: string, req: FuzzRequest): Promise<Seen> {
  const what = describe(req);
  const res = await exports.default.fetch(toRequest(req));
  const seen = await checkAnswer(res, what, req.method.toUpperCase() === "HEAD");
  tally.add(family, seen.code ? `${seen.status}:${seen.code}` : seen.status);
  return seen;
}

/**
 * Sends generated requests `width` at a time (fixed seed, no shrinking): for races that sequential
 * runs never show. Every answer passes the oracle.
 */
export async function fuzzConcurrently(
  tally: Tally,
  family: string,
  arbitrary: fc.Arbitrary<FuzzRequest>,
  opts: { seed: number; numRuns: number; width: number },
): Promise<Seen[]> {
  const requests = fc.sample(arbitrary, { seed: opts.seed, numRuns: opts.numRuns });
  const seen: Seen[] = [];
  for (let at = 0; at < requests.length; at += opts.width)
    seen.push(...(await Promise.all(requests.slice(at, at + opts.width).map((r) => fuzzOne(tally, family, r)))));
  return seen;
}

/** Per fuzz test: a few thousand requests take seconds here, far longer on a loaded CI runner. */
export const FUZZ_TIMEOUT_MS = 120_000;

/** Fixed seeds: a failure is reproduced by running the file again (fast-check prints the path). */
export const SEED = 0x5eed_f022;
