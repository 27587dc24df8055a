// zod shapes of what the routes answer, for the OpenAPI document (src/worker/openapi/route.ts). The
// routes build these values from typed records; test/worker/openapi/openapi.test.ts checks each shape against
// its TypeScript type, so the document cannot drift from what is sent.
import { z } from "zod";
import { jsonValue } from "../routes/data-plane-schemas.ts";

const id = z.string().regex(/^\d{1,19}$/);
const epochMs = z.number().int();

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe("stable machine code, e.g. token_invalid, forbidden, validation_failed"),
    field: z.string().optional().describe("validation_failed: the first failing field, e.g. grants[0].permission"),
    limit_key: z.string().optional().describe("throttled: the key of the limit"),
    event_id: z.string().optional().describe("handler_failed: the event id to retry with"),
  })
  .loose()
  .describe("RFC 9457 problem details, with a stable machine `code`");

export const ready = z.object({ name: z.literal("edgehook"), status: z.literal("ready") });
export const stopping = z.object({
  name: z.literal("edgehook"),
  status: z.enum(["stopping", "running"]),
  /** Requests still in flight when the wait ended (0: all finished). */
  in_flight: z.number().int(),
});

export const channelRef = z.object({ agent_id: id, name: z.string() });

export const message = z.object({
  id,
  author_id: z.string(),
  channel: channelRef,
  data: jsonValue,
  attachments: z.array(jsonValue),
  timestamp: epochMs.describe("epoch milliseconds, derived from the id"),
});

export const aggregate = z.object({
  data: jsonValue,
  attachments: z.array(jsonValue),
  last_updated: epochMs.nullable().describe("epoch milliseconds of the last write; null before the first"),
  version: z.number().int(),
});

export const channel = z.object({
  name: z.string(),
  owner_id: z.string(),
  agent_id: z.string(),
  is_private: z.boolean(),
  aggregate,
});

/** `GET /api/agents`: what a dashboard's device list needs. */
export const agentSummary = z.object({
  id,
  name: z.string(),
  display_name: z.string(),
  serial_number: z.string().nullable(),
  type: z.enum(["device", "integration", "org"]),
});

/** An entry of `GET /api/agents`: with the calling token's access to the agent. */
export const readableAgent = agentSummary.extend({
  access: z.enum(["read", "write", "admin"]).describe("the highest permission this token has on the agent"),
});

/** `GET /api/agents/{agent_id}/installs`: an install's names, never its config or secrets. */
export const installName = z.object({
  install_id: id,
  app: z.string(),
  app_key: z.string(),
  agent_id: id.describe("the install's own agent: the author_id of what it writes"),
  display_name: z.string(),
});

export const agent = agentSummary.extend({
  organisation_id: z.string(),
  groups: z.array(id),
  tokens_valid_from: epochMs.describe("tokens issued before this instant are not valid for this agent"),
  created_at: epochMs,
});

export const group = z.object({ id, name: z.string(), parent: id.nullable() });

export const organisation = z.object({ id: z.string(), org_agent_id: id });

export const issuedToken = z.object({ id, token: z.string().describe("the secret, shown once") });

export const grant = z.object({
  agent_id: id.optional(),
  group: id.optional(),
  all: z.literal(true).optional(),
  permission: z.enum(["read", "write", "admin"]),
});

/** A token as listed: never its secret or the secret's hash; when it was last used is not kept. */
export const token = z.object({ id, grants: z.array(grant), created_at: epochMs });

export const app = z.object({
  name: z.string(),
  kind: z.enum(["integration", "processor"]),
  description: z.string(),
  dv_proc_subscriptions: z.array(z.unknown()).optional().describe("a processor's default subscriptions"),
  config_schema: z.record(z.string(), z.unknown()).describe("JSON Schema of the install's config"),
});

export const install = z.object({
  install_id: id,
  app: z.string(),
  app_key: z.string(),
  agent_id: id,
  display_name: z.string(),
  config: z
    .record(z.string(), z.unknown())
    .describe(
      "the install's config; dv_proc_ingestion.signing_key is write-only: each key shown as {set, fingerprint} (first 8 hex of its SHA-256), never in clear",
    ),
  created_at: epochMs,
});

