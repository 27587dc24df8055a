// UI elements an app declares in `uiElements()` (SPEC §6), pydoover's `ui` module in camelCase.
// The platform publishes them to the agent's `ui_state` aggregate on deployment; an element shows
// a tag by reference, and what users press comes back through the `ui_cmds` aggregate.
//
// Wire shapes (pydoover's, where it has one):
//   ui_state  {state: {children: {<app_key>: {type: "uiApplication", name: <app_key>,
//              displayString, children: {<element name>: <element>}}}}}
//   ui_cmds   {<app_key>: {<element name>: <value>}}   (pydoover's UICommandsManager)
//   bindings  "$tag.<app_key>.<tag path>:<type>[:<default JSON>]" → tag_values[<app_key>][…path]
//             "$cmds.<app_key>.<name>"                             → ui_cmds[<app_key>][<name>]
//             a leading "!" negates the value (edgehook's addition, for WarningIndicator)
// pydoover writes `$tag.app().<tag>` and lets the site substitute the app key; we write the key
// itself, which is the same grammar for an app-qualified tag and needs no context to resolve.
import { Action, Submodule, TextVariable, Timestamp, Variable, WarningIndicator } from "./ui/elements.ts";

export { UI_NAME, cmdRef, resolveBinding, tagRef } from "./ui/bindings.ts";
export {
  Action,
  Submodule,
  TextVariable,
  Timestamp,
  Variable,
  WarningIndicator,
  type ActionOptions,
  type BoundOptions,
  type ElementOptions,
  type Range,
  type SubmoduleOptions,
  type UiElement,
  type VariableOptions,
} from "./ui/elements.ts";
export { uiApplication, uiCommands, uiStatePatch } from "./ui/state.ts";

/**
 * The `ui` namespace of the SDK, as pydoover's `ui` module: `new ui.Variable({...})`.
 *
 * @example
 * import { ui } from "../../sdk/ui.ts";
 * override uiElements() {
 *   return [new ui.Variable({ name: "battery", displayName: "Battery", units: "%" })];
 * }
 */
export const ui = { Variable, TextVariable, Timestamp, WarningIndicator, Action, Submodule } as const;
