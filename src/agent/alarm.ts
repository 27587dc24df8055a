// The Agent object's one alarm, which serves every timer (timers.ts): what a run does, in order —
// write a busy invocation log, re-send the queue spool's kept messages, retry the outbox, take an
// agent past its connection deadline offline, send due schedules and deployments, send due
// downlinks and expire old ones, upload journal segments due for the archive — and the deadline it
// wants next.
import type { AgentProcessors } from "./agent-processors.ts";
import type { CommitPipeline } from "./commit-pipeline.ts";
import type { DownlinkSender } from "./downlink-sender.ts";
import type { InvocationLogStore } from "./invocation-log.ts";
import type { QueueSender } from "./queue-sender.ts";
import type { Timers } from "./timers.ts";

export interface AlarmParts {
  timers: Timers;
  log: InvocationLogStore;
  queues: QueueSender;
  pipeline: CommitPipeline;
  processors: AgentProcessors;
  downlinks: DownlinkSender;
}

export async function runAlarm({ timers, log, queues, pipeline, processors, downlinks }: AlarmParts): Promise<void> {
  timers.fired();
  const now = Date.now();
  const due = new Set(timers.due(now));
  if (due.has("log")) log.persist(now);
  await queues.redrive(now);
  await pipeline.flushOutbox();
  pipeline.expireConnection(now);
  await processors.runTimers(now);
  // The offline flip's own deliveries, at once.
  await pipeline.flushOutbox();
  await pipeline.armConnection();
  await downlinks.run(now);
  if (pipeline.archive?.pending) await pipeline.archive.run(now);
}
