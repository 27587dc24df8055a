// A device's downlink queue as its Agent object holds it: the queued downlinks in memory, and each
// change worked out as a plan — rows to write, and the messages and aggregate ops it publishes on
// the device's `downlinks` channel — that the commit pipeline writes in the same transaction as the
// journal row carrying those messages (commit-pipeline.ts commitDownlinks). The `downlinks`
// aggregate counts the queued ones (`queued`), and is in memory from the wake's checkpoint and
// replay: the queue is read from its table only when that count is not zero, so a device with
// nothing queued reads no row for it. States only move forward: queued → sent → acked | failed, or
// queued → expired | cancelled | failed.
import { DownlinkStore } from "./downlink-store.ts";
import {
  MAX_QUEUED_PER_CREDENTIAL,
  type Downlink,
  type DownlinkRoute,
  type DownlinkStatus,
  type DownlinkStatusUpdate,
  type DownlinkTransport,
  type DownlinkView,
  type DownlinkWrite,
  type HttpDownlink,
  type QueuedDownlinkRequest,
  type SendResult,
} from "../contracts/downlink-records.ts";
import type { Json } from "../shared/merge-patch.ts";

export const DOWNLINKS_CHANNEL = "downlinks";

/** The route as the `downlinks` aggregate shows it: its transport and a fingerprint, never its key. */
export interface RouteSeen {
  transport: DownlinkTransport;
  fingerprint: string;
}

const RANK: Record<DownlinkStatus, number> = { queued: 0, sent: 1, acked: 2, failed: 2, expired: 2, cancelled: 2 };

export function viewOf(d: Downlink): DownlinkView {
  return {
    id: d.id,
    status: d.status,
    transport: d.transport,
    ...(d.f_port === undefined ? {} : { f_port: d.f_port }),
    confirmed: d.confirmed,
    priority: d.priority,
    created_at: d.created_at,
    updated_at: d.updated_at,
    expires_at: d.expires_at,
    attempts: d.attempts,
    ...(d.error === undefined ? {} : { error: d.error }),
  };
}

function itemOf(d: Downlink): HttpDownlink {
  return {
    id: d.id,
    ...(d.f_port === undefined ? {} : { f_port: d.f_port }),
    ...(d.data === undefined ? {} : { data: d.data }),
    ...(d.payload === undefined ? {} : { payload: d.payload }),
  };
}

/** What one change of the queue writes and publishes. */
export interface DownlinkPlan {
  inserts: Downlink[];
  updates: Downlink[];
  route?: DownlinkRoute;
  /** For the event's part: status messages and the route's aggregate op, on DOWNLINKS_CHANNEL. */
  messages: { channel: string; data: Json }[];
  ops: { channel: string; mode: "patch"; data: Json; log: false }[];
  /** Handed to an HTTP device in the answer to its uplink (now `sent`). */
  taken: HttpDownlink[];
  /** The queue's answer to each downlink queued by this change, in order. */
  queued: DownlinkView[];
}

export class Downlinks {
  /** Loaded on first need, and only read from the table when the aggregate's count is not 0. */
  #loaded: Map<string, Downlink> | null = null;
  /** Being sent by the alarm right now: not cancellable (the network server may have it). */
  readonly inFlight = new Set<string>();

  /** `aggregate`: the `downlinks` aggregate as the channel state holds it now. */
  constructor(
    readonly store: DownlinkStore,
    private readonly aggregate: () => Json | undefined,
  ) {}

  routeSeen(): RouteSeen | null {
    return routeSeenOf(this.aggregate());
  }

  /** The queued count the aggregate holds; null when it has none (a store from before the count). */
  counted(): number | null {
    return queuedCountOf(this.aggregate());
  }

  get queued(): ReadonlyMap<string, Downlink> {
    return this.#queued();
  }

  #queued(): Map<string, Downlink> {
    if (this.#loaded) return this.#loaded;
    this.#loaded = new Map();
    if (this.store.exists && this.counted() !== 0) for (const d of this.store.queued()) this.#loaded.set(d.id, d);
    return this.#loaded;
  }

