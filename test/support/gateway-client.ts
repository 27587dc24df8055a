// A gateway WebSocket client for tests: opens `/api/gateway` through the worker entry and collects
// frames, with waits for the next frame matching a predicate.
import { exports } from "cloudflare:workers";

export interface Frame {
  op: number;
  t?: string;
  s?: number;
  d?: any;
}

/** What a WebSocket client sends to upgrade (RFC 6455 §4.1; the key is the RFC's sample nonce). */
export const UPGRADE_HEADERS: Readonly<Record<string, string>> = {
  upgrade: "websocket",
  "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==",
  "sec-websocket-version": "13",
};

export class GatewayClient {
  readonly frames: Frame[] = [];
  #waiters: { match: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  closed = false;

  private constructor(readonly ws: WebSocket) {
    ws.addEventListener("message", (e) => {
      const f = JSON.parse(
        typeof e.data === "string" ? e.data : new TextDecoder().decode(e.data as ArrayBuffer),
      ) as Frame;
      this.frames.push(f);
      this.#waiters = this.#waiters.filter((w) => (w.match(f) ? (w.resolve(f), false) : true));
    });
    ws.addEventListener("close", () => {
      this.closed = true;
    });
  }

  static async open(token: string, via: "header" | "query" = "header"): Promise<GatewayClient> {
    const url = `http://edgehook.test/api/gateway${via === "query" ? `?token=${encodeURIComponent(token)}` : ""}`;
    const headers: Record<string, string> = { ...UPGRADE_HEADERS };
    if (via === "header") headers.authorization = `Bearer ${token}`;
    const res = await exports.default.fetch(new Request(url, { headers }));
    if (!res.webSocket) throw new Error(`no upgrade: ${res.status} ${await res.text()}`);
    res.webSocket.accept();
    return new GatewayClient(res.webSocket);
  }

  send(op: number, d: unknown): void {
    this.ws.send(JSON.stringify({ op, d }));
  }

  /** The first frame (already received or to come) after `from` matching `match`. */
  next(match: (f: Frame) => boolean, ms = 5000, from = 0): Promise<Frame> {
    const seen = this.frames.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching frame in ${ms} ms; got ${JSON.stringify(this.frames)}`)),
        ms,
      );
      this.#waiters.push({
        match,
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f);
        },
      });
    });
  }

  /** Identifies like the platform's client library and waits for Ready. */
  async identify(): Promise<Frame> {
    await this.next((f) => f.t === "Hello");
    this.send(10, { default_connection: false, organisation_id: null, sharing_mode: "internal" });
    return this.next((f) => f.t === "Ready");
  }

  async subscribe(agent_id: string, name: string, diff_only = false): Promise<Frame> {
    const from = this.frames.length;
    this.send(12, { channel: { agent_id, name }, organisation_id: null, diff_only });
    return this.next(
      (f) =>
        (f.t === "ChannelSync" && f.d.channel.agent_id === agent_id && f.d.channel.name === name) ||
        f.t === "WSSErrorEvent",
      5000,
      from,
    );
  }

  close(): void {
    this.ws.close(1000, "done");
  }
}
