// Checks a commit's downlink write (`dl`, src/contracts/downlink-records.ts DownlinkWrite) as it
// arrives over RPC: a trust boundary, even from our own worker. Null when it is malformed.
import type {
  DownlinkRoute,
  DownlinkStatusUpdate,
  DownlinkWrite,
  QueuedDownlinkRequest,
} from "../contracts/downlink-records.ts";
import { isPlainObject } from "../shared/merge-patch.ts";
import { isSnowflakeText } from "../shared/snowflake.ts";

const str = (v: unknown): v is string => typeof v === "string";
const optStr = (v: unknown): boolean => v === undefined || str(v);

function isRoute(v: unknown): v is DownlinkRoute {
  if (!isPlainObject(v) || !str(v.install_id)) return false;
  if (v.transport === "http") return true;
  if (v.transport === "chirpstack") return str(v.dev_eui);
  return v.transport === "tts" && str(v.device_id) && optStr(v.push_url) && optStr(v.replace_url) && optStr(v.api_key);
}

function isRequest(v: unknown): v is QueuedDownlinkRequest {
  return (
    isPlainObject(v) &&
    str(v.id) &&
    isSnowflakeText(v.id) &&
    (v.f_port === undefined ||
      (Number.isInteger(v.f_port) && (v.f_port as number) >= 1 && (v.f_port as number) <= 223)) &&
    (v.data === undefined) !== (v.payload === undefined) &&
    optStr(v.data) &&
    (v.payload === undefined || isPlainObject(v.payload)) &&
    typeof v.confirmed === "boolean" &&
    (v.priority === "LOW" || v.priority === "NORMAL" || v.priority === "HIGH") &&
    (v.expires_at === null || (typeof v.expires_at === "number" && Number.isFinite(v.expires_at))) &&
    typeof v.replace === "boolean"
  );
}

function isUpdate(v: unknown): v is DownlinkStatusUpdate {
  return (
    isPlainObject(v) &&
    optStr(v.id) &&
    optStr(v.remote_id) &&
    (v.id !== undefined || v.remote_id !== undefined) &&
    (v.status === "sent" || v.status === "acked" || v.status === "failed") &&
    optStr(v.error)
  );
}

export function parseDownlinkWrite(v: unknown): DownlinkWrite | null {
  if (!isPlainObject(v)) return null;
  const { queue, route, updates, take } = v;
  if (queue !== undefined && !(Array.isArray(queue) && queue.every(isRequest))) return null;
  if (updates !== undefined && !(Array.isArray(updates) && updates.every(isUpdate))) return null;
  if (route !== undefined && !(isPlainObject(route) && isRoute(route.route) && str(route.fingerprint))) return null;
  if (take !== undefined && (typeof take !== "string" || take.length === 0 || take.length > 32)) return null;
  return {
    ...(queue ? { queue: queue as unknown as QueuedDownlinkRequest[] } : {}),
    ...(route ? { route: route as DownlinkWrite["route"] & object } : {}),
    ...(updates ? { updates: updates as unknown as DownlinkStatusUpdate[] } : {}),
    ...(take ? { take } : {}),
  };
}
