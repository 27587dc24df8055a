// Parses one cron field (`*`, `a`, `a-b`, `*/s`, `a-b/s`, `a/s`, lists, names) into the set of
// values it allows. Shared by the EventBridge and 5-field dialects, which differ only in ranges.

/** What a field accepts: its name for error messages, its range and its optional names. */
export interface FieldSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Upper-case names mapped to values, e.g. JAN → 1. */
  readonly names?: Readonly<Record<string, number>>;
}

export type FieldResult = { ok: true; values: boolean[] } | { ok: false; error: string };

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

export const MONTH_NAMES = Object.fromEntries(MONTHS.map((m, i) => [m, i + 1]));
/** Day names numbered from `sunday`: 1 in EventBridge, 0 in classic cron. */
export const dayNames = (sunday: number) => Object.fromEntries(DAYS.map((d, i) => [d, i + sunday]));

/** Reads one value (a number or a name) of `spec`, or explains why it is not one. */
export function fieldValue(text: string, spec: FieldSpec): number | string {
  const named = spec.names?.[text.toUpperCase()];
  const value = named ?? (/^\d+$/.test(text) ? Number(text) : Number.NaN);
  if (Number.isNaN(value)) return `${spec.name} field: '${text}' is not a number${spec.names ? " or name" : ""}`;
  if (value < spec.min || value > spec.max)
    return `${spec.name} field: ${text} is out of range ${spec.min}-${spec.max}`;
  return value;
}

function parseItem(item: string, spec: FieldSpec, values: boolean[]): string | null {
  const [range = "", step, extra] = item.split("/");
  if (extra !== undefined || range === "") return `${spec.name} field: '${item}' is malformed`;
  let by = 1;
  if (step !== undefined) {
    if (!/^\d+$/.test(step) || Number(step) < 1)
      return `${spec.name} field: step '${step}' in '${item}' must be a positive integer`;
    by = Number(step);
  }
  let from = spec.min;
  let to = spec.max;
  if (range !== "*") {
    const [a = "", b, more] = range.split("-");
    if (more !== undefined) return `${spec.name} field: '${item}' is malformed`;
    const start = fieldValue(a, spec);
    if (typeof start === "string") return start;
    from = start;
    // `a/s` runs from a to the field's end (Quartz/EventBridge `1/10`); a bare `a` is one value.
    to = b === undefined ? (step === undefined ? start : spec.max) : spec.max;
    if (b !== undefined) {
      const end = fieldValue(b, spec);
      if (typeof end === "string") return end;
      if (end < start) return `${spec.name} field: range '${range}' runs backwards`;
      to = end;
    }
  }
  for (let v = from; v <= to; v += by) values[v] = true;
  return null;
}

/** Parses a field into a boolean array indexed by value (indices below `min` stay false). */
export function parseField(text: string, spec: FieldSpec): FieldResult {
  if (text === "") return { ok: false, error: `${spec.name} field is empty` };
  const values: boolean[] = Array.from({ length: spec.max + 1 }, () => false);
  for (const item of text.split(",")) {
    const error = parseItem(item, spec, values);
    if (error) return { ok: false, error };
  }
  return { ok: true, values };
}
