// Fuzz of the control API (SPEC §4.4): agents, groups, tokens, installs and their sub-resources
// under malformed bodies, invalid and foreign ids, wrong credentials and configs that break the
// app's schema one field at a time (CIDRs, keys, schemes, limits, .proto texts, schedules). Every
// request here must be refused, and together they must leave the registry, its token table, the
// agents and every credential's gateway exactly as they were.
import fc from "fast-check";
import { exports } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, call, json, newAgent, newToken } from "../../support/helpers.ts";
import { install, type Installed } from "../../support/ingest.ts";
import { UPGRADE_HEADERS } from "../../support/gateway-client.ts";
import { badAuthorization, badId, extraHeaders, malformedBody, pagingQuery, type Body } from "./arbitraries.ts";
import {
  badAgentBody,
  badAgentPatch,
  badGroupBody,
  badIngestionField,
  badInstallBody,
  badIntegrationConfig,
  badTokenBody,
} from "./control-bodies.ts";
import {
  checkAnswer,
  describe as describeRequest,
  FUZZ_TIMEOUT_MS,
  ORIGIN,
  fuzzOne,
  SEED,
  Tally,
  type FuzzRequest,
} from "./oracle.ts";
import { expectUnchanged, snapshot, tokenTable } from "./snapshot.ts";

const tally = new Tally();
afterAll(() => console.log(tally.summary("fuzz: control API")));

interface World {
  device: { id: string; serial_number: string };
  otherSerial: string;
  groupName: string;
  parentGroup: string;
  integration: Installed;
  readToken: { id: string; token: string };
  orgAgent: string;
}
let w: World;

beforeAll(async () => {
  const device = await newAgent({ serial_number: `SN-FUZZ-${Date.now()}` });
  const other = await newAgent({ serial_number: `SN-FUZZ-OTHER-${Date.now()}` });
  const parent = await json(
    await call("/api/control/groups", { method: "POST", body: { name: `fz-p-${Date.now()}` } }),
    201,
  );
  const child = await json(
    await call("/api/control/groups", { method: "POST", body: { name: `fz-c-${Date.now()}`, parent: parent.id } }),
    201,
  );
  const integration = await install({ mini_token: true }, {}, "probe_integration");
  const org = await json<{ id: string }>(await call("/api/control/organisation"), 200);
  w = {
    device: { id: device.id, serial_number: device.serial_number },
    otherSerial: other.serial_number,
    groupName: child.name,
    parentGroup: parent.id,
    integration,
    readToken: await newToken([{ agent_id: device.id, permission: "read" }]),
    orgAgent: org.id,
  };
});

const jsonHeaders = { "content-type": "application/json" };
const admin = { authorization: `Bearer ${ADMIN}` };

function req(method: string, path: string, body: unknown, headers: Record<string, string> = admin): FuzzRequest {
  return {
    method,
    path: `/api/control${path}`,
    headers: { ...jsonHeaders, ...headers },
    body: body === undefined ? null : JSON.stringify(body),
  };
}

/** An id segment that names nothing here (never "" or a path separator: those are other routes). */
const noId = badId
  .filter((id) => id !== "" && !/[/?#\\]/.test(id) && id !== "." && id !== "..")
  .map(encodeURIComponent);

/** Fills the placeholders of generated bodies with this world's real values. */
function real(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null)
      .replaceAll('"SERIAL"', JSON.stringify(w.device.serial_number))
      .replaceAll('"OTHER_SERIAL"', JSON.stringify(w.otherSerial))
      .replaceAll('"GROUP"', JSON.stringify(w.groupName))
      .replaceAll('"DEVICE"', JSON.stringify(w.device.id)),
  );
}

type Kind = "agent" | "group" | "token" | "install" | "mini" | "dead_letter";

/** Ids of everything here that is not a `kind`, and principal names. */
function wrongKind(kind: Kind): string[] {
  const ids: [Kind | "principal", string][] = [
    ["agent", w.device.id],
    ["agent", w.orgAgent],
    ["agent", w.integration.agent_id],
    ["group", w.parentGroup],
    ["token", w.readToken.id],
    ["install", w.integration.install_id],
    ["principal", "admin"],
  ];
  return ids.filter(([k]) => k !== kind).map(([, id]) => id);
}

