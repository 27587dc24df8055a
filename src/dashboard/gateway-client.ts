// Browser JS of the dashboard (a string, part of /dashboard.js): one gateway WebSocket for the
// page (SPEC §4.3, docs/wire.md). Identifies (op 10), or resumes its session after a drop (op 11;
// refused → op 3, and the next connection identifies afresh); keeps the wanted subscriptions
// across reconnects; checks each channel's sequence `s` and answers a gap with op 14 (sync),
// holding later events until the ChannelSync arrives, so the page never shows a silent gap.
// Kept free of backticks and dollar-brace: the code is a String.raw template.
export const GATEWAY_JS = String.raw`
const keyOf = (channel) => channel.agent_id + "/" + channel.name;

class Gateway {
  /** handlers: event(type, key, d) for ChannelSync and channel events, status(text, how?), error(message). */
  constructor(token, handlers) {
    this.token = token;
    this.on = handlers;
    this.wanted = new Map();
    this.channels = new Map();
    this.session = null;
    this.ready = false;
    this.stopped = false;
    this.backoff = 500;
    this.gaps = 0;
    this.ws = null;
    this.pinger = null;
    this.heard = 0;
  }

  start() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(scheme + "//" + location.host + "/api/gateway?token=" + encodeURIComponent(this.token));
    this.ws = ws;
    this.on.status("connecting");
    ws.addEventListener("message", (e) => {
      if (this.ws !== ws) return;
      this.heard = Date.now();
      if (e.data === "pong") return;
      try {
        this.receive(JSON.parse(e.data));
      } catch (error) {
        console.error("gateway frame", error);
      }
    });
    ws.addEventListener("close", () => this.lost(ws));
  }

  /** The socket is gone (or given up on): a new one resumes the session after a backoff. */
  lost(ws) {
    if (this.ws !== ws) return;
    this.ws = null;
    this.ready = false;
    clearInterval(this.pinger);
    if (this.stopped) return;
    this.on.status("reconnecting");
    setTimeout(() => this.stopped || this.start(), this.backoff);
    this.backoff = Math.min(this.backoff * 2, 10000);
  }

  stop() {
    this.stopped = true;
    clearInterval(this.pinger);
    if (this.ws) this.ws.close(1000, "signed out");
  }

  /** Gives the socket up as a network drop would, without awaiting its close handshake. */
  drop() {
    const ws = this.ws;
    if (!ws) return;
    this.lost(ws);
    ws.close(4001, "dropped");
  }

  send(op, d) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify({ op, d }));
  }

  subscribe(channel) {
    const key = keyOf(channel);
    if (this.wanted.has(key)) return;
    this.wanted.set(key, channel);
    this.hold(key);
    if (this.ready) this.send(12, { channel, organisation_id: null, diff_only: false });
  }

  unsubscribe(key) {
    const channel = this.wanted.get(key);
    if (!channel) return;
    this.wanted.delete(key);
    this.channels.delete(key);
    if (this.ready) this.send(13, { channel });
  }

  /** Until its ChannelSync arrives, a channel's events are held back. */
  hold(key) {
    this.channels.set(key, { last: -1, syncing: true, held: [] });
  }

  receive(f) {
    if (f.op === 3) {
      this.session = null;
      return;
    }
    if (f.op !== 0) return;
    const d = f.d || {};
    if (f.t === "Hello") return this.hello(d);
    if (f.t === "Ready") return this.readied(d);
    if (f.t === "WSSErrorEvent") return this.on.error(d.message || "gateway error");
    if (!d.channel) return;
    const key = keyOf(d.channel);
    if (f.t === "ChannelSync") return this.synced(key, d, f.s);
    if (f.t === "AggregateUpdate" || f.t === "MessageCreate") return this.sequenced(f.t, key, d, f.s);
    // MessageUpdate, OneShotMessage: they do not move the channel's sequence.
    if (this.wanted.has(key)) this.on.event(f.t, key, d);
  }

  hello(d) {
    if (this.session) this.send(11, { session_id: this.session.id, session_token: this.session.token });
    else this.send(10, { default_connection: false, organisation_id: null, sharing_mode: "internal" });
    // Keep-alive: "ping" is answered "pong" by the server; a socket silent for two rounds is dead.
    const every = Math.max(5000, (d.heartbeat_interval || 45000) * 0.8);
    clearInterval(this.pinger);
    this.pinger = setInterval(() => {
      if (Date.now() - this.heard > 2 * every) return this.drop();
      if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send("ping");
    }, every);
  }

  /** Ready after identify, or after a resume: the server then syncs the session's subscriptions itself. */
  readied(d) {
    const resumed = this.session !== null && this.session.id === d.session_id;
    this.session = { id: d.session_id, token: d.session_token };
    this.ready = true;
    this.backoff = 500;
    this.on.status("live", resumed ? "resumed" : "identified");
    const kept = new Set(resumed ? (d.subscriptions || []).map(keyOf) : []);
    for (const sub of d.subscriptions || []) if (!this.wanted.has(keyOf(sub))) this.send(13, { channel: sub });
    for (const [key, channel] of this.wanted) {
      this.hold(key);
      if (!kept.has(key)) this.send(12, { channel, organisation_id: null, diff_only: false });
    }
  }

  synced(key, d, s) {
    const state = this.channels.get(key);
    if (!state || !this.wanted.has(key)) return;
    state.last = typeof s === "number" ? s : state.last;
    state.syncing = false;
    this.on.event("ChannelSync", key, d);
    const held = state.held.sort((a, b) => a.s - b.s);
    state.held = [];
    for (const e of held) this.sequenced(e.t, key, e.d, e.s);
  }

  sequenced(t, key, d, s) {
    const state = this.channels.get(key);
    if (!state) return;
    if (state.syncing) {
      state.held.push({ t, d, s });
      return;
    }
    if (typeof s === "number") {
      if (s <= state.last) return;
      if (s !== state.last + 1) {
        this.gaps += 1;
        state.syncing = true;
        state.held.push({ t, d, s });
        this.send(14, { channel: this.wanted.get(key) });
        return;
      }
      state.last = s;
    }
    this.on.event(t, key, d);
  }
}
`;
