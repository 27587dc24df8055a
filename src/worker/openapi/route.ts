// `GET /openapi.json` (no token; any origin): the OpenAPI 3.1 document of the data plane, the
// gateway upgrade, ingestion and the control API, generated from the route tables and the zod
// schemas the routes validate with. Built once per isolate, on first request.
import { Hono } from "hono";
import { version } from "../../../package.json";
import type { AppEnv } from "../http/app-env.ts";
import { buildDocument } from "./zod-to-openapi.ts";
import { components, customSchema, securitySchemes } from "./components.ts";
import { controlRoutes } from "./control-paths.ts";
import { dataPlaneRoutes } from "./data-plane-paths.ts";
import { problem } from "./responses.ts";

export function apiDocument() {
  return buildDocument({
    info: {
      title: "edgehook",
      version,
      description:
        "Data plane, gateway, ingestion and control API. JSON field names are snake_case; ids are decimal strings; times are epoch milliseconds; errors are application/problem+json with a stable `code`. The human reference is docs/wire.md.",
    },
    tags: [
      { name: "meta", description: "Readiness and this document" },
      { name: "data plane", description: "Channels, messages and aggregates of agents" },
      { name: "gateway", description: "The WebSocket of live updates" },
      { name: "ingestion", description: "Endpoints that devices and vendor clouds call" },
      { name: "control", description: "Agents, groups, tokens, apps and installs (admin)" },
    ],
    securitySchemes,
    components,
    problem,
    custom: customSchema,
    routes: [...dataPlaneRoutes, ...controlRoutes],
  });
}

export const openapi = new Hono<AppEnv>();

let body: string | undefined;

openapi.get("/openapi.json", () => {
  body ??= JSON.stringify(apiDocument());
  return new Response(body, {
    headers: { "content-type": "application/json", "access-control-allow-origin": "*" },
  });
});
