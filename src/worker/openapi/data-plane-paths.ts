// The OpenAPI table of the public side (docs/wire.md): readiness, the data plane, the gateway
// upgrade and ingestion. Schemas are the ones the routes validate with (schemas.ts) or answer
// with (responses.ts).
import { z } from "zod";
import type { ApiRoute } from "./zod-to-openapi.ts";
import { agentProblems, channelParams, ingestionPayload, lists, problems, security, snowflake } from "./components.ts";
import { DEFAULT_THROTTLE } from "../../sdk/config/ingestion.ts";
import * as r from "./responses.ts";
import { downlinkRoutes } from "./downlink-paths.ts";
import { exportQuery, seriesQuery } from "../routes/history-query.ts";
import { aggregateQuery, jsonObject, messageCreate, messagePage, messageUpdate } from "../routes/data-plane-schemas.ts";

const etag = { ETag: { description: 'the aggregate version, quoted: `"<version>"`', schema: z.string() } };
const messageParams = { ...channelParams, message_id: snowflake };
const channelPath = "/api/agents/{agent_id}/channels/{channel}";

const meta: ApiRoute[] = [
  {
    method: "get",
    path: "/",
    operationId: "readiness",
    summary: "Readiness: 200 once a request made next sees the system started",
    tags: ["meta"],
    security: security.none,
    responses: {
      200: { description: "ready", schema: r.ready },
      302: { description: "a browser (Accept: text/html) is sent on to /dashboard" },
      503: problems.unavailable,
    },
  },
  {
    method: "get",
    path: "/openapi.json",
    operationId: "openapi",
    summary: "This document",
    tags: ["meta"],
    security: security.none,
    responses: { 200: { description: "OpenAPI 3.1", schema: r.openApiDocument } },
  },
];

const aggregateWrite = (method: "patch" | "put"): ApiRoute => ({
  method,
  path: `${channelPath}/aggregate`,
  operationId: method === "patch" ? "patchAggregate" : "putAggregate",
  summary:
    method === "patch"
      ? "Merge the body into the aggregate's data (RFC 7396 merge patch)"
      : "Replace the aggregate's data with the body",
  tags: ["data plane"],
  security: security.write,
  params: channelParams,
  query: aggregateQuery,
  headers: { "If-Match": z.string().optional() },
  describe: {
    log_update: "true: also log the body as a message of the channel",
    suppress_response: "true: answer 204 without the aggregate",
    "If-Match": 'the version last seen (`3`, `"3"`, `W/"3"`) or `*`: 409 version_conflict on mismatch',
  },
  body: { schema: jsonObject, description: "the data object itself, not wrapped" },
  responses: {
    200: { description: "the aggregate after the write", schema: r.aggregate, headers: etag },
    204: { description: "written (suppress_response=true)" },
    400: problems.badRequest,
    ...agentProblems,
    409: problems.conflict,
    413: problems.tooLarge,
    422: problems.invalid,
  },
});

const messageWrite = (method: "patch" | "put"): ApiRoute => ({
  method,
  path: `${channelPath}/messages/{message_id}`,
  operationId: method === "patch" ? "patchMessage" : "putMessage",
  summary: method === "patch" ? "Merge `data` into the message's data" : "Replace the message's data",
  tags: ["data plane"],
  security: security.write,
  params: messageParams,
  body: { schema: messageUpdate },
  responses: {
    200: { description: "the message after the write", schema: r.message },
    400: problems.badRequest,
    ...agentProblems,
    413: problems.tooLarge,
    422: problems.invalid,
  },
});

