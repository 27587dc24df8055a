// How network servers' answers are read (pure): Retry-After in both its forms, error messages.
import { describe, expect, it } from "vitest";
import { MAX_ERROR_CHARS, serverMessage } from "../../../../src/apps/lorawan/downlink/answer.ts";
import { retryAfterMs } from "../../../../src/shared/outbound-post.ts";

const now = Date.parse("2026-11-30T10:00:00Z");
const headers = (h: Record<string, string>) => new Headers(h);

describe("network server answers", () => {
  it("read Retry-After as seconds or an HTTP date, never negative, at most a day", () => {
    expect(retryAfterMs(headers({ "retry-after": "120" }), now)).toBe(120_000);
    expect(retryAfterMs(headers({ "retry-after": "Mon, 30 Nov 2026 10:01:00 GMT" }), now)).toBe(60_000);
    expect(retryAfterMs(headers({ "retry-after": "Mon, 30 Nov 2026 09:00:00 GMT" }), now)).toBe(0);
    expect(retryAfterMs(headers({ "retry-after": "9999999" }), now)).toBe(24 * 3600 * 1000);
    expect(retryAfterMs(headers({ "retry-after": "soon" }), now)).toBeUndefined();
    expect(retryAfterMs(headers({}), now)).toBeUndefined();
  });

  it("take the message of a google.rpc.Status body, else the text, bounded", () => {
    expect(serverMessage('{"code":16,"message":"error:pkg/auth:unauthenticated (unauthenticated)","details":[]}')).toBe(
      "error:pkg/auth:unauthenticated (unauthenticated)",
    );
    expect(serverMessage("<html>\n<body>Bad Gateway</body>\n</html>")).toBe("<html> <body>Bad Gateway</body> </html>");
    expect(serverMessage("x".repeat(5000))).toHaveLength(MAX_ERROR_CHARS);
  });
});
