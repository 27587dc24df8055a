// Issue 21, item 2: locally (npm start, npm run dev, these tests) a request without
// CF-Connecting-IP — a tunnel's, a curl's — is judged as the loopback peer it came from, so an
// allow-all or a loopback range accepts it; deployed (no start id, no spool) it is still refused.
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app } from "../../../src/worker/app.ts";
import { clientAddress, LOCAL_PEER, localRuntime } from "../../../src/worker/guards/reject-limit.ts";
import { expectProblem } from "../../support/helpers.ts";
import { ALLOW_ALL, install, invokePath, type Installed } from "../../support/ingest.ts";

/** A POST with no CF-Connecting-IP header at all, as a tunnel forwards it. */
function bare(inst: Installed): Request {
  return new Request(`http://edgehook.test${invokePath(inst)}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${inst.ingestion.token}` },
    body: "{}",
  });
}

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
/** The same worker with the bindings a deployment has: no start id, no queue spool. */
const deployed = { ...env, EDGEHOOK_START_ID: "", EDGEHOOK_QUEUE_SPOOL: "" } as Env;

describe("client address", () => {
  it("is CF-Connecting-IP when set, in either runtime", () => {
    expect(clientAddress(" 203.0.113.9 ", true)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", false)).toBe("203.0.113.9");
  });

  it("without one is loopback locally and nothing deployed", () => {
    expect(clientAddress(undefined, true)).toBe(LOCAL_PEER);
    expect(clientAddress("", true)).toBe(LOCAL_PEER);
    expect(clientAddress(undefined, false)).toBe("");
    expect(clientAddress("  ", false)).toBe("");
  });

  it("tells the local runtime by its start id or its queue spool", () => {
    expect(localRuntime(deployed)).toBe(false);
    expect(localRuntime({ ...deployed, EDGEHOOK_START_ID: "s1" } as unknown as Env)).toBe(true);
    expect(localRuntime({ ...deployed, EDGEHOOK_QUEUE_SPOOL: "on" } as unknown as Env)).toBe(true);
    expect(localRuntime(env)).toBe(true); // the tests run with the spool on, as npm start does
  });
});

describe("a request without CF-Connecting-IP", () => {
  it("locally: accepted by an allow-all endpoint", async () => {
    const inst = await install({ cidr_ranges: ALLOW_ALL });
    expect((await exports.default.fetch(bare(inst))).status).toBe(200);
  });

  it("locally: accepted by a loopback range, refused by a range without loopback", async () => {
    const loopback = await install({ cidr_ranges: ["127.0.0.0/8", "::1/128"] });
    expect((await exports.default.fetch(bare(loopback))).status).toBe(200);
    const narrow = await install({ cidr_ranges: ["203.0.113.0/24"] });
    const res = await exports.default.fetch(bare(narrow));
    const problem = await expectProblem(res, 403, "ip_denied");
    expect(problem.detail).toContain("127.0.0.1");
  });

  it("locally: a header outside the ranges is still refused (the header wins over the peer)", async () => {
    const loopback = await install({ cidr_ranges: ["127.0.0.0/8"] });
    const req = bare(loopback);
    req.headers.set("cf-connecting-ip", "198.51.100.1");
    await expectProblem(await exports.default.fetch(req), 403, "ip_denied");
  });

  it("deployed: refused even by an allow-all endpoint (Cloudflare always sets it)", async () => {
    const inst = await install({ cidr_ranges: ALLOW_ALL });
    const problem = await expectProblem(await app.fetch(bare(inst), deployed, ctx), 403, "ip_denied");
    expect(problem.detail).toContain("(unknown)");
    const req = bare(inst);
    req.headers.set("cf-connecting-ip", "203.0.113.7");
    expect((await app.fetch(req, deployed, ctx)).status).toBe(200);
  });
});
