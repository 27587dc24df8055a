// A local HTTP server that stands in for the outside services edgehook calls (network servers'
// downlink APIs, webhook receivers): tests run in workerd, this runs in Node as a vitest
// `globalSetup`, on an ephemeral port handed to the tests as `inject("standInPort")`.
//
// Tests share it, so each works in its own scope, a path prefix: `http://127.0.0.1:<port>/<scope>`
// is the base URL the code under test is given. Control endpoints (test/stand-in/client.ts):
//   POST   /__stand-in/<scope>/routes    {method, path, answers: [{status, headers?, body?, json?, delay_ms?}]}
//          a route of the scope; each request it matches takes the next answer, the last repeats
//   GET    /__stand-in/<scope>/requests  every request the scope received, in order:
//          [{method, path, query, headers (lower-case names), body (text), at}]
//   DELETE /__stand-in/<scope>           forget the scope
// A request no route matches is recorded too and answered 404 `{"message": "stand-in: no route …"}`.
import { createServer } from "node:http";

/** @type {Map<string, {routes: any[], requests: any[]}>} */
const scopes = new Map();

const scopeOf = (name) => {
  let scope = scopes.get(name);
  if (!scope) scopes.set(name, (scope = { routes: [], requests: [] }));
  return scope;
};

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res, status, json) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(json));
}

function control(res, method, [name, what], body) {
  if (method === "POST" && what === "routes") {
    const route = JSON.parse(body);
    scopeOf(name).routes.push({ ...route, method: route.method.toUpperCase(), taken: 0 });
    return send(res, 201, { ok: true });
  }
  if (method === "GET" && what === "requests") return send(res, 200, scopeOf(name).requests);
  if (method === "DELETE" && !what) {
    scopes.delete(name);
    return send(res, 200, { ok: true });
  }
  return send(res, 400, { message: `stand-in: unknown control request ${method} ${what}` });
}

/** Answers as scripted, after `delay_ms`; gives up quietly when the caller hung up first. */
function answer(req, res, scripted) {
  const reply = () => {
    if (res.destroyed) return;
    const headers = { ...scripted.headers };
    let body = scripted.body ?? "";
    if (scripted.json !== undefined) {
      body = JSON.stringify(scripted.json);
      headers["content-type"] ??= "application/json";
    }
    res.writeHead(scripted.status, headers);
    res.end(body);
  };
  if (!scripted.delay_ms) return reply();
  const timer = setTimeout(reply, scripted.delay_ms);
  req.socket.once("close", () => clearTimeout(timer));
}

async function handle(req, res) {
  const url = new URL(req.url ?? "/", "http://stand-in");
  const parts = url.pathname.split("/").filter(Boolean);
  const body = await readBody(req);
  const method = req.method ?? "GET";
  if (parts[0] === "__stand-in") return control(res, method, parts.slice(1), body);
  const [name, ...rest] = parts;
  const path = `/${rest.join("/")}`;
  const scope = scopeOf(name ?? "");
  scope.requests.push({ method, path, query: url.search, headers: req.headers, body, at: Date.now() });
  const route = scope.routes.find((r) => r.method === method && r.path === path);
  if (!route) return send(res, 404, { message: `stand-in: no route for ${method} ${path}` });
  const scripted = route.answers[Math.min(route.taken++, route.answers.length - 1)];
  answer(req, res, scripted);
}

let server;

/** vitest globalSetup: starts the server and provides its port. */
export async function setup({ provide }) {
  server = createServer((req, res) =>
    handle(req, res).catch((error) => send(res, 500, { message: `stand-in: ${error.message}` })),
  );
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  provide("standInPort", server.address().port);
}

export async function teardown() {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
}
