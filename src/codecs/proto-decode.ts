// Reflective protobuf decoder: walks a decode plan over the wire bytes into a plain object
// with the .proto's field names; see decodeProto in protobuf.ts for the output conventions.
import { encodeBase64 } from "./base64.ts";
import type { FieldPlan, MessagePlan, ValuePlan } from "./proto-plan.ts";
import { MAX_DEPTH, WIRE_END_GROUP, WIRE_LEN, WIRE_START_GROUP, WireReader } from "./wire.ts";

const WIRE_NAMES = ["varint", "fixed64", "length-delimited", "start-group", "end-group", "fixed32"];

/**
 * A known field sent with a wire type its type never has is refused (422 payload_undecodable),
 * not skipped: skipping would accept a body whose sender meant something else by that field and
 * drop its value silently (issue 20, item 5). Unknown field numbers are still skipped.
 */
function wrongWireType(
  r: WireReader,
  field: { name: string },
  number: number,
  wireType: number,
  expected: number,
): never {
  return r.fail(
    `field ${field.name} (${number}) sent as ${WIRE_NAMES[wireType] ?? `wire type ${wireType}`}, expected ${WIRE_NAMES[expected]}`,
  );
}

type Plain = Record<string, unknown>;

/** Decodes a whole buffer as one message of `plan`. */
export function decodeWithPlan(plan: MessagePlan, bytes: Uint8Array): Plain {
  return decodeMessage(new WireReader(bytes), plan, 0, {}, 0);
}

/** Reads fields up to `r.end` (or up to the end-group tag of `groupNumber` when non-zero). */
function decodeMessage(r: WireReader, plan: MessagePlan, depth: number, out: Plain, groupNumber: number): Plain {
  if (depth > MAX_DEPTH) r.fail(`nesting deeper than ${MAX_DEPTH}`);
  while (r.pos < r.end) {
    const tag = r.varint32() >>> 0;
    const number = tag >>> 3;
    const wireType = tag & 7;
    if (number === 0) r.fail("field number 0");
    if (wireType === WIRE_END_GROUP) {
      if (number === groupNumber) return out;
      r.fail("unexpected end-group tag");
    }
    const field = number < plan.dense.length ? plan.dense[number] : plan.fields.get(number);
    if (field === undefined) r.skip(wireType, number, depth);
    else if (field.map !== undefined) readMapEntry(r, field, wireType, number, depth, out);
    else if (field.repeated) readRepeated(r, field, wireType, number, depth, out);
    else readSingular(r, field, wireType, number, depth, out);
  }
  if (groupNumber !== 0) r.fail("unterminated group");
  return out;
}

function readSingular(
  r: WireReader,
  field: FieldPlan,
  wireType: number,
  number: number,
  depth: number,
  out: Plain,
): void {
  let value: unknown;
  if (field.message !== undefined) {
    if (wireType !== WIRE_LEN && wireType !== WIRE_START_GROUP) wrongWireType(r, field, number, wireType, WIRE_LEN);
    // A sub-message seen twice is merged into the first, as the protobuf spec requires.
    const previous = out[field.name];
    const target = isPlain(previous) ? previous : {};
    value = readMessage(r, field.message, wireType, number, depth, target);
  } else {
    if (wireType !== field.wireType) wrongWireType(r, field, number, wireType, field.wireType);
    value = readScalar(r, field);
    if (field.implicit && Object.is(value, field.zero)) {
      if (out[field.name] !== undefined) delete out[field.name];
      return;
    }
  }
  for (const sibling of field.clears) if (out[sibling] !== undefined) delete out[sibling];
  assign(out, field.name, value);
}

function readRepeated(
  r: WireReader,
  field: FieldPlan,
  wireType: number,
  number: number,
  depth: number,
  out: Plain,
): void {
  if (field.message !== undefined) {
    if (wireType !== WIRE_LEN && wireType !== WIRE_START_GROUP) wrongWireType(r, field, number, wireType, WIRE_LEN);
    listOf(out, field.name).push(readMessage(r, field.message, wireType, number, depth, {}));
  } else if (wireType === WIRE_LEN && field.packable) {
    const list = listOf(out, field.name);
    const outer = r.end;
    r.end = r.delimitedEnd();
    while (r.pos < r.end) list.push(readScalar(r, field));
    r.end = outer;
  } else if (wireType === field.wireType) {
    listOf(out, field.name).push(readScalar(r, field));
  } else {
    wrongWireType(r, field, number, wireType, field.wireType);
  }
}

