// Values that cross the Agent object's RPC surface (src/contracts/agent-rpc.ts) besides channels
// and messages (src/shared/channel-types.ts): writes as callers send them, dead letters, and the
// queues a spooled send names.
import type { Json } from "../shared/merge-patch.ts";

/** A write to a channel's aggregate (`now`: the agent's clock, set by the agent). */
export interface AggregateWrite {
  mode: "patch" | "put";
  data: Json;
  author_id: string;
  if_match?: number | "*";
  log_update?: boolean;
  now: number;
}

/** A message appended to a channel (`now`: the agent's clock, set by the agent). */
export interface MessageWrite {
  author_id: string;
  data: Json;
  ts?: number;
  now: number;
}

/** A queued ingestion event whose handler kept failing, kept by the install agent (src/agent/dead-letters.ts). */
export type DeadLetter = {
  id: string;
  install_id: string;
  event_id: string;
  /** The queue message as it was sent (JSON), so a replay sends exactly the same event. */
  message: string;
  error: string;
  attempts: number;
  at: number;
};

/** Queues whose messages the local spool keeps (binding names; src/shared/spooled-send.ts). */
export type SpoolQueue = "EVENTS" | "DELIVERIES";
