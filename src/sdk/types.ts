// Shapes an app sees: the ingestion event, and how its class is described to the platform.
import type { ConfigIssue, JsonSchema } from "./config/types.ts";

/** What `onIngestionEndpoint(event)` receives (SPEC §6). */
export interface IngestionEvent<P = unknown> {
  id: string;
  ingestion_id: string;
  /** The install's agent, or the agent a mini-token is pinned to. */
  agent_id: string;
  organisation_id: string;
  payload: P;
  raw: Uint8Array;
  content_type: string | null;
  /** The URL that was called, extra query parameters included. */
  invocation_url: string;
  source_ip: string;
  received_at: number;
}

/** The part of a config schema the platform relies on. */
export interface ConfigSchemaLike {
  toJsonSchema(): JsonSchema;
  validate(
    input: unknown,
  ): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly errors: ConfigIssue[] };
}

export type AppKind = "integration" | "processor";
