// Issue 20, item 2, black box: an install config larger than a queue message was accepted (201),
// never deployed, and its schedules spun the agent's alarm (~66 failed sends a second). Serves
// edgehook the way `npm start` does (Miniflare, throwaway state) and, over HTTP only:
//
//   1. a tracker_processor install with 2,000 `rate(1 minute)` schedules (≈153 KB) → 422
//      naming config.dv_proc_schedules, nothing stored;
//   2. a config over 64 KiB of JSON → 422 naming `config`, on create and on PATCH (config kept);
//   3. a config just under the cap (100 `rate(1 minute)` schedules, one of them the demo's
//      `daily_summary`) → 201, deploys (its UI is published), and its schedules fire at the next
//      minute with no failed send logged by the runtime while it waits.
//
// Prints one PASS or FAIL line; exits non-zero on failure.   node scripts/hardening-config.mjs
import { withThrowawayServer } from "./lib/server.mjs";

const say = (line) => console.log(`[hardening-config] ${line}`);
const bytes = (value) => Buffer.byteLength(JSON.stringify(value), "utf8");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// What the runtime logs when a schedule or deployment send fails (workerd's output passes here).
let failedSends = 0;
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream);
  stream.write = (chunk, ...rest) => {
    const text = String(chunk);
    failedSends += text.match(/schedule\/deployment send (of \S+ )?failed/g)?.length ?? 0;
    return write(chunk, ...rest);
  };
}

async function raw(server, token, method, pathname, body) {
  const res = await fetch(new URL(pathname, server.url), {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: text ? JSON.parse(text) : null };
}

const schedules = (n, first = "every_minute_0000") =>
  Array.from({ length: n }, (_, i) => ({
    name: i === 0 ? first : `every_minute_${String(i).padStart(4, "0")}`,
    schedule: "rate(1 minute)",
    disabled: false,
  }));

async function run({ server, api, adminToken }) {
  const failures = [];
  const check = (ok, what) => {
    say(`${ok ? "ok  " : "FAIL"} ${what}`);
    if (!ok) failures.push(what);
  };
  const call = (method, pathname, body) => raw(server, adminToken, method, pathname, body);
  const installsOn = async (agentId) =>
    (await api("GET", "/api/control/installs")).filter((i) => i.agent_id === agentId);

  const agent = await api("POST", "/api/control/agents", { name: "CAPS-1", serial_number: "CAPS-1", type: "device" });

  // 1. The config: 2,000 rate(1 minute) schedules.
  const big = { dv_proc_schedules: schedules(2000) };
  const refused = await call("POST", "/api/control/installs", {
    app: "tracker_processor",
    agent_id: agent.id,
    display_name: "2,000 schedules",
    config: big,
  });
  say(`2,000 schedules (${bytes(big)} bytes): ${refused.status} field=${refused.body?.field}`);
  check(
    refused.status === 422 &&
      refused.type.startsWith("application/problem+json") &&
      refused.body?.code === "validation_failed" &&
      refused.body?.field === "config.dv_proc_schedules",
    "2,000 schedules → 422 validation_failed naming config.dv_proc_schedules",
  );
  check((await installsOn(agent.id)).length === 0, "nothing stored");

  // 2. Over the byte cap: 100 subscriptions of 700 characters (≈71 KB).
  const wide = {
    dv_proc_subscriptions: Array.from({ length: 100 }, (_, i) => `c${i}_${"x".repeat(700)}`),
  };
  const tooWide = await call("POST", "/api/control/installs", {
    app: "tracker_processor",
    agent_id: agent.id,
    display_name: "wide",
    config: wide,
  });
  say(`${bytes(wide)} bytes of config: ${tooWide.status} field=${tooWide.body?.field}`);
  check(tooWide.status === 422 && tooWide.body?.field === "config", "over 64 KiB → 422 naming config");
  check((await installsOn(agent.id)).length === 0, "nothing stored");

  // 3. Just under the cap: deploys, and its schedules fire without a failed send.
  let config;
  for (let pad = 700; pad > 0; pad -= 5) {
    config = {
      dv_proc_schedules: schedules(100, "daily_summary"),
      dv_proc_subscriptions: [
        "on_external_event",
        "ui_cmds",
        ...Array.from({ length: 98 }, (_, i) => `c${i}_${"x".repeat(pad)}`),
      ],
    };
    // Defaults (low_battery, disabled: false) add a little: leave room for them.
    if (bytes(config) + 64 <= 64 * 1024) break;
  }
  const created = await call("POST", "/api/control/installs", {
    app: "tracker_processor",
    agent_id: agent.id,
    display_name: "at the cap",
    config,
  });
  const stored = created.body?.config;
  say(`${bytes(config)} bytes sent, ${stored ? bytes(stored) : "-"} stored: ${created.status}`);
  check(created.status === 201, "a config just under 64 KiB → 201");
  if (created.status === 201) {
    const appKey = created.body.app_key;
    let deployed = false;
    for (let i = 0; i < 50 && !deployed; i++) {
      const ui = await call("GET", `/api/agents/${agent.id}/channels/ui_state/aggregate`);
      deployed = ui.status === 200 && ui.body?.data?.state?.children?.[appKey] !== undefined;
      if (!deployed) await sleep(200);
    }
    check(deployed, "it deploys: its UI is in ui_state");
    // The next minute boundary, and a few seconds for the runs.
    const wait = 60_000 - (Date.now() % 60_000) + 5_000;
    say(`waiting ${Math.round(wait / 1000)} s for the next minute's 100 runs`);
    await sleep(wait);
    const summaries = await call("GET", `/api/agents/${agent.id}/channels/daily_summary/messages`);
    const n = summaries.status === 200 ? summaries.body.length : 0;
    say(`daily_summary messages: ${n}; failed schedule/deployment sends logged: ${failedSends}`);
    check(n >= 1, "its schedules fire (the daily_summary run wrote its message)");
    check(failedSends === 0, "no schedule or deployment send failed");
    const patched = await call("PATCH", `/api/control/installs/${created.body.install_id}`, { config: wide });
    check(patched.status === 422 && patched.body?.field === "config", "PATCH over 64 KiB → 422 naming config");
    const after = await installsOn(agent.id);
    check(after.length === 1 && bytes(after[0].config) === bytes(stored), "the stored config is unchanged");
  }
  return failures;
}

const failures = await withThrowawayServer("edgehook-caps-", {}, async (ctx) => {
  await ctx.server.waitReady(60_000);
  return run(ctx);
}).catch((error) => [String(error?.stack ?? error)]);

if (failures.length === 0) console.log("PASS hardening-config: install config caps and schedule sends (issue 20, item 2)");
else {
  console.log(`FAIL hardening-config: ${failures.join("; ")}`);
  process.exitCode = 1;
}
