// The OpenAPI table of the control API (`/api/control/…`, admin token): request bodies are the
// schemas control.ts and installs.ts validate with.
import { z } from "zod";
import type { ApiResponse, ApiRoute, Method } from "./zod-to-openapi.ts";
import { agentCreate, agentPatch, groupCreate, tokenCreate } from "../routes/control.ts";
import { installCreate, installPatch, limitQuery, miniCreate } from "../routes/installs.ts";
import { adminProblems, lists, problems, security, snowflake } from "./components.ts";
import * as r from "./responses.ts";

/** Stop and resume: an admin token without the start secret is refused too. */
const ownerOnly = { 403: problems.startOwnerOnly };
const limit = { limit: "1–1000, default 100" };

/** A control route: admin security, and the admin problems under its own responses. */
function control(
  method: Method,
  path: string,
  operationId: string,
  summary: string,
  responses: Record<string, ApiResponse>,
  extra: Partial<ApiRoute> = {},
): ApiRoute {
  const params = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");
  return {
    method,
    path: `/api/control${path}`,
    operationId,
    summary,
    tags: ["control"],
    security: security.admin,
    ...(params.length ? { params: Object.fromEntries(params.map((name) => [name, paramSchema(name)])) } : {}),
    ...extra,
    // A route may say more of its 403 (stop and resume: the start secret).
    responses: { ...responses, ...adminProblems, ...(responses[403] ? { 403: responses[403] } : {}) },
  };
}

/** Ids are decimal snowflakes; a dead letter's id is whatever the queue consumer gave it. */
function paramSchema(name: string): z.ZodType {
  return name === "dl" ? z.string() : snowflake;
}

const created = (description: string, schema: z.ZodType): ApiResponse => ({ description, schema });
const body = (schema: z.ZodType) => ({ body: { schema } });
const deleted = { 204: { description: "deleted" }, 404: problems.notFound };
const bodyProblems = { 400: problems.badRequest, 413: problems.tooLarge, 422: problems.invalid };

