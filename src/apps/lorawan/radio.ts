// The `radio` tag both LoRaWAN integrations write for an uplink: the best-heard gateway's RSSI,
// SNR and id, how many gateways heard it, its frame counter and port, spreading factor, frequency.
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

/** The radio tag of an uplink; facts the network server did not report are left out. */
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
  return radio;
}
