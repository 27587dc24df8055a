// GET /openapi.json: a valid OpenAPI 3.1 document (checked by @seriousme/openapi-schema-validator),
// listing exactly the routes the app serves, whose schemas are the validators' own and whose
// response schemas match what the routes really send.
import { Validator } from "@seriousme/openapi-schema-validator";
import oas31 from "@seriousme/openapi-schema-validator/schemas/v3.1/schema.json";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { app } from "../../../src/worker/app.ts";
import type { Aggregate, Channel, Message } from "../../../src/shared/channel-types.ts";
import type { DeadLetter } from "../../../src/contracts/agent-records.ts";
import type { InvocationLog, RejectedAttempt } from "../../../src/shared/invocation-records.ts";
import { JSON_SCHEMA_OPTIONS } from "../../../src/worker/openapi/zod-to-openapi.ts";
import type { ThrottleStats } from "../../../src/worker/ingest/throttle-state.ts";
import type { InstallRecord, MiniTokenRecord } from "../../../src/contracts/install-records.ts";
import type { AgentRecord, GroupRecord } from "../../../src/contracts/registry-records.ts";
import { agentPatch, tokenCreate } from "../../../src/worker/routes/control.ts";
import { installCreate } from "../../../src/worker/routes/installs.ts";
import * as r from "../../../src/worker/openapi/responses.ts";
import { messageCreate, messagePage } from "../../../src/worker/routes/data-plane-schemas.ts";
import { flushInvocationLogs } from "../../../src/invocation/log-buffer.ts";
import { ADMIN, call, chan, newAgent, newToken } from "../../support/helpers.ts";
import { install, invoke } from "../../support/ingest.ts";

/**
 * Pages the app serves that are not API: the dashboard's page, script and stylesheet (issue 10).
 * Everything else `app.routes` lists must be documented, `GET /` and `/openapi.json` included.
 */
const NOT_API = ["GET /dashboard", "GET /dashboard.js", "GET /dashboard.css"];
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, any>>;
  components: { schemas: Record<string, any>; securitySchemes: Record<string, any> };
};

/**
 * The package reads its bundled OAS 3.1 schema with node:fs, whose files workerd does not have: the
 * same JSON is imported instead and compiled as the package compiles it (index.js,
 * getAjvValidator); validation itself (version detection, schema, $ref check) is the package's.
 */
class WorkerdValidator extends Validator {
  #compiled: ReturnType<Ajv2020["compile"]> | undefined;
  getAjvValidator(version: string) {
    if (version !== "3.1") throw new Error(`only OpenAPI 3.1 is bundled here, not ${version}`);
    if (!this.#compiled) {
      const ajv = new Ajv2020({ strict: false });
      addFormats(ajv);
      ajv.addFormat("media-range", true);
      this.#compiled = ajv.compile(oas31);
    }
    return this.#compiled;
  }
}

const DOC_ID = "https://edgehook.test/openapi.json";
let doc: Doc;
let ajv: Ajv2020;

beforeAll(async () => {
  const res = await call("/openapi.json", { token: null });
  expect(res.status).toBe(200);
  doc = (await res.json()) as Doc;
  // Response bodies are checked against the document's own component schemas.
  ajv = new Ajv2020({ strict: false });
  ajv.addSchema({ $id: DOC_ID, components: { schemas: doc.components.schemas } });
});

const strip = ({ $schema: _dialect, ...schema }: Record<string, unknown>) => schema;

