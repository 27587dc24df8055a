// Checks an event write that arrived as JSON text over RPC (a trust boundary, even from our own
// worker): the shape the agent's store expects, or null.
import type { EventPart, EventWrite } from "./event-entry.ts";
import type { Json } from "../shared/merge-patch.ts";
import { CHANNEL_NAME } from "../shared/channel-types.ts";
import { parseDownlinkWrite } from "./downlink-write.ts";
import type { RunNote } from "../shared/invocation-records.ts";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

type Part = EventPart & { seen?: boolean };

function parsePart(v: unknown): Part | null {
  if (!isObject(v) || (v.key !== null && typeof v.key !== "string") || typeof v.author_id !== "string") return null;
  const tags = v.tag_patch;
  if (tags !== null && !(isObject(tags) && Object.values(tags).every(isObject))) return null;
  const messages = v.messages;
  if (!Array.isArray(messages)) return null;
  for (const m of messages)
    if (!isObject(m) || typeof m.channel !== "string" || !CHANNEL_NAME.test(m.channel)) return null;
  const ops = v.ops ?? [];
  if (!Array.isArray(ops)) return null;
  for (const op of ops)
    if (
      !isObject(op) ||
      typeof op.channel !== "string" ||
      !CHANNEL_NAME.test(op.channel) ||
      (op.mode !== "patch" && op.mode !== "put") ||
      op.data === undefined ||
      typeof op.log !== "boolean"
    )
      return null;
  const dl = v.dl === undefined ? undefined : parseDownlinkWrite(v.dl);
  if (dl === null) return null;
  return {
    key: v.key,
    author_id: v.author_id,
    tag_patch: tags as Record<string, Record<string, Json>> | null,
    messages: messages as { channel: string; data: Json }[],
    ...(ops.length ? { ops: ops as NonNullable<EventPart["ops"]> } : {}),
    ...(v.outcome === null || v.outcome === undefined ? {} : { outcome: v.outcome }),
    ...(v.seen === true ? { seen: true } : {}),
    ...(isRunNote(v.run) ? { run: v.run } : {}),
    ...(dl ? { dl } : {}),
  };
}

const isRunNote = (v: unknown): v is RunNote =>
  Array.isArray(v) &&
  (v.length === 2 || (v.length === 3 && typeof v[2] === "string")) &&
  typeof v[0] === "number" &&
  Number.isFinite(v[0]) &&
  v[0] >= 0 &&
  (v[1] === 0 || v[1] === 1);

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One invocation's write (`Agent.commitEventText`). */
export function parseEventWrite(text: string): Omit<EventWrite, "now"> | null {
  return parsePart(parse(text));
}

/** A processor batch's writes (`Agent.commitBatchText`): `{ "parts": [part, …] }`. */
export function parseEventBatch(text: string): { parts: Part[] } | null {
  const v = parse(text);
  if (!isObject(v) || !Array.isArray(v.parts)) return null;
  const parts: Part[] = [];
  for (const p of v.parts) {
    const part = parsePart(p);
    if (!part) return null;
    parts.push(part);
  }
  return { parts };
}
