// Request validation at the trust boundary: malformed JSON → 400 invalid_json, wrong shape →
// 422 validation_failed naming the field, bad query values → 400 invalid_parameter.
import type { Context } from "hono";
import { zValidator } from "@hono/zod-validator";
import type { z } from "zod";
import { jsonDepth, MAX_JSON_DEPTH } from "../../shared/merge-patch.ts";
import { ProblemError } from "../../shared/problem.ts";

/** Names the first failing field the way clients write it: `groups[1]`, `grants[0].permission`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
}

function describe(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((issue) => `${fieldPath(issue.path) || "body"}: ${issue.message}`).join("; ");
}

/** Largest JSON body of the data plane and control API, after decompression. */
export const MAX_JSON_BODY = 1024 * 1024;

// JSON text is UTF-8 (RFC 8259): a lenient decoder would store U+FFFD in place of the bad bytes
// and answer 2xx, so a client never learns its data was altered. A leading BOM is dropped.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * The body as text. The platform's Python client gzips JSON bodies of 50 bytes or more
 * (`Content-Encoding: gzip`), so gzip and deflate are accepted; the size limit applies to the
 * decompressed bytes, so a small compressed bomb cannot grow past it.
 */
async function bodyText(c: Context): Promise<string> {
  const encoding = (c.req.header("content-encoding") ?? "identity").trim().toLowerCase();
  if (encoding !== "identity" && encoding !== "gzip" && encoding !== "deflate")
    throw new ProblemError(
      415,
      "unsupported_encoding",
      `Content-Encoding ${encoding} is not supported (use gzip or none)`,
    );
  const raw = c.req.raw.body;
  if (!raw) return "";
  const stream = encoding === "identity" ? raw : raw.pipeThrough(new DecompressionStream(encoding));
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += chunk.byteLength;
      if (size > MAX_JSON_BODY)
        throw new ProblemError(413, "payload_too_large", `the body exceeds ${MAX_JSON_BODY} bytes`);
      chunks.push(chunk);
    }
  } catch (cause) {
    if (cause instanceof ProblemError) throw cause;
    throw new ProblemError(400, "invalid_json", `the ${encoding} body could not be decompressed`, { cause });
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return utf8.decode(bytes);
  } catch (cause) {
    throw new ProblemError(400, "invalid_json", "the request body is not valid UTF-8", { cause });
  }
}

export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const text = await bodyText(c);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new ProblemError(400, "invalid_json", "the request body is not valid JSON", { cause });
  }
  if (jsonDepth(parsed, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    throw new ProblemError(422, "validation_failed", `the body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ProblemError(422, "validation_failed", describe(result.error), {
      extra: { field: first ? fieldPath(first.path) : "" },
    });
  }
  return result.data;
}

/** Query validation middleware (@hono/zod-validator): bad values → 400 invalid_parameter. */
export function validQuery<S extends z.ZodType>(schema: S) {
  return zValidator("query", schema, (result) => {
    if (!result.success) throw new ProblemError(400, "invalid_parameter", describe(result.error));
  });
}
