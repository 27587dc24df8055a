// google.protobuf.Struct and Timestamp to their proto3 JSON forms (src/codecs/well-known.ts),
// on the shapes a static module's toObject leaves and on ones it decoded from real bytes.
import { describe, expect, it } from "vitest";
import { PayloadUndecodableError } from "../../src/codecs/errors.ts";
import { google } from "../../src/codecs/generated/chirpstack.js";
import { decodeStatic } from "../../src/codecs/protobuf.ts";
import { structToJson, timestampToIso } from "../../src/codecs/well-known.ts";

describe("structToJson", () => {
  it("turns every Value kind into its JSON value, nested structs and lists included", () => {
    const struct = google.protobuf.Struct.encode({
      fields: {
        n: { numberValue: 21.5 },
        s: { stringValue: "ok" },
        b: { boolValue: false },
        z: { nullValue: google.protobuf.NullValue.NULL_VALUE },
        o: { structValue: { fields: { deep: { listValue: { values: [{ numberValue: 1 }, { stringValue: "x" }] } } } } },
        l: { listValue: { values: [] } },
      },
    }).finish();
    expect(structToJson(decodeStatic(google.protobuf.Struct, struct))).toEqual({
      n: 21.5,
      s: "ok",
      b: false,
      z: null,
      o: { deep: [1, "x"] },
      l: [],
    });
  });

  it("makes a Value without a kind and a non-finite number null (JSON has neither)", () => {
    expect(structToJson({ fields: { empty: {}, inf: { numberValue: Infinity }, nan: { numberValue: NaN } } })).toEqual({
      empty: null,
      inf: null,
      nan: null,
    });
    expect(structToJson({})).toEqual({});
  });

  it("refuses nesting beyond the decoder's depth limit as undecodable, not a stack overflow", () => {
    let struct = { fields: {} as Record<string, unknown> };
    for (let i = 0; i < 200; i++) struct = { fields: { a: { structValue: struct } } };
    expect(() => structToJson(struct as never)).toThrow(PayloadUndecodableError);
  });
});

describe("timestampToIso", () => {
  it("writes UTC with 0, 3, 6 or 9 fractional digits, as proto3 JSON does", () => {
    expect(timestampToIso({ seconds: "1764496800" })).toBe("2025-11-30T10:00:00Z");
    expect(timestampToIso({ seconds: "1764496800", nanos: 120_000_000 })).toBe("2025-11-30T10:00:00.120Z");
    expect(timestampToIso({ seconds: 1764496800, nanos: 120_500_000 })).toBe("2025-11-30T10:00:00.120500Z");
    expect(timestampToIso({ seconds: "1764496800", nanos: 1 })).toBe("2025-11-30T10:00:00.000000001Z");
    expect(timestampToIso({})).toBe("1970-01-01T00:00:00Z");
  });

  it("reads a Timestamp decoded from bytes (seconds as a 64-bit decimal string)", () => {
    const bytes = google.protobuf.Timestamp.encode({ seconds: 1764496800, nanos: 5_000_000 }).finish();
    expect(timestampToIso(decodeStatic(google.protobuf.Timestamp, bytes))).toBe("2025-11-30T10:00:00.005Z");
  });

  it("refuses times outside years 1–9999 and nanos outside a second", () => {
    for (const ts of [
      { seconds: "253402300800" },
      { seconds: "-62135596801" },
      { seconds: "1", nanos: 1e9 },
      { nanos: -1 },
    ])
      expect(() => timestampToIso(ts)).toThrow(PayloadUndecodableError);
  });
});
