// Wire shapes of the data plane (SPEC §3), snake_case as the platform's clients expect.
import type { Json } from "./merge-patch.ts";

export interface ChannelRef {
  agent_id: string;
  name: string;
}

export interface Message {
  id: string;
  author_id: string;
  channel: ChannelRef;
  data: Json;
  attachments: Json[];
  /** Epoch milliseconds, derived from the id. */
  timestamp: number;
}

export interface Aggregate {
  data: Json;
  attachments: Json[];
  /** Epoch milliseconds of the last write; null before the first aggregate write. */
  last_updated: number | null;
  version: number;
}

export interface Channel {
  name: string;
  /** The platform's clients read `owner_id`; `agent_id` is kept for symmetry with messages. */
  owner_id: string;
  agent_id: string;
  is_private: boolean;
  aggregate: Aggregate;
}

/** Expected failures cross RPC as values (error subclasses do not survive it). */
export type Failure = { ok: false; status: 400 | 403 | 404 | 409 | 413 | 422; code: string; detail: string };
export type Outcome<T> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = (status: Failure["status"], code: string, detail: string): Failure => ({
  ok: false,
  status,
  code,
  detail,
});

/** Channel names: what the platform uses (tag_values, ui_state, dv-proc-inv-<id>, …). */
/** The aggregate holding an agent's connection status (SPEC §7): src/agent/connection.ts. */
export const CONNECTION_CHANNEL = "doover_connection";

export const CHANNEL_NAME = /^[A-Za-z0-9_.:-]{1,128}$/;

export interface PageQuery {
  before?: string;
  after?: string;
  limit: number;
}

export const MESSAGE_PAGE_MAX = 1000;
export const MESSAGE_PAGE_DEFAULT = 50;
