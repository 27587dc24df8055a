// Fault injection, for tests and the fault script (scripts/fault-processors.mjs): all off unless a
// test (sharing the isolate in the vitest pool) or the EDGEHOOK_FAULTS variable turns one on.

export const faults = {
  /** Upcoming delivery sends (agent outbox → queue) that fail. */
  failDeliverySends: 0,
  /** Installs whose delivery sends (outbox, schedules, deployments) fail while listed → sends refused. */
  failSendsOfInstalls: new Map<string, number>(),
  /** Share (0–1) of processor deliveries whose first attempt throws (demo processor). */
  processorFirstAttemptThrows: 0,
};

/** `EDGEHOOK_FAULTS="processor_first_attempt_throws=0.2"` (the fault script's worker). */
export function faultsFromEnv(value: string | undefined): void {
  for (const pair of (value ?? "").split(",")) {
    const [name, v] = pair.split("=");
    if (name === "processor_first_attempt_throws") faults.processorFirstAttemptThrows = Number(v) || 0;
  }
}
