// Control API for apps and installs (SPEC §4.4): config validated against the app's schema,
// ingestion endpoints and mini-tokens issued (secrets shown once), invocation log and throttle.
// Signing keys are write-only: answers show them by fingerprint (install-secrets.ts).
import { Hono } from "hono";
import type { Context } from "hono";
import { z } from "zod";
import { APPS, findApp } from "../../apps/index.ts";
import { replayDeadLetter } from "../../invocation/queued.ts";
import { throttleKey } from "../guards/throttle.ts";
import { ingestionThrottle } from "../ingest/throttle-state.ts";
import type { AppEnv } from "../http/app-env.ts";
import { ProblemError, notFound } from "../../shared/problem.ts";
import { jsonResponse } from "../http/respond.ts";
import { jsonBody, validQuery } from "../http/validate.ts";
import { ingestionKey, invalidate, miniKey, registry } from "../../kv-mirror/edge-cache.ts";
import type { InstallRecord, IssuedIngestion } from "../../contracts/install-records.ts";
import type { AppClass } from "../../sdk/application.ts";
import { ExtendedPermissions, extendedPermissionsOf } from "../../sdk/permissions.ts";
import { agentStub } from "../../contracts/stubs.ts";
import { hasIngestion, miniTokenOn, neverReplace, validConfig } from "./install-config.ts";
import { listWithoutSecrets, withoutSecrets, withSecretsRestored } from "./install-secrets.ts";
import { unwrap } from "./outcome.ts";

export const installs = new Hono<AppEnv>();

const id = z.string().regex(/^\d{1,19}$/, "must be an id");
export const installCreate = z.object({
  app: z.string().min(1),
  agent_id: id.optional(),
  display_name: z.string().trim().min(1).max(200),
  config: z.record(z.string(), z.unknown()).default({}),
});
export const installPatch = z.object({ config: z.record(z.string(), z.unknown()) });
export const miniCreate = z.object({ agent_id: id.nullable().optional() });
export const limitQuery = z.object({
  limit: z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1).max(1000)).optional(),
});

installs.get("/apps", () =>
  jsonResponse(
    APPS.map((app) => {
      const schema = app.configSchema.toJsonSchema();
      // A processor's default subscriptions, as an install without its own gets them.
      const subscriptions = (schema.properties as Record<string, { default?: unknown }> | undefined)?.[
        "dv_proc_subscriptions"
      ]?.default;
      return {
        name: app.appName,
        kind: app.kind,
        description: app.description ?? "",
        ...(app.kind === "processor"
          ? { dv_proc_subscriptions: Array.isArray(subscriptions) ? subscriptions : [] }
          : {}),
        config_schema: schema,
      };
    }),
  ),
);

function urls(c: Context, install: InstallRecord, ingestion: IssuedIngestion | undefined) {
  if (!ingestion) return undefined;
  const origin = new URL(c.req.url).origin;
  return {
    ...ingestion,
    url: `${origin}/api/agents/${install.agent_id}/processors/ingestions/${ingestion.id}/invoke`,
    ...(ingestion.mini_token ? { mini_url: `${origin}/m/${ingestion.mini_token}` } : {}),
  };
}

function appOf(name: string): AppClass {
  const app = findApp(name);
  if (!app)
    throw new ProblemError(422, "validation_failed", `app: no app named '${name}' (see GET /api/control/apps)`, {
      extra: { field: "app" },
    });
  return app;
}

installs.post("/installs", async (c) => {
  const body = await jsonBody(c, installCreate);
  const app = appOf(body.app);
  const config = validConfig(app, body.config);
  const issued = unwrap(
    await registry(c.env).createInstall({
      app: app.appName,
      kind: app.kind,
      ...(body.agent_id === undefined ? {} : { agent_id: body.agent_id }),
      display_name: body.display_name,
      config,
      ingestion: hasIngestion(app),
      mini_token: miniTokenOn(config),
    }),
  );
  return jsonResponse(
    { ...(await withoutSecrets(issued.install)), ingestion: urls(c, issued.install, issued.ingestion) },
    201,
  );
});

installs.get("/installs", async (c) => jsonResponse(await listWithoutSecrets(await registry(c.env).listInstalls())));

installs.get("/installs/:id", async (c) => {
  const install = await registry(c.env).getInstall(c.req.param("id"));
  if (!install) throw notFound(`install ${c.req.param("id")}`);
  return jsonResponse(await withoutSecrets(install));
});

