// Browser JS of the dashboard (a string, part of /dashboard.js): the device page's form that queues
// a downlink (docs/wire.md "Downlinks"): f_port 1–223, a payload as hex bytes (sent as base64
// `data`) or a JSON object (`payload`), confirmed, priority. What the form can tell is wrong is said
// inline before anything is sent; what the API refuses (its 422 problem+json `detail`) is said there
// too. For a read-only token the whole form is disabled, with the reason.
// Kept free of backticks and dollar-brace: the code is a String.raw template.
export const DOWNLINK_FORM_JS = String.raw`
/** "01 02 ab" / "0102AB" / "01:02:ab" → base64; null when it is not whole bytes of hex. */
function hexToBase64(text) {
  const hex = String(text).replace(/[\s:]/g, "").replace(/^0x/i, "");
  if (!hex || hex.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(hex)) return null;
  let bytes = "";
  for (let i = 0; i < hex.length; i += 2) bytes += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return btoa(bytes);
}

/** The request body the form's values stand for, or {field, message} naming what is wrong. */
function downlinkRequestOf(values) {
  const port = values.fPort.trim();
  const body = { confirmed: values.confirmed, priority: values.priority };
  if (port !== "" || values.kind === "hex") {
    const n = Number(port);
    if (!/^\d+$/.test(port) || n < 1 || n > 223) return { field: "f_port", message: "f_port must be a whole number from 1 to 223." };
    body.f_port = n;
  }
  if (values.kind === "hex") {
    const data = hexToBase64(values.payload);
    if (data === null) return { field: "payload", message: "Payload: hex bytes, two digits each (e.g. 01 0a ff)." };
    body.data = data;
  } else {
    let payload;
    try {
      payload = JSON.parse(values.payload);
    } catch {
      payload = undefined;
    }
    if (!isPlain(payload)) return { field: "payload", message: "Payload: a JSON object, e.g. {\"interval\": 60}." };
    body.payload = payload;
  }
  return { body };
}

/** The send form; ctx: {agentId, canWrite(), queued(view)}. Returns {el, access()} (access: re-check the token's grant). */
function downlinkForm(ctx) {
  const field = (label, control) => h("label", { class: "field" }, h("span", {}, label), control);
  const fPort = h("input", { type: "text", inputmode: "numeric", value: "1", size: 4, "data-testid": "downlink-fport", "aria-describedby": "downlink-error" });
  const kind = h(
    "select",
    { "data-testid": "downlink-kind" },
    h("option", { value: "hex" }, "Hex bytes"),
    h("option", { value: "json" }, "JSON object"),
  );
  const payload = h("textarea", { rows: 2, spellcheck: "false", placeholder: "01 0a ff", "data-testid": "downlink-payload", "aria-describedby": "downlink-error" });
  const confirmed = h("input", { type: "checkbox", "data-testid": "downlink-confirmed" });
  const priority = h(
    "select",
    { "data-testid": "downlink-priority" },
    ...["NORMAL", "HIGH", "LOW"].map((p) => h("option", { value: p }, p.charAt(0) + p.slice(1).toLowerCase())),
  );
  const send = h("button", { type: "submit", "data-testid": "downlink-send" }, "Send");
  const error = h("p", { id: "downlink-error", class: "notice", "data-tone": "bad", role: "alert", "data-testid": "downlink-error" });
  const hint = h(
    "p",
    { class: "hint", hidden: true, "data-testid": "downlink-read-only" },
    "View only: sending and cancelling downlinks needs a write grant on this device.",
  );
  const fields = h(
    "fieldset",
    { class: "downlink-fields" },
    field("f_port", fPort),
    field("Payload as", kind),
    field("Priority", priority),
    h("label", { class: "toggle" }, confirmed, " confirmed"),
    h("label", { class: "field wide" }, h("span", {}, "Payload"), payload),
    send,
  );
  kind.addEventListener("change", () => (payload.placeholder = kind.value === "hex" ? "01 0a ff" : '{"interval": 60}'));
  const form = h("form", { class: "downlink-form", novalidate: true, "data-testid": "downlink-form" }, hint, fields, error);
  // Editing a field takes back what was said about the last attempt.
  form.addEventListener("input", (e) => {
    e.target.removeAttribute("aria-invalid");
    error.textContent = "";
  });
  const fail = (text, control) => {
    error.textContent = text;
    if (control) control.setAttribute("aria-invalid", "true");
  };
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    for (const c of [fPort, payload]) c.removeAttribute("aria-invalid");
    error.textContent = "";
    const asked = downlinkRequestOf({
      fPort: fPort.value,
      kind: kind.value,
      payload: payload.value,
      confirmed: confirmed.checked,
      priority: priority.value,
    });
    if (!asked.body) return fail(asked.message, asked.field === "f_port" ? fPort : payload);
    send.disabled = true;
    try {
      ctx.queued(await api("POST", "/api/agents/" + ctx.agentId + "/downlinks", asked.body));
      payload.value = "";
    } catch (err) {
      if (err.status === 403) fail("Not sent: this token may only read this device (a downlink needs a write grant).");
      else fail("Not sent: " + err.message);
    } finally {
      send.disabled = !ctx.canWrite();
    }
  });
  function access() {
    const writable = ctx.canWrite();
    fields.disabled = !writable;
    send.disabled = !writable;
    hint.hidden = writable;
    if (writable) {
      delete send.dataset.reason;
      send.removeAttribute("title");
    } else {
      send.dataset.reason = "read-only";
      send.title = "Needs a write grant: this token may only read this device.";
    }
  }
  access();
  return { el: form, access };
}
`;