const dataPlane: ApiRoute[] = [
  {
    method: "get",
    path: "/api/agents",
    operationId: "listReadableAgents",
    summary: "The agents this token may read",
    tags: ["data plane"],
    security: security.anyToken,
    responses: { 200: { description: "bare array", schema: lists.agentSummary }, 401: problems.unauthorized },
  },
  {
    method: "get",
    path: "/api/agents/{agent_id}/installs",
    operationId: "listAgentInstalls",
    summary: "The installs that run on this agent or may write to it: their names, for a dashboard",
    description:
      "Installs whose own agent is this one (its processors: app_key names its tags and UI) or whose extended permissions include it (the integrations whose install agent is the author_id of what they write). Names only: no config, no secrets.",
    tags: ["data plane"],
    security: security.read,
    params: { agent_id: snowflake },
    responses: { 200: { description: "bare array", schema: lists.installName }, ...agentProblems },
  },
  {
    method: "get",
    path: "/api/agents/{agent_id}/channels",
    operationId: "listChannels",
    summary: "Channels of an agent, with their aggregates",
    tags: ["data plane"],
    security: security.read,
    params: { agent_id: snowflake },
    responses: { 200: { description: "bare array", schema: lists.channel }, ...agentProblems },
  },
  {
    method: "get",
    path: channelPath,
    operationId: "getChannel",
    summary: "One channel (404 before its first write)",
    tags: ["data plane"],
    security: security.read,
    params: channelParams,
    responses: { 200: { description: "the channel", schema: r.channel }, 400: problems.badRequest, ...agentProblems },
  },
  {
    method: "get",
    path: `${channelPath}/aggregate`,
    operationId: "getAggregate",
    summary: "The channel's aggregate",
    tags: ["data plane"],
    security: security.read,
    params: channelParams,
    responses: {
      200: { description: "the aggregate", schema: r.aggregate, headers: etag },
      400: problems.badRequest,
      ...agentProblems,
    },
  },
  aggregateWrite("patch"),
  aggregateWrite("put"),
  {
    method: "post",
    path: `${channelPath}/messages`,
    operationId: "createMessage",
    summary: "Create a message",
    tags: ["data plane"],
    security: security.write,
    params: channelParams,
    body: { schema: messageCreate },
    responses: {
      201: { description: "the message", schema: r.message },
      400: problems.badRequest,
      ...agentProblems,
      413: problems.tooLarge,
      422: problems.invalid,
    },
  },
  {
    method: "get",
    path: `${channelPath}/messages`,
    operationId: "listMessages",
    summary: "A page of messages",
    description:
      "Newest first. With `after` and no `before`: the `limit` oldest messages newer than `after`, oldest first (forward paging).",
    tags: ["data plane"],
    security: security.read,
    params: channelParams,
    query: messagePage,
    describe: {
      before: "a message id: list older messages",
      after: "a message id: list newer messages",
      limit: "1–1000, default 50; above the cap is a 400, never silently reduced",
    },
    responses: {
      200: { description: "bare array", schema: lists.message },
      400: problems.badRequest,
      ...agentProblems,
    },
  },
  {
    method: "get",
    path: `${channelPath}/series`,
    operationId: "getSeries",
    summary: "One field of the channel's messages as a time series",
    description:
      "With `bucket`: one point per non-empty bucket, oldest first (buckets start at epoch multiples of their size). Without: raw points in pages (`limit`, `after`). Numeric values only in min/max/avg; a message without the field (or with null) is skipped. On tag_values, `field=<app_key>.<tag>`. See docs/wire.md, History: series and export.",
    tags: ["data plane"],
    security: security.read,
    params: channelParams,
    query: seriesQuery,
    describe: {
      field: "dotted path into each message's data (1–256 characters, segments 1–128; all-digit segments index arrays)",
      from: "RFC 3339 date-time or epoch ms, included; default: `to` − 24 h",
      to: "RFC 3339 date-time or epoch ms, included; default: now. At most 400 days after `from`",
      bucket: "`<n>s`, `<n>m`, `<n>h` or `<n>d` (≥ 1 s); at most 10,000 buckets over the range",
      limit: "raw points per page, 1–10,000, default 1,000 (without bucket)",
      after: "a message id: the `next` of the previous raw page",
    },
    responses: {
      200: { description: "SeriesBuckets with a bucket, SeriesRaw without", schema: r.series },
      400: problems.badRequest,
      ...agentProblems,
      422: problems.invalid,
    },
  },
  {
    method: "get",
    path: `${channelPath}/export`,
    operationId: "exportMessages",
    summary: "Every message in a time range, oldest first, streamed as NDJSON or CSV",
    description:
      "NDJSON (`application/x-ndjson`): one message per line, as GET messages answers it. CSV (`text/csv`): columns id, timestamp, author_id, then `data` flattened to dotted `data.*` columns (every column seen over the range, first seen first; arrays as JSON text).",
    tags: ["data plane"],
    security: security.read,
    params: channelParams,
    query: exportQuery,
    describe: {
      from: "RFC 3339 date-time or epoch ms, included; default: `to` − 24 h",
      to: "RFC 3339 date-time or epoch ms, included; default: now. At most 400 days after `from`",
      format: "ndjson (default) or csv",
    },
    responses: {
      200: {
        description: "the messages, streamed (application/x-ndjson or text/csv)",
        headers: {
          "Content-Disposition": {
            description: "attachment; filename=<agent>_<channel>_<from>_<to>.<format>",
            schema: z.string(),
          },
        },
      },
      400: problems.badRequest,
      ...agentProblems,
      422: problems.invalid,
    },
  },
  {
    method: "get",
    path: `${channelPath}/messages/{message_id}`,
    operationId: "getMessage",
    summary: "One message",
    tags: ["data plane"],
    security: security.read,
    params: messageParams,
    responses: { 200: { description: "the message", schema: r.message }, 400: problems.badRequest, ...agentProblems },
  },
  messageWrite("patch"),
  messageWrite("put"),
  {
    method: "delete",
    path: `${channelPath}/messages/{message_id}`,
    operationId: "deleteMessage",
    summary: "Delete a message",
    tags: ["data plane"],
    security: security.write,
    params: messageParams,
    responses: { 204: { description: "deleted" }, 400: problems.badRequest, ...agentProblems },
  },
];

