// Standard Webhooks signing, checked with the reference verifier (the `standardwebhooks` package,
// which runs in workerd), and the delivered body's shape.
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { pickFields, renderBody, toEvent } from "../../../src/apps/webhooks/payload.ts";
import { generateSecret, isValidSecret, signedHeaders, webhookId } from "../../../src/apps/webhooks/signing.ts";
import { decodeBase64 } from "../../../src/codecs/base64.ts";
import { verifySignature } from "../../../src/worker/ingest/signature.ts";
import type { Message } from "../../../src/shared/channel-types.ts";

const message: Message = {
  id: "7251000000000000001",
  author_id: "dev-1",
  channel: { agent_id: "dev-1", name: "tag_values" },
  data: { temperature: 31.5, gps: { lat: 52.1, lon: 4.3, fix: "3d" }, tags: ["a"] },
  attachments: [],
  timestamp: Date.parse("2026-12-01T10:00:00.123Z"),
};

describe("webhook signing", () => {
  it("generates whsec_ secrets of 32 random bytes", () => {
    const a = generateSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(decodeBase64(a.slice(6))).toHaveLength(32);
    expect(generateSecret()).not.toBe(a);
    expect(isValidSecret(a)).toBe(true);
    expect(isValidSecret(a.slice(6))).toBe(false);
  });

  it("derives the webhook-id from the message ids", () => {
    expect(webhookId(["42"])).toBe("msg_42");
    expect(webhookId(["42", "43", "47"])).toBe("msg_42_47");
    expect(() => webhookId([])).toThrow();
  });

  it("signs so that the standardwebhooks package verifies, and edgehook's own ingestion too", async () => {
    const secret = generateSecret();
    const body = renderBody([toEvent(message)], false);
    const now = Date.now();
    const headers = await signedHeaders(secret, "msg_42", body, now);
    expect(headers["webhook-timestamp"]).toBe(String(Math.floor(now / 1000)));
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    const ingest = await verifySignature(
      { scheme: "standard-webhooks", keys: [secret], header: "", toleranceS: 300 },
      new Headers({ ...headers }),
      new TextEncoder().encode(body),
      now,
    );
    expect(ingest).toEqual({ ok: true, eventId: "msg_42" });
    // A body changed by one character no longer verifies.
    expect(() => new Webhook(secret).verify(body.replace("31.5", "31.6"), { ...headers })).toThrow();
  });
});

describe("webhook body", () => {
  it("carries type, agent_id, channel, message_id, an ISO timestamp and the data", () => {
    expect(toEvent(message)).toEqual({
      type: "edgehook.message",
      agent_id: "dev-1",
      channel: "tag_values",
      message_id: "7251000000000000001",
      timestamp: "2026-12-01T10:00:00.123Z",
      data: message.data,
    });
    expect(toEvent({ ...message, channel: { agent_id: "dev-1", name: "alarms" } }).type).toBe("edgehook.alarm");
  });

  it("narrows data to the configured fields, keeping where they were", () => {
    expect(pickFields(message.data, ["temperature", "gps.lat", "missing", "tags.0", "temperature.x"])).toEqual({
      temperature: 31.5,
      gps: { lat: 52.1 },
    });
    expect(pickFields(message.data, ["gps"])).toEqual({ gps: { lat: 52.1, lon: 4.3, fix: "3d" } });
    expect(pickFields("a string", ["x"])).toEqual({});
    expect(pickFields(message.data, undefined)).toBe(message.data);
  });

  it("is one object, or an array when batched", () => {
    const one = toEvent(message);
    expect(JSON.parse(renderBody([one], false))).toEqual(one);
    expect(JSON.parse(renderBody([one, one], true))).toEqual([one, one]);
    expect(() => renderBody([one, one], false)).toThrow();
  });
});