export const controlRoutes: ApiRoute[] = [
  control("get", "/organisation", "getOrganisation", "The organisation and its org agent", {
    200: { description: "the organisation", schema: r.organisation },
  }),
  control("post", "/ready", "markReady", "The start script is done seeding: GET / answers 200 from now on", {
    200: { description: "ready", schema: r.ready },
  }),
  control(
    "post",
    "/stop",
    "stop",
    "npm start is stopping: new requests are answered 503 `stopping`; answers once those in flight are done. Only the start script that owns the process may call it (header `x-edgehook-start-secret`)",
    { 200: { description: "stopping", schema: r.stopping }, ...ownerOnly },
  ),
  control(
    "post",
    "/resume",
    "resume",
    "Undo a stop: accept requests again. Only the start script that owns the process may call it (header `x-edgehook-start-secret`)",
    { 200: { description: "running", schema: r.stopping }, ...ownerOnly },
  ),
  control(
    "post",
    "/agents",
    "createAgent",
    "Create an agent (device or integration)",
    { 201: created("the agent", r.agent), 409: problems.conflict, ...bodyProblems },
    body(agentCreate),
  ),
  control(
    "get",
    "/agents",
    "listAgents",
    "Every agent, or the one with a serial number",
    { 200: { description: "bare array", schema: lists.agent } },
    { query: z.object({ serial_number: z.string().optional() }) },
  ),
  control("get", "/agents/{id}", "getAgent", "One agent", {
    200: { description: "the agent", schema: r.agent },
    404: problems.notFound,
  }),
  control(
    "patch",
    "/agents/{id}",
    "updateAgent",
    "Change an agent; tokens_valid_from voids tokens issued before it",
    {
      200: { description: "the agent", schema: r.agent },
      404: problems.notFound,
      409: problems.conflict,
      ...bodyProblems,
    },
    body(agentPatch),
  ),
  control("delete", "/agents/{id}", "deleteAgent", "Delete an agent", deleted),
  control("post", "/agents/{id}/restart", "restartAgent", "Restart the agent's Durable Object (rebuilt from storage)", {
    202: { description: "restarting" },
    404: problems.notFound,
  }),
  control(
    "post",
    "/groups",
    "createGroup",
    "Create a group (groups nest)",
    { 201: created("the group", r.group), ...bodyProblems },
    body(groupCreate),
  ),
  control("get", "/groups", "listGroups", "Every group", { 200: { description: "bare array", schema: lists.group } }),
  control("delete", "/groups/{id}", "deleteGroup", "Delete a group without children or members", {
    ...deleted,
    409: problems.conflict,
  }),
  control(
    "post",
    "/tokens",
    "createToken",
    "Issue a token with grants",
    { 201: created("the token; the secret is shown once", r.issuedToken), ...bodyProblems },
    body(tokenCreate),
  ),
  control("get", "/tokens", "listTokens", "Every API token: id, grants, created_at (never the secret)", {
    200: { description: "bare array, oldest first", schema: lists.token },
  }),
  control("delete", "/tokens/{id}", "revokeToken", "Revoke a token (its gateway sessions end first)", deleted),
  control("get", "/apps", "listApps", "The apps that can be installed, with their config schemas", {
    200: { description: "bare array", schema: lists.app },
  }),
  control(
    "post",
    "/installs",
    "createInstall",
    "Install an app; config validated against the app's schema",
    { 201: created("the install, with its ingestion endpoint's secrets shown once", r.installIssued), ...bodyProblems },
    body(installCreate),
  ),
  control("get", "/installs", "listInstalls", "Every install", {
    200: { description: "bare array", schema: lists.install },
  }),
  control("get", "/installs/{id}", "getInstall", "One install", {
    200: { description: "the install", schema: r.install },
    404: problems.notFound,
  }),
  control(
    "patch",
    "/installs/{id}",
    "updateInstall",
    "Replace an install's config (and its endpoint token, unless never_replace_token)",
    { 200: { description: "the install", schema: r.installIssued }, 404: problems.notFound, ...bodyProblems },
    body(installPatch),
  ),
  control("delete", "/installs/{id}", "deleteInstall", "Delete an install", deleted),
  control(
    "get",
    "/installs/{id}/invocations",
    "listInvocations",
    "Recent invocations, newest first: an integration's handler runs, a processor's delivery runs",
    {
      200: { description: "bare array", schema: lists.invocation },
      400: problems.badRequest,
      404: problems.notFound,
    },
    { query: limitQuery, describe: limit },
  ),
  control("get", "/installs/{id}/rejections", "getRejections", "Requests refused before the handler", {
    200: { description: "counts by code and the newest attempts", schema: r.rejections },
    404: problems.notFound,
  }),
  control("get", "/installs/{id}/throttle", "getThrottle", "This isolate's throttle counters", {
    200: { description: "the throttle key and counters", schema: r.throttle },
    404: problems.notFound,
  }),
  control(
    "post",
    "/installs/{id}/mini_tokens",
    "createMiniToken",
    "Issue an extra mini-token, optionally pinned to a device",
    { 201: created("the mini-token, shown once", r.issuedMiniToken), 404: problems.notFound, ...bodyProblems },
    body(miniCreate),
  ),
  control("get", "/installs/{id}/mini_tokens", "listMiniTokens", "The install's mini-tokens", {
    200: { description: "bare array", schema: lists.miniToken },
  }),
  control("delete", "/installs/{id}/mini_tokens/{mini_id}", "revokeMiniToken", "Revoke a mini-token", deleted),
  control(
    "get",
    "/installs/{id}/dead_letters",
    "listDeadLetters",
    "Events whose handler or delivery kept failing",
    {
      200: { description: "bare array", schema: lists.deadLetter },
      400: problems.badRequest,
      404: problems.notFound,
    },
    { query: limitQuery, describe: limit },
  ),
  control(
    "post",
    "/installs/{id}/dead_letters/{dl}/replay",
    "replayDeadLetter",
    "Replay a dead letter (applied once)",
    {
      202: { description: "queued again", schema: r.eventId },
      404: problems.notFound,
    },
  ),
];
