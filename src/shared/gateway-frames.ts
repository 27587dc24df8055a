// Gateway frames (SPEC §4.3): `{op, d, s?, t?}`. Server events are op 0 with a type `t`; `s` is the
// channel's event sequence (src/agent/channel-state.ts `events`), so a subscriber sees a gap.
import type { Aggregate, ChannelRef } from "./channel-types.ts";

export const OP = {
  EVENT: 0,
  CANCELLED: 3,
  IDENTIFY: 10,
  RESUME: 11,
  SUBSCRIBE: 12,
  UNSUBSCRIBE: 13,
  SYNC: 14,
  ONE_SHOT: 15,
} as const;

export const frame = (t: string, d: unknown, s?: number): string =>
  JSON.stringify(s === undefined ? { op: OP.EVENT, t, d } : { op: OP.EVENT, t, d, s });

export const channelKey = (c: ChannelRef): string => `${c.agent_id}/${c.name}`;

/** One channel event as an agent sends it to the gateways: the frame with and without the aggregate. */
export interface ChannelEvent {
  channel: string;
  /** Full frame (with `aggregate` where the event has one). */
  full: string;
  /** The `diff_only` frame (no `aggregate`); the same as `full` for events without one. */
  diff: string;
}

export function aggregateUpdate(
  channel: ChannelRef,
  author_id: string,
  request_data: unknown,
  aggregate: Aggregate,
  s: number,
): ChannelEvent {
  const base = { author_id, channel, request_data, organisation_id: null };
  return {
    channel: channel.name,
    full: frame("AggregateUpdate", { ...base, aggregate }, s),
    diff: frame("AggregateUpdate", base, s),
  };
}

export function channelSync(channel: ChannelRef, aggregate: Aggregate | null, s: number): string {
  return frame(
    "ChannelSync",
    { channel, aggregate: aggregate ?? { data: {}, attachments: [], last_updated: null, version: 0 } },
    s,
  );
}

export const errorEvent = (message: string): string => frame("WSSErrorEvent", { message });
