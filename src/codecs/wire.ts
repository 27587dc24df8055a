// Protobuf wire-format reader used by the reflective decoder: bounds-checked varints, fixed
// widths and length-delimited fields; 64-bit integers come out as exact decimal strings.
import { PayloadUndecodableError } from "./errors.ts";

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_START_GROUP = 3;
export const WIRE_END_GROUP = 4;
export const WIRE_FIXED32 = 5;

/** Sub-messages and groups nested deeper than this are refused (stack safety). */
export const MAX_DEPTH = 100;

const TWO_32 = 4294967296;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export class WireReader {
  pos = 0;
  /** Exclusive end of the message being read; narrowed while inside a sub-message. */
  end: number;
  /** High and low 32 bits of the last 64-bit value read (unsigned). */
  hi = 0;
  lo = 0;
  private readonly view: DataView;

  constructor(readonly buf: Uint8Array) {
    this.end = buf.length;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  fail(message: string): never {
    throw new PayloadUndecodableError(`invalid protobuf: ${message} at byte ${this.pos}`);
  }

  private need(n: number): void {
    if (this.pos + n > this.end) this.fail("truncated input");
  }

  /** A varint truncated to its low 32 bits (int32, uint32, enum and tags use this). */
  varint32(): number {
    const buf = this.buf;
    let value = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= this.end) this.fail("truncated varint");
      const b = buf[this.pos++];
      if (shift < 32) value |= (b & 0x7f) << shift;
      if (b < 0x80) return value;
    }
    return this.fail("varint longer than 10 bytes");
  }

  /** A full 64-bit varint into `hi`/`lo`. */
  varint64(): void {
    const buf = this.buf;
    let lo = 0;
    let hi = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= this.end) this.fail("truncated varint");
      const b = buf[this.pos++];
      const bits = b & 0x7f;
      if (shift < 28) lo |= bits << shift;
      else if (shift === 28) {
        lo |= bits << 28;
        hi |= bits >>> 4;
      } else hi |= bits << (shift - 32);
      if (b < 0x80) {
        this.lo = lo >>> 0;
        this.hi = hi >>> 0;
        return;
      }
    }
    this.fail("varint longer than 10 bytes");
  }

  fixed32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  fixed64(): void {
    this.need(8);
    this.lo = this.view.getUint32(this.pos, true);
    this.hi = this.view.getUint32(this.pos + 4, true);
    this.pos += 8;
  }

  float(): number {
    this.need(4);
    const v = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }

  double(): number {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  /** Reads a length prefix and returns the exclusive end of the delimited bytes. */
  delimitedEnd(): number {
    const len = this.varint32() >>> 0;
    if (len > this.end - this.pos) this.fail("length exceeds the enclosing message");
    return this.pos + len;
  }

  bytes(): Uint8Array {
    const end = this.delimitedEnd();
    const out = this.buf.subarray(this.pos, end);
    this.pos = end;
    return out;
  }

  string(): string {
    const end = this.delimitedEnd();
    const start = this.pos;
    this.pos = end;
    // TextDecoder costs a call into the runtime; short ASCII strings (ids, units, keys) are
    // the common case and cheaper to build in JS.
    if (end - start <= 32) {
      let s = "";
      for (let i = start; i < end; i++) {
        const c = this.buf[i];
        if (c >= 0x80) return this.utf8(start, end);
        s += String.fromCharCode(c);
      }
      return s;
    }
    return this.utf8(start, end);
  }

  private utf8(start: number, end: number): string {
    try {
      return utf8.decode(this.buf.subarray(start, end));
    } catch (cause) {
      throw new PayloadUndecodableError(`invalid protobuf: string is not UTF-8 at byte ${start}`, {
        cause,
      });
    }
  }

  /** Skips one field of an unknown or unexpected wire type; groups are skipped whole. */
  skip(wireType: number, fieldNumber: number, depth: number): void {
    switch (wireType) {
      case WIRE_VARINT:
        this.varint64();
        return;
      case WIRE_FIXED64:
        this.need(8);
        this.pos += 8;
        return;
      case WIRE_LEN:
        this.pos = this.delimitedEnd();
        return;
      case WIRE_FIXED32:
        this.need(4);
        this.pos += 4;
        return;
      case WIRE_START_GROUP:
        this.skipGroup(fieldNumber, depth + 1);
        return;
      default:
        this.fail(`unexpected wire type ${wireType}`);
    }
  }

  private skipGroup(fieldNumber: number, depth: number): void {
    if (depth > MAX_DEPTH) this.fail("nesting deeper than 100");
    while (this.pos < this.end) {
      const tag = this.varint32();
      const wireType = tag & 7;
      if (wireType === WIRE_END_GROUP) {
        if (tag >>> 3 === fieldNumber) return;
        this.fail("mismatched end-group tag");
      }
      this.skip(wireType, tag >>> 3, depth);
    }
    this.fail("unterminated group");
  }

  /** `hi`/`lo` as an unsigned decimal string. */
  unsigned64(): string {
    if (this.hi < 0x200000) return String(this.hi * TWO_32 + this.lo);
    return ((BigInt(this.hi) << 32n) | BigInt(this.lo)).toString();
  }

  /** `hi`/`lo` as a two's-complement signed decimal string. */
  signed64(): string {
    if (this.hi < 0x200000) return String(this.hi * TWO_32 + this.lo);
    if (this.hi >= 0xffe00000) return String((this.hi - TWO_32) * TWO_32 + this.lo);
    return BigInt.asIntN(64, (BigInt(this.hi) << 32n) | BigInt(this.lo)).toString();
  }

  /** Undoes sint64 zig-zag encoding of `hi`/`lo` in place. */
  unzigzag64(): void {
    const mask = -(this.lo & 1);
    this.lo = (((this.lo >>> 1) | (this.hi << 31)) ^ mask) >>> 0;
    this.hi = ((this.hi >>> 1) ^ mask) >>> 0;
  }
}
