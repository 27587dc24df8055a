// Fuzz across every public route at once: any method, odd path segments (.., %00, %ff, unicode,
// very long) where ids and names go, malformed bodies, paging junk, odd and huge headers, and every
// kind of credential. No id here names anything real, so nothing may be created, changed or
// deleted: every write is refused and the registry reads back the same afterwards.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, newAgent, newToken } from "../../support/helpers.ts";
import { badAuthorization, extraHeaders, malformedBody, method, oddSegment, pagingQuery } from "./arbitraries.ts";
import { describe as describeRequest, FUZZ_TIMEOUT_MS, fuzzOne, SEED, Tally, type FuzzRequest } from "./oracle.ts";
import { expectUnchanged, snapshot, tokenTable } from "./snapshot.ts";

const tally = new Tally();
afterAll(() => console.log(tally.summary("fuzz: all routes")));

/** Every route the app serves (src/worker/app.ts and src/worker/routes/*), with placeholders for its parameters. */
const ROUTES = [
  "/",
  "/dashboard",
  "/dashboard.js",
  "/dashboard.css",
  "/api/gateway",
  "/api/agents",
  "/api/agents/{id}/installs",
  "/api/agents/{id}/channels",
  "/api/agents/{id}/channels/{name}",
  "/api/agents/{id}/channels/{name}/aggregate",
  "/api/agents/{id}/channels/{name}/messages",
  "/api/agents/{id}/channels/{name}/messages/{id}",
  "/api/agents/{id}/processors/ingestions/{id}/invoke",
  "/m/{name}",
  "/api/control/organisation",
  "/api/control/ready",
  "/api/control/apps",
  "/api/control/agents",
  "/api/control/agents/{id}",
  "/api/control/agents/{id}/restart",
  "/api/control/groups",
  "/api/control/groups/{id}",
  "/api/control/tokens",
  "/api/control/tokens/{id}",
  "/api/control/installs",
  "/api/control/installs/{id}",
  "/api/control/installs/{id}/invocations",
  "/api/control/installs/{id}/rejections",
  "/api/control/installs/{id}/throttle",
  "/api/control/installs/{id}/dead_letters",
  "/api/control/installs/{id}/dead_letters/{id}/replay",
  "/api/control/installs/{id}/mini_tokens",
  "/api/control/installs/{id}/mini_tokens/{id}",
  // Nearby paths no route serves.
  "/api",
  "/api/",
  "/api/agents/{id}",
  "/api/agents/{id}/channels/{name}/aggregate/{id}",
  "/api/control",
  "/api/control/{name}",
  "/m",
  "/{name}",
];

/** Answers a request with no valid id may get without being refused: reads, CORS and no-ops. */
function mayAccept(req: FuzzRequest): boolean {
  const path = req.path.split("?")[0] ?? "";
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return true;
  // No-op outside `npm start` (EDGEHOOK_START_ID is empty here): nothing changes.
  return req.method === "POST" && path === "/api/control/ready";
}

let readToken = "";
let device = "";
beforeAll(async () => {
  device = (await newAgent()).id;
  readToken = (await newToken([{ agent_id: device, permission: "read" }])).token;
});

describe("all routes fuzz", { timeout: FUZZ_TIMEOUT_MS }, () => {
  it("answers any method, path, body, query and credential on every route without a 5xx or a change", async () => {
    const before = await snapshot([device]);
    const tokensBefore = JSON.stringify(await tokenTable());
    // No id segment may name a real thing: an odd segment that happens to be digits still names nothing.
    const segment = oddSegment.filter((s) => !/[/?#]/.test(s) && s !== device);
    const credential = fc.oneof(
      fc.constant<Record<string, string>>({}),
      fc.constant({ authorization: `Bearer ${ADMIN}` }),
      fc.constant({ authorization: `Bearer ${ADMIN}` }),
      fc.constant(null).map(() => ({ authorization: `Bearer ${readToken}` })),
      badAuthorization.map((a) => ({ authorization: a })),
    );
    const request = fc
      .tuple(
        fc.oneof(
          { arbitrary: fc.constantFrom(...ROUTES), weight: 9 },
          fc.constant(`/api/agents/${"a".repeat(60_000)}/channels`),
        ),
        fc.array(segment, { minLength: 4, maxLength: 4 }),
        method,
        credential,
        malformedBody(),
        pagingQuery,
        extraHeaders,
        fc.constantFrom("", "application/json", "text/html", "text/html, application/json", "*/*"),
      )
      .map(([template, segments, m, cred, b, q, extra, accept]): FuzzRequest => {
        let i = 0;
        const path = template.replace(/\{(id|name)\}/g, () => segments[i++] ?? "x");
        return {
          method: m,
          path: `${path}${q}`,
          headers: { ...extra, ...b.headers, ...cred, ...(accept ? { accept } : {}) },
          body: b.body,
        };
      });
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        const family = req.path.startsWith("/api/control")
          ? "control"
          : req.path.startsWith("/api/agents")
            ? req.path.includes("/processors/")
              ? "ingestion"
              : "data-plane"
            : req.path.startsWith("/m/")
              ? "mini"
              : req.path.startsWith("/api/gateway")
                ? "gateway"
                : "other";
        const seen = await fuzzOne(tally, `routes:${family} ${req.method}`, req);
        if (!mayAccept(req))
          expect(seen.status, `accepted: ${describeRequest(req)} → ${seen.text.slice(0, 300)}`).toBeGreaterThanOrEqual(
            400,
          );
      }),
      { seed: SEED + 40, numRuns: 2500 },
    );
    await expectUnchanged(before, [device], "requests to no real id");
    expect(JSON.stringify(await tokenTable())).toBe(tokensBefore);
  });
});
