// What the platform writes and reads for an app's UI: its node in `ui_state` (a merge patch that
// also removes what an earlier deployment showed) and its commands in `ui_cmds`.
import { isPlainObject, type Json } from "../../shared/merge-patch.ts";
import { checkAppKey } from "./bindings.ts";
import { checkUnique, childrenJson, put, type UiElement } from "./elements.ts";

/**
 * An app's node in `ui_state`: `{type: "uiApplication", name: <app_key>, displayString, children}`.
 * Throws a TypeError when two elements share a name.
 */
export function uiApplication(appKey: string, displayName: string, elements: readonly UiElement[]): Json {
  checkAppKey(appKey);
  checkUnique(elements);
  return { type: "uiApplication", name: appKey, displayString: displayName, children: childrenJson(appKey, elements) };
}

/**
 * The merge patch (RFC 7396) of `ui_state` that publishes an app's elements. A merge keeps keys
 * the patch does not mention, so pass the current `ui_state` data as `previous`: every key of this
 * app's old subtree that is gone now (a removed element, a dropped option) is patched to `null`.
 * Without it, elements of an earlier deployment stay.
 *
 * @example
 * const patch = uiStatePatch("tracker_processor_1", "Tracker", app.uiElements(), uiState.data);
 * // {state: {children: {tracker_processor_1: {type: "uiApplication", …, children: {…, old_element: null}}}}}
 */
export function uiStatePatch(
  appKey: string,
  displayName: string,
  elements: readonly UiElement[],
  previous?: Json | null,
): Json {
  const next = uiApplication(appKey, displayName, elements);
  const before = member(member(member(previous, "state"), "children"), appKey);
  const children: Record<string, Json> = {};
  put(children, appKey, withRemovals(before, next));
  return { state: { children } };
}

/**
 * This app's commands in a `ui_cmds` aggregate (or in a patch of it): `{<name>: <value>}`.
 *
 * @example
 * async onAggregateUpdate(event: AggregateUpdateEvent) {
 *   if (event.channel !== "ui_cmds") return;
 *   const cmds = uiCommands(event.request as Json, this.appKey);
 *   if (cmds.request_position != null) await this.api.createMessage("tracker_commands", { command: "request_position" });
 * }
 */
export function uiCommands(uiCmds: Json | null | undefined, appKey: string): Record<string, Json> {
  const mine = member(uiCmds, appKey);
  return isPlainObject(mine) ? { ...mine } : {};
}

/** `next`, plus `null` for every key of `before` (at any depth) that `next` no longer has. */
function withRemovals(before: Json | undefined, next: Json): Json {
  if (!isPlainObject(before) || !isPlainObject(next)) return next;
  const out: Record<string, Json> = {};
  for (const key of Object.keys(before)) if (!Object.hasOwn(next, key)) put(out, key, null);
  for (const [key, value] of Object.entries(next)) put(out, key, withRemovals(member(before, key), value));
  return out;
}

function member(value: Json | null | undefined, key: string): Json | undefined {
  return isPlainObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}
