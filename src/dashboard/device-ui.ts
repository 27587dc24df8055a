// Browser JS of the dashboard (a string, part of /dashboard.js): a device's UI rendered from its
// `ui_state` schema (src/sdk/ui.ts, docs/wire.md "ui_state and ui_cmds"). The structure is built
// once per ui_state version; bound elements register an updater that tag_values changes re-run,
// so live values never rebuild buttons under the user's finger. Actions PATCH `ui_cmds`.
// Kept free of backticks and dollar-brace: the code is a String.raw template.
export const DEVICE_UI_JS = String.raw`
/** Renders every app node of ui_state into box; returns {update(tags)}. */
function renderUi(box, data, ctx) {
  const apps = (data && data.state && data.state.children) || {};
  const updaters = [];
  box.replaceChildren();
  for (const [appKey, app] of Object.entries(apps)) {
    if (!app || typeof app !== "object") continue;
    // pydoover's displayString defaults to the app key: the install's display name reads better.
    const title = app.displayString && app.displayString !== appKey ? app.displayString : ctx.appName(appKey);
    const section = h("section", { class: "app", "aria-label": title, "data-testid": "app-" + appKey });
    section.append(h("h3", {}, title));
    renderChildren(section, app.children, { ...ctx, appKey, updaters });
    box.append(section);
  }
  if (!box.children.length) box.append(h("p", { class: "muted" }, "No UI published for this device yet."));
  const ui = { update: (tags) => updaters.forEach((update) => update(tags)) };
  ui.update(ctx.tags());
  return ui;
}

/** Warnings first, then the values (a definition list), submodules, and the buttons last. */
function renderChildren(parent, children, ctx) {
  const warnings = h("div", { class: "warnings" });
  const values = h("dl", { class: "values" });
  const groups = h("div", { class: "groups" });
  const actions = h("div", { class: "actions" });
  for (const [name, el] of Object.entries(children || {})) {
    if (!el || typeof el !== "object") continue;
    const id = "ui-" + ctx.appKey + "-" + name;
    const label = el.displayString || name;
    if (el.type === "uiVariable" || el.type === "uiTimestamp") values.append(variable(id, label, el, ctx));
    else if (el.type === "uiWarningIndicator") warnings.append(warning(id, label, el, ctx));
    else if (el.type === "uiAction") actions.append(action(id, label, name, el, ctx));
    else if (el.type === "uiSubmodule") {
      const details = h("details", { class: "submodule", open: el.defaultOpen !== false, "data-testid": id });
      details.append(h("summary", {}, label));
      renderChildren(details, el.children, ctx);
      groups.append(details);
    } else {
      const unknown = h("dd", { class: "muted" }, el.type || "?");
      values.append(h("div", { class: "value-row" }, h("dt", {}, label), unknown));
    }
  }
  for (const part of [warnings, values, groups, actions]) if (part.children.length) parent.append(part);
}

function variable(id, label, el, ctx) {
  const value = h("span", { class: "value", "data-testid": id + "-value" }, "—");
  const band = h("span", { class: "band", hidden: true });
  const fill = h("span", { class: "fill" });
  const hasScale = typeof el.min === "number" && typeof el.max === "number" && el.max > el.min;
  const gauge = hasScale ? h("span", { class: "gauge", "aria-hidden": "true" }, fill) : null;
  const row = h("div", { class: "value-row", "data-testid": id }, h("dt", {}, label), h("dd", {}, value, band, gauge));
  ctx.updaters.push((tags) => {
    const v = resolveBinding(el.currentValue, { tagValues: tags });
    if (el.type === "uiTimestamp" || el.varType === "timestamp") {
      value.replaceChildren(typeof v === "number" ? timeEl(v) : "—");
      return;
    }
    value.textContent = formatValue(v, el);
    const range = typeof v === "number" ? (el.ranges || []).find((r) => v >= r.min && v <= r.max) : undefined;
    band.hidden = !range || !range.label;
    band.textContent = range && range.label ? range.label : "";
    if (range && range.colour) row.style.setProperty("--band", range.colour);
    else row.style.removeProperty("--band");
    row.dataset.band = range ? range.label || "" : "";
    if (hasScale && typeof v === "number")
      fill.style.width = Math.max(0, Math.min(100, ((v - el.min) / (el.max - el.min)) * 100)) + "%";
  });
  return row;
}

function formatValue(v, el) {
  if (v === undefined || v === null) return "—";
  if (typeof v === "number") {
    const text = typeof el.decPrecision === "number" ? v.toFixed(el.decPrecision) : String(v);
    if (!el.units) return text;
    return text + (el.units === "%" ? "" : " ") + el.units;
  }
  return asText(v);
}

function warning(id, label, el, ctx) {
  const box = h("p", { class: "warning", role: "alert", "data-testid": id, hidden: true }, label);
  ctx.updaters.push((tags) => {
    box.hidden = Boolean(resolveBinding(el.hidden === undefined ? false : el.hidden, { tagValues: tags }));
  });
  return box;
}

function action(id, label, name, el, ctx) {
  const button = h("button", { type: "button", class: "action", "data-testid": id }, label);
  if (!ctx.canWrite()) {
    button.disabled = true;
    button.dataset.reason = "read-only";
    button.title = "Needs a write grant: this token may only read this device.";
  }
  // pydoover's default colour is "blue": the theme's own blue stands in for it.
  if (typeof el.colour === "string" && el.colour !== "blue") button.style.setProperty("--action", el.colour);
  button.addEventListener("click", async () => {
    if (el.requiresConfirm !== false && !confirm("Send \u201c" + label + "\u201d to this device?")) return;
    const command = commandOf(el.currentValue, ctx.appKey, name);
    button.disabled = true;
    ctx.notice("Sending \u201c" + label + "\u201d\u2026");
    try {
      await api("PATCH", "/api/agents/" + ctx.agentId + "/channels/ui_cmds/aggregate", {
        [command.appKey]: { [command.name]: true },
      });
      ctx.notice("\u201c" + label + "\u201d sent.");
    } catch (error) {
      if (error.status === 403)
        ctx.notice(
          "Not sent: this token may only read this device. \u201c" + label + "\u201d needs a write grant.",
          true,
        );
      else ctx.notice("Not sent: " + error.message, true);
    } finally {
      button.disabled = !ctx.canWrite();
    }
  });
  return button;
}
`;
