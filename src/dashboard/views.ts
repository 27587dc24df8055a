// Browser JS of the dashboard (a string, part of /dashboard.js): the two pages. Each view
// subscribes its channels on the page's one gateway socket, renders what the gateway delivers
// (event(type, key, d)), and unsubscribes when the route changes (leave()).
// Kept free of backticks and dollar-brace: the code is a String.raw template.
export const VIEWS_JS = String.raw`
const CONNECTION = "doover_connection";

/** doover_connection's status in words, with a tone for its badge. */
function connectionOf(data) {
  const status = data && data.status;
  if (status === "ContinuousOnline" || status === "ContinuousOnlineNoPing") return { label: "Online", tone: "ok" };
  if (status === "ContinuousOffline") return { label: "Offline", tone: "bad" };
  if (!status) return { label: "Never seen", tone: "none" };
  return { label: status.replace(/([a-z])([A-Z])/g, "$1 $2"), tone: "none" };
}

function renderConnection(badge, seen, data) {
  const c = connectionOf(data);
  badge.textContent = c.label;
  badge.dataset.tone = c.tone;
  const at = data && (data.last_seen || data.online_at);
  seen.replaceChildren(...(typeof at === "number" ? ["seen ", timeEl(at)] : []));
}

/** #/ : the devices this token can read, with their live connection status; search and status filter. */
function listView(main) {
  const rows = new Map();
  const keys = [];
  let left = false;
  const note = h("p", { class: "muted", role: "status" }, "Loading devices\u2026");
  const list = h("ul", { class: "devices", "aria-label": "Devices" });
  const search = h("input", {
    type: "search",
    id: "device-search",
    placeholder: "Search name or serial",
    "aria-label": "Search devices",
    "data-testid": "device-search",
    autocomplete: "off",
  });
  const status = h(
    "select",
    { id: "device-filter", "aria-label": "Status", "data-testid": "device-filter" },
    h("option", { value: "" }, "All"),
    h("option", { value: "online" }, "Online"),
    h("option", { value: "offline" }, "Offline"),
  );
  const empty = h("p", { class: "muted", hidden: true, "data-testid": "device-none" }, "No device matches.");
  main.append(h("h1", {}, "Devices"), h("div", { class: "filters" }, search, status), note, list, empty);
  function applyFilter() {
    const q = search.value.trim().toLowerCase();
    const want = status.value;
    let shown = 0;
    for (const row of rows.values()) {
      const online = row.badge.dataset.tone === "ok";
      const ok = (!q || row.text.includes(q)) && (!want || (want === "online") === online);
      row.item.hidden = !ok;
      if (ok) shown += 1;
    }
    empty.hidden = shown > 0 || rows.size === 0;
  }
  search.addEventListener("input", applyFilter);
  status.addEventListener("change", applyFilter);
  api("GET", "/api/agents")
    .then((agents) => {
      if (left) return;
      const devices = agents.filter((a) => a.type === "device");
      const count = devices.length + " device" + (devices.length === 1 ? "" : "s");
      note.textContent = devices.length ? count : "This token can read no devices.";
      for (const agent of devices) {
        const testid = "device-row-" + (agent.serial_number || agent.id);
        const badge = h("span", { class: "badge", "data-tone": "none", "data-testid": testid + "-status" }, "\u2026");
        const seen = h("span", { class: "seen muted" });
        const name = agent.display_name || agent.name;
        const link = h(
          "a",
          { class: "device-row", href: "#/device/" + agent.id, "data-testid": testid },
          h("span", { class: "who" }, h("strong", {}, name), h("span", { class: "muted" }, agent.serial_number || "")),
          h("span", { class: "state" }, badge, seen),
        );
        const item = h("li", {}, link);
        list.append(item);
        const text = [name, agent.name, agent.serial_number || "", agent.id].join(" ").toLowerCase();
        rows.set(agent.id, { badge, seen, item, text });
        const channel = { agent_id: agent.id, name: CONNECTION };
        keys.push(keyOf(channel));
        page.gateway.subscribe(channel);
      }
      applyFilter();
    })
    .catch((error) => (note.textContent = "Could not list devices: " + error.message));
  return {
    event(t, key, d) {
      const row = rows.get(d.channel.agent_id);
      if (row && d.channel.name === CONNECTION && d.aggregate) {
        renderConnection(row.badge, row.seen, d.aggregate.data);
        applyFilter();
      }
    },
    leave() {
      left = true;
      keys.forEach((key) => page.gateway.unsubscribe(key));
    },
  };
}

/** #/device/<id> : its UI, tags, connection, downlinks, recent messages and history, live. */
function deviceView(main, id) {
  const channels = ["tag_values", "ui_state", CONNECTION, "on_external_event", "downlinks"].map((name) => ({
    agent_id: id,
    name,
  }));
  const messages = new Map();
  let tags = {};
  let ui = null;
  let uiData = null;
  let left = false;
  /** tag_values has synced: the History panel knows the device's tags. */
  let synced = false;
  /** What the page learns from the API: who may do what, and the names of authors and panels. */
  const known = { access: null, agents: new Map(), installs: new Map(), authors: new Map() };
  const title = h("h1", { id: "device-title" }, "Device " + id);
  const serial = h("span", { class: "muted" });
  const badge = h("span", { class: "badge", "data-tone": "none", "data-testid": "device-status" }, "\u2026");
  const seen = h("span", { class: "seen muted", "data-testid": "device-seen" });
  const notice = h("p", { class: "notice", role: "status", "aria-live": "polite", "data-testid": "device-notice" });
  const readOnly = h(
    "p",
    { class: "hint", hidden: true, "data-testid": "read-only-hint" },
    "View only: this token may read this device but not send it commands (that needs a write grant).",
  );
  const uiBox = h("div", { class: "apps", "data-testid": "device-ui" }, h("p", { class: "muted" }, "Loading\u2026"));
  const tagsBox = h("div", { class: "tags", "data-testid": "device-tags" });
  const rawToggle = h("input", { type: "checkbox", id: "tags-raw", "data-testid": "tags-raw" });
  const list = h("ol", { class: "messages", "data-testid": "device-messages" });
  const downlinks = downlinksPanel({ agentId: id, canWrite: () => known.access !== "read" });
  const history = historyPanel({ agentId: id, appName: (appKey) => appName(appKey), units: () => unitsOf() });
  const card = (heading, hid, extra, ...body) =>
    h("section", { class: "card", "aria-labelledby": hid }, h("div", { class: "card-head" }, h("h2", { id: hid }, heading), extra), ...body);
  main.append(
    h("p", { class: "back" }, h("a", { href: "#/" }, "\u2190 All devices")),
    h("div", { class: "device-head" }, title, serial, h("span", { class: "state" }, badge, seen)),
    notice,
    h(
      "div",
      { class: "grid" },
      card("Controls", "h-ui", null, readOnly, uiBox),
      card("Tags", "h-tags", h("label", { class: "toggle" }, rawToggle, " raw"), tagsBox),
      card("Downlinks", "h-downlinks", null, downlinks.el),
      card("Recent messages", "h-msgs", null, list),
    ),
    h("div", { class: "history-card", "data-testid": "device-history" }, card("History", "h-history", history.ranges, history.el)),
  );
  const say = (text, isError) => {
    notice.textContent = text;
    notice.dataset.tone = isError ? "bad" : "";
  };
  const appName = (appKey) => {
    const install = known.installs.get(appKey);
    return install ? install.display_name : appKey;
  };
  const authorName = (authorId) => known.authors.get(authorId) || (known.agents.get(authorId) || {}).name || authorId;
  const canWrite = () => known.access !== "read";
  /** Units of the tags ui_state shows as variables ("app.tag" → unit). */
  const unitsOf = () => {
    const units = {};
    const apps = (uiData && uiData.state && uiData.state.children) || {};
    const walk = (appKey, children) => {
      for (const el of Object.values(children || {})) {
        if (!el || typeof el !== "object") continue;
        if (el.type === "uiSubmodule") walk(appKey, el.children);
        const m = typeof el.currentValue === "string" ? BINDING.exec(el.currentValue) : null;
        if (m && m[2] === "tag" && typeof el.units === "string") units[m[3]] = el.units;
      }
    };
    for (const [appKey, app] of Object.entries(apps)) if (app && typeof app === "object") walk(appKey, app.children);
    return units;
  };
  const showTags = () => renderTags(tagsBox, tags, { raw: rawToggle.checked, units: unitsOf(), appName });
  const showUi = () => {
    if (uiData === null) return;
    ui = renderUi(uiBox, uiData, { agentId: id, tags: () => tags, notice: say, appName, canWrite });
  };
  rawToggle.addEventListener("change", showTags);

  api("GET", "/api/agents")
    .then((agents) => {
      for (const a of agents) known.agents.set(a.id, { name: a.display_name || a.name });
      const agent = agents.find((a) => a.id === id);
      if (!agent) return say("This token cannot read device " + id + ".", true);
      title.textContent = agent.display_name || agent.name;
      serial.textContent = agent.serial_number || "";
      document.title = title.textContent + " \u2013 edgehook";
      known.access = agent.access || null;
      readOnly.hidden = canWrite();
      downlinks.access();
      showUi();
      return api("GET", "/api/agents/" + id + "/installs").then((installs) => {
        for (const i of installs) {
          known.installs.set(i.app_key, i);
          if (i.agent_id !== id) known.authors.set(i.agent_id, i.display_name);
        }
        showUi();
        showTags();
        showMessages();
        if (synced) history.tags(tags);
      });
    })
    .catch((error) => say(error.message, true));
  channels.forEach((channel) => page.gateway.subscribe(channel));

  // Last seen moves with every ingestion, but the connection aggregate is only rewritten when the
  // status changes: after any event of this device's channels, read it again (at most every 2 s).
  let seenTimer = null;
  let seenAsked = 0;
  function refreshSeen() {
    if (seenTimer !== null) return;
    const wait = Math.max(0, seenAsked + 2000 - Date.now());
    seenTimer = setTimeout(() => {
      seenTimer = null;
      seenAsked = Date.now();
      api("GET", "/api/agents/" + id + "/channels/" + CONNECTION + "/aggregate")
        .then((agg) => left || renderConnection(badge, seen, agg && agg.data))
        .catch(() => {});
    }, wait);
  }

  function showMessages() {
    const ids = [...messages.keys()].sort(byIdDesc);
    for (const old of ids.splice(10)) messages.delete(old);
    const units = unitsOf();
    list.replaceChildren(...ids.map((mid) => messageItem(messages.get(mid), authorName, units)));
    if (!ids.length) list.append(h("li", { class: "muted" }, "No messages yet."));
  }
  function loadMessages() {
    api("GET", "/api/agents/" + id + "/channels/on_external_event/messages?limit=10")
      .then((found) => found.forEach((m) => messages.set(m.id, m)))
      .catch((error) => error.status === 404 || say("Messages: " + error.message, true))
      .finally(showMessages);
  }
  return {
    event(t, key, d) {
      if (d.channel.agent_id !== id) return;
      const name = d.channel.name;
      const data = d.aggregate ? d.aggregate.data : undefined;
      if (t !== "ChannelSync" && name !== CONNECTION) refreshSeen();
      if (name === "tag_values" && data !== undefined) {
        tags = data || {};
        showTags();
        if (ui) ui.update(tags);
        if (t === "AggregateUpdate") history.take(d.request_data);
        synced = true;
        history.tags(tags);
      } else if (name === "ui_state" && data !== undefined) {
        uiData = data;
        showUi();
        showTags();
      } else if (name === CONNECTION && data !== undefined) renderConnection(badge, seen, data);
      else if (name === "downlinks" && t === "ChannelSync") downlinks.load();
      else if (name === "downlinks" && t === "MessageCreate") downlinks.take(d.data);
      else if (name === "on_external_event" && t === "ChannelSync") loadMessages();
      else if (name === "on_external_event" && t === "MessageCreate") {
        messages.set(d.id, d);
        showMessages();
      }
    },
    leave() {
      left = true;
      history.leave();
      clearTimeout(seenTimer);
      channels.forEach((channel) => page.gateway.unsubscribe(keyOf(channel)));
    },
  };
}

/** tag_values: one block per app key (headed by its install's name), values rendered by type. */
function renderTags(box, tags, opts) {
  const apps = Object.entries(tags || {});
  box.replaceChildren();
  if (!apps.length) return box.append(h("p", { class: "muted" }, "No tags yet."));
  if (opts.raw) return box.append(h("pre", { class: "raw", "data-testid": "tags-raw-json" }, JSON.stringify(tags, null, 2)));
  for (const [appKey, values] of apps) {
    const name = opts.appName(appKey);
    box.append(h("h3", { title: appKey, "data-testid": "tags-app-" + appKey }, name));
    const dl = h("dl", { class: "values" });
    const entries = isPlain(values) ? Object.entries(values) : [["value", values]];
    for (const [tag, value] of entries)
      dl.append(valueRow(appKey + "." + tag, tag, value, { units: opts.units, testid: "tag-" + appKey + "-" + tag }, 0));
    box.append(dl);
  }
}

/** A message: when, by whom (by name), a one-line summary, and its raw JSON behind a disclosure. */
function messageItem(m, authorName, units) {
  const ms = typeof m.timestamp === "number" ? m.timestamp : snowflakeMs(m.id);
  return h(
    "li",
    { "data-testid": "message-" + m.id },
    h(
      "div",
      { class: "meta" },
      timeEl(ms),
      " by ",
      h("span", { class: "author", title: m.author_id, "data-testid": "message-author" }, authorName(m.author_id)),
    ),
    h("p", { class: "summary", "data-testid": "message-summary" }, summaryOf(m.data, units)),
    h("details", { class: "raw" }, h("summary", {}, "Raw"), h("pre", {}, JSON.stringify(m.data, null, 1))),
  );
}
`;