/** A map entry is a sub-message {1: key, 2: value}; a missing key or value takes its zero. */
function readMapEntry(
  r: WireReader,
  field: FieldPlan,
  wireType: number,
  number: number,
  depth: number,
  out: Plain,
): void {
  const map = field.map;
  if (map === undefined) return r.skip(wireType, number, depth);
  if (wireType !== WIRE_LEN) wrongWireType(r, field, number, wireType, WIRE_LEN);
  const outer = r.end;
  r.end = r.delimitedEnd();
  let key = map.key.zero;
  let value: unknown = undefined;
  while (r.pos < r.end) {
    const tag = r.varint32() >>> 0;
    const entryNumber = tag >>> 3;
    const entryWireType = tag & 7;
    if (entryNumber === 1 && entryWireType === map.key.wireType) {
      key = readScalar(r, map.key);
    } else if (entryNumber === 2 && map.value.message !== undefined && entryWireType === WIRE_LEN) {
      value = readMessage(r, map.value.message, WIRE_LEN, 2, depth, {});
    } else if (entryNumber === 2 && entryWireType === map.value.wireType) {
      value = readScalar(r, map.value);
    } else if (entryNumber === 1 || entryNumber === 2) {
      const expected = entryNumber === 1 ? map.key.wireType : map.value.wireType;
      wrongWireType(
        r,
        { name: `${field.name}.${entryNumber === 1 ? "key" : "value"}` },
        entryNumber,
        entryWireType,
        expected,
      );
    } else {
      r.skip(entryWireType, entryNumber, depth);
    }
  }
  r.end = outer;
  const entries = mapOf(out, field.name);
  assign(entries, String(key), value ?? (map.value.message !== undefined ? {} : map.value.zero));
}

function readMessage(
  r: WireReader,
  plan: MessagePlan,
  wireType: number,
  number: number,
  depth: number,
  target: Plain,
): Plain {
  if (wireType === WIRE_START_GROUP) return decodeMessage(r, plan, depth + 1, target, number);
  const outer = r.end;
  r.end = r.delimitedEnd();
  decodeMessage(r, plan, depth + 1, target, 0);
  r.end = outer;
  return target;
}

function readScalar(r: WireReader, plan: ValuePlan): unknown {
  switch (plan.kind) {
    case "double":
      return r.double();
    case "float":
      return r.float();
    case "int32":
      return r.varint32() | 0;
    case "uint32":
      return r.varint32() >>> 0;
    case "sint32": {
      const v = r.varint32() >>> 0;
      return (v >>> 1) ^ -(v & 1);
    }
    case "fixed32":
      return r.fixed32();
    case "sfixed32":
      return r.fixed32() | 0;
    case "int64":
      r.varint64();
      return r.signed64();
    case "uint64":
      r.varint64();
      return r.unsigned64();
    case "sint64":
      r.varint64();
      r.unzigzag64();
      return r.signed64();
    case "fixed64":
      r.fixed64();
      return r.unsigned64();
    case "sfixed64":
      r.fixed64();
      return r.signed64();
    case "bool":
      r.varint64();
      return (r.lo | r.hi) !== 0;
    case "string":
      return r.string();
    case "bytes":
      return encodeBase64(r.bytes());
    case "enum": {
      const n = r.varint32() | 0;
      return plan.enumNames?.get(n) ?? n;
    }
    case "message":
      return r.fail("message where a scalar was expected");
  }
}

function isPlain(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function listOf(out: Plain, name: string): unknown[] {
  const existing = out[name];
  if (Array.isArray(existing)) return existing;
  const list: unknown[] = [];
  assign(out, name, list);
  return list;
}

function mapOf(out: Plain, name: string): Plain {
  const existing = out[name];
  if (isPlain(existing)) return existing;
  const map: Plain = {};
  assign(out, name, map);
  return map;
}

/** Plain assignment, except that a "__proto__" key (from a map) stays an own property. */
function assign(target: Plain, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}
