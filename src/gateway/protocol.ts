// The gateway WebSocket protocol (SPEC §4.3), run inside the Gateway Durable Object
// (durable-objects/gateway.ts): the upgrade that opens a socket with Hello, and each frame in —
// parsed as JSON {op, d} and dispatched by op to sessions.ts or channels.ts. A frame that fails
// is answered with an error event, never dropped silently.
import type { Principal } from "../auth/principal.ts";
import { errorEvent, frame, OP } from "../shared/gateway-frames.ts";
import { problemResponse } from "../shared/problem.ts";
import { oneShot, subscribe, sync, unsubscribe } from "./channels.ts";
import { MAX_SOCKETS_PER_CREDENTIAL, socketsFullError } from "./limits.ts";
import { isRevoked } from "./session-store.ts";
import { identify, resume } from "./sessions.ts";
import { sendSafely, type Attachment, type GatewayState } from "./state.ts";

/** The upgrade, forwarded by the worker once it has authenticated the caller. */
export function accept(gw: GatewayState, request: Request): Response {
  const principal = JSON.parse(request.headers.get("x-edgehook-principal") ?? "null") as Principal | null;
  // The worker forwards these answers as they are: problem+json like all of its own.
  if (!principal || request.headers.get("upgrade")?.toLowerCase() !== "websocket")
    return problemResponse(400, "bad_request", "expected a WebSocket upgrade from the worker");
  // A revoked credential may still pass another isolate's cache for a moment: not here.
  if (isRevoked(gw.sql)) return problemResponse(401, "token_invalid", "the token is revoked");
  // One credential's sockets share this object: a bound keeps its memory (and the process's) in
  // check. Accepting is synchronous, so concurrent upgrades cannot overshoot.
  if (gw.sockets.size >= MAX_SOCKETS_PER_CREDENTIAL)
    return problemResponse(429, "too_many_connections", socketsFullError, { limit: MAX_SOCKETS_PER_CREDENTIAL });
  const pair = new WebSocketPair();
  const [client, server] = [pair[0], pair[1]];
  gw.ctx.acceptWebSocket(server);
  gw.save(server, { principal, session: null, subs: [] });
  server.send(frame("Hello", { heartbeat_interval: 45_000 }));
  return new Response(null, { status: 101, webSocket: client });
}

/** A frame from a socket of this object; done once the agents heard what it released. */
export async function receive(gw: GatewayState, ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
  const att = gw.sockets.get(ws);
  if (!att) return;
  try {
    await dispatch(gw, ws, att, message);
    await gw.settle();
  } catch (error) {
    // Whatever failed (an agent unreachable, a limit of the runtime), the client hears of it.
    console.error(`gateway ${gw.name}: frame failed`, error);
    sendSafely(
      ws,
      errorEvent(`the frame could not be handled: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}

async function dispatch(
  gw: GatewayState,
  ws: WebSocket,
  att: Attachment,
  message: string | ArrayBuffer,
): Promise<void> {
  let f: unknown;
  try {
    f = JSON.parse(typeof message === "string" ? message : new TextDecoder().decode(message));
  } catch {
    f = null;
  }
  if (typeof f !== "object" || f === null || Array.isArray(f)) return ws.send(errorEvent("frames are JSON {op, d}"));
  const frameIn = f as { op?: unknown; d?: unknown };
  const d = (typeof frameIn.d === "object" && frameIn.d !== null ? frameIn.d : {}) as Record<string, unknown>;
  switch (frameIn.op) {
    case OP.IDENTIFY:
      return identify(gw, ws, att);
    case OP.RESUME:
      return resume(gw, ws, att, d);
    case OP.SUBSCRIBE:
      return subscribe(gw, ws, att, d);
    case OP.UNSUBSCRIBE:
      return unsubscribe(gw, ws, d);
    case OP.SYNC:
      return sync(gw, ws, att, d);
    case OP.ONE_SHOT:
      return oneShot(gw, ws, att, d);
    default:
      ws.send(errorEvent(`unknown op ${JSON.stringify(frameIn.op)}`));
  }
}
