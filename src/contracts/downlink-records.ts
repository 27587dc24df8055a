// Downlinks (issue 22): what the Agent object keeps per queued downlink, how it reaches a device
// (a route, learned from the integration that routes the device's uplinks), and what a network
// server's client and status events report back. Shared by the agent's queue (src/agent/), the
// API routes (src/worker/routes/) and the network servers' clients (src/apps/lorawan/).
import type { Json } from "../shared/merge-patch.ts";

export type DownlinkTransport = "tts" | "chirpstack" | "http";
export type DownlinkPriority = "LOW" | "NORMAL" | "HIGH";
export type DownlinkStatus = "queued" | "sent" | "acked" | "failed" | "expired" | "cancelled";

/** What a caller asks for (`POST /api/agents/{id}/downlinks`, `api.sendDownlink`), validated. */
export interface DownlinkRequest {
  f_port?: number;
  /** Raw bytes, base64. Exactly one of `data` and `payload`. */
  data?: string;
  /** An object the network server's codec encodes. */
  payload?: Record<string, Json>;
  confirmed: boolean;
  priority: DownlinkPriority;
  /** Epoch ms; null: never expires. */
  expires_at: number | null;
}

/** One downlink as the Agent object keeps it; `GET …/downlinks` answers a view of it. */
export interface Downlink extends DownlinkRequest {
  id: string;
  status: DownlinkStatus;
  /** Null while the device's route is not known yet: resolved by the first route learned. */
  transport: DownlinkTransport | null;
  created_at: number;
  updated_at: number;
  attempts: number;
  error?: string;
  /** The network server's own id (ChirpStack's queue item id), once it has one. */
  remote_id?: string;
  /** Who queued it (a token, an install): each credential's share of the queue. */
  by: string;
  /**
   * Queued with `replace: true`: it also replaces what the network server still holds for the
   * device (The Things Stack `/down/replace`, ChirpStack `flushQueue`).
   */
  replace?: true;
  /** Epoch ms of the next send attempt (queued, sent by the object's alarm). */
  next_at?: number;
}

/**
 * How to reach the device: learned by its integration from its uplinks (or the integration's
 * config), kept by the device's Agent object, never answered by any API (it may hold a key).
 */
export type DownlinkRoute =
  | {
      transport: "tts";
      install_id: string;
      /** The device's TTS `end_device_ids.device_id`. */
      device_id: string;
      /** From the webhook's `X-Downlink-Push` / `X-Downlink-Replace` / `X-Downlink-Apikey` headers. */
      push_url?: string;
      replace_url?: string;
      api_key?: string;
    }
  | { transport: "chirpstack"; install_id: string; dev_eui: string }
  | { transport: "http"; install_id: string };

/** A network server's answer to one send, as its client classifies it. */
export type SendResult =
  | { kind: "sent"; remote_id?: string }
  /** 429, 5xx, a timeout or a network error: try again, no earlier than `after_ms` if given. */
  | { kind: "retry"; error: string; after_ms?: number }
  /** 401/403/404 and other 4xx: fails at once, with the server's message. */
  | { kind: "failed"; error: string };

/** A network server's status event about a downlink, matched by our id or the server's. */
export interface DownlinkStatusUpdate {
  /** Our downlink id (TTS: from the `edgehook:downlink:<id>` correlation id). */
  id?: string;
  /** The server's id (ChirpStack: `queueItemId`). */
  remote_id?: string;
  status: "sent" | "acked" | "failed";
  error?: string;
}

/** Most downlinks one credential (token, install) may have queued on one device at a time. */
export const MAX_QUEUED_PER_CREDENTIAL = 32;

/** A downlink as the API, the SDK and the `downlinks` channel show it (never its route). */
export interface DownlinkView {
  id: string;
  status: DownlinkStatus;
  /** Null while the device's route is not known yet (docs/wire.md, "Downlinks"). */
  transport: DownlinkTransport | null;
  f_port?: number;
  confirmed: boolean;
  priority: DownlinkPriority;
  /** Epoch ms, as the data plane's other timestamps (`last_updated`, `timestamp`). */
  created_at: number;
  updated_at: number;
  expires_at: number | null;
  attempts: number;
  error?: string;
}

/** What an HTTP device finds in the answer to its synchronous uplink (`"downlinks": [...]`). */
export interface HttpDownlink {
  id: string;
  f_port?: number;
  data?: string;
  payload?: Record<string, Json>;
}

/** A downlink to queue, as it rides in a commit or an RPC: its id is given by the caller. */
export interface QueuedDownlinkRequest extends DownlinkRequest {
  id: string;
  replace: boolean;
}

/**
 * What an invocation's commit asks of the agent's downlink queue (src/sdk/write-buffer.ts `dl`):
 * downlinks to queue, the device's route (with its fingerprint, so an unchanged route is
 * recognised without reading it back), status updates, and — for an HTTP device's synchronous
 * uplink — to take what is queued into the answer.
 */
export interface DownlinkWrite {
  queue?: QueuedDownlinkRequest[];
  route?: { route: DownlinkRoute; fingerprint: string };
  updates?: DownlinkStatusUpdate[];
  /**
   * The uplink's answer can carry what is queued for HTTP: the id of the install whose endpoint took
   * it (an HTTP device's route, recorded by the object when it changes: no work at the edge).
   */
  take?: string;
}