const gateway: ApiRoute = {
  method: "get",
  path: "/api/gateway",
  operationId: "gateway",
  summary: "WebSocket upgrade to the gateway",
  description:
    "Frames are JSON `{op, d, s?, t?}`: see docs/wire.md (Gateway) and docs/gateway.md. Subscribing needs read on the agent; one-shot messages need write.",
  tags: ["gateway"],
  security: security.anyToken,
  headers: {
    Upgrade: z.literal("websocket"),
    "Sec-WebSocket-Key": z.string().describe("16 random bytes in base64 (RFC 6455)"),
    "Sec-WebSocket-Version": z.literal("13"),
  },
  responses: {
    101: { description: "Switching Protocols: the socket speaks the gateway protocol from `Hello` on" },
    400: { description: "websocket_handshake_invalid: no Sec-WebSocket-Key of 16 bytes in base64", schema: r.problem },
    401: problems.unauthorized,
    426: {
      description:
        "upgrade_required: not a WebSocket upgrade; websocket_version_unsupported: Sec-WebSocket-Version is not 13",
      schema: r.problem,
    },
  },
};

/** Query parameters the invocation reads; any others reach the handler in `invocation_url`. */
const invokeQuery = z.object({
  wait: z.enum(["true", "false"]).optional(),
  json_response: z.enum(["true", "false"]).optional(),
});

const ingestionResponses = {
  401: {
    description: "token_invalid, signature_missing, signature_invalid, timestamp_out_of_window",
    schema: r.problem,
  },
  403: { description: "ip_denied, or forbidden (a write outside the token's pinned agent)", schema: r.problem },
  404: { description: "unknown_ingestion", schema: r.problem },
  413: problems.tooLarge,
  422: { description: "payload_undecodable", schema: r.problem },
  429: {
    ...problems.throttled,
    description: `throttled: more than the endpoint's \`throttle\` requests a second (default ${DEFAULT_THROTTLE}), with \`limit_key\``,
  },
  500: { description: "handler_failed (with `event_id`; retrying with the same event id is safe)", schema: r.problem },
  503: problems.unavailable,
};
const ingestionCommon = {
  tags: ["ingestion"],
  headers: { "Idempotency-Key": z.string().optional() },
  describe: {
    "Idempotency-Key": "the event id where the signature scheme signs none (hmac-header, github)",
    wait: "false: verify, durably enqueue and answer 202",
    json_response: "true: answer with the handler's return value",
  },
  body: { schema: ingestionPayload, contentTypes: ["*/*"] },
};

const ingestion: ApiRoute[] = [
  {
    method: "post",
    path: "/api/agents/{agent_id}/processors/ingestions/{ingestion_id}/invoke",
    operationId: "invoke",
    summary: "Invoke an install's ingestion endpoint",
    description:
      "Guards in order: CIDR allow-list, token, body limit, signature, dedup, throttle (docs/wire.md, Ingestion). Query parameters other than these reach the handler in `invocation_url`.",
    security: security.ingestion,
    params: { agent_id: snowflake, ingestion_id: snowflake },
    query: invokeQuery,
    ...ingestionCommon,
    responses: {
      200: { description: "handled: `{id}`, or the handler's return value with json_response=true", schema: r.eventId },
      202: { description: "queued (wait=false)", schema: r.eventId },
      ...ingestionResponses,
    },
  },
  {
    method: "post",
    path: "/m/{mini_token}",
    operationId: "invokeMini",
    summary: "Invoke an ingestion endpoint by mini-token (low-bandwidth devices)",
    description: "The short token alone identifies the ingestion (and may pin one agent); success has no body.",
    security: security.none,
    params: { mini_token: z.string() },
    query: invokeQuery.pick({ wait: true }),
    ...ingestionCommon,
    responses: {
      200: { description: 'handled: `{"downlinks": [...]}` queued for the HTTP device (docs/wire.md)' },
      204: { description: "handled or queued" },
      ...ingestionResponses,
    },
  },
];

export const dataPlaneRoutes: ApiRoute[] = [...meta, ...dataPlane, ...downlinkRoutes, gateway, ...ingestion];
