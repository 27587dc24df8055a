// One invocation of an app: reads see the state at invocation start plus this invocation's own
// writes; writes are buffered and committed once at the end, one atomic batch per touched agent.
import { mergePatch, type Json } from "../shared/merge-patch.ts";
import type { RunNote } from "../shared/invocation-records.ts";
import { CHANNEL_NAME, CONNECTION_CHANNEL, type Failure } from "../shared/channel-types.ts";
import { agentStub } from "../contracts/stubs.ts";
import { WriteBuffer } from "./write-buffer.ts";
import { cachedAgent, cachedAgentBySerial } from "../kv-mirror/edge-cache.ts";
import { ForbiddenError, GuardError } from "./errors.ts";
import type { PingOptions } from "./types.ts";
import { uiStatePatch, type UiElement } from "./ui.ts";
import { ExtendedPermissions, extendedPermissionsOf } from "./permissions.ts";
import type { DownlinkRoute, DownlinkStatusUpdate, HttpDownlink } from "../contracts/downlink-records.ts";
import { downlinkBodyProblem, toQueuedRequest, type DownlinkBody } from "../shared/downlink-request.ts";
import { newRegistryId } from "../shared/snowflake.ts";

export interface InstallIdentity {
  install_id: string;
  app: string;
  app_key: string;
  agent_id: string;
  organisation_id: string;
}

export interface TagOptions {
  /** Another app's namespace in `tag_values` (default: this install's app key). */
  appKey?: string;
  /** Another agent (default: the install's agent); must be within extended permissions. */
  agentId?: string;
}

export interface ContextOptions {
  /** A pinned mini-token's agent: writes anywhere else are forbidden (SPEC §4.2). */
  pinnedAgentId?: string | null;
  /** The channel whose write invoked a processor: it may not publish there (SPEC §6). */
  invokedBy?: { agentId: string; channel: string } | null;
  /** An ingestion: every agent it writes to other than the install's own counts as seen. */
  ingestion?: boolean;
  /**
   * Where tags are read from (default: the agent's `tag_values` now). A processor batch reads each
   * agent once and shows later deliveries the writes of earlier ones (src/processors/batch-view.ts).
   */
  tagSource?: (agentId: string) => Promise<Record<string, Json>>;
}

const DOWNLINKS_CHANNEL = "downlinks";

export class InvocationContext {
  readonly pinnedAgentId: string | null;
  readonly invokedBy: { agentId: string; channel: string } | null;
  readonly permissions: ExtendedPermissions;
  #tagsAtStart = new Map<string, Promise<Record<string, Json>>>();
  readonly #writes = new WriteBuffer();
  #forbidden: ForbiddenError | null = null;
  #broken: Error | null = null;
  /** Permission checks of writes, awaited before commit even if the handler did not await them. */
  #pending: Promise<unknown>[] = [];
  /** What the devices' objects handed out for this uplink's answer (takeDownlinks). */
  #taken: HttpDownlink[] = [];
  /** Set by the invocation when its answer can carry downlinks for the HTTP devices it saw. */
  takeDownlinks = false;

  constructor(
    readonly env: Env,
    readonly install: InstallIdentity,
    readonly config: Record<string, unknown>,
    readonly eventId: string,
    private readonly options: ContextOptions = {},
  ) {
    this.pinnedAgentId = options.pinnedAgentId ?? null;
    this.invokedBy = options.invokedBy ?? null;
    this.permissions = new ExtendedPermissions(env, install.agent_id, extendedPermissionsOf(config));
  }

  /** A forbidden access poisons the invocation: even if the handler catches it, nothing commits. */
  get forbidden(): ForbiddenError | null {
    return this.#forbidden;
  }

  /** A misuse the handler may not have seen (e.g. an un-awaited write with a bad channel name). */
  get broken(): Error | null {
    return this.#broken;
  }