  /** Whether an HTTP device's uplink would take something (transport http, or not known yet). */
  hasForHttp(): boolean {
    for (const d of this.#queued().values()) if (d.transport === "http" || d.transport === null) return true;
    return false;
  }

  /**
   * What leaves for a network server, in the order it was queued: sent one at a time, the oldest
   * first, so the device's queue at the server keeps the order (one in backoff holds the rest).
   */
  sendable(): Downlink[] {
    const sent = [...this.#queued().values()].filter((d) => d.transport === "tts" || d.transport === "chirpstack");
    return sent.sort((a, b) => a.created_at - b.created_at || (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  }

  /** When the alarm should next look at the queue: the oldest's send, or an expiry; null: never. */
  nextWake(): number | null {
    const head = this.sendable()[0];
    let next = head ? (head.next_at ?? head.created_at) : null;
    for (const d of this.#queued().values())
      if (d.expires_at !== null && (next === null || d.expires_at < next)) next = d.expires_at;
    return next;
  }

  begin(now: number): DownlinkChanges {
    return new DownlinkChanges(this, now);
  }

  /** After the plan's rows and journal row committed. */
  accept(plan: DownlinkPlan): void {
    const queued = this.#queued();
    for (const d of [...plan.inserts, ...plan.updates])
      if (d.status === "queued") queued.set(d.id, d);
      else queued.delete(d.id);
  }

  /** The plan's rows (inside the commit's transaction; before accept()). */
  write(plan: DownlinkPlan): void {
    const queued = this.#queued();
    if (plan.route) this.store.setRoute(plan.route);
    for (const d of plan.inserts) this.store.insert(d);
    for (const d of plan.updates) this.store.update(d, queued.has(d.id));
    if (plan.inserts.length) this.store.prune();
  }
}

/** One change of the queue in the making (route, queue, updates, take, sends, expiry, cancel). */
export class DownlinkChanges {
  readonly #changed = new Map<string, Downlink>();
  readonly #inserted = new Set<string>();
  readonly #plan: DownlinkPlan = { inserts: [], updates: [], messages: [], ops: [], taken: [], queued: [] };

  constructor(
    private readonly queue: Downlinks,
    private readonly now: number,
  ) {}

  private current(id: string): Downlink | null {
    return this.#changed.get(id) ?? this.queue.queued.get(id) ?? this.queue.store.get(id);
  }

  private queuedNow(): Downlink[] {
    const out = new Map(this.queue.queued);
    for (const [id, d] of this.#changed)
      if (d.status === "queued") out.set(id, d);
      else out.delete(id);
    return [...out.values()];
  }

  private set(d: Downlink, changes: Partial<Downlink>, publish = true): Downlink {
    const next: Downlink = { ...d, ...changes, updated_at: this.now };
    if (changes.error === undefined && next.status !== "failed" && next.status !== "queued") delete next.error;
    this.#changed.set(next.id, next);
    if (publish) this.#plan.messages.push({ channel: DOWNLINKS_CHANNEL, data: viewOf(next) as unknown as Json });
    return next;
  }

  /** A route from the device's integration: kept, and what waited for one takes its transport. */
  route(route: DownlinkRoute, fingerprint: string): this {
    this.#plan.route = route;
    this.#plan.ops.push({
      channel: DOWNLINKS_CHANNEL,
      mode: "patch",
      data: { route: { transport: route.transport, fingerprint } },
      log: false,
    });
    for (const d of this.queuedNow())
      if (d.transport === null) this.set(d, { transport: route.transport, next_at: this.now }, false);
    return this;
  }

  queueDownlink(request: QueuedDownlinkRequest, by: string): this {
    if (this.current(request.id)) return this; // the same id again (a retried call): no second effect
    if (request.replace) for (const d of this.queuedNow()) this.cancel(d.id);
    const mine = this.queuedNow().filter((d) => d.by === by).length;
    const { replace: _replace, ...wanted } = request;
    const base: Downlink = {
      ...wanted,
      ...(request.replace ? { replace: true as const } : {}),
      status: "queued",
      transport: this.queue.routeSeen()?.transport ?? null,
      created_at: this.now,
      updated_at: this.now,
      attempts: 0,
      by,
      next_at: this.now,
    };
    const full = mine >= MAX_QUEUED_PER_CREDENTIAL;
    const d = this.set(
      base,
      full
        ? { status: "failed", error: `this credential has ${MAX_QUEUED_PER_CREDENTIAL} downlinks queued already` }
        : {},
    );
    this.#inserted.add(d.id);
    this.#plan.queued.push(viewOf(d));
    return this;
  }

  /** A network server's status event; one that would move a downlink backwards changes nothing. */
  update(update: DownlinkStatusUpdate): this {
    const d =
      (update.id !== undefined ? this.current(update.id) : null) ??
      (update.remote_id !== undefined ? this.queue.store.byRemoteId(update.remote_id) : null);
    if (!d || RANK[update.status] <= RANK[d.status]) return this;
    this.set(d, {
      status: update.status,
      ...(update.status === "failed" ? { error: update.error ?? "refused by the network server" } : {}),
    });
    return this;
  }

  /** An HTTP device's synchronous uplink takes what is queued for it (expired ones expire). */
  take(): this {
    for (const d of this.queuedNow()) {
      if (d.transport !== "http" && d.transport !== null) continue;
      if (this.expire(d)) continue;
      const sent = this.set(d, { status: "sent", transport: "http", attempts: d.attempts + 1 });
      this.#plan.taken.push(itemOf(sent));
    }
    return this;
  }

  /** Expires every queued downlink past its `expires_at`. */
  expireDue(): this {
    for (const d of this.queuedNow()) this.expire(d);
    return this;
  }

  private expire(d: Downlink): boolean {
    if (d.expires_at === null || d.expires_at > this.now) return false;
    this.set(d, { status: "expired" });
    return true;
  }

  /** False when it is not queued (any more). */
  cancel(id: string): boolean {
    const d = this.current(id);
    if (d?.status !== "queued" || this.queue.inFlight.has(id)) return false;
    this.set(d, { status: "cancelled" });
    return true;
  }

  /** A send's result: sent, tried again later (until it expires), or failed at once. */
  sendResult(id: string, result: SendResult, retryAt: (attempts: number, afterMs?: number) => number): this {
    const d = this.current(id);
    if (d?.status !== "queued") return this;
    const attempts = d.attempts + 1;
    if (result.kind === "sent")
      this.set(d, { status: "sent", attempts, ...(result.remote_id ? { remote_id: result.remote_id } : {}) });
    else if (result.kind === "failed") this.set(d, { status: "failed", attempts, error: result.error });
    else {
      const next = retryAt(attempts, result.after_ms);
      // A `replace: true` queued while this one was in flight (so not cancelled then) replaces it.
      const replacer = [...this.queue.queued.values()].find(
        (r) => r.replace && r.created_at >= d.created_at && r.id !== d.id,
      );
      if (replacer) this.set(d, { status: "cancelled", attempts, error: `replaced by downlink ${replacer.id}` });
      else if (d.expires_at !== null && next >= d.expires_at)
        this.set(d, { status: "expired", attempts, error: result.error });
      else this.set(d, { attempts, error: result.error, next_at: next }, false);
    }
    return this;
  }

  plan(): DownlinkPlan {
    for (const [id, d] of this.#changed) (this.#inserted.has(id) ? this.#plan.inserts : this.#plan.updates).push(d);
    // The aggregate's count follows the queue (in the same journal row): what the next wake reads
    // to know whether to load it. Written when it changes, or first set (with a route, say).
    const count = this.queuedNow().length;
    if (this.#changed.size || this.#plan.route)
      if (count !== this.queue.counted())
        this.#plan.ops.push({ channel: DOWNLINKS_CHANNEL, mode: "patch", data: { queued: count }, log: false });
    return this.#plan;
  }
}

/**
 * What a commit's downlink write changes (route, queue, updates, take), or null when nothing: an
 * unchanged route (same fingerprint as the `downlinks` aggregate shows) and a take with nothing
 * queued for HTTP cost no read and no write, so the uplink commits exactly as without them.
 */
export function planWrite(queue: Downlinks, dl: DownlinkWrite, by: string, now: number): DownlinkPlan | null {
  const seen = queue.routeSeen()?.fingerprint;
  // An HTTP device's route comes with its uplinks' take: its fingerprint holds no secret.
  const http =
    dl.take === undefined
      ? undefined
      : { route: { transport: "http" as const, install_id: dl.take }, fingerprint: `http:${dl.take}` };
  const route = [dl.route, http].find((r) => r !== undefined && r.fingerprint !== seen);
  const take = dl.take !== undefined && queue.hasForHttp();
  if (!route && !dl.queue?.length && !dl.updates?.length && !take) return null;
  const changes = queue.begin(now);
  if (route) changes.route(route.route, route.fingerprint);
  for (const request of dl.queue ?? []) changes.queueDownlink(request, by);
  for (const update of dl.updates ?? []) changes.update(update);
  if (take) changes.take();
  return changes.plan();
}

/** The `downlinks` aggregate's `queued` count; null when it has none. */
export function queuedCountOf(data: Json | undefined): number | null {
  const n = data && typeof data === "object" && !Array.isArray(data) ? data.queued : undefined;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : null;
}

/** The `downlinks` aggregate's `route`, if it has the shape the agent writes. */
export function routeSeenOf(data: Json | undefined): RouteSeen | null {
  const route = data && typeof data === "object" && !Array.isArray(data) ? data.route : undefined;
  if (!route || typeof route !== "object" || Array.isArray(route)) return null;
  const { transport, fingerprint } = route;
  if (transport !== "tts" && transport !== "chirpstack" && transport !== "http") return null;
  return typeof fingerprint === "string" ? { transport, fingerprint } : null;
}
