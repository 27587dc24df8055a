// DevEUI matching for the LoRaWAN integrations: a network server writes `70B3D57ED0000001`, a
// user may have typed `70-b3-d5-7e-d0-00-00-01` as the device's serial. Matching ignores case and
// separators by looking up the forms a serial is likely to have been entered in.
//
// A DevEUI is 16 hex digits, in any case, optionally prefixed `0x`, with or without `-`, `:` or
// space separators (`70B3D57ED0000001`, `0x70b3d57ed0000001`, `70-B3-D5-7E-D0-00-00-01`,
// `70:b3:…`, `70 B3 …`). Anything else is not a DevEUI and is routed nowhere under
// `device_key: dev_eui` (issue 20, item 5): `TRK-0002` must not reach the device of that serial.

/** The DevEUI's 16 hex digits, upper case, or null if it is not one. */
export function normalizeDevEui(value: string): string | null {
  const hex = value
    .trim()
    .replace(/^0x/i, "")
    .replace(/[\s:-]/g, "");
  return /^[0-9a-fA-F]{16}$/.test(hex) ? hex.toUpperCase() : null;
}

/**
 * The serial numbers to try for an identifier, most likely first (each looked up once). Under
 * `devEui` an identifier that is not a DevEUI has none.
 */
export function serialCandidates(value: string, devEui: boolean): string[] {
  if (!devEui) return [value];
  const hex = normalizeDevEui(value);
  if (!hex) return [];
  const pairs = hex.match(/../g) ?? [];
  return [
    ...new Set([
      value,
      hex,
      hex.toLowerCase(),
      pairs.join("-"),
      pairs.join(":"),
      pairs.join("-").toLowerCase(),
      pairs.join(":").toLowerCase(),
    ]),
  ];
}
