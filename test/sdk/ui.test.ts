// UI elements: the JSON each renders into `ui_state`, the tag and command bindings, build-time
// validation, the ui_state merge patch (with removal of what an earlier deployment showed) and
// reading an app's commands from `ui_cmds`.
import { describe, expect, it } from "vitest";
import { mergePatch, type Json } from "../../src/shared/merge-patch.ts";
import { resolveBinding, tagRef, ui, uiApplication, uiCommands, uiStatePatch } from "../../src/sdk/ui.ts";

const APP = "tracker_processor_1";

describe("element JSON", () => {
  it("Variable: a float bound to the app's tag, with units, precision, bounds and ranges", () => {
    const battery = new ui.Variable({
      name: "battery",
      displayName: "Battery",
      units: "%",
      decimals: 0,
      min: 0,
      max: 100,
      ranges: [
        { label: "Low", min: 0, max: 20, colour: "tomato" },
        { min: 20, max: 100 },
      ],
    });
    expect(battery.toJson(APP)).toEqual({
      name: "battery",
      type: "uiVariable",
      displayString: "Battery",
      varType: "float",
      currentValue: "$tag.tracker_processor_1.battery:number",
      units: "%",
      decPrecision: 0,
      min: 0,
      max: 100,
      ranges: [
        { label: "Low", min: 0, max: 20, colour: "tomato" },
        { min: 20, max: 100 },
      ],
    });
  });

  it("leaves unset options out rather than writing null, which a merge patch reads as delete", () => {
    const json = new ui.Variable({ name: "speed", displayName: "Speed" }).toJson(APP);
    expect(json).toEqual({
      name: "speed",
      type: "uiVariable",
      displayString: "Speed",
      varType: "float",
      currentValue: "$tag.tracker_processor_1.speed:number",
    });
    expect(JSON.stringify(json)).not.toContain("null");
  });

  it("binds a tag other than the name, and a member of an object tag by dotted path", () => {
    const lat = new ui.Variable({ name: "latitude", displayName: "Latitude", tag: "position.lat", decimals: 5 });
    expect(lat.toJson(APP).currentValue).toBe("$tag.tracker_processor_1.position.lat:number");
  });

  it("TextVariable is pydoover's: a uiVariable of varType string", () => {
    expect(new ui.TextVariable({ name: "status", displayName: "Status" }).toJson(APP)).toEqual({
      name: "status",
      type: "uiVariable",
      displayString: "Status",
      varType: "string",
      currentValue: "$tag.tracker_processor_1.status:string",
    });
  });

  it("Timestamp reads epoch milliseconds from a tag", () => {
    expect(new ui.Timestamp({ name: "last_uplink_at", displayName: "Last report" }).toJson(APP)).toEqual({
      name: "last_uplink_at",
      type: "uiTimestamp",
      displayString: "Last report",
      varType: "timestamp",
      currentValue: "$tag.tracker_processor_1.last_uplink_at:number",
    });
  });

  it("WarningIndicator is hidden by the negated tag, defaulting to false", () => {
    expect(new ui.WarningIndicator({ name: "low_battery", displayName: "Low battery" }).toJson(APP)).toEqual({
      name: "low_battery",
      type: "uiWarningIndicator",
      displayString: "Low battery",
      hidden: "!$tag.tracker_processor_1.low_battery:boolean:false",
    });
  });

  it("Action: a button whose value is the app's command in ui_cmds; confirm and blue by default", () => {
    expect(new ui.Action({ name: "reboot", displayName: "Reboot" }).toJson(APP)).toEqual({
      name: "reboot",
      type: "uiAction",
      displayString: "Reboot",
      colour: "blue",
      requiresConfirm: true,
      currentValue: "$cmds.tracker_processor_1.reboot",
    });
    const quiet = new ui.Action({ name: "ping", displayName: "Ping", colour: "green", requiresConfirm: false });
    expect(quiet.toJson(APP)).toMatchObject({ colour: "green", requiresConfirm: false });
  });

  it("Submodule nests its children by name", () => {
    const group = new ui.Submodule({
      name: "location",
      displayName: "Location",
      collapsed: true,
      children: [new ui.Variable({ name: "lat", displayName: "Lat", tag: "position.lat" })],
    });
    expect(group.toJson(APP)).toEqual({
      name: "location",
      type: "uiSubmodule",
      displayString: "Location",
      defaultOpen: false,
      children: {
        lat: {
          name: "lat",
          type: "uiVariable",
          displayString: "Lat",
          varType: "float",
          currentValue: "$tag.tracker_processor_1.position.lat:number",
        },
      },
    });
  });
});

