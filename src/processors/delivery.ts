// Processor deliveries on the wire: what an agent's outbox sends to the deliveries queue and the
// processor runtime (src/processors/consumer.ts) consumes. One queue message carries many
// deliveries (queue operations are billed per message), with the installs they go to once.
import { z } from "zod";
import { spoolRef } from "../shared/spooled-send.ts";
import { exceedsUtf8, utf8Length } from "../shared/utf8.ts";
import type { ProcessorInstall } from "./bindings.ts";

const json = z.custom<import("../shared/merge-patch.ts").Json>((v) => v !== undefined);

export const deliveryEvent = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("message"),
    id: z.string(),
    channel: z.string(),
    author_id: z.string(),
    /** Absent when too large to carry: the runtime reads the message from the agent. */
    data: json.optional(),
    timestamp: z.number(),
  }),
  z.object({
    type: z.literal("aggregate"),
    id: z.string(),
    channel: z.string(),
    author_id: z.string(),
    mode: z.enum(["patch", "put"]),
    /** Absent when too large to carry (`truncated`). */
    request: json.optional(),
    truncated: z.boolean().optional(),
    timestamp: z.number(),
  }),
  z.object({ type: z.literal("schedule"), name: z.string(), schedule: z.string(), scheduled_at: z.number() }),
  z.object({ type: z.literal("deployment"), reason: z.enum(["install", "config"]) }),
]);
export type DeliveryEvent = z.infer<typeof deliveryEvent>;

export const deliveryItem = z.object({
  install_id: z.string(),
  /** Unique per delivery and stable across re-sends: the processor's writes are applied once per key. */
  key: z.string(),
  /** The agent whose write (or timer) this delivery comes from. */
  agent_id: z.string(),
  /** Failed attempts so far (a delivery re-sent by the runtime after a failure). */
  attempts: z.number().int().min(0).default(0),
  event: deliveryEvent,
});
export type DeliveryItem = z.infer<typeof deliveryItem>;

const installSchema = z.object({
  install_id: z.string(),
  app: z.string(),
  app_key: z.string(),
  agent_id: z.string(),
  organisation_id: z.string(),
  config: z.record(z.string(), z.unknown()),
});

export const deliveryBatch = z.object({
  kind: z.literal("deliveries"),
  installs: z.record(z.string(), installSchema),
  items: z.array(deliveryItem),
  /** Its kept copy, when the queue is not durable (src/spool/). */
  spool: spoolRef.optional(),
});
export type DeliveryBatch = z.infer<typeof deliveryBatch>;

/** Largest queue message body we build (Queues take 128 KB; JSON overhead and headroom). */
export const MAX_BATCH_BYTES = 96 * 1024;

/**
 * Packs deliveries into queue message bodies of at most MAX_BATCH_BYTES, each carrying the
 * installs its items go to.
 */
export function packDeliveries(
  items: DeliveryItem[],
  installs: ReadonlyMap<string, ProcessorInstall>,
): DeliveryBatch[] {
  const out: DeliveryBatch[] = [];
  let current: DeliveryBatch | null = null;
  let bytes = 0;
  for (const item of items) {
    const install = installs.get(item.install_id);
    if (!install) continue;
    const fitted = fit(item);
    const size =
      utf8Length(JSON.stringify(fitted)) +
      (current?.installs[item.install_id] ? 0 : utf8Length(JSON.stringify(install)));
    if (!current || bytes + size > MAX_BATCH_BYTES) {
      current = { kind: "deliveries", installs: {}, items: [] };
      out.push(current);
      bytes = 256;
    }
    current.installs[item.install_id] = install;
    current.items.push(fitted);
    bytes += size;
  }
  return out;
}

/** A delivery whose data alone would fill a message is sent without it (the runtime reads it). */
function fit(item: DeliveryItem): DeliveryItem {
  if (!exceedsUtf8(JSON.stringify(item), MAX_BATCH_BYTES / 2)) return item;
  const event = item.event;
  if (event.type === "message") return { ...item, event: { ...event, data: undefined } };
  if (event.type === "aggregate") return { ...item, event: { ...event, request: undefined, truncated: true } };
  return item;
}