/** Every kind of refused control request. */
function refused(): fc.Arbitrary<FuzzRequest> {
  const raw = (method: string, path: string, b: Body): FuzzRequest => ({
    method,
    path: `/api/control${path}`,
    headers: { ...b.headers, ...admin },
    body: b.body,
  });
  const unparsable = malformedBody().filter((b) => b.kind !== "wrong-shape" && b.kind !== "odd-content-type");
  const write = fc.constantFrom<[string, string]>(
    ["POST", "/agents"],
    ["PATCH", "/agents/DEVICE"],
    ["POST", "/groups"],
    ["POST", "/tokens"],
    ["POST", "/installs"],
    ["PATCH", "/installs/INSTALL"],
    ["POST", "/installs/INSTALL/mini_tokens"],
  );
  const withIds = (path: string) => path.replace("DEVICE", w.device.id).replace("INSTALL", w.integration.install_id);
  return fc.oneof(
    // Unparsable bodies on every route that reads one.
    fc
      .tuple(write, unparsable)
      .filter(([, b]) => b.kind !== "empty" && !parsesStrict(b))
      .map(([[m, p], b]) => raw(m, withIds(p), b)),
    fc.tuple(fc.constantFrom("/agents"), badAgentBody).map(([p, b]) => req("POST", p, real(b))),
    badAgentPatch.map((b) => req("PATCH", `/agents/${w.device.id}`, real(b))),
    badGroupBody.map((b) => req("POST", "/groups", real(b))),
    badTokenBody.map((b) => req("POST", "/tokens", b)),
    badInstallBody.map((b) => req("POST", "/installs", real(b))),
    badIntegrationConfig.map((config) => req("PATCH", `/installs/${w.integration.install_id}`, { config })),
    fc
      .record({
        agent_id: fc.oneof(
          fc.bigInt({ min: 1n, max: 10n ** 18n }).map(String),
          fc.string({ maxLength: 4 }),
          fc.integer(),
          fc.constant(w.device.id),
        ),
      })
      .map((b) => req("POST", `/installs/${w.integration.install_id}/mini_tokens`, b)),
    // Ids that name nothing, on every route that takes one.
    fc
      .tuple(
        noId,
        fc.constantFrom<[string, string, unknown]>(
          ["GET", "/agents/ID", undefined],
          ["PATCH", "/agents/ID", { name: "renamed" }],
          ["DELETE", "/agents/ID", undefined],
          ["POST", "/agents/ID/restart", undefined],
          ["DELETE", "/groups/ID", undefined],
          ["DELETE", "/tokens/ID", undefined],
          ["GET", "/installs/ID", undefined],
          ["PATCH", "/installs/ID", { config: { dv_proc_ingestion: { cidr_ranges: ["::/0"] } } }],
          ["DELETE", "/installs/ID", undefined],
          ["GET", "/installs/ID/invocations", undefined],
          ["GET", "/installs/ID/rejections", undefined],
          ["GET", "/installs/ID/throttle", undefined],
          ["GET", "/installs/ID/dead_letters", undefined],
          ["POST", "/installs/ID/dead_letters/ID/replay", undefined],
          ["POST", "/installs/ID/mini_tokens", {}],
          ["DELETE", "/installs/ID/mini_tokens/ID", undefined],
          ["DELETE", "/installs/INSTALL/mini_tokens/ID", undefined],
          ["POST", "/installs/INSTALL/dead_letters/ID/replay", undefined],
        ),
      )
      .map(([id, [m, p, b]]) => req(m, withIds(p).replaceAll("ID", id), b)),
    // Ids of another kind of thing (and "admin", the admin's principal id) where a route takes one.
    fc
      .tuple(
        fc.constantFrom<[string, string, unknown, Kind]>(
          ["GET", "/agents/ID", undefined, "agent"],
          ["PATCH", "/agents/ID", { name: "renamed" }, "agent"],
          ["DELETE", "/agents/ID", undefined, "agent"],
          ["POST", "/agents/ID/restart", undefined, "agent"],
          ["DELETE", "/groups/ID", undefined, "group"],
          ["DELETE", "/tokens/ID", undefined, "token"],
          ["GET", "/installs/ID", undefined, "install"],
          ["PATCH", "/installs/ID", { config: { dv_proc_ingestion: { cidr_ranges: ["::/0"] } } }, "install"],
          ["DELETE", "/installs/ID", undefined, "install"],
          ["GET", "/installs/ID/invocations", undefined, "install"],
          ["POST", "/installs/ID/mini_tokens", {}, "install"],
          ["DELETE", "/installs/INSTALL/mini_tokens/ID", undefined, "mini"],
          ["POST", "/installs/INSTALL/dead_letters/ID/replay", undefined, "dead_letter"],
        ),
        fc.nat(),
      )
      .map(([[m, p, b, kind], n]) => {
        const others = wrongKind(kind);
        return req(m, withIds(p).replace("ID", others[n % others.length] ?? "admin"), b);
      }),
    // Bad paging of the install's logs (a limit that is no number from 1 to 1000, or two limits).
    fc
      .tuple(fc.constantFrom("invocations", "dead_letters"), pagingQuery.filter(badLimit))
      .map(([what, q]) => req("GET", `/installs/${w.integration.install_id}/${what}${q}`, undefined)),
    // The organisation agent, an agent with an install, a group with a child: not deletable.
    fc
      .constantFrom(`/agents/${w.orgAgent}`, `/agents/${w.integration.agent_id}`, `/groups/${w.parentGroup}`)
      .map((p) => req("DELETE", p, undefined)),
    // Anyone but an admin, on any control route.
    fc
      .tuple(
        fc.oneof(fc.constant(`Bearer ${w.readToken.token}`), badAuthorization),
        fc.constantFrom<[string, string, unknown]>(
          ["POST", "/agents", { name: "x" }],
          ["DELETE", "/agents/DEVICE", undefined],
          ["POST", "/tokens", { grants: [{ all: true, permission: "admin" }] }],
          ["DELETE", "/tokens/READ", undefined],
          ["POST", "/groups", { name: "x" }],
          [
            "POST",
            "/installs",
            { app: "probe_integration", display_name: "x", config: { dv_proc_ingestion: { cidr_ranges: ["::/0"] } } },
          ],
          ["DELETE", "/installs/INSTALL", undefined],
          ["POST", "/ready", undefined],
          ["GET", "/agents", undefined],
        ),
        extraHeaders,
      )
      .map(([authorization, [m, p, b], extra]) =>
        req(m, withIds(p).replace("READ", w.readToken.id), b, { ...extra, authorization }),
      ),
  );
}

