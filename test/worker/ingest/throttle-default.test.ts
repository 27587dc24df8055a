// The default `throttle` (docs/decisions.md#default-throttle): 100 requests a second, the same in
// the config schema, in the app list's config schemas, in the guards' fallback and in the
// OpenAPI document. The literal is the decision; the constant must not drift from it.
import { beforeAll, describe, expect, it } from "vitest";
import { settingsOf } from "../../../src/worker/ingest/settings.ts";
import { IngestionEndpointConfig } from "../../../src/sdk/config/ingestion.ts";
import { call, json } from "../../support/helpers.ts";

const DECIDED = 100;

let apps: { config_schema: any }[];
let doc: any;
// The first request through the worker in a file starts it (several seconds on a loaded machine).
beforeAll(async () => {
  apps = await json(await call("/api/control/apps"), 200);
  doc = await json(await call("/openapi.json", { token: null }), 200);
}, 60_000);

describe("default throttle", () => {
  it("is in the dv_proc_ingestion schema", () => {
    const schema = new IngestionEndpointConfig().toJsonSchema() as {
      properties: Record<string, { default?: unknown }>;
    };
    expect(schema.properties.throttle?.default).toBe(DECIDED);
  });

  it("is what the guards use for a stored config without one", () => {
    expect(settingsOf({ dv_proc_ingestion: { cidr_ranges: ["::/0"] } }, 1024).throttle).toBe(DECIDED);
    expect(settingsOf({}, 1024).throttle).toBe(DECIDED);
  });

  it("is in every integration's config schema served by GET /api/control/apps", () => {
    const withIngestion = apps.filter((a) => a.config_schema.properties?.dv_proc_ingestion);
    expect(withIngestion.length).toBeGreaterThan(0);
    for (const app of withIngestion)
      expect(app.config_schema.properties.dv_proc_ingestion.properties.throttle.default).toBe(DECIDED);
  });

  it("is stated in the OpenAPI document's 429 answer of the ingestion endpoints", () => {
    const invokes = Object.entries<any>(doc.paths).filter(
      ([path]) => path.includes("ingestions") || path.startsWith("/m/"),
    );
    expect(invokes.length).toBeGreaterThan(0);
    for (const [, item] of invokes)
      for (const op of Object.values<any>(item))
        expect(op.responses["429"].description).toContain(`default ${DECIDED})`);
  });
});
