// Connection status of an agent (SPEC §7), kept in its `doover_connection` aggregate. An ingestion
// for the agent marks it seen inside its own commit (the entry's `v`, no extra row); only a change
// of status (coming online, going offline) is an aggregate write, delivered like any other. The
// agent's object flips it offline by alarm at its deadline; a later report only moves the deadline
// in memory (the alarm, when it fires early, re-arms for it), so no storage write per event.
import { applyOp, type ChannelState } from "./channel-state.ts";
import type { AggregateOp, Entry } from "./journal.ts";
import { isPlainObject, type Json } from "../shared/merge-patch.ts";
import { CONNECTION_CHANNEL } from "../shared/channel-types.ts";

/** Without a connection type: a report an hour ago is the last sign of life we wait for. */
const DEFAULT_WINDOW_MS = 3_600_000;
const CONTINUOUS_WINDOW_MS = 120_000;

const ONLINE = new Set(["ContinuousOnline", "ContinuousOnlineNoPing"]);

interface ConnectionData {
  status?: string;
  type?: string;
  online_at?: number | null;
  offline_at?: number | null;
  expected_interval?: number | null;
}

const dataOf = (agg: Json | undefined): ConnectionData => (isPlainObject(agg) ? (agg as ConnectionData) : {});

/** How long after the last report the agent counts as offline (SPEC §7 defaults). */
export function windowOf(data: ConnectionData): number {
  if (data.type === "Continuous") return CONTINUOUS_WINDOW_MS;
  if ((data.type === "Periodic" || data.type === "PeriodicContinuous") && typeof data.expected_interval === "number")
    return 2 * data.expected_interval;
  return DEFAULT_WINDOW_MS;
}

export class ConnectionTracker {
  /** Epoch ms of the newest write that saw the agent; null if none since it was created. */
  lastSeen: number | null;

  constructor(checkpointed: string | undefined) {
    this.lastSeen = checkpointed ? Number(checkpointed) : null;
  }

  /** At wake: the checkpoint's last_seen, unless a replayed entry saw the agent later. */
  restore(checkpointed: string | undefined): void {
    const at = checkpointed ? Number(checkpointed) : null;
    if (at !== null && (this.lastSeen === null || at > this.lastSeen)) this.lastSeen = at;
  }

  /** Last seen including `entry` (being written): what its checkpoint keeps. */
  seenWith(entry: Entry): number | null {
    return entry.v && (this.lastSeen === null || entry.t > this.lastSeen) ? entry.t : this.lastSeen;
  }

  /** Takes a committed or replayed entry's sighting. */
  observe(entry: Entry): void {
    if (entry.v && (this.lastSeen === null || entry.t > this.lastSeen)) this.lastSeen = entry.t;
  }

  /**
   * What a sighting adds to its entry: the status going online when it was not (unless the entry
   * sets the status itself, e.g. a processor's explicit ping).
   */
  extraOps(entry: Entry, current: ChannelState | undefined): AggregateOp[] {
    if (!entry.v) return [];
    const own = (entry.w ?? []).filter((op) => op.c === CONNECTION_CHANNEL);
    let state = current;
    for (const op of own) state = applyOp(state, op, entry.t);
    const data = dataOf(state?.agg);
    if (own.some((op) => isPlainObject(op.d) && "status" in op.d)) return [];
    if (data.status !== undefined && ONLINE.has(data.status) && typeof data.online_at === "number") return [];
    return [
      { c: CONNECTION_CHANNEL, m: "patch", d: { status: "ContinuousOnline", online_at: entry.t, offline_at: null } },
    ];
  }

  /** When an online agent goes offline; null when it is not online. */
  deadline(agg: Json | undefined): number | null {
    const data = dataOf(agg);
    if (data.status === undefined || !ONLINE.has(data.status)) return null;
    const since = this.lastSeen ?? (typeof data.online_at === "number" ? data.online_at : null);
    if (since === null) return null;
    const byWindow = since + windowOf(data);
    return typeof data.offline_at === "number" && data.offline_at > byWindow ? data.offline_at : byWindow;
  }

  /** The op taking an agent past its deadline offline, or null while it is not due. */
  expire(agg: Json | undefined, now: number): AggregateOp | null {
    const deadline = this.deadline(agg);
    if (deadline === null || now < deadline) return null;
    return { c: CONNECTION_CHANNEL, m: "patch", d: { status: "ContinuousOffline", offline_at: deadline } };
  }

  /** The aggregate as shown: with `last_seen`. */
  view(data: Json): Json {
    return isPlainObject(data) && this.lastSeen !== null ? { ...data, last_seen: this.lastSeen } : data;
  }
}