describe("GET /openapi.json", () => {
  it("serves the document without a token, to any origin", async () => {
    const res = await call("/openapi.json", { token: null, headers: { origin: "https://elsewhere.example" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(doc.openapi).toMatch(/^3\.1\./);
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new WorkerdValidator().validate(structuredClone(doc));
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.valid).toBe(true);
    // The validator really checks: a document without info.version is refused.
    const broken = structuredClone(doc) as Doc & { info: Record<string, unknown> };
    delete broken.info.version;
    expect((await new WorkerdValidator().validate(broken)).valid).toBe(false);
  });

  it("holds schemas that are valid JSON Schema 2020-12", () => {
    // The OAS schema takes any object as a Schema Object; the 2020-12 meta-schema checks each one.
    const schemas: unknown[] = Object.values(doc.components.schemas);
    for (const item of Object.values(doc.paths))
      for (const op of Object.values(item)) for (const p of op.parameters ?? []) schemas.push(p.schema);
    for (const schema of schemas)
      expect(ajv.validateSchema(schema as object), JSON.stringify([schema, ajv.errors])).toBe(true);
  });

  it("documents every route the app serves, and no other", () => {
    const served = new Set<string>();
    for (const { method, path } of app.routes) {
      // `app.use` middleware (CORS, auth, agent access) is listed with method ALL: not a route.
      if (method === "ALL") continue;
      served.add(`${method} ${path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, "{$1}")}`);
    }
    for (const page of NOT_API) expect(served.has(page), `${page} is still served`).toBe(true);
    for (const page of NOT_API) served.delete(page);
    const documented = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths))
      for (const method of Object.keys(item))
        if (METHODS.includes(method)) documented.add(`${method.toUpperCase()} ${path}`);
    expect([...documented].sort()).toEqual([...served].sort());
    expect(documented.size).toBeGreaterThan(40);
  });

  it("declares every path parameter, and gives each operation a unique id and a security", () => {
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths))
      for (const op of Object.values(item)) {
        const template = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
        const declared = (op.parameters ?? []).filter((p: any) => p.in === "path");
        expect(declared.map((p: any) => p.name).sort(), path).toEqual(template);
        for (const p of declared) expect(p.required).toBe(true);
        expect(ids.has(op.operationId), op.operationId).toBe(false);
        ids.add(op.operationId);
        expect(Array.isArray(op.security), op.operationId).toBe(true);
        for (const requirement of op.security)
          for (const scheme of Object.keys(requirement)) expect(doc.components.securitySchemes).toHaveProperty(scheme);
      }
  });

  it("secures the data plane with bearer or ?token=, and the control API with the admin token", () => {
    const channels = doc.paths["/api/agents/{agent_id}/channels"]?.get;
    expect(channels.security).toEqual([{ bearer: ["read"] }, { token: ["read"] }]);
    expect(doc.paths["/api/agents/{agent_id}/channels/{channel}/messages"]?.post.security).toEqual([
      { bearer: ["write"] },
      { token: ["write"] },
    ]);
    for (const [path, item] of Object.entries(doc.paths))
      if (path.startsWith("/api/control/"))
        for (const op of Object.values(item)) expect(op.security, path).toEqual([{ admin: [] }, { token: ["admin"] }]);
    expect(doc.components.securitySchemes.token).toEqual(expect.objectContaining({ type: "apiKey", in: "query" }));
    expect(doc.paths["/api/gateway"]?.get.responses).toHaveProperty("101");
  });

  it("uses the validators' own schemas for bodies and queries", () => {
    const schemas = doc.components.schemas;
    const ref = (path: string, method: string) =>
      doc.paths[path]?.[method].requestBody.content["application/json"].schema.$ref;
    expect(ref("/api/agents/{agent_id}/channels/{channel}/messages", "post")).toBe(
      "#/components/schemas/MessageCreate",
    );
    expect(schemas.MessageCreate).toEqual(strip(z.toJSONSchema(messageCreate, JSON_SCHEMA_OPTIONS)));
    expect(ref("/api/control/tokens", "post")).toBe("#/components/schemas/TokenCreate");
    expect(schemas.TokenCreate).toEqual(strip(z.toJSONSchema(tokenCreate, JSON_SCHEMA_OPTIONS)));
    // Strict: a field the API does not change is refused, and the document says so.
    expect(schemas.AgentPatch).toEqual(strip(z.toJSONSchema(agentPatch, JSON_SCHEMA_OPTIONS)));
    expect(schemas.AgentPatch.additionalProperties).toBe(false);
    expect(schemas.InstallCreate).toEqual(strip(z.toJSONSchema(installCreate, JSON_SCHEMA_OPTIONS)));
    // The query parameters of a message page are the properties of its validator.
    const page = z.toJSONSchema(messagePage, JSON_SCHEMA_OPTIONS) as { properties: Record<string, any> };
    const params = doc.paths["/api/agents/{agent_id}/channels/{channel}/messages"]?.get.parameters.filter(
      (p: any) => p.in === "query",
    );
    expect(Object.fromEntries(params.map((p: any) => [p.name, p.schema]))).toEqual(page.properties);
  });

  it("describes response shapes with the types the routes send", () => {
    // Compile-time: a field added to a record type without its zod shape fails `tsc`.
    expectTypeOf<z.output<typeof r.message>>().toEqualTypeOf<Message>();
    expectTypeOf<z.output<typeof r.aggregate>>().toEqualTypeOf<Aggregate>();
    expectTypeOf<z.output<typeof r.channel>>().toEqualTypeOf<Channel>();
    expectTypeOf<z.output<typeof r.agent>>().toEqualTypeOf<AgentRecord>();
    expectTypeOf<z.output<typeof r.group>>().toEqualTypeOf<GroupRecord>();
    expectTypeOf<z.output<typeof r.install>>().toEqualTypeOf<InstallRecord>();
    expectTypeOf<z.output<typeof r.invocation>>().toEqualTypeOf<InvocationLog>();
    expectTypeOf<z.output<typeof r.rejectedAttempt>>().toEqualTypeOf<RejectedAttempt>();
    expectTypeOf<z.output<typeof r.throttleStats>>().toEqualTypeOf<ThrottleStats>();
    expectTypeOf<z.output<typeof r.miniToken>>().toEqualTypeOf<MiniTokenRecord>();
    expectTypeOf<z.output<typeof r.deadLetter>>().toEqualTypeOf<Omit<DeadLetter, "message">>();
  });
});

