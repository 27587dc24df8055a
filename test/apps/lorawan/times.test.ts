// Issue 21, item 4: the network servers' RFC 3339 times become epoch ms, as every time tag is.
import { describe, expect, it } from "vitest";
import { epochMs } from "../../../src/apps/lorawan/times.ts";

describe("epochMs", () => {
  it("reads RFC 3339 with any sub-second precision, dropping what is below a millisecond", () => {
    expect(epochMs("2026-11-30T10:00:00Z")).toBe(Date.UTC(2026, 10, 30, 10));
    expect(epochMs("2026-11-30T10:00:00.123456789Z")).toBe(Date.UTC(2026, 10, 30, 10, 0, 0, 123));
    expect(epochMs("2026-11-30T10:00:00.4z")).toBe(Date.UTC(2026, 10, 30, 10, 0, 0, 400));
    expect(epochMs("2026-11-30T12:00:00.5+02:00")).toBe(Date.UTC(2026, 10, 30, 10, 0, 0, 500));
  });

  it("is null for anything else", () => {
    for (const v of [undefined, null, 1796, "", "yesterday", "2026-11-30", "2026-13-30T10:00:00Z"])
      expect(epochMs(v)).toBeNull();
  });
});