describe("bindings", () => {
  const tagValues = {
    [APP]: { battery: 87, low_battery: true, position: { lat: -33.87, lon: 151.21 }, status: "OK" },
    other_app_1: { battery: 5 },
  };

  it("resolve to the tag in the app's namespace, by path", () => {
    expect(resolveBinding(`$tag.${APP}.battery:number`, { tagValues })).toBe(87);
    expect(resolveBinding(`$tag.${APP}.position.lat:number`, { tagValues })).toBe(-33.87);
    expect(resolveBinding("$tag.other_app_1.battery:number", { tagValues })).toBe(5);
  });

  it("fall back to the default when the tag is missing, else undefined", () => {
    expect(resolveBinding(`$tag.${APP}.missing:number`, { tagValues })).toBeUndefined();
    expect(resolveBinding(`$tag.${APP}.missing:number:0`, { tagValues })).toBe(0);
    expect(resolveBinding(tagRef(APP, "mode", "string", "idle:auto"), { tagValues })).toBe("idle:auto");
  });

  it("negate with a leading !: a warning is hidden while its tag is false or not set", () => {
    const hidden = (tags: Json) =>
      resolveBinding(new ui.WarningIndicator({ name: "low_battery", displayName: "Low" }).toJson(APP).hidden ?? null, {
        tagValues: tags,
      });
    expect(hidden(tagValues)).toBe(false);
    expect(hidden({ [APP]: { low_battery: false } })).toBe(true);
    expect(hidden({})).toBe(true);
  });

  it("resolve commands from ui_cmds", () => {
    const uiCmds = { [APP]: { request_position: 1767225600000 } };
    expect(resolveBinding(`$cmds.${APP}.request_position`, { uiCmds })).toBe(1767225600000);
    expect(resolveBinding(`$cmds.${APP}.reboot`, { uiCmds })).toBeUndefined();
  });

  it("leave values that are not bindings as they are", () => {
    expect(resolveBinding("Battery", { tagValues })).toBe("Battery");
    expect(resolveBinding(3, { tagValues })).toBe(3);
    expect(resolveBinding("$tag.", { tagValues })).toBe("$tag.");
  });

  it("do not walk the prototype chain", () => {
    expect(resolveBinding(`$tag.${APP}.constructor:string`, { tagValues })).toBeUndefined();
  });
});

describe("validation at build time", () => {
  it.each(["", "has space", "dotted.name", "colon:name", "__proto__", "x".repeat(129), "Ünicode"])(
    "refuses the element name %j",
    (name) => {
      expect(() => new ui.Variable({ name, displayName: "X" })).toThrow(TypeError);
      expect(() => new ui.Action({ name, displayName: "X" })).toThrow(TypeError);
    },
  );

  it("accepts names of letters, digits, _ and -, up to 128", () => {
    expect(() => new ui.Variable({ name: "Battery-2_b", displayName: "X" })).not.toThrow();
    expect(() => new ui.Variable({ name: "x".repeat(128), displayName: "X" })).not.toThrow();
  });

  it("refuses a bad tag path", () => {
    for (const tag of ["", "a..b", ".a", "a:b", "a b"]) {
      expect(() => new ui.TextVariable({ name: "ok", displayName: "X", tag })).toThrow(/tag/);
    }
  });

  it("refuses two elements of an app with the same name, also inside a Submodule", () => {
    const a = () => new ui.Variable({ name: "battery", displayName: "A" });
    expect(() => uiApplication(APP, "Tracker", [a(), a()])).toThrow(/two elements are named "battery"/);
    const group = new ui.Submodule({ name: "power", displayName: "Power", children: [a()] });
    expect(() => uiApplication(APP, "Tracker", [a(), group])).toThrow(TypeError);
    expect(() => new ui.Submodule({ name: "g", displayName: "G", children: [a(), a()] })).toThrow(TypeError);
    // ui_cmds is flat per app, so a button in a submodule may not share a name with one outside.
    const button = (name: string) => new ui.Action({ name, displayName: "B" });
    const nested = new ui.Submodule({ name: "g", displayName: "G", children: [button("go")] });
    expect(() => uiStatePatch(APP, "Tracker", [nested, button("go")])).toThrow(TypeError);
  });

  it("refuses ranges and bounds that are empty, reversed or not finite", () => {
    const variable = (options: object) => () => new ui.Variable({ name: "v", displayName: "V", ...options });
    expect(variable({ ranges: [{ min: 20, max: 20 }] })).toThrow('ui.Variable "v": ranges[0] needs min < max');
    expect(
      variable({
        ranges: [
          { min: 0, max: 10 },
          { min: 30, max: 10 },
        ],
      }),
    ).toThrow(/ranges\[1\]/);
    expect(variable({ ranges: [{ min: 0, max: Infinity }] })).toThrow(/finite/);
    expect(variable({ ranges: [{ min: Number.NaN, max: 1 }] })).toThrow(/finite/);
    expect(variable({ min: 100, max: 0 })).toThrow(/needs min < max/);
    expect(variable({ decimals: 1.5 })).toThrow(/decimals/);
    expect(variable({ decimals: -1 })).toThrow(/decimals/);
    expect(variable({ min: 0 })).not.toThrow();
  });

  it("refuses an app key that cannot appear in a binding", () => {
    const v = new ui.Variable({ name: "v", displayName: "V" });
    expect(() => v.toJson("bad.key")).toThrow(TypeError);
    expect(() => uiStatePatch("", "X", [])).toThrow(TypeError);
  });
});

