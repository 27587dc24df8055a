// Runs one ingestion event through its integration app: decode, handle, then commit its writes in
// one call per touched agent (a repeated event key answers the first outcome), and buffer the
// invocation record for the install's log (src/ingest/log-buffer.ts).
import { findApp } from "../apps/index.ts";
import { PayloadUndecodableError, ProtoSchemaError } from "../codecs/errors.ts";
import type { InvocationLog } from "../shared/invocation-records.ts";
import { jsonDepth, MAX_JSON_DEPTH } from "../shared/merge-patch.ts";
import type { IngestionRecord } from "../contracts/install-records.ts";
import { CommitRejected, InvocationContext } from "../sdk/context.ts";
import { ForbiddenError } from "../sdk/errors.ts";
import type { IngestionEvent } from "../sdk/types.ts";
import { EVENT_ID, eventKeyOf } from "./dedup-key.ts";
import { logInvocation } from "./log-buffer.ts";

export interface InvocationRequest {
  record: IngestionRecord;
  event_id: string;
  /** The event's id scoped to its sender (install, credential); null when no repeat is expected. */
  event_key: string | null;
  /** Who sent it (`endpoint`, `mini:<id>`): the scope of an event id the body carries. */
  credential: string;
  target_agent_id: string;
  /** A pinned mini-token's agent: the only agent this invocation may write; null = not confined. */
  pinned_agent_id: string | null;
  raw: Uint8Array;
  content_type: string | null;
  invocation_url: string;
  source_ip: string;
  received_at: number;
  /** The request's forwarded headers (forwarded-headers.ts), if any. */
  forwarded_headers?: Record<string, string>;
  /** Success body: the handler's return value (`json_response`), `{"id"}`, or none (mini form, 204). */
  respond: "returned" | "id" | "empty";
  queued: boolean;
}

/** The answer to an invocation, as stored for repeats of its event key. */
export interface StoredOutcome {
  status: number;
  body: string;
  content_type: string | null;
}

export interface InvocationResult extends StoredOutcome {
  /** A final outcome stands for the event; `handler_failed` does not (a retry runs it again). */
  final: boolean;
  code: string | null;
  /** The first outcome of a repeated event key (answered with `Idempotent-Replayed: true`). */
  replayed?: boolean;
  /** The event id the app found in the body (`ingestionEventId`), when it replaced the request's. */
  event_id?: string;
}

const EXCERPT_BYTES = 1024;

function problem(status: number, code: string, detail: string, eventId: string, final: boolean): InvocationResult {
  const body = JSON.stringify({
    type: `https://edgehook.dev/problems/${code}`,
    title: code,
    status,
    detail,
    code,
    event_id: eventId,
  });
  return { status, body, content_type: "application/problem+json", final, code };
}

const failed = (req: InvocationRequest, error: unknown): InvocationResult =>
  problem(500, "handler_failed", describe(error), req.event_id, false);

function success(req: InvocationRequest, returned: unknown): InvocationResult {
  if (req.respond === "empty") return { status: 204, body: "", content_type: null, final: true, code: null };
  const body = req.respond === "returned" ? JSON.stringify(returned ?? null) : JSON.stringify({ id: req.event_id });
  return { status: 200, body, content_type: "application/json", final: true, code: null };
}

/**
 * The answer with the downlinks handed to the HTTP devices the uplink wrote to: `"downlinks"` added
 * to its JSON object, or — for the mini form's empty 204 — a 200 `{"downlinks": [...]}`.
 */
function withDownlinks(outcome: StoredOutcome, downlinks: unknown): StoredOutcome {
  if (!Array.isArray(downlinks) || downlinks.length === 0) return outcome;
  if (outcome.status === 204)
    return { status: 200, body: JSON.stringify({ downlinks }), content_type: "application/json" };
  const body = JSON.parse(outcome.body) as Record<string, unknown>;
  return { ...outcome, body: JSON.stringify({ ...body, downlinks }) };
}

/** Whether this answer can carry downlinks: a synchronous uplink, to an app that hands them out. */
function canCarry(req: InvocationRequest, returned: unknown): boolean {
  if (req.queued || !findApp(req.record.app)?.httpDownlinks) return false;
  return req.respond !== "returned" || (typeof returned === "object" && returned !== null && !Array.isArray(returned));
}