  /** Waits for every write's permission check, awaited by the handler or not. */
  async settle(): Promise<void> {
    while (this.#pending.length > 0) await Promise.all(this.#pending.splice(0));
  }

  /**
   * A tag as of this invocation: the agent's tags when first read, plus this invocation's own
   * writes. Returns a copy, so changing it changes nothing until `setTag`.
   */
  async getTag(key: string, fallback: Json | undefined, opts: TagOptions = {}): Promise<Json | undefined> {
    const agentId = opts.agentId ?? this.install.agent_id;
    await this.check(agentId, "read");
    const appKey = opts.appKey ?? this.install.app_key;
    const start = await this.tagsAtStart(agentId);
    const merged = mergePatch(start, this.#writes.tagPatch(agentId)) as Record<string, Json>;
    const ns = merged[appKey];
    const value = typeof ns === "object" && ns !== null && !Array.isArray(ns) ? ns[key] : undefined;
    return value === undefined ? fallback : structuredClone(value);
  }

  /** Buffered at once, in call order; the permission check may finish later (see settle). */
  setTag(key: string, value: Json, opts: TagOptions = {}): Promise<void> {
    const agentId = opts.agentId ?? this.install.agent_id;
    const appKey = opts.appKey ?? this.install.app_key;
    if (appKey !== this.install.app_key && this.invoking(agentId, "tag_values"))
      return this.refuse(
        new GuardError(`invoked by tag_values of agent ${agentId}: only this app's own key may be written there`),
      );
    // The last write of a key in this invocation wins; null stays in the patch so the commit
    // (a merge patch of the touched keys) deletes the tag.
    try {
      this.#writes.setTag(agentId, appKey, key, value);
    } catch (error) {
      return this.refuse(error);
    }
    return this.track(this.check(agentId, "write"));
  }

  createMessage(channel: string, data: Json, agentId = this.install.agent_id): Promise<void> {
    if (!CHANNEL_NAME.test(channel)) return this.refuse(new TypeError(`invalid channel name '${channel}'`));
    if (this.invoking(agentId, channel)) return this.refuse(this.guardError(agentId, channel));
    try {
      this.#writes.addMessage(agentId, channel, data);
    } catch (error) {
      return this.refuse(error);
    }
    return this.track(this.check(agentId, "write"));
  }

  /** A buffered aggregate write (ui_state, doover_connection, any channel). */
  writeAggregate(
    channel: string,
    data: Json,
    agentId = this.install.agent_id,
    mode: "patch" | "put" = "patch",
    log = false,
  ): Promise<void> {
    if (!CHANNEL_NAME.test(channel)) return this.refuse(new TypeError(`invalid channel name '${channel}'`));
    if (this.invoking(agentId, channel)) return this.refuse(this.guardError(agentId, channel));
    try {
      this.#writes.addAggregate(agentId, channel, mode, data, log);
    } catch (error) {
      return this.refuse(error);
    }
    return this.track(this.check(agentId, "write"));
  }

  /**
   * The seed's `ping_connection`: the agent counts as seen, and the fields given are written to its
   * `doover_connection` aggregate (the agent itself sets online_at and flips it offline later).
   */
  pingConnection(opts: PingOptions): Promise<void> {
    const agentId = opts.agentId ?? this.install.agent_id;
    const fields: Record<string, Json> = {};
    if (opts.connectionStatus !== undefined) fields.status = opts.connectionStatus;
    if (opts.connectionType !== undefined) fields.type = opts.connectionType;
    if (opts.expectedInterval !== undefined) fields.expected_interval = opts.expectedInterval;
    if (opts.onlineAt !== undefined) fields.online_at = opts.onlineAt;
    if (opts.offlineAt !== undefined) fields.offline_at = opts.offlineAt;
    // Seen writes the connection when it comes online: not from a processor invoked by it.
    if (this.invoking(agentId, CONNECTION_CHANNEL)) return this.refuse(this.guardError(agentId, CONNECTION_CHANNEL));
    this.#writes.markSeen(agentId);
    if (Object.keys(fields).length === 0) return this.track(this.check(agentId, "write"));
    return this.writeAggregate(CONNECTION_CHANNEL, fields, agentId);
  }

  /** Publishes UI elements to the install agent's `ui_state` under this app's key. */
  async publishUi(elements: UiElement[]): Promise<void> {
    const agentId = this.install.agent_id;
    const previous = await agentStub(this.env, agentId).getAggregate("ui_state");
    const patch = uiStatePatch(this.install.app_key, this.install.app_key, elements, previous?.data ?? null);
    await this.writeAggregate("ui_state", patch, agentId);
  }

  /** Queues a downlink on a device (write permission); its id at once, the downlink at commit. */
  sendDownlink(agentId: string, body: DownlinkBody): Promise<{ id: string }> {
    const problem = downlinkBodyProblem(body);
    if (problem) return this.refuse(new TypeError(`sendDownlink: ${problem.detail}`));
    if (this.invoking(agentId, DOWNLINKS_CHANNEL)) return this.refuse(this.guardError(agentId, DOWNLINKS_CHANNEL));
    const id = newRegistryId();
    this.#writes.addDownlink(agentId, toQueuedRequest(id, body));
    return this.track(this.check(agentId, "write")).then(() => ({ id }));
  }

  /**
   * Records how the device is reached (an integration, from its uplinks): written by the device's
   * object only when it changed, recognised by a fingerprint so an unchanged one costs nothing.
   */
  setDownlinkRoute(agentId: string, route: DownlinkRoute): Promise<void> {
    return this.track(
      (async () => {
        await this.check(agentId, "write");
        const text = `${agentId}:${JSON.stringify(route)}`;
        const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
        const fingerprint = [...new Uint8Array(digest).subarray(0, 16)]
          .map((b) => b.toString(16).padStart(2, "0"))
          .join("");
        this.#writes.setDownlinkRoute(agentId, route, fingerprint);
      })(),
    );
  }

  /** A network server's status event about a downlink of the device (idempotent). */
  updateDownlink(agentId: string, update: DownlinkStatusUpdate): Promise<void> {
    if (update.id === undefined && update.remote_id === undefined)
      return this.refuse(new TypeError("updateDownlink: give id or remote_id"));
    this.#writes.addDownlinkUpdate(agentId, update);
    return this.track(this.check(agentId, "write"));
  }

  /** The downlinks the devices' objects handed out for this uplink's answer (after commit). */
  get downlinksTaken(): HttpDownlink[] {
    return this.#taken;
  }

  async serialNumberOf(agentId: string): Promise<string | null> {
    return (await cachedAgent(this.env, agentId))?.serial_number ?? null;
  }

  findAgentBySerial(serial: string | null | undefined): Promise<string | null> {
    return cachedAgentBySerial(this.env, serial);
  }

  /** The tags this invocation wrote to an agent, as a merge patch. */
  tagPatch(agentId: string): Record<string, Record<string, Json>> {
    return this.#writes.tagPatch(agentId);
  }

  /** Agents whose state this invocation would change. */
  touchedAgents(): string[] {
    return this.#writes.agents();
  }

  private invoking(agentId: string, channel: string): boolean {
    return this.invokedBy !== null && this.invokedBy.agentId === agentId && this.invokedBy.channel === channel;
  }

  private guardError(agentId: string, channel: string): GuardError {
    return new GuardError(
      `a processor may not publish to the channel that invoked it ('${channel}' of agent ${agentId})`,
    );
  }

  /**
   * One agent's writes as a part of a processor batch (`Agent.commitBatchText`), keyed by the
   * delivery, or null when this invocation wrote nothing there.
   */
  partText(agentId: string, key: string, run?: RunNote): string {
    return this.#writes.commitText(agentId, {
      key,
      author_id: this.install.agent_id,
      outcome: null,
      ...(run ? { run } : {}),
    });
  }

