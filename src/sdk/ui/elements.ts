// The element classes of the `ui` namespace; each renders itself as pydoover's JSON.
import type { Json } from "../../shared/merge-patch.ts";
import { checkAppKey, checkName, cmdRef, isTagPath, tagRef } from "./bindings.ts";

/** What `uiElements()` returns: anything that renders itself under a name. */
export interface UiElement {
  /** Its key among the app's children in `ui_state`, and of its commands in `ui_cmds`. */
  readonly name: string;
  toJson(appKey: string): Record<string, Json>;
  /** Nested elements (a Submodule's): names are unique across the whole app. */
  readonly children?: readonly UiElement[];
}

/** Options every element takes. */
export interface ElementOptions {
  readonly name: string;
  readonly displayName: string;
}

/** A band of a numeric variable's scale, e.g. the red "Low" part of a battery gauge. */
export interface Range {
  readonly label?: string;
  readonly min: number;
  readonly max: number;
  /** Any HTML colour name or hex string; pydoover's default is "blue". */
  readonly colour?: string;
}

/** Options of elements that show a tag of the app. */
export interface BoundOptions extends ElementOptions {
  /** The tag (in this app's namespace of `tag_values`); a dotted path reaches into an object. Default: `name`. */
  readonly tag?: string;
}

export interface VariableOptions extends BoundOptions {
  readonly units?: string;
  /** Decimal places shown. */
  readonly decimals?: number;
  readonly ranges?: readonly Range[];
  /** Bounds of the gauge. */
  readonly min?: number;
  readonly max?: number;
}

export interface ActionOptions extends ElementOptions {
  readonly colour?: string;
  /** Ask "are you sure?" before sending. Default `true`, as pydoover's Action. */
  readonly requiresConfirm?: boolean;
}

export interface SubmoduleOptions extends ElementOptions {
  readonly children: readonly UiElement[];
  readonly collapsed?: boolean;
}

abstract class Element implements UiElement {
  readonly name: string;
  readonly displayName: string;

  /** `label` names the class in errors (`this.constructor.name` does not survive bundling). */
  constructor(
    protected readonly label: string,
    protected readonly type: string,
    options: ElementOptions,
  ) {
    checkName(label, options.name);
    this.name = options.name;
    this.displayName = options.displayName;
  }

  toJson(appKey: string): Record<string, Json> {
    checkAppKey(appKey);
    return compact({ name: this.name, type: this.type, displayString: this.displayName, ...this.fields(appKey) });
  }

  protected abstract fields(appKey: string): Record<string, Json | undefined>;

  protected fail(problem: string): never {
    throw new TypeError(`${this.label} "${this.name}": ${problem}`);
  }
}

/** An element that shows a tag of its app. */
abstract class BoundElement extends Element {
  /** The tag's path in the app's namespace of `tag_values`. */
  readonly tag: string;

  constructor(label: string, type: string, options: BoundOptions) {
    super(label, type, options);
    this.tag = options.tag ?? options.name;
    if (!isTagPath(this.tag))
      this.fail(`tag ${JSON.stringify(this.tag)} must be names of A-Z a-z 0-9 _ - joined by "."`);
  }
}

/**
 * A number shown from a tag, with units, precision and coloured ranges.
 *
 * @example
 * new ui.Variable({
 *   name: "battery", displayName: "Battery", units: "%", decimals: 0, min: 0, max: 100,
 *   ranges: [{ label: "Low", min: 0, max: 20, colour: "tomato" }, { label: "OK", min: 20, max: 100, colour: "green" }],
 * }); // currentValue "$tag.<app_key>.battery:number"
 */
export class Variable extends BoundElement {
  constructor(private readonly options: VariableOptions) {
    super("ui.Variable", "uiVariable", options);
    const { decimals, min, max, ranges = [] } = options;
    if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0)) {
      this.fail(`decimals must be a whole number ≥ 0 (got ${decimals})`);
    }
    this.#checkBounds("", min, max);
    ranges.forEach((range, i) => this.#checkBounds(`ranges[${i}] `, range.min, range.max));
  }

  // Finite: JSON has no Infinity or NaN (JSON.stringify writes null, which a merge patch deletes).
  #checkBounds(where: string, min: number | undefined, max: number | undefined): void {
    if (min !== undefined && !Number.isFinite(min)) this.fail(`${where}min must be a finite number`);
    if (max !== undefined && !Number.isFinite(max)) this.fail(`${where}max must be a finite number`);
    if (min !== undefined && max !== undefined && !(min < max)) {
      this.fail(`${where}needs min < max (got min ${min}, max ${max})`);
    }
  }

  protected fields(appKey: string) {
    const { units, decimals, ranges, min, max } = this.options;
    return {
      varType: "float",
      currentValue: tagRef(appKey, this.tag, "number"),
      units,
      decPrecision: decimals,
      min,
      max,
      ranges: ranges?.map((r) => compact({ label: r.label, min: r.min, max: r.max, colour: r.colour })),
    };
  }
}