async function decode(context: InvocationContext, req: InvocationRequest) {
  const App = findApp(req.record.app);
  if (!App) throw new Error(`app ${req.record.app} is not deployed in this worker`);
  const app = new App(context);
  await app.setup();
  const payload = await app.parseIngestionEventPayload(req.raw, req.content_type, req.invocation_url);
  if (jsonDepth(payload, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    throw new PayloadUndecodableError(`payload is nested deeper than ${MAX_JSON_DEPTH} levels`);
  return { app, payload };
}

/** The request as the app identifies it: an event id found in the body replaces the request's. */
function identified(req: InvocationRequest, bodyId: string | null): InvocationRequest {
  if (bodyId === null || bodyId === req.event_id || !EVENT_ID.test(bodyId)) return req;
  return { ...req, event_id: bodyId, event_key: eventKeyOf(req.record.install_id, req.credential, bodyId) };
}

async function execute(env: Env, received: InvocationRequest): Promise<InvocationResult> {
  const { record } = received;
  const context = new InvocationContext(env, record, record.config, received.event_id, {
    pinnedAgentId: received.pinned_agent_id,
    ingestion: true,
  });
  let decoded: Awaited<ReturnType<typeof decode>>;
  try {
    decoded = await decode(context, received);
  } catch (error) {
    if (error instanceof PayloadUndecodableError || error instanceof ProtoSchemaError)
      return problem(422, "payload_undecodable", error.message, received.event_id, true);
    return failed(received, error);
  }
  const req = identified(received, decoded.app.ingestionEventId(decoded.payload));
  const result = await handle(req, context, decoded);
  return req === received ? result : { ...result, event_id: req.event_id };
}

async function handle(
  req: InvocationRequest,
  context: InvocationContext,
  decoded: Awaited<ReturnType<typeof decode>>,
): Promise<InvocationResult> {
  const { record } = req;
  const event: IngestionEvent = {
    id: req.event_id,
    ingestion_id: record.id,
    agent_id: req.target_agent_id,
    organisation_id: record.organisation_id,
    payload: decoded.payload,
    raw: req.raw,
    content_type: req.content_type,
    invocation_url: req.invocation_url,
    source_ip: req.source_ip,
    received_at: req.received_at,
    forwarded_headers: req.forwarded_headers ?? {},
  };
  let result: InvocationResult;
  try {
    const returned = await decoded.app.onIngestionEndpoint(event);
    // Writes the handler did not await still count: wait for their permission checks.
    await context.settle();
    // Rendered before anything commits: a reply that cannot be serialised must not leave
    // half-written state behind.
    result = success(req, returned);
    context.takeDownlinks = canCarry(req, returned);
  } catch (error) {
    await context.settle();
    const forbidden = context.forbidden ?? (error instanceof ForbiddenError ? error : null);
    if (forbidden) return problem(403, "forbidden", forbidden.message, req.event_id, true);
    if (error instanceof PayloadUndecodableError)
      return problem(422, "payload_undecodable", error.message, req.event_id, true);
    return failed(req, error);
  }
  // A forbidden access the handler caught still voids the whole invocation.
  if (context.forbidden) return problem(403, "forbidden", context.forbidden.message, req.event_id, true);
  if (context.broken) return failed(req, context.broken);
  try {
    const stored: StoredOutcome = { status: result.status, body: result.body, content_type: result.content_type };
    const replay = await context.commit(req.event_key, stored);
    if (replay) {
      const first = replay.replayed as StoredOutcome & { downlinks?: unknown };
      const { downlinks, ...answer } = first;
      return { ...withDownlinks(answer, downlinks), final: true, code: null, replayed: true };
    }
    return { ...result, ...withDownlinks(stored, context.downlinksTaken) };
  } catch (error) {
    // A batch the agent refuses for good (e.g. a value too large to store) is a final answer.
    if (error instanceof CommitRejected && error.failure.status < 500)
      return problem(error.failure.status, error.failure.code, error.message, req.event_id, true);
    return failed(req, error);
  }
}

/**
 * Runs the event and buffers its record. Never throws for the app's sake: any failure becomes
 * `handler_failed` (nothing committed for it, so a retry with the same event id runs again).
 */
export async function runInvocation(
  env: Env,
  req: InvocationRequest,
  defer: (work: Promise<unknown>) => void,
): Promise<InvocationResult> {
  const started = Date.now();
  let result: InvocationResult;
  try {
    result = await execute(env, req);
  } catch (error) {
    result = failed(req, error);
  }
  logInvocation(env, req.record.agent_id, logEntry(req, result, started), defer);
  return result;
}

function logEntry(req: InvocationRequest, result: InvocationResult, started: number): InvocationLog {
  const ok = result.status < 400;
  return {
    install_id: req.record.install_id,
    event_id: result.event_id ?? req.event_id,
    outcome: ok ? "ok" : "error",
    status: result.status,
    code: result.code,
    duration_ms: Date.now() - started,
    source_ip: req.source_ip,
    queued: req.queued,
    at: Date.now(),
    ...(ok ? {} : { body_excerpt: new TextDecoder().decode(req.raw.subarray(0, EXCERPT_BYTES)) }),
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
