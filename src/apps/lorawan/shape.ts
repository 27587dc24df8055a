// Shape checks of network-server message bodies once decoded: a body of the wrong shape is the
// sender's mistake (422 payload_undecodable), never a crash further on.
import { PayloadUndecodableError } from "../../codecs/errors.ts";

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** What a field must be: a JSON type, or a list of objects. */
export type FieldKind = "string" | "number" | "boolean" | "object" | "objects";

const NAMES: Record<FieldKind, string> = {
  string: "a string",
  number: "a number",
  boolean: "a boolean",
  object: "an object",
  objects: "a list of objects",
};

function hasKind(value: unknown, kind: FieldKind): boolean {
  if (kind === "object") return isObject(value);
  if (kind === "objects") return Array.isArray(value) && value.every(isObject);
  return typeof value === kind;
}

/** Throws the 422 error of a body that is not what `sender` sends. */
export function notA(sender: string, detail: string): never {
  throw new PayloadUndecodableError(`not a ${sender} body: ${detail}`);
}

/**
 * Checks the fields of `value` named in `kinds`; an absent field passes, and so does a null one
 * when `nullable` (proto3 JSON writes an unset message field as null).
 *
 * @example
 * checkFields(up, { f_port: "number", frm_payload: "string" }, { sender: "TTS webhook", path: "uplink_message" });
 */
export function checkFields(
  value: Record<string, unknown>,
  kinds: Record<string, FieldKind>,
  at: { sender: string; path: string; nullable?: boolean },
): void {
  for (const [key, kind] of Object.entries(kinds)) {
    const field = value[key];
    if (field === undefined || (field === null && at.nullable)) continue;
    if (!hasKind(field, kind)) notA(at.sender, `${at.path}.${key} must be ${NAMES[kind]}`);
  }
}
