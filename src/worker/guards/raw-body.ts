// Body limit (Hono's bodyLimit, per-endpoint size) and the raw bytes every later step reads.
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ProblemError } from "../../shared/problem.ts";
import type { IngestEnv } from "../http/ingest-env.ts";

export function rawBody(): MiddlewareHandler<IngestEnv> {
  return async function rawBody(c, next) {
    const maxSize = c.get("ingestion").settings.maxBodyBytes;
    // A declared length within the limit (the runtime holds the body to it): read it directly.
    // Without one (chunked), Hono's bodyLimit counts the bytes as they stream.
    const declared = Number(c.req.raw.headers.get("content-length") ?? NaN);
    if (Number.isInteger(declared) && declared >= 0 && declared <= maxSize) {
      const raw = new Uint8Array(await c.req.raw.arrayBuffer());
      // Only HTTP framing holds a body to its Content-Length; a Request built in code (a service
      // binding, a test) can claim any length.
      if (raw.byteLength > maxSize) throw tooLarge(maxSize);
      c.set("raw", raw);
      return next();
    }
    const limit = bodyLimit({
      maxSize,
      onError: () => {
        throw tooLarge(maxSize);
      },
    });
    return limit(c, async () => {
      const raw = new Uint8Array(await c.req.arrayBuffer());
      // bodyLimit trusts a Content-Length it cannot parse (NaN passes its check).
      if (raw.byteLength > maxSize) throw tooLarge(maxSize);
      c.set("raw", raw);
      await next();
    });
  };
}

const tooLarge = (maxSize: number): ProblemError =>
  new ProblemError(413, "payload_too_large", `the body exceeds this endpoint's limit of ${maxSize} bytes`);