function badLimit(query: string): boolean {
  const limits = new URLSearchParams(query.slice(1)).getAll("limit");
  if (limits.length === 0) return false;
  const [only] = limits;
  return limits.length > 1 || only === undefined || !/^\d+$/.test(only) || Number(only) < 1 || Number(only) > 1000;
}

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function parsesStrict(b: Body): boolean {
  if (b.headers["content-encoding"] || b.body === null) return false;
  try {
    JSON.parse(typeof b.body === "string" ? b.body : strict.decode(b.body));
    return true;
  } catch {
    return false;
  }
}

describe("control API fuzz", { timeout: FUZZ_TIMEOUT_MS }, () => {
  it("refuses every malformed control request and leaves the registry, tokens and gateways as they were", async () => {
    // The organisation agent has no data plane of its own: the registry list covers it.
    const agents = [w.device.id, w.integration.agent_id];
    const before = await snapshot(agents);
    const tokensBefore = JSON.stringify(await tokenTable());
    await fc.assert(
      fc.asyncProperty(refused(), async (r) => {
        const seen = await fuzzOne(tally, `control ${r.method}`, r);
        expect(seen.status, `accepted: ${describeRequest(r)} → ${seen.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
      }),
      { seed: SEED + 20, numRuns: 2500 },
    );
    await expectUnchanged(before, agents, "refused control requests");
    expect(JSON.stringify(await tokenTable())).toBe(tokensBefore);
    // Every credential still opens its gateway: a refused request revoked none of them.
    for (const token of [ADMIN, w.readToken.token]) {
      const upgrade = new Request(`${ORIGIN}/api/gateway`, {
        headers: { ...UPGRADE_HEADERS, authorization: `Bearer ${token}` },
      });
      const seen = await checkAnswer(await exports.default.fetch(upgrade), "a gateway upgrade after the burst");
      expect(seen.status, seen.text).toBe(101);
    }
  });

  it("names the field of a config that breaks the app's schema", async () => {
    await fc.assert(
      fc.asyncProperty(badIngestionField, async (field) => {
        const body = {
          app: "probe_integration",
          display_name: "fz",
          config: { dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0"], ...field } },
        };
        const seen = await fuzzOne(tally, "control config", req("POST", "/installs", body));
        expect(seen.code).toBe("validation_failed");
        expect((JSON.parse(seen.text) as { field?: string }).field ?? "").toMatch(/^config\.dv_proc_ingestion/);
      }),
      { seed: SEED + 21, numRuns: 300 },
    );
  });
});
