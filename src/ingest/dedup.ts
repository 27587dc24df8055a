// De-duplication key: a sender's event id (signature scheme id or Idempotency-Key), scoped to the
// install and the credential that sent it, so two senders' ids never collide. The repeat check
// itself happens where the effect is written: each touched agent's DO remembers the keys it
// applied (src/data/channel-store.ts) and answers a repeat with the first outcome, so no shared
// object is called per event.
import type { MiddlewareHandler } from "hono";
import type { IngestEnv } from "./ingest-env.ts";

/** What an event id may be (Idempotency-Key, a signed body's id): 1–200 visible ASCII characters. */
export const EVENT_ID = /^[\x21-\x7e]{1,200}$/;

export const eventKeyOf = (installId: string, credential: string, eventId: string): string =>
  `${installId}:${credential}:${eventId}`;

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
