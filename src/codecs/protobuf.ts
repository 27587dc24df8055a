// Protobuf payloads: .proto schemas supplied at run time (compileProto + decodeProto, no code
// generation, as workerd forbids it) and build-time static modules (decodeStatic).
import protobuf from "protobufjs";
import type { IConversionOptions, INamespace, Namespace, Root, Type } from "protobufjs";
import { PayloadUndecodableError, ProtoSchemaError } from "./errors.ts";
import { decodeWithPlan } from "./proto-decode.ts";
import { planMessage } from "./proto-plan.ts";
import type { MessagePlan } from "./proto-plan.ts";

/** A compiled runtime schema; create with {@link compileProto}, reuse across payloads. */
export class ProtoSchema {
  /** Fully-qualified message type names, e.g. `edgehook.demo.TrackerUplink`. */
  readonly messageTypes: readonly string[];
  readonly #root: Root;
  readonly #plans = new Map<Type, MessagePlan>();
  readonly #byName = new Map<string, MessagePlan>();

  constructor(root: Root) {
    this.#root = root;
    this.messageTypes = listMessageTypes(root);
  }

  /** The decode plan of `typeName` (with or without a leading dot); built once. */
  plan(typeName: string): MessagePlan {
    const cached = this.#byName.get(typeName);
    if (cached !== undefined) return cached;
    let type: Type;
    try {
      type = this.#root.lookupType(typeName.replace(/^\./, ""));
    } catch (cause) {
      const known = this.messageTypes.join(", ") || "none";
      throw new ProtoSchemaError(`no message type ${typeName} (known: ${known})`, { cause });
    }
    const plan = planMessage(type, this.#plans);
    this.#byName.set(typeName, plan);
    return plan;
  }
}

/**
 * Parses and resolves a .proto text. Imports of google/protobuf well-known types are served
 * from protobufjs' bundled copies; other imports are refused (inline the definitions).
 * Throws {@link ProtoSchemaError} on a syntax error or an unresolvable type reference.
 */
export function compileProto(protoText: string): ProtoSchema {
  try {
    // keepCase: field names stay as written (snake_case), like the platform's JSON.
    const parsed = protobuf.parse(protoText, { keepCase: true });
    for (const file of [...(parsed.imports ?? []), ...(parsed.weakImports ?? [])]) {
      addWellKnown(parsed.root, file);
    }
    parsed.root.resolveAll();
    const schema = new ProtoSchema(parsed.root);
    // Plan every type now so that a bad field type fails at config time, not per payload.
    for (const name of schema.messageTypes) schema.plan(name);
    return schema;
  } catch (cause) {
    if (cause instanceof ProtoSchemaError) throw cause;
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new ProtoSchemaError(`invalid .proto: ${detail}`, { cause });
  }
}

/**
 * A schema from a JSON descriptor (`pbjs -t json`) known at build time: reflection only, so its
 * plans decode in workerd, where the static module's own code could not be generated. Message
 * plans are built on first use. Used to check a static module's input strictly (wire types of
 * known fields), which the static decoder does not.
 */
export function protoSchemaFromJson(descriptor: INamespace): ProtoSchema {
  const root = protobuf.Root.fromJSON(descriptor);
  root.resolveAll();
  return new ProtoSchema(root);
}

/**
 * Decodes `bytes` as message `typeName` into a plain, JSON-safe object:
 * - field names exactly as in the .proto; absent fields are omitted (no defaults filled in),
 *   and so are proto3 implicit-presence scalars holding their zero value;
 * - int64/uint64/sint64/fixed64/sfixed64 as decimal strings (JSON numbers lose precision
 *   above 2^53), bytes as standard padded base64;
 * - enums as the value's name, or the number when the schema does not know it;
 * - maps as objects keyed by the key's string form; a oneof keeps only its last member.
 * Unknown fields are skipped. Throws {@link PayloadUndecodableError} on truncated or malformed
 * input, and on a known field sent with a wire type its type never has; {@link ProtoSchemaError}
 * when `typeName` is not in the schema.
 *
 * @example
 * const schema = compileProto(config.proto); // once per config
 * const uplink = decodeProto(schema, "acme.Uplink", payload);
 */
export function decodeProto(schema: ProtoSchema, typeName: string, bytes: Uint8Array): Record<string, unknown> {
  return decodeWithPlan(schema.plan(typeName), bytes);
}

/** The static-module class of a message, as `pbjs -t static-module` generates it. */
export interface StaticMessageType<M> {
  decode(bytes: Uint8Array): M;
  toObject(message: M, options?: IConversionOptions): Record<string, unknown>;
}

// Same output conventions as decodeProto: 64-bit as strings, enum names, base64 bytes.
const STATIC_OPTIONS: IConversionOptions = { longs: String, enums: String, bytes: String };

/**
 * Decodes with a build-time static module into the same plain shape as {@link decodeProto}
 * (generate with `--keep-case` so that field names match).
 *
 * @example
 * const uplink = decodeStatic(edgehook.demo.TrackerUplink, payload);
 */
export function decodeStatic<M>(type: StaticMessageType<M>, bytes: Uint8Array): Record<string, unknown> {
  let message: M;
  try {
    message = type.decode(bytes);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new PayloadUndecodableError(`invalid protobuf: ${detail}`, { cause });
  }
  return type.toObject(message, STATIC_OPTIONS);
}

function addWellKnown(root: Root, file: string): void {
  const definition = protobuf.common.get(file);
  if (definition === null) {
    throw new ProtoSchemaError(`import "${file}" is not supported: only google/protobuf well-known types are bundled`);
  }
  root.addJSON(definition.nested ?? {});
}

function listMessageTypes(namespace: Namespace): string[] {
  const names: string[] = [];
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Type) names.push(nested.fullName.replace(/^\./, ""));
    if (nested instanceof protobuf.Namespace) names.push(...listMessageTypes(nested));
  }
  return names;
}
