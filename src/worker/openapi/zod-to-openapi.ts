// OpenAPI 3.1 from zod: a table of routes whose bodies, queries and parameters are the zod schemas
// the routes validate with, converted by zod's own JSON Schema export (z.toJSONSchema). Nothing
// in the document is a hand-written schema.
import { z } from "zod";

export type Method = "get" | "post" | "put" | "patch" | "delete";

/** OpenAPI security requirement: scheme name → roles (OpenAPI 3.1 allows roles for any scheme). */
export type Security = Record<string, string[]>[];

export interface ApiResponse {
  description: string;
  /** A schema in the components registry (answered as a `$ref`). */
  schema?: z.ZodType;
  /** Default `application/json`; the problem schema is `application/problem+json`. */
  contentType?: string;
  headers?: Record<string, { description: string; schema: z.ZodType }>;
}

export interface ApiRoute {
  method: Method;
  /** OpenAPI path template, e.g. `/api/agents/{agent_id}/channels`: every `{name}` is in `params`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Empty: no credential. */
  security: Security;
  params?: Record<string, z.ZodType>;
  /** An object schema (its input side): each property is a query parameter. */
  query?: z.ZodType;
  headers?: Record<string, z.ZodType>;
  /** Descriptions of path, query and header parameters, by name. */
  describe?: Record<string, string>;
  body?: { schema: z.ZodType; contentTypes?: string[]; required?: boolean; description?: string };
  responses: Record<string, ApiResponse>;
}

export interface DocumentParts {
  info: { title: string; version: string; description: string };
  tags: { name: string; description: string }[];
  securitySchemes: Record<string, Record<string, unknown>>;
  /** Every body and response schema, by component name. */
  components: z.core.$ZodRegistry<{ id: string }>;
  /** The problem+json schema: every operation's `default` response. */
  problem: z.ZodType;
  /** JSON Schema for checks zod cannot export (`z.custom`), merged into what it gives. */
  custom?: (schema: z.core.$ZodType) => JsonSchema | undefined;
  routes: ApiRoute[];
}

type JsonSchema = Record<string, unknown>;

/**
 * The options the document converts with: the input side (what a client sends; response shapes
 * have no transforms, so for them it is the same), and `z.custom` checks (any JSON value) as `{}`.
 */
export const JSON_SCHEMA_OPTIONS = { io: "input", unrepresentable: "any" } as const;

const PATH_PARAM = /\{([^}]+)\}/g;

/** Converts zod schemas: inline (parameters, headers) or as a `$ref` to a named component. */
interface Converter {
  inline(schema: z.ZodType): JsonSchema;
  ref(schema: z.ZodType): JsonSchema;
  problem: z.ZodType;
}

export function buildDocument(parts: DocumentParts) {
  const override = (ctx: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }) => {
    const extra = parts.custom?.(ctx.zodSchema);
    if (extra) Object.assign(ctx.jsonSchema, extra);
  };
  const cv: Converter = {
    inline(schema) {
      const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { ...JSON_SCHEMA_OPTIONS, override });
      return json;
    },
    ref(schema) {
      const name = parts.components.get(schema)?.id;
      if (!name) throw new Error("openapi: a body or response schema is not in the components registry");
      return { $ref: `#/components/schemas/${name}` };
    },
    problem: parts.problem,
  };

  // One conversion of the whole registry: a component inside another becomes a `$ref` to it.
  const { schemas } = z.toJSONSchema(parts.components, {
    ...JSON_SCHEMA_OPTIONS,
    override,
    uri: (id) => `#/components/schemas/${id}`,
  });
  const componentSchemas: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (name === "__shared") throw new Error("openapi: a schema is shared but not named in the components");
    // `$id` and `$schema` are for standalone files; components take their dialect from the document.
    const { $id: _id, $schema: _dialect, ...body } = schema as JsonSchema;
    componentSchemas[name] = body;
  }

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of parts.routes) {
    const item = (paths[route.path] ??= {});
    if (item[route.method]) throw new Error(`openapi: ${route.method} ${route.path} is listed twice`);
    item[route.method] = operation(route, cv);
  }

  return {
    openapi: "3.1.1",
    info: parts.info,
    tags: parts.tags,
    paths,
    components: { schemas: componentSchemas, securitySchemes: parts.securitySchemes },
  };
}

function operation(route: ApiRoute, cv: Converter) {
  const params = [...pathParameters(route, cv), ...queryParameters(route, cv), ...headerParameters(route, cv)];
  const body = route.body;
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: route.tags,
    security: route.security,
    ...(params.length ? { parameters: params } : {}),
    ...(body
      ? {
          requestBody: {
            required: body.required ?? true,
            ...(body.description ? { description: body.description } : {}),
            content: Object.fromEntries(
              (body.contentTypes ?? ["application/json"]).map((type) => [type, { schema: cv.ref(body.schema) }]),
            ),
          },
        }
      : {}),
    responses: responses(route, cv),
  };
}

function responses(route: ApiRoute, cv: Converter): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const type =
      response.contentType ?? (response.schema === cv.problem ? "application/problem+json" : "application/json");
    const headers = Object.entries(response.headers ?? {}).map(([name, h]) => [
      name,
      { description: h.description, schema: cv.inline(h.schema) },
    ]);
    out[status] = {
      description: response.description,
      ...(headers.length ? { headers: Object.fromEntries(headers) } : {}),
      ...(response.schema ? { content: { [type]: { schema: cv.ref(response.schema) } } } : {}),
    };
  }
  out.default ??= {
    description: "an error (problem+json with a stable `code`)",
    content: { "application/problem+json": { schema: cv.ref(cv.problem) } },
  };
  return out;
}

function described(route: ApiRoute, name: string): { description?: string } {
  const text = route.describe?.[name];
  return text ? { description: text } : {};
}

/** Every `{name}` of the path, declared with its schema: a template name without one is a bug here. */
function pathParameters(route: ApiRoute, cv: Converter) {
  const names = [...route.path.matchAll(PATH_PARAM)].map((m) => m[1] ?? "");
  const declared = Object.keys(route.params ?? {});
  if (names.length !== declared.length || names.some((n) => !declared.includes(n)))
    throw new Error(`openapi: ${route.path} declares parameters [${declared.join(", ")}]`);
  return names.map((name) => ({
    name,
    in: "path",
    required: true,
    ...described(route, name),
    schema: cv.inline(route.params?.[name] ?? z.never()),
  }));
}

/** The query schema's properties, one parameter each; `required` as the schema says. */
function queryParameters(route: ApiRoute, cv: Converter) {
  if (!route.query) return [];
  const json = cv.inline(route.query);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    const text = route.describe?.[name] ?? (typeof description === "string" ? description : undefined);
    return { name, in: "query", required: required.has(name), ...(text ? { description: text } : {}), schema: rest };
  });
}

/** Header parameters: required unless their schema accepts a missing value. */
function headerParameters(route: ApiRoute, cv: Converter) {
  return Object.entries(route.headers ?? {}).map(([name, schema]) => ({
    name,
    in: "header",
    required: !schema.safeParse(undefined).success,
    ...described(route, name),
    schema: cv.inline(schema),
  }));
}
