// Our downlink id travels through The Things Stack as a correlation id, `edgehook:downlink:<id>`:
// TTS copies a downlink's correlation ids into every event about it (queued, sent, ack, nack,
// failed), which is how a status event finds its downlink.

const PREFIX = "edgehook:downlink:";

export const correlationId = (downlinkId: string): string => `${PREFIX}${downlinkId}`;

/** Our downlink id among correlation ids, if one of them is ours. */
export function downlinkIdIn(ids: unknown): string | undefined {
  if (!Array.isArray(ids)) return undefined;
  for (const id of ids)
    if (typeof id === "string" && id.startsWith(PREFIX) && id.length > PREFIX.length) return id.slice(PREFIX.length);
  return undefined;
}
