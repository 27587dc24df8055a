// An invocation's buffered writes, per agent, kept as JSON text: a value is taken when the handler
// writes it (changing the object afterwards changes nothing), and each agent's writes go to its
// Durable Object as one string — cheaper to send than an object graph (about a fifth of an
// uplink's CPU went to serialising the batch for RPC and cloning values).
import type { Json } from "../shared/merge-patch.ts";
import type { RunNote } from "../shared/invocation-records.ts";

export class WriteBuffer {
  /** agent → app key → tag → JSON of the value (the last write of a tag wins). */
  readonly #tags = new Map<string, Map<string, Map<string, string>>>();
  /** agent → `{"channel":…,"data":…}` texts, in call order. */
  readonly #messages = new Map<string, string[]>();
  /** agent → `{"channel":…,"mode":…,"data":…,"log":…}` aggregate writes, in call order. */
  readonly #ops = new Map<string, string[]>();
  /** Agents this invocation saw (a processor's ping). */
  readonly #seen = new Set<string>();
  /** agent → what it asks of the agent's downlink queue, as JSON texts (src/agent/downlinks.ts). */
  readonly #downlinks = new Map<string, { queue: string[]; updates: string[]; route?: string; take?: string }>();

  /** Throws a TypeError for a value JSON cannot carry (e.g. a bigint). */
  setTag(agentId: string, appKey: string, key: string, value: Json | undefined): void {
    const text = JSON.stringify(value ?? null);
    let apps = this.#tags.get(agentId);
    if (!apps) this.#tags.set(agentId, (apps = new Map()));
    let tags = apps.get(appKey);
    if (!tags) apps.set(appKey, (tags = new Map()));
    tags.set(key, text);
  }

  addMessage(agentId: string, channel: string, data: Json): void {
    const text = `{"channel":${JSON.stringify(channel)},"data":${JSON.stringify(data ?? null)}}`;
    const list = this.#messages.get(agentId);
    if (list) list.push(text);
    else this.#messages.set(agentId, [text]);
  }

  addAggregate(agentId: string, channel: string, mode: "patch" | "put", data: Json, log: boolean): void {
    const text = `{"channel":${JSON.stringify(channel)},"mode":"${mode}","data":${JSON.stringify(data ?? null)},"log":${log}}`;
    const list = this.#ops.get(agentId);
    if (list) list.push(text);
    else this.#ops.set(agentId, [text]);
  }

  private downlinksOf(agentId: string) {
    let dl = this.#downlinks.get(agentId);
    if (!dl) this.#downlinks.set(agentId, (dl = { queue: [], updates: [] }));
    return dl;
  }

  addDownlink(agentId: string, request: object): void {
    this.downlinksOf(agentId).queue.push(JSON.stringify(request));
  }

  addDownlinkUpdate(agentId: string, update: object): void {
    this.downlinksOf(agentId).updates.push(JSON.stringify(update));
  }

  /** The last route set in an invocation wins. */
  setDownlinkRoute(agentId: string, route: object, fingerprint: string): void {
    this.downlinksOf(agentId).route = JSON.stringify({ route, fingerprint });
  }

  /** The answer to this uplink can carry what is queued for HTTP on the agent. */
  takeDownlinks(agentId: string, installId: string): void {
    this.downlinksOf(agentId).take = installId;
  }

  markSeen(agentId: string): void {
    this.#seen.add(agentId);
  }

  agents(): string[] {
    return [
      ...new Set([
        ...this.#tags.keys(),
        ...this.#messages.keys(),
        ...this.#ops.keys(),
        ...this.#seen,
        ...this.#downlinks.keys(),
      ]),
    ];
  }

  /** The tags written to an agent, as a merge patch `{ app_key: { tag: value } }`. */
  tagPatch(agentId: string): Record<string, Record<string, Json>> {
    return JSON.parse(this.tagPatchText(agentId) ?? "{}") as Record<string, Record<string, Json>>;
  }

  /** One agent's commit as JSON: what `Agent.commitEventText` takes. */
  commitText(
    agentId: string,
    fields: { key: string | null; author_id: string; outcome: unknown; run?: RunNote },
  ): string {
    return (
      `{"key":${JSON.stringify(fields.key)},"author_id":${JSON.stringify(fields.author_id)},` +
      `"tag_patch":${this.tagPatchText(agentId) ?? "null"},` +
      `"messages":[${(this.#messages.get(agentId) ?? []).join(",")}],` +
      `"ops":[${(this.#ops.get(agentId) ?? []).join(",")}],` +
      (this.#seen.has(agentId) ? `"seen":true,` : "") +
      (fields.run ? `"run":${JSON.stringify(fields.run)},` : "") +
      this.downlinkText(agentId) +
      `"outcome":${JSON.stringify(fields.outcome ?? null)}}`
    );
  }

  private downlinkText(agentId: string): string {
    const dl = this.#downlinks.get(agentId);
    if (!dl) return "";
    const fields = [
      ...(dl.queue.length ? [`"queue":[${dl.queue.join(",")}]`] : []),
      ...(dl.updates.length ? [`"updates":[${dl.updates.join(",")}]`] : []),
      ...(dl.route ? [`"route":${dl.route}`] : []),
      ...(dl.take ? [`"take":${JSON.stringify(dl.take)}`] : []),
    ];
    return `"dl":{${fields.join(",")}},`;
  }

  private tagPatchText(agentId: string): string | null {
    const apps = this.#tags.get(agentId);
    if (!apps) return null;
    const ns = [...apps].map(
      ([appKey, tags]) =>
        `${JSON.stringify(appKey)}:{${[...tags].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`,
    );
    return `{${ns.join(",")}}`;
  }
}
