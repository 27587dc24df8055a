// Hono typing of the ingestion routes: what each guard learns and hands to the next.
import type { PreparedIngestion } from "../ingest/settings.ts";

export type IngestEnv = {
  Bindings: Env;
  Variables: {
    ingestion: PreparedIngestion;
    /** The agent the event is for: the install's, or the one a mini-token pins. */
    targetAgentId: string;
    /** The agent a pinned mini-token confines the invocation's writes to; null = not confined. */
    pinnedAgentId: string | null;
    /** A mini-token already authenticated the caller. */
    preAuthenticated: boolean;
    sourceIp: string;
    raw: Uint8Array;
    /** Event id from the signature scheme or Idempotency-Key; null = none (no dedup). */
    eventId: string | null;
    /** Who sent it, for scoping event ids: `endpoint`, or `mini:<mini-token id>`. */
    credential: string;
    /** The event id scoped to install and credential; null when the sender gave none. */
    eventKey: string | null;
  };
};
