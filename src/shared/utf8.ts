// Sizes in bytes of the UTF-8 encoding, for every limit the code states in bytes. A JS string's
// `.length` counts UTF-16 units: a CJK character is 1 unit and 3 bytes, so a limit checked on
// `.length` lets through three times what it says (issue 20, item 4).

/** Bytes of `text` encoded as UTF-8 (a lone surrogate as U+FFFD: 3), without allocating. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair: 2 units, 4 bytes.
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        i++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

/** Whether `text` is more than `max` bytes of UTF-8 (cheap bounds first: 1 to 3 bytes per unit). */
export function exceedsUtf8(text: string, max: number): boolean {
  if (text.length * 3 <= max) return false;
  if (text.length > max) return true;
  return utf8Length(text) > max;
}
