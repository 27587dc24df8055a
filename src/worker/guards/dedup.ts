// De-duplication key: a sender's event id (signature scheme id or Idempotency-Key), scoped to the
// install and the credential that sent it, so two senders' ids never collide. The repeat check
// itself happens where the effect is written: each touched agent's DO remembers the keys it
// applied (src/agent/channel-store.ts) and answers a repeat with the first outcome, so no shared
// object is called per event.
import type { MiddlewareHandler } from "hono";
import { eventKeyOf } from "../../invocation/dedup-key.ts";
import type { IngestEnv } from "../http/ingest-env.ts";

export function dedup(): MiddlewareHandler<IngestEnv> {
  return async function dedup(c, next) {
    const eventId = c.get("eventId");
    c.set(
      "eventKey",
      eventId === null ? null : eventKeyOf(c.get("ingestion").record.install_id, c.get("credential"), eventId),
    );
    await next();
  };
}
