// Caps on an install's config, checked at validation (422 `validation_failed` naming the field).
// A processor install's config rides with its deliveries in every queue message that carries them
// (src/processors/delivery.ts: the install record once per message, beside its items), so a
// config must leave room in one message: Cloudflare Queues take 128 KB per message, the
// packer builds at most MAX_BATCH_BYTES (96 KiB), and one delivery's data is cut at half of that.
// Item counts bound the work a config makes per run (a schedule is a row and a delivery per
// run) and keep one list from taking the whole byte budget with a confusing message.

/** Bytes of the validated config's JSON (UTF-8): its install record plus a delivery fit one message. */
export const MAX_CONFIG_BYTES = 64 * 1024;
/** `dv_proc_schedules` per install. */
export const MAX_SCHEDULES = 100;
/** `dv_proc_subscriptions` per install. */
export const MAX_SUBSCRIPTIONS = 100;
/** `dv_proc_extended_permissions.devices` (groups grant more devices for less). */
export const MAX_PERMISSION_DEVICES = 1000;
/** `dv_proc_extended_permissions.groups` and `.apps_installed`, each. */
export const MAX_PERMISSION_ITEMS = 100;
/** `dv_proc_ingestion.cidr_ranges`. */
export const MAX_CIDR_RANGES = 100;
/** `dv_proc_ingestion.signing_key` as a rotation list. */
export const MAX_SIGNING_KEYS = 10;

/** Bytes of a string's UTF-8 encoding, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
