// Runs one ingestion event through its integration app: decode, handle, commit, then record
// the outcome (dedup window) and the invocation log in the install agent's DO.
import { findApp } from "../apps/index.ts";
import { PayloadUndecodableError, ProtoSchemaError } from "../codecs/errors.ts";
import type { WriteBatch } from "../data/batch.ts";
import { jsonDepth, MAX_JSON_DEPTH } from "../data/merge-patch.ts";
import type { InvocationLog, StoredOutcome } from "../data/invocations.ts";
import { agentStub } from "../registry/rpc.ts";
import type { IngestionRecord } from "../registry/install-types.ts";
import { InvocationContext } from "../sdk/context.ts";
import { ForbiddenError } from "../sdk/errors.ts";
import type { IngestionEvent } from "../sdk/types.ts";

export interface InvocationRequest {
  record: IngestionRecord;
  event_id: string;
  /** Dedup claim to settle; null when the event has no id or the outcome is already stored. */
  claim_key: string | null;
  target_agent_id: string;
  raw: Uint8Array;
  content_type: string | null;
  invocation_url: string;
  source_ip: string;
  received_at: number;
  json_response: boolean;
  queued: boolean;
}

export interface InvocationResult extends StoredOutcome {
  /** Final outcomes are remembered for the dedup window; `handler_failed` is not (retry is safe). */
  final: boolean;
  code: string | null;
}

/** What `execute` hands back: the result, and the install agent's writes still to commit. */
type Executed = InvocationResult & { ownBatch?: WriteBatch | null };

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

async function execute(env: Env, req: InvocationRequest): Promise<Executed> {
  const { record } = req;
  const App = findApp(record.app);
  if (!App)
    return problem(500, "handler_failed", `app ${record.app} is not deployed in this worker`, req.event_id, false);
  const context = new InvocationContext(env, record, record.config, req.event_id);
  const app = new App(context);
  let payload: unknown;
  try {
    await app.setup();
    payload = await app.parseIngestionEventPayload(req.raw, req.content_type);
    if (jsonDepth(payload, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
      throw new PayloadUndecodableError(`payload is nested deeper than ${MAX_JSON_DEPTH} levels`);
  } catch (error) {
    if (error instanceof PayloadUndecodableError || error instanceof ProtoSchemaError)
      return problem(422, "payload_undecodable", error.message, req.event_id, true);
    return problem(500, "handler_failed", describe(error), req.event_id, false);
  }
  const event: IngestionEvent = {
    id: req.event_id,
    ingestion_id: record.id,
    agent_id: req.target_agent_id,
    organisation_id: record.organisation_id,
    payload,
    raw: req.raw,
    content_type: req.content_type,
    invocation_url: req.invocation_url,
    source_ip: req.source_ip,
    received_at: req.received_at,
  };
  let returned: unknown;
  try {
    returned = await app.onIngestionEndpoint(event);
  } catch (error) {
    if (error instanceof ForbiddenError || context.forbidden)
      return problem(403, "forbidden", describe(context.forbidden ?? error), req.event_id, true);
    if (error instanceof PayloadUndecodableError)
      return problem(422, "payload_undecodable", error.message, req.event_id, true);
    return problem(500, "handler_failed", describe(error), req.event_id, false);
  }
  // A forbidden write the handler caught still voids the whole invocation.
  if (context.forbidden) return problem(403, "forbidden", context.forbidden.message, req.event_id, true);
  let ownBatch: WriteBatch | null;
  try {
    ownBatch = await context.commitOthers();
  } catch (error) {
    return problem(500, "handler_failed", describe(error), req.event_id, false);
  }
  const body = req.json_response ? JSON.stringify(returned ?? null) : JSON.stringify({ id: req.event_id });
  return { status: 200, body, content_type: "application/json", final: true, code: null, ownBatch };
}

export async function runInvocation(env: Env, req: InvocationRequest): Promise<InvocationResult> {
  const started = Date.now();
  const { ownBatch = null, ...result } = await execute(env, req);
  const stub = agentStub(env, req.record.agent_id);
  // The install agent's own writes, the outcome and the log entry: one transaction.
  const finished = await stub.finishInvocation(req.claim_key, stored(result), logEntry(req, result, started), ownBatch);
  if (finished.ok) return result;
  const failed = problem(500, "handler_failed", `${finished.code}: ${finished.detail}`, req.event_id, false);
  await stub.finishInvocation(req.claim_key, null, logEntry(req, failed, started), null);
  return failed;
}

function stored(result: InvocationResult): StoredOutcome | null {
  return result.final ? { status: result.status, body: result.body, content_type: result.content_type } : null;
}

function logEntry(req: InvocationRequest, result: InvocationResult, started: number): InvocationLog {
  const ok = result.status < 400;
  return {
    install_id: req.record.install_id,
    event_id: req.event_id,
    outcome: ok ? "ok" : "error",
    status: result.status,
    code: result.code,
    duration_ms: Date.now() - started,
    source_ip: req.source_ip,
    queued: req.queued,
    ...(ok ? {} : { body_excerpt: new TextDecoder().decode(req.raw.subarray(0, EXCERPT_BYTES)) }),
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
