// The fuzz oracle checked on its own: the codes it knows come from the source (every code SPEC §4
// names among them), and it fails the answers it must fail, so a green fuzz run means something.
import { describe, expect, it } from "vitest";
import { problemResponse } from "../../../src/shared/problem.ts";
import { KNOWN_CODES, SCANNED_FILES } from "./codes.ts";
import { checkAnswer } from "./oracle.ts";

describe("fuzz oracle", () => {
  it("knows the problem codes the source defines, including every one SPEC §4 names", () => {
    expect(SCANNED_FILES).toBeGreaterThan(50);
    for (const code of [
      "unknown_ingestion",
      "ip_denied",
      "token_invalid",
      "signature_invalid",
      "signature_missing",
      "timestamp_out_of_window",
      "payload_too_large",
      "payload_undecodable",
      "throttled",
      "forbidden",
      "not_found",
      "validation_failed",
      "version_conflict",
      "handler_failed",
      // Not in SPEC's list, defined by the code.
      "invalid_json",
      "invalid_parameter",
      "token_missing",
      "upgrade_required",
      "unsupported_encoding",
      "serial_number_taken",
      "conflict",
      "bad_request",
    ])
      expect(KNOWN_CODES, code).toContain(code);
    for (const code of KNOWN_CODES) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it("fails a 5xx, a non-problem error, an unknown code and a status the body contradicts", async () => {
    await expect(checkAnswer(problemResponse(500, "internal_error", "x"), "5xx")).rejects.toThrow(/5xx/);
    await expect(checkAnswer(new Response("nope", { status: 400 }), "text")).rejects.toThrow(/problem\+json/);
    await expect(checkAnswer(problemResponse(400, "no_such_code_anywhere", "x"), "code")).rejects.toThrow(
      /unknown code/,
    );
    const lying = new Response(JSON.stringify({ status: 404, code: "not_found", title: "t", detail: "d" }), {
      status: 400,
      headers: { "content-type": "application/problem+json" },
    });
    await expect(checkAnswer(lying, "status")).rejects.toThrow(/status/);
    expect(await checkAnswer(problemResponse(404, "not_found", "x"), "ok")).toMatchObject({
      status: 404,
      code: "not_found",
    });
  });
});
