// The Hono application: CORS, the data plane, the control API and one problem+json error path.
import { Hono } from "hono";
import { cors } from "hono/cors";
import { bearerAuth } from "./http/bearer-auth.ts";
import type { AppEnv } from "./http/app-env.ts";
import { onError, problemResponse } from "../shared/problem.ts";
import { agentAccess } from "./routes/agent-access.ts";
import { agentInstalls } from "./routes/agent-installs.ts";
import { agents } from "./routes/agents.ts";
import { channels } from "./routes/channels.ts";
import { control } from "./routes/control.ts";
import { dashboard } from "./routes/dashboard.ts";
import { downlinks } from "./routes/downlinks.ts";
import { gateway } from "./routes/gateway-upgrade.ts";
import { ingest } from "./routes/ingest.ts";
import { messages } from "./routes/messages.ts";
import { history } from "./routes/history.ts";
import { openapi } from "./openapi/route.ts";
import { health } from "./routes/readiness.ts";

export const app = new Hono<AppEnv>();

const browserCors = cors({
  origin: "*",
  allowHeaders: ["Authorization", "Content-Type", "X-Doover-Sharing", "If-Match", "Idempotency-Key"],
  allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
  exposeHeaders: ["ETag", "Retry-After"],
  maxAge: 600,
});

// Browsers call the data plane and control API; ingestion endpoints are called by devices and
// vendor clouds, and skip CORS (its header merging was ~5% of an uplink's CPU).
app.use("/api/*", async function corsUnlessIngestion(c, next) {
  if (c.req.method === "POST" && c.req.path.endsWith("/invoke") && c.req.path.includes("/processors/ingestions/"))
    return next();
  // A WebSocket upgrade is not a CORS request, and its 101 response takes no headers.
  if (c.req.path === "/api/gateway") return next();
  return browserCors(c, next);
});

app.get("/", health);
app.route("/", dashboard);
app.route("/", openapi);

app.route("/", gateway);

app.use("/api/agents", bearerAuth());
app.route("/api/agents", agents);
app.use("/api/agents/:agent_id/channels", bearerAuth(), agentAccess());
app.use("/api/agents/:agent_id/channels/*", bearerAuth(), agentAccess());
app.use("/api/agents/:agent_id/installs", bearerAuth(), agentAccess());
app.route("/api/agents/:agent_id", agentInstalls);
app.route("/api/agents/:agent_id", channels);
app.route("/api/agents/:agent_id", messages);
app.route("/api/agents/:agent_id", history);
app.use("/api/agents/:agent_id/downlinks", bearerAuth(), agentAccess());
app.use("/api/agents/:agent_id/downlinks/*", bearerAuth(), agentAccess());
app.route("/api/agents/:agent_id", downlinks);

app.route("/", ingest);

app.use("/api/control/*", bearerAuth());
app.route("/api/control", control);

app.notFound((c) => problemResponse(404, "not_found", `no route for ${c.req.method} ${c.req.path}`));
app.onError(onError);
