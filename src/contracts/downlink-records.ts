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
  transport: DownlinkTransport;
  created_at: number;
  updated_at: number;
  attempts: number;
  error?: string;
  /** The network server's own id (ChirpStack's queue item id), once it has one. */
  remote_id?: string;
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
