// The fleet regime's driven clock: Date.now (which the app's code reads for every timestamp,
// cache lifetime, throttle period and alarm) runs on with real time plus an offset the harness moves
// forward, so minutes between a device's reports pass without waiting for them. Only forward: ids
// and timestamps stay increasing. Alarms set for a driven time lie in the real future, so they
// never fire by themselves: the harness runs them when the driven clock passes them.
// Durations are measured with performance.now, which this leaves alone.
const realNow = Date.now.bind(Date);
let offset = 0;
let installed = false;

export function installClock(): void {
  if (installed) return;
  installed = true;
  Date.now = () => realNow() + offset;
}

/** Moves the driven clock `ms` forward. */
export function advance(ms: number): void {
  if (!installed) throw new Error("the driven clock is not installed");
  offset += ms;
}
