// Checks an event write that arrived as JSON text over RPC (a trust boundary, even from our own
// worker): the shape the agent's store expects, or null.
import type { EventWrite } from "./channel-store.ts";
import type { Json } from "./merge-patch.ts";
import { CHANNEL_NAME } from "./types.ts";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function parseEventWrite(text: string): Omit<EventWrite, "now"> | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(v) || (v.key !== null && typeof v.key !== "string") || typeof v.author_id !== "string") return null;
  const tags = v.tag_patch;
  if (tags !== null && !(isObject(tags) && Object.values(tags).every(isObject))) return null;
  const messages = v.messages;
  if (!Array.isArray(messages)) return null;
  for (const m of messages)
    if (!isObject(m) || typeof m.channel !== "string" || !CHANNEL_NAME.test(m.channel)) return null;
  return {
    key: v.key,
    author_id: v.author_id,
    tag_patch: tags as Record<string, Record<string, Json>> | null,
    messages: messages as { channel: string; data: Json }[],
    ...(v.outcome === null ? {} : { outcome: v.outcome }),
  };
}