describe("uiStatePatch", () => {
  const battery = new ui.Variable({ name: "battery", displayName: "Battery", units: "%" });
  const status = new ui.TextVariable({ name: "status", displayName: "Status" });

  it("puts the app node under state.children.<app_key>", () => {
    expect(uiStatePatch(APP, "Tracker", [battery])).toEqual({
      state: {
        children: {
          [APP]: {
            type: "uiApplication",
            name: APP,
            displayString: "Tracker",
            children: { battery: battery.toJson(APP) },
          },
        },
      },
    });
  });

  it("keeps element order as the order of children", () => {
    const patch = uiStatePatch(APP, "Tracker", [status, battery]) as { state: { children: Record<string, Json> } };
    const node = patch.state.children[APP] as { children: Record<string, Json> };
    expect(Object.keys(node.children)).toEqual(["status", "battery"]);
  });

  it("with the previous ui_state, removes elements and options a redeployment dropped", () => {
    const other = { type: "uiApplication", name: "other_app_1", children: { x: { type: "uiVariable" } } };
    const before = mergePatch(
      { state: { children: { other_app_1: other } } },
      uiStatePatch(APP, "Tracker", [
        new ui.Variable({ name: "battery", displayName: "Battery", units: "%", decimals: 1 }),
        status,
      ]),
    );
    const patch = uiStatePatch(APP, "Tracker v2", [battery], before);
    const node = (patch as { state: { children: Record<string, { children: Record<string, Json> }> } }).state.children[
      APP
    ];
    expect(node?.children.status).toBeNull();
    expect(node?.children.battery).toMatchObject({ decPrecision: null, units: "%" });

    // Applied, it leaves exactly the new app node, and other apps' nodes untouched.
    const after = mergePatch(before, patch);
    expect(after).toEqual({
      state: {
        children: {
          other_app_1: other,
          [APP]: {
            type: "uiApplication",
            name: APP,
            displayString: "Tracker v2",
            children: { battery: battery.toJson(APP) },
          },
        },
      },
    });
  });

  it("without the previous ui_state, a plain merge keeps stale elements (why `previous` exists)", () => {
    const before = mergePatch({}, uiStatePatch(APP, "Tracker", [battery, status]));
    const after = mergePatch(before, uiStatePatch(APP, "Tracker", [battery])) as {
      state: { children: Record<string, { children: Record<string, Json> }> };
    };
    expect(Object.keys(after.state.children[APP]?.children ?? {})).toEqual(["battery", "status"]);
  });

  it("ignores a previous ui_state of another shape", () => {
    for (const previous of [null, undefined, "x", [], { state: "x" }, { state: { children: { [APP]: 3 } } }]) {
      expect(uiStatePatch(APP, "Tracker", [battery], previous)).toEqual(uiStatePatch(APP, "Tracker", [battery]));
    }
  });

  it("removes a stored __proto__ key as a plain key, without touching prototypes", () => {
    const previous = JSON.parse(`{"state":{"children":{"${APP}":{"children":{"__proto__":{"x":1}}}}}}`) as Json;
    const patch = uiStatePatch(APP, "Tracker", [battery], previous) as {
      state: { children: Record<string, { children: Record<string, Json> }> };
    };
    const children = patch.state.children[APP]?.children ?? {};
    expect(Object.hasOwn(children, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(children)).toBe(Object.prototype);
    expect(JSON.stringify(children)).toContain('"__proto__":null');
  });
});

describe("uiCommands", () => {
  it("returns this app's commands from a ui_cmds aggregate or patch", () => {
    const uiCmds = { [APP]: { request_position: 1, reboot: true }, other_app_1: { go: 1 } };
    expect(uiCommands(uiCmds, APP)).toEqual({ request_position: 1, reboot: true });
    expect(uiCommands(uiCmds, "other_app_1")).toEqual({ go: 1 });
  });

  it("is empty when ui_cmds has nothing (or nothing usable) for the app", () => {
    const shapes: (Json | undefined)[] = [
      null,
      undefined,
      3,
      "x",
      [],
      {},
      { [APP]: null },
      { [APP]: [1] },
      { other: {} },
    ];
    for (const uiCmds of shapes) {
      expect(uiCommands(uiCmds, APP)).toEqual({});
    }
    expect(uiCommands({}, "constructor")).toEqual({});
  });

  it("returns a copy: changing it does not change the aggregate", () => {
    const uiCmds = { [APP]: { go: 1 } };
    uiCommands(uiCmds, APP).go = 2;
    expect(uiCmds[APP].go).toBe(1);
  });
});
