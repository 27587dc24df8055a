// What the OpenAPI route tables share: the named schemas (request bodies the routes validate with,
// response shapes from responses.ts), the security schemes, path parameters and error responses.
import { z } from "zod";
import { downlinkBody } from "../../shared/downlink-request.ts";
import type { ApiResponse, Security } from "./zod-to-openapi.ts";
import { agentCreate, agentPatch, groupCreate, tokenCreate } from "../routes/control.ts";
import { installCreate, installPatch, miniCreate } from "../routes/installs.ts";
import * as r from "./responses.ts";
import { channelName, jsonObject, messageCreate, messageUpdate } from "../routes/data-plane-schemas.ts";

/** The ingestion body is read as bytes, never parsed here: any content the app's decoder takes. */
export const ingestionPayload = z
  .unknown()
  .describe("the payload as the device or vendor sends it: JSON, protobuf, or anything the app decodes");

/** The bare JSON arrays the lists answer with. */
export const lists = {
  message: z.array(r.message),
  channel: z.array(r.channel),
  agentSummary: z.array(r.readableAgent),
  installName: z.array(r.installName),
  agent: z.array(r.agent),
  group: z.array(r.group),
  token: z.array(r.token),
  app: z.array(r.app),
  install: z.array(r.install),
  invocation: z.array(r.invocation),
  miniToken: z.array(r.miniToken),
  deadLetter: z.array(r.deadLetter),
  downlink: z.array(r.downlink),
};

/** Component name → schema: every request and response body of the document. */
export const components = z.registry<{ id: string }>();
const named: Record<string, z.ZodType> = {
  // Request bodies: the schemas the routes validate with.
  MessageCreate: messageCreate,
  MessageUpdate: messageUpdate,
  AggregateData: jsonObject,
  AgentCreate: agentCreate,
  AgentPatch: agentPatch,
  GroupCreate: groupCreate,
  TokenCreate: tokenCreate,
  InstallCreate: installCreate,
  InstallPatch: installPatch,
  MiniTokenCreate: miniCreate,
  IngestionPayload: ingestionPayload,
  DownlinkCreate: downlinkBody,
  // Responses.
  Problem: r.problem,
  Downlink: r.downlink,
  DownlinkList: lists.downlink,
  Ready: r.ready,
  Stopping: r.stopping,
  ChannelRef: r.channelRef,
  Message: r.message,
  SeriesPoint: r.seriesPoint,
  RawPoint: r.rawPoint,
  SeriesBuckets: r.seriesBuckets,
  SeriesRaw: r.seriesRaw,
  Series: r.series,
  MessageList: lists.message,
  Aggregate: r.aggregate,
  Channel: r.channel,
  ChannelList: lists.channel,
  AgentSummary: r.readableAgent,
  InstallName: r.installName,
  InstallNameList: lists.installName,
  AgentSummaryList: lists.agentSummary,
  Agent: r.agent,
  AgentList: lists.agent,
  Group: r.group,
  GroupList: lists.group,
  Organisation: r.organisation,
  IssuedToken: r.issuedToken,
  Token: r.token,
  TokenList: lists.token,
  App: r.app,
  AppList: lists.app,
  Install: r.install,
  InstallList: lists.install,
  InstallIssued: r.installIssued,
  Invocation: r.invocation,
  InvocationList: lists.invocation,
  RejectedAttempt: r.rejectedAttempt,
  Rejections: r.rejections,
  ThrottleStats: r.throttleStats,
  Throttle: r.throttle,
  MiniToken: r.miniToken,
  MiniTokenList: lists.miniToken,
  IssuedMiniToken: r.issuedMiniToken,
  DeadLetter: r.deadLetter,
  DeadLetterList: lists.deadLetter,
  EventId: r.eventId,
  OpenApiDocument: r.openApiDocument,
};
for (const [id, schema] of Object.entries(named)) components.add(schema, { id });
/** `z.custom` checks have no JSON Schema of their own: what they accept, for the document. */
export function customSchema(schema: z.core.$ZodType): Record<string, unknown> | undefined {
  if (schema === jsonObject) return { type: "object", description: "a JSON object" };
  return undefined;
}

export const securitySchemes = {
  bearer: {
    type: "http",
    scheme: "bearer",
    description:
      "An API token (`POST /api/control/tokens`), as `Authorization: Bearer <token>`; its grants give read, write or admin on agents, groups or all",
  },
  token: {
    type: "apiKey",
    in: "query",
    name: "token",
    description: "Any of the tokens, as `?token=` (browsers, WebSocket clients, devices that cannot set headers)",
  },
  admin: {
    type: "http",
    scheme: "bearer",
    description: "The admin token (`EDGEHOOK_ADMIN_TOKEN`), or a token with `{all: true, permission: admin}`",
  },
  ingestion: {
    type: "http",
    scheme: "bearer",
    description: "An ingestion endpoint's token, issued with the install (`ingestion.token`)",
  },
};

const either = (scheme: string, role: string[]): Security => [{ [scheme]: role }, { token: role }];
export const security = {
  none: [] as Security,
  anyToken: either("bearer", []),
  read: either("bearer", ["read"]),
  write: either("bearer", ["write"]),
  admin: [{ admin: [] }, { token: ["admin"] }] as Security,
  ingestion: [{ ingestion: [] }, { token: ["ingestion"] }] as Security,
};

export const snowflake = z.string().regex(/^\d{1,19}$/);
export const agentParams = { agent_id: snowflake };
export const channelParams = { agent_id: snowflake, channel: channelName };

const problemResponse = (description: string, headers?: ApiResponse["headers"]): ApiResponse => ({
  description,
  schema: r.problem,
  ...(headers ? { headers } : {}),
});
export const retryAfter = { "Retry-After": { description: "seconds to wait", schema: z.string() } };
export const problems = {
  badRequest: problemResponse("invalid_json, invalid_parameter"),
  unauthorized: problemResponse("token_missing or token_invalid"),
  forbidden: problemResponse("forbidden: no grant on the agent (to a scoped token, also an unknown agent)"),
  notFound: problemResponse("not_found"),
  conflict: problemResponse("a conflicting state (e.g. version_conflict, serial_number_taken)"),
  tooLarge: problemResponse("payload_too_large"),
  invalid: problemResponse("validation_failed, with `field` naming the first failing one"),
  throttled: problemResponse("throttled, with `limit_key`", retryAfter),
  unavailable: problemResponse("unavailable or starting", retryAfter),
  startOwnerOnly: problemResponse(
    "forbidden: not an admin token; start_secret_invalid: not the secret of the start script that owns the process",
  ),
};
/** Every data-plane call on an agent can answer these. */
export const agentProblems = {
  401: problems.unauthorized,
  403: problems.forbidden,
  404: problems.notFound,
};
export const adminProblems = { 401: problems.unauthorized, 403: problemResponse("forbidden: not an admin token") };
