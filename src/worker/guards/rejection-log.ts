// Makes refused requests visible to the install's owner (SPEC §5): a guard that refuses a request
// after the endpoint is known (address, token, signature, replay window, size, throttle) is
// counted by code, and the last few attempts are kept — in the isolate's log buffer, sent with
// the invocation records at most once a second, so a flood of bad requests writes nothing per
// request. `GET /api/control/installs/{id}/rejections` shows them.
import type { MiddlewareHandler } from "hono";
import { ProblemError } from "../../shared/problem.ts";
import type { IngestEnv } from "../http/ingest-env.ts";
import { logRejection } from "../../invocation/log-buffer.ts";
import { requestAddress } from "./reject-limit.ts";

const FIRST_BYTES = 64;

export function rejectionLog(): MiddlewareHandler<IngestEnv> {
  return async function rejectionLog(c, next) {
    await next();
    // Hono hands a thrown error to onError and leaves it on the context for the layers above.
    const error = c.error;
    if (!(error instanceof ProblemError) || c.res.status < 400) return;
    const { record } = c.get("ingestion");
    const raw = c.get("raw") as Uint8Array | undefined;
    logRejection(
      c.env,
      record.agent_id,
      record.install_id,
      {
        at: Date.now(),
        status: c.res.status,
        code: error.code,
        source_ip: requestAddress(c),
        first_bytes: raw ? new TextDecoder().decode(raw.subarray(0, FIRST_BYTES)) : null,
      },
      (work) => c.executionCtx.waitUntil(work),
    );
  };
}
