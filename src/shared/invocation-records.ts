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

export interface InvocationLog {
  install_id: string;
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
}
