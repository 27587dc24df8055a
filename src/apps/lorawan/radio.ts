// The `radio` tag both LoRaWAN integrations write for an uplink: the best-heard gateway's RSSI,
// SNR and id, how many gateways heard it, its frame counter and port, spreading factor, frequency.
// It is per uplink, so each uplink's replaces the last (replacedBy), as does a `location`.
import type { Json } from "../../shared/merge-patch.ts";

export interface Reception {
  gateway_id?: string;
  rssi?: number;
  snr?: number;
}

export interface RadioFacts {
  receptions?: Reception[];
  f_cnt?: number;
  f_port?: number;
  spreading_factor?: number;
  frequency?: number;
}

/** Every key the radio tag has; the tag of an uplink names them all (replacedBy). */
export const RADIO_KEYS = ["rssi", "snr", "gateway_id", "gateways", "f_cnt", "f_port", "spreading_factor", "frequency"];

/**
 * The tag value of `value` that replaces the stored one rather than merging into it: tags are
 * written as a JSON merge patch, where an object merges key by key, so a per-event object tag
 * names each of its known `keys`, null (= remove) where this event has none. Without that an
 * uplink without rx_metadata kept the previous uplink's gateway and RSSI beside its own f_cnt.
 */
export function replacedBy(value: Record<string, Json>, keys: readonly string[]): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const key of keys) out[key] = null;
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out;
}

/**
 * The radio tag of an uplink, written as a replacement (replacedBy): facts the network server did
 * not report are null, so no fact of an earlier uplink is left beside this one's.
 */
export function radioTag(facts: RadioFacts): Record<string, Json> {
  const receptions = facts.receptions;
  const best = [...(receptions ?? [])].sort((a, b) => (b.rssi ?? -Infinity) - (a.rssi ?? -Infinity))[0];
  const radio: Record<string, Json> = {};
  if (best?.rssi !== undefined) radio.rssi = best.rssi;
  if (best?.snr !== undefined) radio.snr = best.snr;
  if (best?.gateway_id) radio.gateway_id = best.gateway_id;
  if (receptions) radio.gateways = receptions.length;
  for (const key of ["f_cnt", "f_port", "spreading_factor", "frequency"] as const)
    if (facts[key] !== undefined) radio[key] = facts[key];
  return replacedBy(radio, RADIO_KEYS);
}

/** The keys of a `location` tag (TTS's and ChirpStack's location messages share them). */
export const LOCATION_KEYS = ["latitude", "longitude", "altitude", "accuracy", "source"];