/**
 * The body of `res` for `method template` as the document describes it: the status is listed, and
 * the body matches the schema of its content type (or is empty where none is listed).
 */
async function conforms(method: string, template: string, res: Response): Promise<any> {
  const op = doc.paths[template]?.[method];
  expect(op, `${method} ${template} is documented`).toBeDefined();
  const text = await res.text();
  const response = op.responses[String(res.status)];
  expect(response, `${method} ${template} answered ${res.status}, not documented: ${text}`).toBeDefined();
  if (!response.content) {
    expect(text).toBe("");
    return null;
  }
  const type = res.headers.get("content-type")?.split(";")[0] ?? "";
  const media = response.content[type];
  expect(media, `${method} ${template} ${res.status} as ${type}`).toBeDefined();
  const body = JSON.parse(text);
  const validate = ajv.compile({ $ref: `${DOC_ID}${media.schema.$ref}` });
  expect(validate(body), `${method} ${template} ${res.status}: ${JSON.stringify(validate.errors)}`).toBe(true);
  return body;
}

describe("responses as the document describes them", () => {
  it("data plane", async () => {
    const agent = await conforms(
      "post",
      "/api/control/agents",
      await call("/api/control/agents", { method: "POST", body: { name: `oa-${Date.now()}`, serial_number: null } }),
    );
    const a = agent.id as string;
    const base = "/api/agents/{agent_id}/channels/{channel}";
    const agg = `${base}/aggregate`;
    await conforms("patch", agg, await call(chan(a, "tag_values", "/aggregate"), { method: "PATCH", body: { x: 1 } }));
    await conforms("put", agg, await call(chan(a, "tag_values", "/aggregate"), { method: "PUT", body: { x: 2 } }));
    await conforms(
      "patch",
      agg,
      await call(chan(a, "tag_values", "/aggregate?suppress_response=true"), { method: "PATCH", body: { y: 1 } }),
    );
    await conforms(
      "patch",
      agg,
      await call(chan(a, "tag_values", "/aggregate"), { method: "PATCH", body: {}, headers: { "if-match": "999" } }),
    );
    await conforms("get", agg, await call(chan(a, "tag_values", "/aggregate")));
    await conforms("get", base, await call(chan(a, "tag_values")));
    await conforms("get", base, await call(chan(a, "nothing_yet")));
    await conforms("get", "/api/agents/{agent_id}/channels", await call(`/api/agents/${a}/channels`));
    const message = await conforms(
      "post",
      `${base}/messages`,
      await call(chan(a, "events", "/messages"), { method: "POST", body: { data: { n: 1 } } }),
    );
    const series = `${base}/series`;
    await conforms("get", series, await call(chan(a, "events", "/series?field=n&bucket=1h")));
    await conforms("get", series, await call(chan(a, "events", "/series?field=n&limit=1")));
    await conforms("get", series, await call(chan(a, "events", "/series?field=n&bucket=5x")));
    const exported = await call(chan(a, "events", "/export"));
    expect(doc.paths[`${base}/export`]?.get.responses[String(exported.status)]).toBeDefined();
    await exported.body?.cancel();
    await conforms(
      "post",
      `${base}/messages`,
      await call(chan(a, "events", "/messages"), { method: "POST", body: { data: 1, ts: 5 } }),
    );
    await conforms("get", `${base}/messages`, await call(chan(a, "events", "/messages?limit=5")));
    await conforms("get", `${base}/messages`, await call(chan(a, "events", "/messages?limit=5000")));
    const one = `${base}/messages/{message_id}`;
    await conforms("get", one, await call(chan(a, "events", `/messages/${message.id}`)));
    await conforms(
      "patch",
      one,
      await call(chan(a, "events", `/messages/${message.id}`), { method: "PATCH", body: { data: { m: 2 } } }),
    );
    await conforms(
      "put",
      one,
      await call(chan(a, "events", `/messages/${message.id}`), { method: "PUT", body: { data: 3 } }),
    );
    await conforms("delete", one, await call(chan(a, "events", `/messages/${message.id}`), { method: "DELETE" }));

    const reader = await newToken([{ agent_id: a, permission: "read" }]);
    await conforms("get", "/api/agents", await call("/api/agents", { token: reader.token }));
    await conforms("get", "/api/agents", await call("/api/agents", { token: null }));
    await conforms(
      "get",
      "/api/agents/{agent_id}/installs",
      await call(`/api/agents/${a}/installs`, { token: reader.token }),
    );
    const other = await newAgent();
    await conforms(
      "get",
      "/api/agents/{agent_id}/channels",
      await call(`/api/agents/${other.id}/channels`, { token: reader.token }),
    );
    await conforms("get", "/api/gateway", await call("/api/gateway", { token: reader.token }));
    await conforms("get", "/", await call("/", { token: null }));
  });

  it("control API and ingestion", async () => {
    await conforms("get", "/api/control/organisation", await call("/api/control/organisation"));
    await conforms("get", "/api/control/agents", await call("/api/control/agents"));
    const agent = await newAgent({ serial_number: `OA-${crypto.randomUUID().slice(0, 8)}` });
    await conforms("get", "/api/control/agents/{id}", await call(`/api/control/agents/${agent.id}`));
    await conforms(
      "patch",
      "/api/control/agents/{id}",
      await call(`/api/control/agents/${agent.id}`, { method: "PATCH", body: { display_name: "renamed" } }),
    );
    await conforms(
      "patch",
      "/api/control/agents/{id}",
      await call(`/api/control/agents/${agent.id}`, { method: "PATCH", body: { type: "device" } }),
    );
    await conforms(
      "post",
      "/api/control/agents/{id}/restart",
      await call(`/api/control/agents/${agent.id}/restart`, { method: "POST" }),
    );
    await conforms(
      "delete",
      "/api/control/agents/{id}",
      await call(`/api/control/agents/${agent.id}`, { method: "DELETE" }),
    );
    await conforms("get", "/api/control/agents/{id}", await call(`/api/control/agents/${agent.id}`));
    const group = await conforms(
      "post",
      "/api/control/groups",
      await call("/api/control/groups", { method: "POST", body: { name: `g-${Date.now()}` } }),
    );
    await conforms("get", "/api/control/groups", await call("/api/control/groups"));
    await conforms(
      "delete",
      "/api/control/groups/{id}",
      await call(`/api/control/groups/${group.id}`, { method: "DELETE" }),
    );
    const token = await conforms(
      "post",
      "/api/control/tokens",
      await call("/api/control/tokens", { method: "POST", body: { grants: [{ all: true, permission: "read" }] } }),
    );
    await conforms(
      "post",
      "/api/control/tokens",
      await call("/api/control/tokens", { method: "POST", body: { grants: [] } }),
    );
    await conforms(
      "delete",
      "/api/control/tokens/{id}",
      await call(`/api/control/tokens/${token.id}`, { method: "DELETE" }),
    );
    await conforms("get", "/api/control/apps", await call("/api/control/apps", { token: token.token }));
    await conforms("get", "/api/control/apps", await call("/api/control/apps"));

    const inst = await install();
    const installPath = "/api/control/installs/{id}";
    const id = inst.install_id;
    await conforms("get", "/api/control/installs", await call("/api/control/installs"));
    await conforms("get", installPath, await call(`/api/control/installs/${id}`));
    const invokePath = "/api/agents/{agent_id}/processors/ingestions/{ingestion_id}/invoke";
    await conforms(
      "post",
      invokePath,
      await invoke(inst, { body: JSON.stringify({ tags: [{ key: "k", value: 1 }] }) }),
    );
    await conforms("post", invokePath, await invoke(inst, { query: "wait=false" }));
    await conforms("post", invokePath, await invoke(inst, { token: "nope" }));
    await flushInvocationLogs();
    await conforms("get", `${installPath}/invocations`, await call(`/api/control/installs/${id}/invocations?limit=10`));
    await conforms("get", `${installPath}/rejections`, await call(`/api/control/installs/${id}/rejections`));
    await conforms("get", `${installPath}/throttle`, await call(`/api/control/installs/${id}/throttle`));
    await conforms("get", `${installPath}/dead_letters`, await call(`/api/control/installs/${id}/dead_letters`));
    const mini = await conforms(
      "post",
      `${installPath}/mini_tokens`,
      await call(`/api/control/installs/${id}/mini_tokens`, { method: "POST", body: {} }),
    );
    await conforms("get", `${installPath}/mini_tokens`, await call(`/api/control/installs/${id}/mini_tokens`));
    await conforms("post", "/m/{mini_token}", await invoke(inst, { token: null }, `/m/${mini.mini_token}`));
    await conforms(
      "delete",
      `${installPath}/mini_tokens/{mini_id}`,
      await call(`/api/control/installs/${id}/mini_tokens/${mini.id}`, { method: "DELETE" }),
    );
    await conforms(
      "post",
      `${installPath}/dead_letters/{dl}/replay`,
      await call(`/api/control/installs/${id}/dead_letters/none/replay`, { method: "POST" }),
    );
    await conforms(
      "patch",
      installPath,
      await call(`/api/control/installs/${id}`, {
        method: "PATCH",
        body: { config: { dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0"] } } },
      }),
    );
    await conforms("delete", installPath, await call(`/api/control/installs/${id}`, { method: "DELETE" }));
    await conforms("get", installPath, await call(`/api/control/installs/${id}`));
    await conforms("post", "/api/control/ready", await call("/api/control/ready", { method: "POST" }));
    await conforms(
      "get",
      "/api/control/organisation",
      await call("/api/control/organisation", { token: ADMIN.slice(1) }),
    );
  });
});
