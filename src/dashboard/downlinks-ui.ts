// Browser JS of the dashboard (a string, part of /dashboard.js): the device page's Downlinks panel
// (issue 22, docs/wire.md "Downlinks"). Lists the device's downlinks newest first — status badge,
// transport, f_port, confirmed, created/updated as relative times, attempts, error — loaded once
// when the `downlinks` channel syncs and then kept current by that channel's messages (each status
// change is one, carrying the downlink), never by polling. Queued rows can be cancelled (DELETE;
// a 409 is said in the panel). Statuses only move forward, so an older view never replaces a newer.
// Kept free of backticks and dollar-brace: the code is a String.raw template.
export const DOWNLINKS_UI_JS = String.raw`
const DOWNLINK_TONE = { queued: "warn", sent: "info", acked: "ok", failed: "bad", expired: "none", cancelled: "none" };
const DOWNLINK_STEP = { queued: 0, sent: 1 };
const stepOf = (status) => (status in DOWNLINK_STEP ? DOWNLINK_STEP[status] : 2);
const SHOWN_DOWNLINKS = 20;

/** The panel; ctx: {agentId, canWrite()}. Returns {el, access(), load(), take(view)}. */
function downlinksPanel(ctx) {
  const rows = new Map();
  const note = h("p", { class: "notice", role: "status", "aria-live": "polite", "data-testid": "downlinks-notice" });
  const list = h("ol", { class: "downlinks", "data-testid": "downlinks" });
  const say = (text, isError) => {
    note.textContent = text;
    note.dataset.tone = isError ? "bad" : "";
  };
  const form = downlinkForm({ agentId: ctx.agentId, canWrite: ctx.canWrite, queued: (view) => take(view) });
  const send = h("details", { class: "downlink-send", "data-testid": "downlink-send-box" }, h("summary", {}, "Send a downlink"), form.el);
  send.open = !matchMedia("(max-width: 600px)").matches;

  function show() {
    const ids = [...rows.keys()].sort(byIdDesc).slice(0, SHOWN_DOWNLINKS);
    list.replaceChildren(...ids.map((id) => row(rows.get(id))));
    if (!ids.length) list.append(h("li", { class: "muted" }, "No downlinks yet."));
  }
  /** A newer view of one downlink (from the API or the channel); an older one changes nothing. */
  function take(view) {
    if (!view || typeof view.id !== "string") return;
    const had = rows.get(view.id);
    if (had && (stepOf(view.status) < stepOf(had.status) || (view.status === had.status && view.updated_at < had.updated_at)))
      return;
    rows.set(view.id, view);
    show();
  }
  function load() {
    api("GET", "/api/agents/" + ctx.agentId + "/downlinks?limit=" + SHOWN_DOWNLINKS)
      .then((found) => found.forEach(take))
      .catch((error) => say("Downlinks: " + error.message, true))
      .finally(show);
  }
  async function cancel(view, button) {
    button.disabled = true;
    say("Cancelling\u2026");
    try {
      await api("DELETE", "/api/agents/" + ctx.agentId + "/downlinks/" + view.id);
      say("Cancelled.");
    } catch (error) {
      if (error.status === 409) say("Not cancelled: it is no longer queued (" + error.message + ").", true);
      else if (error.status === 403) say("Not cancelled: this token may only read this device.", true);
      else say("Not cancelled: " + error.message, true);
      button.disabled = !ctx.canWrite();
    }
  }
  function row(v) {
    const tid = "downlink-" + v.id;
    const facts = [
      v.transport || "route not known yet",
      typeof v.f_port === "number" ? "port " + v.f_port : null,
      v.confirmed ? "confirmed" : null,
      v.priority && v.priority !== "NORMAL" ? v.priority.toLowerCase() + " priority" : null,
    ].filter(Boolean);
    let button = null;
    if (v.status === "queued") {
      button = h("button", { type: "button", class: "quiet", "data-testid": tid + "-cancel" }, "Cancel");
      if (!ctx.canWrite()) {
        button.disabled = true;
        button.dataset.reason = "read-only";
        button.title = "Needs a write grant: this token may only read this device.";
      }
      button.addEventListener("click", () => cancel(v, button));
    }
    return h(
      "li",
      { "data-testid": tid, "data-status": v.status },
      h("span", { class: "badge", "data-tone": DOWNLINK_TONE[v.status] || "none", "data-testid": tid + "-status" }, v.status),
      h("span", { class: "facts" }, facts.join(" \u00b7 ")),
      button,
      h(
        "p",
        { class: "meta muted" },
        "created ",
        timeEl(v.created_at),
        v.updated_at !== v.created_at ? [" \u00b7 updated ", timeEl(v.updated_at)] : null,
        " \u00b7 ",
        h("span", { "data-testid": tid + "-attempts" }, (v.attempts || 0) + (v.attempts === 1 ? " attempt" : " attempts")),
      ),
      v.error ? h("p", { class: "error", "data-testid": tid + "-error" }, v.error) : null,
    );
  }
  show();
  return {
    el: h("div", { class: "downlinks-panel" }, send, note, list),
    access() {
      form.access();
      show();
    },
    load,
    take,
  };
}
`;
