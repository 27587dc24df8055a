// The OpenAPI table of a device's downlinks (issue 22, docs/wire.md "Downlinks").
import { z } from "zod";
import type { ApiRoute } from "./zod-to-openapi.ts";
import { agentParams, agentProblems, lists, problems, security, snowflake } from "./components.ts";
import * as r from "./responses.ts";
import { downlinkPage } from "../routes/data-plane-schemas.ts";
import { downlinkBody } from "../../shared/downlink-request.ts";

const path = "/api/agents/{agent_id}/downlinks";
const oneParams = { ...agentParams, downlink_id: snowflake };

export const downlinkRoutes: ApiRoute[] = [
  {
    method: "post",
    path,
    operationId: "queueDownlink",
    summary: "Queue a downlink for the device",
    description:
      "Exactly one of `data` (base64) and `payload` (an object the network server's codec encodes). `replace: true` cancels what is still queued first. With `Idempotency-Key`, a repeat answers the first downlink.",
    tags: ["downlinks"],
    security: security.write,
    params: agentParams,
    headers: { "Idempotency-Key": z.string().optional() },
    body: { schema: downlinkBody },
    responses: {
      202: { description: "queued", schema: r.downlink },
      400: problems.badRequest,
      ...agentProblems,
      409: problems.conflict,
      413: problems.tooLarge,
      422: problems.invalid,
    },
  },
  {
    method: "get",
    path,
    operationId: "listDownlinks",
    summary: "The device's downlinks, newest first",
    tags: ["downlinks"],
    security: security.read,
    params: agentParams,
    query: downlinkPage,
    responses: {
      200: { description: "downlinks", schema: lists.downlink },
      400: problems.badRequest,
      ...agentProblems,
    },
  },
  {
    method: "get",
    path: `${path}/{downlink_id}`,
    operationId: "getDownlink",
    summary: "One downlink",
    tags: ["downlinks"],
    security: security.read,
    params: oneParams,
    responses: { 200: { description: "the downlink", schema: r.downlink }, ...agentProblems },
  },
  {
    method: "delete",
    path: `${path}/{downlink_id}`,
    operationId: "cancelDownlink",
    summary: "Cancel a downlink still queued",
    tags: ["downlinks"],
    security: security.write,
    params: oneParams,
    responses: {
      204: { description: "cancelled" },
      ...agentProblems,
      409: { ...problems.conflict, description: "downlink_not_queued: it was sent, or finished, already" },
    },
  },
];
