// problem+json (RFC 9457) errors with a stable machine `code`, and the one onError that emits them.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  [extra: string]: unknown;
}

/** An expected failure: becomes a problem+json response with `code`. */
export class ProblemError extends HTTPException {
  override readonly name = "ProblemError";
  readonly code: string;
  readonly extra: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    detail: string,
    opts: { extra?: Record<string, unknown>; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(status, { message: detail, cause: opts.cause });
    this.code = code;
    this.extra = opts.extra ?? {};
    this.headers = opts.headers ?? {};
  }

  override getResponse(): Response {
    return problemResponse(this.status, this.code, this.message, this.extra, this.headers);
  }
}

export function problemResponse(
  status: number,
  code: string,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  const body: ProblemBody = {
    type: `https://edgehook.dev/problems/${code}`,
    title: TITLES[status] ?? "Error",
    status,
    detail,
    code,
    ...extra,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

/** Hono onError: domain errors keep their code; Hono's own HTTPExceptions are mapped; bugs are 500. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof ProblemError) return err.getResponse();
  if (err instanceof HTTPException) {
    const status = err.status;
    const code = status === 413 ? "payload_too_large" : status === 401 ? "token_invalid" : "bad_request";
    return problemResponse(status, code, err.message || TITLES[status] || "Error");
  }
  console.error("unhandled", c.req.method, c.req.path, err);
  return problemResponse(500, "internal_error", "An unexpected error occurred.");
}

export const notFound = (what: string): ProblemError => new ProblemError(404, "not_found", `${what} not found`);
export const badRequest = (detail: string, code = "bad_request"): ProblemError => new ProblemError(400, code, detail);