installs.patch("/installs/:id", async (c) => {
  const current = await registry(c.env).getInstall(c.req.param("id"));
  if (!current) throw notFound(`install ${c.req.param("id")}`);
  const body = await jsonBody(c, installPatch);
  const config = validConfig(appOf(current.app), await withSecretsRestored(body.config, current.config));
  const updated = unwrap(
    await registry(c.env).updateInstall(current.install_id, config, {
      replace_token: !neverReplace(config),
      mini_token: miniTokenOn(config),
    }),
  );
  if (updated.ingestion) invalidate(ingestionKey(updated.ingestion.id));
  invalidate(...updated.revoked_mini_hashes.map(miniKey));
  return jsonResponse({
    ...(await withoutSecrets(updated.install)),
    ingestion: urls(c, updated.install, updated.ingestion),
  });
});

installs.delete("/installs/:id", async (c) => {
  const removed = unwrap(await registry(c.env).deleteInstall(c.req.param("id")));
  if (removed.ingestion_id) invalidate(ingestionKey(removed.ingestion_id));
  invalidate(...removed.mini_hashes.map(miniKey));
  return c.body(null, 204);
});

installs.get("/installs/:id/invocations", validQuery(limitQuery), async (c) => {
  const install = await registry(c.env).getInstall(c.req.param("id"));
  if (!install) throw notFound(`install ${c.req.param("id")}`);
  const { limit } = c.req.valid("query");
  // Newest first; an invocation shows up within FLUSH_MS (src/ingest/log-buffer.ts).
  return jsonResponse(await agentStub(c.env, install.agent_id).listInvocations(install.install_id, limit ?? 100));
});

installs.get("/installs/:id/rejections", async (c) => {
  const install = await registry(c.env).getInstall(c.req.param("id"));
  if (!install) throw notFound(`install ${c.req.param("id")}`);
  const summary = await agentStub(c.env, install.agent_id).rejections(install.install_id);
  return jsonResponse(summary ?? { since: null, counts: {}, recent: [] });
});

installs.get("/installs/:id/throttle", async (c) => {
  const ingestionId = await registry(c.env).ingestionIdOf(c.req.param("id"));
  if (!ingestionId) throw notFound(`ingestion endpoint of install ${c.req.param("id")}`);
  const key = throttleKey(ingestionId);
  return jsonResponse({ key, this_isolate: ingestionThrottle.stats(key) });
});

installs.post("/installs/:id/mini_tokens", async (c) => {
  const body = await jsonBody(c, miniCreate);
  const install = await registry(c.env).getInstall(c.req.param("id"));
  if (!install) throw notFound(`install ${c.req.param("id")}`);
  // A token pinned to a device the install may not write to could only ever be refused.
  const pinned = body.agent_id ?? null;
  if (
    pinned &&
    !(await new ExtendedPermissions(c.env, install.agent_id, extendedPermissionsOf(install.config)).allows(pinned))
  )
    throw new ProblemError(
      422,
      "validation_failed",
      `agent_id: agent ${pinned} is outside this install's extended permissions`,
      {
        extra: { field: "agent_id" },
      },
    );
  const issued = unwrap(await registry(c.env).issueMiniToken(install.install_id, pinned));
  return jsonResponse({ ...issued, url: `${new URL(c.req.url).origin}/m/${issued.mini_token}` }, 201);
});

installs.get("/installs/:id/mini_tokens", async (c) =>
  jsonResponse(await registry(c.env).listMiniTokens(c.req.param("id"))),
);

installs.delete("/installs/:id/mini_tokens/:mini_id", async (c) => {
  invalidate(miniKey(unwrap(await registry(c.env).revokeMiniToken(c.req.param("id"), c.req.param("mini_id")))));
  return c.body(null, 204);
});

installs.get("/installs/:id/dead_letters", validQuery(limitQuery), async (c) => {
  const install = await registry(c.env).getInstall(c.req.param("id"));
  if (!install) throw notFound(`install ${c.req.param("id")}`);
  const { limit } = c.req.valid("query");
  const letters = await agentStub(c.env, install.agent_id).listDeadLetters(install.install_id, limit ?? 100);
  return jsonResponse(letters.map(({ message: _message, ...letter }) => letter));
});

installs.post("/installs/:id/dead_letters/:dl/replay", async (c) => {
  const install = await registry(c.env).getInstall(c.req.param("id"));
  if (!install) throw notFound(`install ${c.req.param("id")}`);
  const eventId = await replayDeadLetter(c.env, install.agent_id, install.install_id, c.req.param("dl"));
  if (!eventId) throw notFound(`dead letter ${c.req.param("dl")}`);
  return jsonResponse({ id: eventId }, 202);
});
