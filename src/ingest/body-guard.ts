// Body limit (Hono's bodyLimit, per-endpoint size) and the raw bytes every later step reads.
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ProblemError } from "../http/problem.ts";
import type { IngestEnv } from "./ingest-env.ts";

export function rawBody(): MiddlewareHandler<IngestEnv> {
  return async function rawBody(c, next) {
    const maxSize = c.get("ingestion").settings.maxBodyBytes;
    // A declared length within the limit (the runtime holds the body to it): read it directly.
    // Without one (chunked), Hono's bodyLimit counts the bytes as they stream.
    const declared = Number(c.req.raw.headers.get("content-length") ?? NaN);
    if (Number.isInteger(declared) && declared >= 0 && declared <= maxSize) {
      c.set("raw", new Uint8Array(await c.req.raw.arrayBuffer()));
      return next();
    }
    const limit = bodyLimit({
      maxSize,
      onError: () => {
        throw new ProblemError(413, "payload_too_large", `the body exceeds this endpoint's limit of ${maxSize} bytes`);
      },
    });
    return limit(c, async () => {
      c.set("raw", new Uint8Array(await c.req.arrayBuffer()));
      await next();
    });
  };
}
