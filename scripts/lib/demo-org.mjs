// The demo organisation `npm start` seeds on first start, through the control API over HTTP.
//
// Seeding is a list of steps. Each runs once: its result is recorded in the seed marker
// (.wrangler/state/edgehook-seed.json) and a step already recorded there is skipped, so a step
// added later (e.g. a demo integration install) still runs on state seeded before it existed.
// Each step is also idempotent on its own (it looks up by name / serial number first), so state
// made by `npm run dev` without a marker is completed rather than duplicated.
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { STATE_DIR, apiClient } from "./server.mjs";

export const SEED_MARKER = path.join(STATE_DIR, "edgehook-seed.json");

/** Groups by key; `parent` names another key. Parents come before their children. */
export const DEMO_GROUPS = [
  { key: "north", name: "North Farm" },
  { key: "north_pumps", name: "North Farm Pumps", parent: "north" },
  { key: "south", name: "South Yard" },
];

/** Device agents; `groups` are keys of DEMO_GROUPS; `tracker`: runs the demo tracker processor. */
export const DEMO_DEVICES = [
  { name: "tracker-1", display_name: "Tracker 1", serial_number: "TRK-0001", groups: ["north"], tracker: true },
  { name: "tracker-2", display_name: "Tracker 2", serial_number: "TRK-0002", groups: ["south"], tracker: true },
  { name: "pump-1", display_name: "Pump 1", serial_number: "PUMP-0001", groups: ["north_pumps"] },
  { name: "gateway-1", display_name: "Gateway 1", serial_number: "GW-0001", groups: ["north"] },
];

/** The devices the demo tracker processor runs as: the trackers, not the pump or the gateway. */
export const TRACKER_DEVICES = DEMO_DEVICES.filter((d) => d.tracker);

/** A device as the control API takes it (its groups by id; `tracker` is the seed's own flag). */
const agentBody = ({ tracker: _tracker, ...d }, groupIds) => ({ ...d, type: "device", groups: d.groups.map((k) => groupIds[k]) });

/**
 * A step: `key` names its record in the marker; `run(ctx)` returns that record (JSON) and may
 * `ctx.say(line)` what the user should see once. `ctx.records` holds the records of every step
 * done so far (earlier starts included), `ctx.api(method, path, body)` calls the server as admin.
 */
export const SEED_STEPS = [
  {
    key: "groups",
    async run({ api }) {
      const existing = await api("GET", "/api/control/groups");
      const ids = {};
      for (const g of DEMO_GROUPS) {
        const found = existing.find((e) => e.name === g.name);
        const parent = g.parent ? ids[g.parent] : null;
        ids[g.key] = found ? found.id : (await api("POST", "/api/control/groups", { name: g.name, parent })).id;
      }
      return ids;
    },
  },
  {
    key: "devices",
    async run({ api, records }) {
      const ids = {};
      for (const d of DEMO_DEVICES) {
        const [found] = await api("GET", `/api/control/agents?serial_number=${encodeURIComponent(d.serial_number)}`);
        const body = agentBody(d, records.groups);
        ids[d.serial_number] = found ? found.id : (await api("POST", "/api/control/agents", body)).id;
      }
      return ids;
    },
  },
  {
    key: "demo_token",
    async run({ api, records, say }) {
      // Write implies read; the North Farm grant covers its nested Pumps group too.
      const grants = ["north", "south"].map((k) => ({ group: records.groups[k], permission: "write" }));
      const { id, token } = await api("POST", "/api/control/tokens", { grants });
      say(`demo device token (read/write on every demo device; shown once): ${token}`);
      return { id };
    },
  },
  {
    key: "tracker_install",
    async run({ api, records, say }) {
      // The demo integration (src/apps/tracker): callable from this machine, may route to every
      // demo device. Locally a request without CF-Connecting-IP counts as from 127.0.0.1 (in range).
      const config = {
        dv_proc_ingestion: { cidr_ranges: ["127.0.0.0/8", "::1/128"], mini_token: true },
        dv_proc_extended_permissions: { groups: ["north", "south"].map((k) => records.groups[k]) },
      };
      const install = await api("POST", "/api/control/installs", {
        app: "tracker_integration",
        display_name: "Demo tracker cloud",
        config,
      });
      say(`demo tracker ingestion (token shown once): ${install.ingestion.url}  token=${install.ingestion.token}`);
      say(`demo tracker mini-token URL (shown once): ${install.ingestion.mini_url}`);
      return { install_id: install.install_id, agent_id: install.agent_id, ingestion_id: install.ingestion.id };
    },
  },
  {
    key: "tracker_processor_installs",
    async run({ api, records, say }) {
      // The demo processor (src/apps/tracker/processor.ts) runs as each demo tracker: it reacts
      // to the integration's `on_external_event` messages with tags, UI and connection status,
      // and writes a daily summary. Its default config subscribes and schedules. A pump or a
      // gateway sends no tracker uplinks: a tracker's UI and battery tags there would mislead.
      const installs = {};
      for (const d of TRACKER_DEVICES) {
        const install = await api("POST", "/api/control/installs", {
          app: "tracker_processor",
          agent_id: records.devices[d.serial_number],
          display_name: `Tracker processor (${d.display_name})`,
          config: {},
        });
        installs[d.serial_number] = install.install_id;
      }
      say(`demo tracker processor installed on the ${TRACKER_DEVICES.length} demo trackers`);
      return installs;
    },
  },
  {
    key: "tracker_processor_scope",
    async run({ api, records }) {
      // State seeded before issue 21 has the processor on the pump and the gateway too: removed.
      const installs = { ...records.tracker_processor_installs };
      const removed = [];
      for (const d of DEMO_DEVICES.filter((d) => !d.tracker)) {
        const id = installs[d.serial_number];
        if (!id) continue;
        await api("DELETE", `/api/control/installs/${id}`).catch((err) => {
          if (err.status !== 404) throw err;
        });
        delete installs[d.serial_number];
        removed.push(d.serial_number);
      }
      records.tracker_processor_installs = installs;
      return { removed };
    },
  },
];

function readMarker() {
  if (!existsSync(SEED_MARKER)) return { organisation: null, records: {} };
  return JSON.parse(readFileSync(SEED_MARKER, "utf8"));
}

/**
 * Runs the steps not yet recorded. Returns `{ seeded, records, lines }`: `seeded` lists the steps
 * run now (empty on an already seeded state), `lines` what they asked to show the user.
 */
export async function seedDemo({ baseUrl, adminToken, steps = SEED_STEPS }) {
  const api = apiClient(baseUrl, adminToken);
  const { id: organisation } = await api("GET", "/api/control/organisation");
  let marker = readMarker();
  // A marker from a registry since wiped (a new organisation id) records nothing that exists.
  if (marker.organisation !== organisation) marker = { organisation, records: {} };
  const lines = [];
  const seeded = [];
  for (const step of steps) {
    if (step.key in marker.records) continue;
    marker.records[step.key] = await step.run({ api, records: marker.records, say: (l) => lines.push(l) });
    marker.updated_at = new Date().toISOString();
    await writeFile(SEED_MARKER, `${JSON.stringify(marker, null, 2)}\n`);
    seeded.push(step.key);
  }
  return { seeded, records: marker.records, lines };
}
