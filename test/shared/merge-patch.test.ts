import { describe, expect, it } from "vitest";
import { mergePatch } from "../../src/shared/merge-patch.ts";
import {
  idKey,
  isSnowflakeText,
  nextSnowflake,
  snowflakeAt,
  snowflakeTime,
  SNOWFLAKE_EPOCH_MS,
} from "../../src/shared/snowflake.ts";

describe("mergePatch (RFC 7396)", () => {
  it("merges nested objects, deletes on null, replaces arrays and scalars", () => {
    const target = { a: { b: 1, c: [1, 2], d: "x" }, e: 5 };
    expect(mergePatch(target, { a: { b: null, c: [3], f: true }, e: "five" })).toEqual({
      a: { c: [3], d: "x", f: true },
      e: "five",
    });
    expect(target).toEqual({ a: { b: 1, c: [1, 2], d: "x" }, e: 5 });
  });

  it("replaces the whole target when the patch is not an object (RFC 7396 appendix A)", () => {
    expect(mergePatch({ a: 1 }, ["x"])).toEqual(["x"]);
    expect(mergePatch({ a: 1 }, "s")).toBe("s");
  });

  it("turns a non-object member into an object when patched with one", () => {
    expect(mergePatch({ a: 7 }, { a: { b: 1 } })).toEqual({ a: { b: 1 } });
  });

  it("deleting a missing key is a no-op", () => {
    expect(mergePatch({ a: 1 }, { z: null })).toEqual({ a: 1 });
  });
});

describe("snowflake ids", () => {
  it("derive their timestamp from the id", () => {
    const ms = SNOWFLAKE_EPOCH_MS + 123_456_789;
    expect(snowflakeTime(snowflakeAt(ms, 77n))).toBe(ms);
  });

  it("are strictly increasing within one millisecond", () => {
    const a = nextSnowflake(SNOWFLAKE_EPOCH_MS + 10, null);
    const b = nextSnowflake(SNOWFLAKE_EPOCH_MS + 10, a);
    const c = nextSnowflake(SNOWFLAKE_EPOCH_MS + 5, b);
    expect(b).toBe(a + 1n);
    expect(c).toBe(b + 1n);
  });

  it("sort as padded text the way they sort as numbers", () => {
    const small = snowflakeAt(SNOWFLAKE_EPOCH_MS + 1);
    const large = snowflakeAt(SNOWFLAKE_EPOCH_MS + 10_000_000_000);
    expect(idKey(small) < idKey(large)).toBe(true);
    expect(idKey(large).length).toBe(20);
  });

  it("accepts only decimal ids that fit in 63 bits", () => {
    expect(isSnowflakeText("123")).toBe(true);
    for (const bad of ["", "-1", "1.5", "abc", "9223372036854775808", "12345678901234567890"])
      expect(isSnowflakeText(bad)).toBe(false);
  });
});
