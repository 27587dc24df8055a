// Request validation at the trust boundary: malformed JSON → 400 invalid_json, wrong shape →
// 422 validation_failed naming the field, bad query values → 400 invalid_parameter.
import type { Context } from "hono";
import type { z } from "zod";
import { ProblemError } from "./problem.ts";

/** Names the first failing field the way clients write it: `groups[1]`, `grants[0].permission`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${fieldPath(issue.path) || "body"}: ${issue.message}`).join("; ");
}

export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await c.req.text());
  } catch (cause) {
    throw new ProblemError(400, "invalid_json", "the request body is not valid JSON", { cause });
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ProblemError(422, "validation_failed", describe(result.error), {
      extra: { field: first ? fieldPath(first.path) : "" },
    });
  }
  return result.data;
}

export function query<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw new ProblemError(400, "invalid_parameter", describe(result.error));
  return result.data;
}
