// De-duplication key: a sender's event id (signature scheme id or Idempotency-Key), scoped to the
// install and the credential that sent it, so two senders' ids never collide. Set on the request
// path (src/worker/guards/dedup.ts), carried by queued events, checked where the effect is written.

/** What an event id may be (Idempotency-Key, a signed body's id): 1–200 visible ASCII characters. */
export const EVENT_ID = /^[\x21-\x7e]{1,200}$/;

export const eventKeyOf = (installId: string, credential: string, eventId: string): string =>
  `${installId}:${credential}:${eventId}`;
