// Issue 21, item 7: a JSON body posted as text/plain was "invalid base64". text/plain is still
// base64 first (the platform's default), but a body that is a JSON object or array — which
// base64 can never be — is read as JSON; anything else gets an error naming the accepted types.
import { describe, expect, it } from "vitest";
import { decodeByContentType } from "../../src/codecs/by-content-type.ts";
import { PayloadUndecodableError } from "../../src/codecs/errors.ts";
import { expectProblem, json } from "../support/helpers.ts";
import { install, invoke } from "../support/ingest.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeByContentType: text/plain", () => {
  it("reads a JSON object or array as JSON", () => {
    expect(decodeByContentType(bytes('{"device_id":"TRK-0001"}'), "text/plain", null)).toEqual({
      device_id: "TRK-0001",
    });
    expect(decodeByContentType(bytes(" \n[1,2]"), "text/plain; charset=utf-8", null)).toEqual([1, 2]);
  });

  it("still reads base64 first", () => {
    expect(decodeByContentType(bytes(btoa('{"a":1}')), "text/plain", null)).toEqual({ a: 1 });
    expect(decodeByContentType(bytes(btoa("true")), "text/plain", null)).toBe(true);
  });

  it("refuses what is neither, naming the accepted content types", () => {
    let error: unknown;
    try {
      decodeByContentType(bytes("hello world!"), "text/plain", null);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PayloadUndecodableError);
    const message = (error as Error).message;
    expect(message).toContain("application/json");
    expect(message).toContain("base64");
    expect(message).toContain("application/x-protobuf");
  });

  it("application/base64 takes base64 only", () => {
    expect(() => decodeByContentType(bytes('{"a":1}'), "application/base64", null)).toThrow(/application\/json/);
  });
});

describe("an endpoint given JSON as text/plain", () => {
  it("decodes it (200), and a malformed body is 422 payload_undecodable, never 5xx", { timeout: 30_000 }, async () => {
    const inst = await install();
    const ok = await invoke(inst, {
      body: '{"a":1}',
      headers: { "content-type": "text/plain" },
      query: "json_response=true",
    });
    expect(ok.status).toBe(200);
    await json(ok, 200);
    const bad = await invoke(inst, { body: "{not json", headers: { "content-type": "text/plain" } });
    const problem = await expectProblem(bad, 422, "payload_undecodable");
    expect(problem.detail).toContain("JSON");
  });
});
