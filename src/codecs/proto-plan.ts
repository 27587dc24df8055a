// Turns protobufjs reflection (a parsed .proto) into plain decode plans: per message, a table
// from field number to how to read it. Plain data only, so no code is generated at run time.
import protobuf from "protobufjs";
import type { Field, Type } from "protobufjs";
import { ProtoSchemaError } from "./errors.ts";
import { WIRE_FIXED32, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT } from "./wire.ts";

export type ScalarKind =
  | "double"
  | "float"
  | "int32"
  | "uint32"
  | "sint32"
  | "fixed32"
  | "sfixed32"
  | "int64"
  | "uint64"
  | "sint64"
  | "fixed64"
  | "sfixed64"
  | "bool"
  | "string"
  | "bytes";

/** How to read one value (a field's element, a map key or a map value). */
export interface ValuePlan {
  readonly kind: ScalarKind | "enum" | "message";
  /** Wire type of a single, unpacked value. */
  readonly wireType: number;
  /** Decoded form of the zero value: omitted for implicit-presence fields, map default. */
  readonly zero: unknown;
  readonly enumNames: ReadonlyMap<number, string> | undefined;
  readonly message: MessagePlan | undefined;
}

export interface FieldPlan extends ValuePlan {
  /** The field name as written in the .proto (no camelCasing). */
  readonly name: string;
  readonly repeated: boolean;
  /** Repeated scalars may arrive packed (one length-delimited run) whatever the schema says. */
  readonly packable: boolean;
  /** proto3 implicit presence: a zero value is indistinguishable from absent, so omitted. */
  readonly implicit: boolean;
  /** Other members of the field's oneof, removed when this one is set (last one wins). */
  readonly clears: readonly string[];
  readonly map: { readonly key: ValuePlan; readonly value: ValuePlan } | undefined;
}

export interface MessagePlan {
  readonly fullName: string;
  readonly fields: Map<number, FieldPlan>;
  /** The same fields indexed by number up to DENSE_LIMIT: an array read beats a Map lookup. */
  readonly dense: Array<FieldPlan | undefined>;
}

const DENSE_LIMIT = 256;

const WIRE_TYPES: Readonly<Record<ScalarKind, number>> = {
  double: WIRE_FIXED64,
  float: WIRE_FIXED32,
  int32: WIRE_VARINT,
  uint32: WIRE_VARINT,
  sint32: WIRE_VARINT,
  fixed32: WIRE_FIXED32,
  sfixed32: WIRE_FIXED32,
  int64: WIRE_VARINT,
  uint64: WIRE_VARINT,
  sint64: WIRE_VARINT,
  fixed64: WIRE_FIXED64,
  sfixed64: WIRE_FIXED64,
  bool: WIRE_VARINT,
  string: WIRE_LEN,
  bytes: WIRE_LEN,
};

const ZEROS: Readonly<Record<ScalarKind, unknown>> = {
  double: 0,
  float: 0,
  int32: 0,
  uint32: 0,
  sint32: 0,
  fixed32: 0,
  sfixed32: 0,
  int64: "0",
  uint64: "0",
  sint64: "0",
  fixed64: "0",
  sfixed64: "0",
  bool: false,
  string: "",
  bytes: "",
};

function isScalar(type: string): type is ScalarKind {
  return Object.hasOwn(WIRE_TYPES, type);
}

/** Builds (once per type, cached in `plans`) the decode plan of a message type. */
export function planMessage(type: Type, plans: Map<Type, MessagePlan>): MessagePlan {
  const cached = plans.get(type);
  if (cached !== undefined) return cached;
  const fullName = type.fullName.replace(/^\./, "");
  const plan: MessagePlan = { fullName, fields: new Map(), dense: [] };
  // Registered before the fields so that recursive types find it.
  plans.set(type, plan);
  for (const field of type.fieldsArray) plan.fields.set(field.id, planField(field, plans));
  const denseLength = Math.min(DENSE_LIMIT, Math.max(0, ...plan.fields.keys()) + 1);
  for (let number = 0; number < denseLength; number++) plan.dense.push(plan.fields.get(number));
  return plan;
}

function planField(field: Field, plans: Map<Type, MessagePlan>): FieldPlan {
  const value = planValue(field.type, field.resolvedType, plans, field);
  const map =
    field instanceof protobuf.MapField ? { key: planValue(field.keyType, null, plans, field), value } : undefined;
  const clears = field.partOf ? field.partOf.oneof.filter((name) => name !== field.name) : [];
  return {
    ...value,
    name: field.name,
    repeated: field.repeated,
    packable: value.wireType !== WIRE_LEN,
    implicit: !field.repeated && !field.hasPresence && value.kind !== "message",
    clears,
    map,
  };
}

function planValue(
  type: string,
  resolved: Field["resolvedType"],
  plans: Map<Type, MessagePlan>,
  field: Field,
): ValuePlan {
  if (resolved instanceof protobuf.Type) {
    const message = planMessage(resolved, plans);
    return { kind: "message", wireType: WIRE_LEN, zero: undefined, enumNames: undefined, message };
  }
  if (resolved instanceof protobuf.Enum) {
    const enumNames = new Map<number, string>();
    for (const [id, name] of Object.entries(resolved.valuesById)) enumNames.set(Number(id), name);
    const zero = enumNames.get(0) ?? 0;
    return { kind: "enum", wireType: WIRE_VARINT, zero, enumNames, message: undefined };
  }
  if (!isScalar(type)) {
    throw new ProtoSchemaError(`field ${field.fullName} has unsupported type ${type}`);
  }
  return {
    kind: type,
    wireType: WIRE_TYPES[type],
    zero: ZEROS[type],
    enumNames: undefined,
    message: undefined,
  };
}
