// Runs one delivery on its processor app: the hook for its kind, with the seed's guards, and the
// writes left buffered in the invocation context for the batch commit (src/processors/consumer.ts).
import { findApp } from "../apps/index.ts";
import type { Json } from "../shared/merge-patch.ts";
import { faults } from "../shared/faults.ts";
import { agentStub } from "../contracts/stubs.ts";
import { InvocationContext } from "../sdk/context.ts";
import { ForbiddenError, GuardError } from "../sdk/errors.ts";
import type { ProcessorInstall } from "./processor-installs.ts";
import type { DeliveryItem } from "./delivery.ts";

export type RunResult =
  | { ok: true; context: InvocationContext }
  /** `final`: retrying cannot help (forbidden, guard, no such app): straight to a dead letter. */
  | { ok: false; error: string; final: boolean };

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

export async function runDelivery(
  env: Env,
  install: ProcessorInstall,
  item: DeliveryItem,
  tagSource?: (agentId: string) => Promise<Record<string, Json>>,
): Promise<RunResult> {
  const App = findApp(install.app);
  if (!App || App.kind !== "processor")
    return { ok: false, error: `app ${install.app} is not a processor deployed in this worker`, final: true };
  const event = item.event;
  const invokedBy =
    event.type === "message" || event.type === "aggregate" ? { agentId: item.agent_id, channel: event.channel } : null;
  const context = new InvocationContext(env, install, install.config, item.key, {
    invokedBy,
    ...(tagSource ? { tagSource } : {}),
  });
  try {
    const app = new App(context);
    await app.setup();
    // The fault script's injected failures (src/faults.ts): off unless it turns them on.
    if (
      item.attempts === 0 &&
      faults.processorFirstAttemptThrows > 0 &&
      Math.random() < faults.processorFirstAttemptThrows
    )
      throw new Error("injected fault: first attempt throws");
    switch (event.type) {
      case "message": {
        // Sent without its data when too large for a queue message: read it from the agent.
        const data =
          event.data !== undefined
            ? event.data
            : ((await agentStub(env, item.agent_id).getMessage(event.channel, event.id))?.data ?? null);
        await app.onMessageCreate({ ...event, agent_id: item.agent_id, data });
        break;
      }
      case "aggregate":
        await app.onAggregateUpdate({
          id: event.id,
          agent_id: item.agent_id,
          channel: event.channel,
          author_id: event.author_id,
          mode: event.mode,
          request: event.request ?? null,
          timestamp: event.timestamp,
        });
        break;
      case "schedule":
        await app.onSchedule({ name: event.name, schedule: event.schedule, scheduled_at: event.scheduled_at });
        break;
      case "deployment":
        await app.onDeployment({
          install_id: install.install_id,
          app_key: install.app_key,
          agent_id: install.agent_id,
          reason: event.reason,
        });
        break;
    }
    await context.settle();
  } catch (error) {
    await context.settle();
    const final = context.forbidden ?? (error instanceof ForbiddenError || error instanceof GuardError ? error : null);
    return { ok: false, error: describe(final ?? error), final: final !== null };
  }
  if (context.forbidden) return { ok: false, error: describe(context.forbidden), final: true };
  if (context.broken)
    return { ok: false, error: describe(context.broken), final: context.broken instanceof GuardError };
  return { ok: true, context };
}
