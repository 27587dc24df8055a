// What an invocation log holds (SPEC §4): an invocation's record and an install's rejection counts.
// Built in the isolates that run invocations (src/invocation/log-buffer.ts), kept by the install's
// own agent (src/agent/invocation-log.ts).

/** A request refused before the handler ran: what the install's owner sees of it. */
export interface RejectedAttempt {
  at: number;
  status: number;
  code: string;
  source_ip: string;
  /** The first bytes of the body, when the guard had read it (≤ 64). */
  first_bytes: string | null;
}

/** Counts by code since `since`, and the newest few attempts (newest first). */
export interface Rejections {
  since: number;
  counts: Record<string, number>;
  recent: RejectedAttempt[];
}

/** Attempts kept per install in `recent`. */
export const RECENT_REJECTIONS = 10;

/** `summary` with one more attempt (a new summary when there is none). */
export function addRejection(summary: Rejections | undefined, attempt: RejectedAttempt): Rejections {
  return mergeRejections(summary, { since: attempt.at, counts: { [attempt.code]: 1 }, recent: [attempt] });
}

export function mergeRejections(a: Rejections | undefined, b: Rejections): Rejections {
  if (!a) return b;
  const counts = { ...a.counts };
  for (const [code, n] of Object.entries(b.counts)) counts[code] = (counts[code] ?? 0) + n;
  const recent = [...a.recent, ...b.recent].sort((x, y) => y.at - x.at).slice(0, RECENT_REJECTIONS);
  return { since: Math.min(a.since, b.since), counts, recent };
}

/**
 * What one run of an integration's handler (an ingested event) or of a processor's hook (a
 * delivery) left: the install's invocation log lists both, newest first. A processor's record has
 * `kind: "processor"` and its delivery key (also its `event_id`), the agent the delivery came from
 * and, for a failure, the error; an integration's has no `kind`.
 */
export interface InvocationLog {
  install_id: string;
  /** Integration: the event id. Processor: the delivery key. */
  event_id: string;
  outcome: "ok" | "error";
  status: number;
  code: string | null;
  duration_ms: number;
  source_ip: string;
  queued: boolean;
  /** Epoch ms the invocation finished. */
  at: number;
  /** ≤ 1 KB of the body, for failures only. */
  body_excerpt?: string;
  /** "processor": a processor's run of a delivery; absent: an integration's invocation. */
  kind?: "processor";
  /** Processor: the delivery's key (`<agent>:<seq>:<part>`, `sched:…`, `deploy:…`). */
  delivery_key?: string;
  /** Processor: the agent whose write (or timer) the delivery came from. */
  agent_id?: string;
  /** Processor failures: the error (a thrown error's name and message, a refused commit). */
  error?: string;
}

/**
 * A processor run's note in the journal row that committed it (Entry `u`): [ms, queued, agent],
 * the agent left out when the delivery key starts with it (`<agent>:<seq>:<part>`).
 */
export type RunNote = [duration_ms: number, queued: 0 | 1, agent_id?: string];

/** The note of a run of `delivery` (its agent only when its key does not say it). */
export const runNote = (delivery: { key: string; agent_id: string }, ms: number, queued: boolean): RunNote =>
  delivery.key.startsWith(`${delivery.agent_id}:`) ? [ms, queued ? 1 : 0] : [ms, queued ? 1 : 0, delivery.agent_id];

/** Longest error message kept in a record. */
export const MAX_ERROR_CHARS = 1_000;

/** A processor's failed run of a delivery, as the invocation log keeps it. */
export function processorFailure(
  install_id: string,
  delivery: { key: string; agent_id: string },
  error: string,
  final: boolean,
  duration_ms: number,
  queued: boolean,
): InvocationLog {
  const code = /^ForbiddenError\b/.test(error)
    ? "forbidden"
    : /^GuardError\b/.test(error)
      ? "guard_violation"
      : final
        ? "delivery_refused"
        : "handler_failed";
  return {
    install_id,
    event_id: delivery.key,
    outcome: "error",
    status: code === "forbidden" ? 403 : code === "handler_failed" ? 500 : 422,
    code,
    duration_ms,
    source_ip: "",
    queued,
    at: Date.now(),
    kind: "processor",
    delivery_key: delivery.key,
    agent_id: delivery.agent_id,
    error: error.length > MAX_ERROR_CHARS ? `${error.slice(0, MAX_ERROR_CHARS)}…` : error,
  };
}

function agentOf(key: string, note: RunNote | undefined): { agent_id?: string } {
  const agent = note?.[2] ?? /^(\d+):/.exec(key)?.[1];
  return agent === undefined ? {} : { agent_id: agent };
}

/** A processor's successful run, from the note its journal row carries. */
export function processorSuccess(
  install_id: string,
  delivery_key: string,
  at: number,
  note: RunNote | undefined,
): InvocationLog {
  return {
    install_id,
    event_id: delivery_key,
    outcome: "ok",
    status: 200,
    code: null,
    duration_ms: note?.[0] ?? 0,
    source_ip: "",
    queued: note?.[1] === 1,
    at,
    kind: "processor",
    delivery_key,
    ...agentOf(delivery_key, note),
  };
}
