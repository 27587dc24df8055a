// The journal entry of an event: an invocation's writes to one agent (its parts), and the
// processors' writes that may join it in the same row (src/agent/inline-runs.ts).
import type { AggregateOp, Entry } from "./journal.ts";
import type { DownlinkWrite } from "../contracts/downlink-records.ts";
import type { RunNote } from "../shared/invocation-records.ts";
import { mergePatch, patchChangesNothing, type Json } from "../shared/merge-patch.ts";

/** One invocation's writes to one agent. */
export interface EventPart {
  /** Scoped event key (install, credential, event id), or null for an event nobody will repeat. */
  key: string | null;
  author_id: string;
  /** `{ "<app_key>": { "<tag>": value | null } }`: only the keys the invocation touched. */
  tag_patch: Record<string, Record<string, Json>> | null;
  /** Other aggregate writes (ui_state, doover_connection, …), in call order. */
  ops?: { channel: string; mode: "patch" | "put"; data: Json; log: boolean }[];
  messages: { channel: string; data: Json }[];
  /** First outcome, answered to repeats of the key. */
  outcome?: unknown;
  /** An ingestion for this agent, or a processor's ping: it counts as seen (connection status). */
  seen?: boolean;
  /** A processor run's note for the invocation log (its own agent's part only): journal `u`. */
  run?: RunNote;
  /** What it asks of the agent's downlink queue (src/agent/downlinks.ts): never journaled itself. */
  dl?: DownlinkWrite;
}

/** The run notes of parts, by key (an entry's `u`), or undefined when none has one. */
export function runNotes(parts: EventPart[]): Record<string, RunNote> | undefined {
  let notes: Record<string, RunNote> | undefined;
  for (const part of parts) if (part.key !== null && part.run) (notes ??= {})[part.key] = part.run;
  return notes;
}

export interface EventWrite extends EventPart {
  now: number;
}

/** A part's aggregate ops (its tag merge first) and messages, `author` set when not the entry's. */
export function partOps(part: EventPart, author: string | undefined): Pick<Entry, "w" | "m"> {
  const a = author === undefined ? {} : { a: author };
  const tags = part.tag_patch && Object.keys(part.tag_patch).length > 0 ? part.tag_patch : null;
  const w: AggregateOp[] = [
    ...(tags ? [{ c: "tag_values", m: "patch" as const, d: tags, l: 1 as const, ...a }] : []),
    ...(part.ops ?? []).map((op) => ({
      c: op.channel,
      m: op.mode,
      d: op.data,
      ...(op.log ? { l: 1 as const } : {}),
      ...a,
    })),
  ];
  const m = part.messages.map((msg) => ({ c: msg.channel, d: msg.data, ...a }));
  return { ...(w.length ? { w } : {}), ...(m.length ? { m } : {}) };
}

/**
 * Leaves out an event's unlogged patches that would change nothing — a processor's connection
 * ping with the type and interval already set, a UI published again: no version, no fan-out, no
 * delivery, no bytes. Only ops from index `from` on are looked at (those before are kept as they
 * are). REST writes do not come here (a client may PATCH to bump the version).
 */
export function dropNoOps(entry: Entry, stateOf: (channel: string) => Json | undefined, from = 0): void {
  if (!entry.w) return;
  const later = new Map<string, number>();
  for (const op of entry.w) later.set(op.c, (later.get(op.c) ?? 0) + 1);
  const running = new Map<string, Json>();
  entry.w = entry.w.filter((op, i) => {
    later.set(op.c, (later.get(op.c) ?? 1) - 1);
    const current = running.has(op.c) ? running.get(op.c) : stateOf(op.c);
    if (i >= from && !op.l && op.m === "patch" && current !== undefined && patchChangesNothing(current, op.d))
      return false;
    // Only a channel written again in this entry needs its state as of this op.
    if ((later.get(op.c) ?? 0) > 0) running.set(op.c, op.m === "patch" ? mergePatch(current, op.d) : op.d);
    return true;
  });
  if (entry.w.length === 0) delete entry.w;
}

/**
 * An entry with other parts joined after its own, so that its own parts keep their message ids
 * (`seq + offset`): a joined logged op becomes its aggregate write (unlogged, after the entry's
 * ops) plus its message (after the entry's messages) — the same state, events and history. The
 * entry's ops keep their part indexes; its messages move by the number of ops joined (returned).
 */
export function joinParts(
  entry: Entry,
  parts: EventPart[],
  stateOf: (channel: string) => Json | undefined,
): { entry: Entry; shift: number } {
  const w = [...(entry.w ?? [])];
  const m = [...(entry.m ?? [])];
  const own = w.length;
  for (const part of parts) {
    const ops = partOps(part, part.author_id === entry.a ? undefined : part.author_id);
    for (const op of ops.w ?? []) {
      const { l, ...write } = op;
      w.push(write);
      if (l) m.push({ c: op.c, d: op.d, h: 1, ...(op.a === undefined ? {} : { a: op.a }) });
    }
    m.push(...(ops.m ?? []));
  }
  const joined: Entry = { ...entry, w, m };
  dropNoOps(joined, stateOf, own);
  if (!joined.m?.length) delete joined.m;
  if (parts.some((p) => p.seen)) joined.v = 1;
  return { entry: joined, shift: (joined.w?.length ?? 0) - own };
}
