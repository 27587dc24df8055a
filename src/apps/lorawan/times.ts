// Tags that hold a time hold epoch milliseconds, in every app (docs/wire.md, "Tags that hold
// times"): the network servers' RFC 3339 times (TTS's nanosecond precision, ChirpStack's
// microseconds) are converted once, here.

const RFC3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/i;

/** An RFC 3339 time as epoch ms (sub-millisecond digits dropped), or null when absent or unreadable. */
export function epochMs(text: unknown): number | null {
  if (typeof text !== "string") return null;
  const m = RFC3339.exec(text.trim());
  if (!m) return null;
  const ms = Date.parse(`${m[1]}.${(m[2] ?? "").slice(0, 3).padEnd(3, "0")}${(m[3] ?? "Z").toUpperCase()}`);
  return Number.isFinite(ms) ? ms : null;
}
