// Tags as a processor batch's deliveries see them: each agent's `tag_values` read once per batch
// (with which of the batch's deliveries it has applied already), plus the writes of the batch's
// earlier deliveries, in order — the state they will have once the batch commits as one row. A
// delivery the agent applied before (a duplicate) does not count twice.
import { mergePatch, type Json } from "../shared/merge-patch.ts";

/** An agent's tags and which of `keys` it applied (`Agent.batchView`, over RPC or in its object). */
export type ReadAgent = (agentId: string, keys: string[]) => Promise<{ tags: Record<string, Json>; applied: string[] }>;

interface Snapshot {
  tags: Record<string, Json>;
  applied: Set<string>;
}

export class BatchView {
  readonly #snapshots = new Map<string, Promise<Snapshot>>();
  readonly #patches = new Map<string, { key: string; patch: Json }[]>();

  constructor(
    /** The write keys of every delivery in the batch. */
    private readonly keys: string[],
    private readonly read: ReadAgent,
  ) {}

  /** An agent's tags for the next delivery. */
  async tags(agentId: string): Promise<Record<string, Json>> {
    const { tags, applied } = await this.snapshot(agentId);
    let view: Json = tags;
    for (const { key, patch } of this.#patches.get(agentId) ?? [])
      if (!applied.has(key)) view = mergePatch(view, patch);
    return view as Record<string, Json>;
  }

  /** Whether the agent applied a delivery's writes before (its key is in its journal). */
  async applied(agentId: string, key: string): Promise<boolean> {
    return (await this.snapshot(agentId)).applied.has(key);
  }

  /** A delivery finished: later ones see its tag writes. */
  record(agentId: string, key: string, patch: Json): void {
    const list = this.#patches.get(agentId) ?? [];
    list.push({ key, patch });
    this.#patches.set(agentId, list);
  }

  private snapshot(agentId: string): Promise<Snapshot> {
    let pending = this.#snapshots.get(agentId);
    if (!pending) {
      pending = this.read(agentId, this.keys).then((v) => ({ tags: v.tags, applied: new Set(v.applied) }));
      this.#snapshots.set(agentId, pending);
    }
    return pending;
  }
}
