// What a webhook_forwarder delivery carries (issue 24): one event per forwarded message, the
// message's data narrowed to the configured `fields`; a batch is a JSON array of events.
import type { Message } from "../../shared/channel-types.ts";
import type { Json } from "../../shared/merge-patch.ts";

export interface WebhookEvent {
  /** `edgehook.alarm` for the `alarms` channel, `edgehook.message` for any other. */
  type: string;
  agent_id: string;
  channel: string;
  message_id: string;
  /** ISO 8601 (UTC, milliseconds) of the message. */
  timestamp: string;
  data: Json;
}

export const eventType = (channel: string): string => (channel === "alarms" ? "edgehook.alarm" : "edgehook.message");

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * `data` narrowed to `fields`, dotted paths into nested objects (`"gps.lat"`). What is picked keeps
 * its place (`{gps: {lat}}`); a path that is absent, or runs into an array or a scalar, is left
 * out; a leaf may be any value, arrays included. Data that is not an object has no fields: `{}`.
 * Without `fields` the data is sent whole.
 */
export function pickFields(data: Json, fields: readonly string[] | undefined): Json {
  if (fields === undefined) return data;
  const out: { [key: string]: Json } = {};
  for (const path of fields) {
    const keys = path.split(".");
    // Assigning "__proto__" would set a prototype, not a field (config validation refuses it too).
    if (keys.includes("__proto__")) continue;
    let from: Json | undefined = data;
    for (const key of keys) from = isObject(from) && Object.hasOwn(from, key) ? from[key] : undefined;
    if (from === undefined) continue;
    let into = out;
    for (const key of keys.slice(0, -1)) {
      const next = into[key];
      into = isObject(next) ? next : (into[key] = {});
    }
    into[keys[keys.length - 1] ?? ""] = from;
  }
  return out;
}

/** The event a message becomes. */
export function toEvent(message: Message, fields?: readonly string[]): WebhookEvent {
  return {
    type: eventType(message.channel.name),
    agent_id: message.channel.agent_id,
    channel: message.channel.name,
    message_id: message.id,
    timestamp: new Date(message.timestamp).toISOString(),
    data: pickFields(message.data, fields),
  };
}

/** The exact body sent (and signed): one event as an object, a batch as an array. */
export function renderBody(events: readonly WebhookEvent[], batched: boolean): string {
  if (!batched && events.length !== 1) throw new Error("an unbatched delivery carries one event");
  return JSON.stringify(batched ? events : events[0]);
}