/**
 * Text shown from a tag (a status, a name); pydoover's TextVariable, a `uiVariable` of `varType`
 * "string".
 *
 * @example
 * new ui.TextVariable({ name: "status", displayName: "Status" }); // "$tag.<app_key>.status:string"
 */
export class TextVariable extends BoundElement {
  constructor(options: BoundOptions) {
    super("ui.TextVariable", "uiVariable", options);
  }

  protected fields(appKey: string) {
    return { varType: "string", currentValue: tagRef(appKey, this.tag, "string") };
  }
}

/**
 * A point in time from a tag holding epoch milliseconds, shown as "5 minutes ago".
 *
 * @example
 * new ui.Timestamp({ name: "last_uplink_at", displayName: "Last report" });
 */
export class Timestamp extends BoundElement {
  constructor(options: BoundOptions) {
    super("ui.Timestamp", "uiTimestamp", options);
  }

  protected fields(appKey: string) {
    return { varType: "timestamp", currentValue: tagRef(appKey, this.tag, "number") };
  }
}

/**
 * A warning shown while a boolean tag is true. Its `hidden` is the tag negated,
 * `"!$tag.<app_key>.<tag>:boolean:false"`: a tag not set yet counts as false, so it is hidden.
 *
 * @example
 * new ui.WarningIndicator({ name: "low_battery", displayName: "Low battery" });
 */
export class WarningIndicator extends BoundElement {
  constructor(options: BoundOptions) {
    super("ui.WarningIndicator", "uiWarningIndicator", options);
  }

  protected fields(appKey: string) {
    return { hidden: `!${tagRef(appKey, this.tag, "boolean", false)}` };
  }
}

/**
 * A button. Pressing it writes `{<app_key>: {<name>: <value>}}` to the agent's `ui_cmds`
 * aggregate; a processor subscribed to `ui_cmds` sees it in `onAggregateUpdate` (see `uiCommands`).
 *
 * @example
 * new ui.Action({ name: "request_position", displayName: "Request position", requiresConfirm: false });
 */
export class Action extends Element {
  constructor(private readonly options: ActionOptions) {
    super("ui.Action", "uiAction", options);
  }

  protected fields(appKey: string) {
    return {
      colour: this.options.colour ?? "blue",
      requiresConfirm: this.options.requiresConfirm ?? true,
      currentValue: cmdRef(appKey, this.name),
    };
  }
}

/**
 * A collapsible group of elements. Names stay unique across the whole app, as `ui_cmds` is flat.
 *
 * @example
 * new ui.Submodule({ name: "location", displayName: "Location", children: [lat, lon], collapsed: true });
 */
export class Submodule extends Element {
  readonly children: readonly UiElement[];

  constructor(private readonly options: SubmoduleOptions) {
    super("ui.Submodule", "uiSubmodule", options);
    this.children = [...options.children];
    checkUnique(this.children);
  }

  protected fields(appKey: string) {
    const defaultOpen = this.options.collapsed === undefined ? undefined : !this.options.collapsed;
    return { children: childrenJson(appKey, this.children), defaultOpen };
  }
}

/** Elements as `{<name>: <element JSON>}`. */
export function childrenJson(appKey: string, elements: readonly UiElement[]): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const element of elements) put(out, element.name, element.toJson(appKey));
  return out;
}

/** Throws on a name used twice in a tree of elements (children included). */
export function checkUnique(elements: readonly UiElement[], seen = new Set<string>()): void {
  for (const element of elements) {
    if (seen.has(element.name)) throw new TypeError(`ui: two elements are named "${element.name}"`);
    seen.add(element.name);
    if (element.children) checkUnique(element.children, seen);
  }
}

/** Drops undefined members (JSON has no undefined; a merge patch would read null as "delete"). */
function compact(object: Record<string, Json | undefined>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
  return out;
}

/** Sets an own data property, even for "__proto__" (a key read from stored JSON). */
export function put(object: Record<string, Json>, key: string, value: Json): void {
  if (key === "__proto__")
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