  /** A write the handler got wrong breaks the invocation, whether it awaited the write or not. */
  private refuse(error: unknown): Promise<never> {
    this.#broken ??= error instanceof Error ? error : new TypeError(String(error));
    return Promise.reject(error);
  }

  /**
   * Commits the buffered writes: one `commitEvent` call per touched agent, each one atomic journal
   * row, applied once per `key`. Returns the first outcome a repeated key stored, if any.
   */
  async commit(key: string | null, outcome: unknown): Promise<{ replayed: unknown } | null> {
    let replayed: { replayed: unknown } | null = null;
    // An ingestion sees the devices it writes to (connection status), in their own commit.
    if (this.options.ingestion)
      for (const agentId of this.touchedAgents())
        if (agentId !== this.install.agent_id) {
          this.#writes.markSeen(agentId);
          if (this.takeDownlinks) this.#writes.takeDownlinks(agentId, this.install.install_id);
        }
    for (const agentId of this.touchedAgents()) {
      const result = await agentStub(this.env, agentId).commitEventText(
        this.#writes.commitText(agentId, { key, author_id: this.install.agent_id, outcome }),
      );
      if (!result.ok) throw new CommitRejected(agentId, result);
      if (!result.value.applied) replayed ??= { replayed: result.value.outcome };
      const taken = (result.value.outcome as { downlinks?: HttpDownlink[] } | null)?.downlinks;
      if (this.takeDownlinks && Array.isArray(taken)) this.#taken.push(...taken);
    }
    return replayed;
  }

  private track(check: Promise<void>): Promise<void> {
    // Kept (with its rejection handled) so commit can wait for it; the caller still sees the error.
    this.#pending.push(check.catch(() => undefined));
    return check;
  }

  private async check(agentId: string, use: "read" | "write"): Promise<void> {
    // The pin narrows what the install may write, never widens it: P itself must still be
    // within the extended permissions. Reads are not confined (SPEC §4.2 confines writes); they
    // stay within the extended permissions.
    const pinned = use === "write" && this.pinnedAgentId !== null && agentId !== this.pinnedAgentId;
    if (!pinned && (await this.permissions.allows(agentId))) return;
    const error = new ForbiddenError(
      pinned
        ? `agent ${agentId} is outside this mini-token's pin (agent ${this.pinnedAgentId}); it may write only there`
        : `agent ${agentId} is outside this install's extended permissions (${use})`,
    );
    this.#forbidden ??= error;
    throw error;
  }

  private tagsAtStart(agentId: string): Promise<Record<string, Json>> {
    let pending = this.#tagsAtStart.get(agentId);
    if (!pending && this.options.tagSource) {
      pending = this.options.tagSource(agentId);
      this.#tagsAtStart.set(agentId, pending);
    }
    if (!pending) {
      pending = (async () => {
        const agg = await agentStub(this.env, agentId).getAggregate("tag_values");
        return agg && typeof agg.data === "object" && agg.data !== null ? (agg.data as Record<string, Json>) : {};
      })();
      this.#tagsAtStart.set(agentId, pending);
    }
    return pending;
  }
}

/** An agent refused an invocation's batch (e.g. a value too large to store). */
export class CommitRejected extends Error {
  override readonly name = "CommitRejected";
  constructor(
    readonly agentId: string,
    readonly failure: Failure,
  ) {
    super(`commit to agent ${agentId} refused: ${failure.code}: ${failure.detail}`);
  }
}
