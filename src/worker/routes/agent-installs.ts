// `GET /api/agents/{id}/installs` (data plane, read on the agent): the names of the installs a
// dashboard meets on a device — those running on it (whose app_key heads its tags and UI panels)
// and those whose extended permissions let them write to it (whose install agent signs what they
// write, the messages' author_id). Names only: an install's config and secrets stay in the control plane.
import { Hono } from "hono";
import type { AppEnv } from "../http/app-env.ts";
import { registry } from "../../kv-mirror/edge-cache.ts";
import { ExtendedPermissions, extendedPermissionsOf } from "../../sdk/permissions.ts";

export const agentInstalls = new Hono<AppEnv>();

agentInstalls.get("/installs", async (c) => {
  const agentId = c.get("agent").id;
  const all = await registry(c.env).listInstalls();
  const related = await Promise.all(
    all.map(async (install) => {
      if (install.agent_id === agentId) return install;
      const perms = extendedPermissionsOf(install.config);
      const touches = await new ExtendedPermissions(c.env, install.agent_id, perms).allows(agentId);
      return touches ? install : null;
    }),
  );
  return c.json(
    related
      .filter((i) => i !== null)
      .map(({ install_id, app, app_key, agent_id, display_name }) => ({
        install_id,
        app,
        app_key,
        agent_id,
        display_name,
      })),
  );
});
