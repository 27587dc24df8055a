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

/** #/ : the devices this token can read, with their live connection status. */
function listView(main) {
  const rows = new Map();
  const keys = [];
  let left = false;
  const note = h("p", { class: "muted", role: "status" }, "Loading devices\u2026");
  const list = h("ul", { class: "devices", "aria-label": "Devices" });
  main.append(h("h1", {}, "Devices"), note, list);
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
        const link = h(
          "a",
          { class: "device-row", href: "#/device/" + agent.id, "data-testid": testid },
          h(
            "span",
            { class: "who" },
            h("strong", {}, agent.display_name || agent.name),
            h("span", { class: "muted" }, agent.serial_number || ""),
          ),
          h("span", { class: "state" }, badge, seen),
        );
        list.append(h("li", {}, link));
        rows.set(agent.id, { badge, seen });
        const channel = { agent_id: agent.id, name: CONNECTION };
        keys.push(keyOf(channel));
        page.gateway.subscribe(channel);
      }
    })
    .catch((error) => (note.textContent = "Could not list devices: " + error.message));
  return {
    event(t, key, d) {
      const row = rows.get(d.channel.agent_id);
      if (row && d.channel.name === CONNECTION && d.aggregate) renderConnection(row.badge, row.seen, d.aggregate.data);
    },
    leave() {
      left = true;
      keys.forEach((key) => page.gateway.unsubscribe(key));
    },
  };
}

/** #/device/<id> : its UI, tags, connection and recent messages, live. */
function deviceView(main, id) {
  const channels = ["tag_values", "ui_state", CONNECTION, "on_external_event"].map((name) => ({ agent_id: id, name }));
  const messages = new Map();
  let tags = {};
  let ui = null;
  const title = h("h1", { id: "device-title" }, "Device " + id);
  const serial = h("span", { class: "muted" });
  const badge = h("span", { class: "badge", "data-tone": "none", "data-testid": "device-status" }, "\u2026");
  const seen = h("span", { class: "seen muted" });
  const notice = h("p", { class: "notice", role: "status", "aria-live": "polite", "data-testid": "device-notice" });
  const uiBox = h("div", { class: "apps", "data-testid": "device-ui" }, h("p", { class: "muted" }, "Loading\u2026"));
  const tagsBox = h("div", { class: "tags", "data-testid": "device-tags" });
  const list = h("ol", { class: "messages", "data-testid": "device-messages" });
  const card = (heading, hid, ...body) =>
    h("section", { class: "card", "aria-labelledby": hid }, h("h2", { id: hid }, heading), ...body);
  main.append(
    h("p", { class: "back" }, h("a", { href: "#/" }, "\u2190 All devices")),
    h("div", { class: "device-head" }, title, serial, h("span", { class: "state" }, badge, seen)),
    notice,
    h(
      "div",
      { class: "grid" },
      card("Controls", "h-ui", uiBox),
      card("Tags", "h-tags", tagsBox),
      card("Recent messages", "h-msgs", list),
    ),
  );
  const say = (text, isError) => {
    notice.textContent = text;
    notice.dataset.tone = isError ? "bad" : "";
  };
  api("GET", "/api/agents")
    .then((agents) => {
      const agent = agents.find((a) => a.id === id);
      if (!agent) return say("This token cannot read device " + id + ".", true);
      title.textContent = agent.display_name || agent.name;
      serial.textContent = agent.serial_number || "";
      document.title = title.textContent + " \u2013 edgehook";
    })
    .catch((error) => say(error.message, true));
  channels.forEach((channel) => page.gateway.subscribe(channel));

  function showMessages() {
    const ids = [...messages.keys()].sort(byIdDesc);
    for (const old of ids.splice(10)) messages.delete(old);
    list.replaceChildren(...ids.map((mid) => messageItem(messages.get(mid))));
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
      if (name === "tag_values" && data !== undefined) {
        tags = data || {};
        renderTags(tagsBox, tags);
        if (ui) ui.update(tags);
      } else if (name === "ui_state" && data !== undefined) {
        ui = renderUi(uiBox, data, { agentId: id, tags: () => tags, notice: say });
      } else if (name === CONNECTION && data !== undefined) renderConnection(badge, seen, data);
      else if (name === "on_external_event" && t === "ChannelSync") loadMessages();
      else if (name === "on_external_event" && t === "MessageCreate") {
        messages.set(d.id, d);
        showMessages();
      }
    },
    leave: () => channels.forEach((channel) => page.gateway.unsubscribe(keyOf(channel))),
  };
}

/** tag_values: one definition list per app key. */
function renderTags(box, tags) {
  const apps = Object.entries(tags || {});
  box.replaceChildren();
  if (!apps.length) box.append(h("p", { class: "muted" }, "No tags yet."));
  for (const [appKey, values] of apps) {
    box.append(h("h3", {}, appKey));
    const dl = h("dl", { class: "values" });
    const entries = values && typeof values === "object" ? Object.entries(values) : [["value", values]];
    for (const [tag, value] of entries) dl.append(tagRow(appKey, tag, value));
    box.append(dl);
  }
}

/** A tag: epoch-ms times (last_seen, *_at) as relative times, objects as wrapped JSON below the name. */
function tagRow(appKey, tag, value) {
  const testid = "tag-" + appKey + "-" + tag;
  const isTime = /(^|_)(at|seen|time)$/.test(tag) && typeof value === "number" && value > 1e12 && value < 1e14;
  if (value !== null && typeof value === "object") {
    const code = h("code", { "data-testid": testid }, asText(value));
    return h("div", { class: "value-row wide" }, h("dt", {}, tag), h("dd", {}, code));
  }
  const dd = h("dd", { "data-testid": testid }, isTime ? timeEl(value) : asText(value));
  return h("div", { class: "value-row" }, h("dt", {}, tag), dd);
}

function messageItem(m) {
  const ms = typeof m.timestamp === "number" ? m.timestamp : snowflakeMs(m.id);
  return h(
    "li",
    { "data-testid": "message-" + m.id },
    h("div", { class: "meta" }, timeEl(ms), h("span", { class: "muted" }, " by " + m.author_id)),
    h("pre", {}, JSON.stringify(m.data, null, 1)),
  );
}
`;