/** An install as created or changed: with its ingestion endpoint, secrets shown this once. */
export const installIssued = install.extend({
  ingestion: z
    .object({
      id,
      token: z.string().optional(),
      mini_token: z.string().optional(),
      url: z.string(),
      mini_url: z.string().optional(),
    })
    .optional(),
});

export const invocation = z.object({
  install_id: id,
  event_id: z.string().describe("integration: the event id; processor: the delivery key"),
  outcome: z.enum(["ok", "error"]),
  status: z.number().int(),
  code: z.string().nullable(),
  duration_ms: z.number(),
  source_ip: z.string(),
  queued: z.boolean(),
  at: epochMs,
  body_excerpt: z.string().optional().describe("≤ 1 KB of the body, for failures only"),
  kind: z
    .literal("processor")
    .optional()
    .describe("a processor's run of a delivery; absent: an integration's invocation"),
  delivery_key: z.string().optional().describe("processor: the delivery's key"),
  agent_id: id.optional().describe("processor: the agent whose write (or timer) the delivery came from"),
  error: z.string().optional().describe("processor failures: the error"),
});

export const rejectedAttempt = z.object({
  at: epochMs,
  status: z.number().int(),
  code: z.string(),
  source_ip: z.string(),
  first_bytes: z.string().nullable(),
});

export const rejections = z.object({
  since: epochMs.nullable(),
  counts: z.record(z.string(), z.number().int()),
  recent: z.array(rejectedAttempt),
});

export const throttleStats = z.object({
  admitted: z.number().int(),
  rejected: z.number().int(),
  kv_writes: z.number().int(),
  kv_lists: z.number().int(),
  since: epochMs,
  peers_rate: z.number(),
});

export const throttle = z.object({ key: z.string(), this_isolate: throttleStats.nullable() });

export const miniToken = z.object({ id, ingestion_id: id, agent_id: id.nullable(), created_at: epochMs });

export const issuedMiniToken = z.object({ id, mini_token: z.string(), url: z.string() });

export const deadLetter = z.object({
  id: z.string(),
  install_id: id,
  event_id: z.string(),
  error: z.string(),
  attempts: z.number().int(),
  at: epochMs,
});

export const eventId = z.object({ id: z.string().describe("the event id") });

export const openApiDocument = z.object({ openapi: z.string() }).loose().describe("this document (OpenAPI 3.1)");

const downlinkStatus = z.enum(["queued", "sent", "acked", "failed", "expired", "cancelled"]);

/** A downlink as `…/downlinks` answers it (src/contracts/downlink-records.ts DownlinkView). */
export const downlink = z.object({
  id: z.string().regex(/^\d{1,19}$/),
  status: downlinkStatus,
  transport: z.enum(["tts", "chirpstack", "http"]).nullable(),
  f_port: z.number().int().min(1).max(223).optional(),
  confirmed: z.boolean(),
  priority: z.enum(["LOW", "NORMAL", "HIGH"]),
  created_at: z.number().int(),
  updated_at: z.number().int(),
  expires_at: z.number().int().nullable(),
  attempts: z.number().int(),
  error: z.string().optional(),
});

// A channel's history (issue 23, docs/wire.md "History: series and export").
export const seriesPoint = z.object({
  t: epochMs.describe("bucket start, epoch ms; buckets start at epoch multiples of their size (UTC)"),
  n: z.number().int().describe("values of the field in the bucket, of any type"),
  min: z.number().nullable().describe("least numeric value; null when the bucket has none"),
  max: z.number().nullable(),
  avg: z.number().nullable().describe("mean of the numeric values"),
  first: jsonValue.describe("the bucket's first value, whatever its type"),
  last: jsonValue.describe("the bucket's last value, whatever its type"),
});
export const rawPoint = z.object({ t: epochMs.describe("the message's timestamp"), v: jsonValue });
export const seriesBuckets = z.object({
  field: z.string(),
  bucket: z.string().describe("as asked, e.g. 5m"),
  points: z.array(seriesPoint).describe("one per non-empty bucket, oldest first"),
});
export const seriesRaw = z.object({
  field: z.string(),
  points: z.array(rawPoint).describe("oldest first"),
  next: id.nullable().describe("ask again with after=<next> while not null; a page may hold fewer than limit points"),
});
export const series = z.union([seriesBuckets, seriesRaw]);
