/// <reference types="vite/client" />
// Payload codecs, run inside workerd: JSON, strict base64, and protobuf decoding from a
// build-time static module and from a .proto supplied at run time.
import Long from "long";
import protobuf from "protobufjs";
import { describe, expect, it } from "vitest";
import trackerProto from "../../protos/tracker.proto?raw";
import { decodeBase64, encodeBase64 } from "../../src/codecs/base64.ts";
import { PayloadUndecodableError, ProtoSchemaError } from "../../src/codecs/errors.ts";
import { edgehook } from "../../src/codecs/generated/tracker.js";
import { decodeJson } from "../../src/codecs/json.ts";
import { compileProto, decodeProto, decodeStatic } from "../../src/codecs/protobuf.ts";

const utf8 = new TextEncoder();
const TrackerUplink = edgehook.demo.TrackerUplink;

// A minimal protobuf writer, independent of protobufjs, so fixtures do not share its bugs.
type Bytes = number[];
function varint(value: bigint | number): Bytes {
  let x = BigInt.asUintN(64, BigInt(value));
  const out: Bytes = [];
  do {
    const low = Number(x & 0x7fn);
    x >>= 7n;
    out.push(x > 0n ? low | 0x80 : low);
  } while (x > 0n);
  return out;
}
const zigzag = (v: bigint): bigint => BigInt.asUintN(64, (v << 1n) ^ (v >> 63n));
const tag = (field: number, wireType: number): Bytes => varint((field << 3) | wireType);
const vint = (field: number, value: bigint | number): Bytes => [...tag(field, 0), ...varint(value)];
const len = (field: number, body: Bytes): Bytes => [...tag(field, 2), ...varint(body.length), ...body];
const str = (field: number, text: string): Bytes => len(field, [...utf8.encode(text)]);
function fixed(field: number, size: 4 | 8, write: (view: DataView) => void): Bytes {
  const view = new DataView(new ArrayBuffer(size));
  write(view);
  return [...tag(field, size === 8 ? 1 : 5), ...new Uint8Array(view.buffer)];
}
const message = (...parts: Bytes[]): Uint8Array => Uint8Array.from(parts.flat());

function undecodable(run: () => unknown): PayloadUndecodableError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PayloadUndecodableError);
    if (error instanceof PayloadUndecodableError) return error;
  }
  throw new Error("expected PayloadUndecodableError");
}

describe("decodeJson", () => {
  it("parses a UTF-8 JSON body", () => {
    expect(decodeJson(utf8.encode('{"t":21.5,"name":"Zürich"}'))).toEqual({
      t: 21.5,
      name: "Zürich",
    });
  });

  it("drops a leading byte-order mark", () => {
    expect(decodeJson(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8.encode("[1]")]))).toEqual([1]);
  });

  it("rejects malformed UTF-8 instead of substituting U+FFFD", () => {
    const error = undecodable(() => decodeJson(Uint8Array.from([0x22, 0xc3, 0x28, 0x22])));
    expect(error.message).toMatch(/UTF-8/);
    expect(error.code).toBe("payload_undecodable");
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it("rejects text that is not JSON, and an empty body", () => {
    expect(undecodable(() => decodeJson(utf8.encode("{t: 1}"))).message).toMatch(/not valid JSON/);
    undecodable(() => decodeJson(new Uint8Array()));
  });
});

describe("decodeBase64", () => {
  const hello = [...utf8.encode("hello?>")];

  it("decodes the standard alphabet, padded or not, trimming surrounding whitespace", () => {
    expect([...decodeBase64("aGVsbG8/Pg==")]).toEqual(hello);
    expect([...decodeBase64("aGVsbG8/Pg")]).toEqual(hello);
    expect([...decodeBase64(" \r\naGVsbG8/Pg==\n")]).toEqual(hello);
    expect(decodeBase64("")).toEqual(new Uint8Array());
  });

  it("decodes the url-safe alphabet", () => {
    expect([...decodeBase64("aGVsbG8_Pg")]).toEqual(hello);
    expect([...decodeBase64("-_-_")]).toEqual([0xfb, 0xff, 0xbf]);
  });

  it("rejects characters outside the alphabet, inner whitespace included", () => {
    for (const bad of ["aGVs*G8=", "aGVs bG8=", "aGVsbG8\u00e9", "aGVsbG8.", "aGVs\nbG8="]) {
      expect(() => decodeBase64(bad), bad).toThrow(PayloadUndecodableError);
    }
  });

  it("rejects an input mixing the standard and url-safe alphabets", () => {
    expect(() => decodeBase64("ab+_")).toThrow(/mixes/);
  });

  it("rejects wrong or misplaced padding and impossible lengths", () => {
    for (const bad of ["aGVsbG8/Pg=", "aGVsbG8/Pg===", "aGVsbG8/P===", "aGV=sbG8", "aGVsb", "=", "QQ=x"]) {
      expect(() => decodeBase64(bad), bad).toThrow(PayloadUndecodableError);
    }
  });

  it("rejects non-zero trailing bits, which no canonical encoder produces", () => {
    expect([...decodeBase64("QQ==")]).toEqual([0x41]);
    expect(() => decodeBase64("QR==")).toThrow(/trailing bits/);
  });

  it("round-trips every byte value through encodeBase64", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const n of [0, 1, 2, 3, 254, 255, 256]) {
      expect(decodeBase64(encodeBase64(all.subarray(0, n)))).toEqual(all.subarray(0, n));
    }
    expect(encodeBase64(utf8.encode("hello?>"))).toBe("aGVsbG8/Pg==");
  });
});

const EVERYTHING = `
syntax = "proto3";
package test.codec;

enum Color { COLOR_UNSPECIFIED = 0; RED = 1; GREEN = 2; }

message Inner {
  string label = 1;
  sint32 delta = 2;
  Inner child = 3;
}

message Everything {
  int64 i64 = 1;
  uint64 u64 = 2;
  sint64 s64 = 3;
  fixed64 f64 = 4;
  sfixed64 sf64 = 5;
  int32 i32 = 6;
  uint32 u32 = 7;
  sint32 s32 = 8;
  fixed32 f32 = 9;
  sfixed32 sf32 = 10;
  bool flag = 11;
  float ratio = 12;
  double precise = 13;
  string text = 14;
  bytes blob = 15;
  Color color = 16;
  Inner inner = 17;
  repeated Inner inners = 18;
  repeated int32 packed_ints = 19;
  repeated int32 unpacked_ints = 20 [packed = false];
  repeated sint64 packed_s64 = 21;
  repeated string tags = 22;
  map<string, int32> counts = 23;
  map<int64, Inner> by_id = 24;
  map<bool, Color> flags = 25;
  oneof reading {
    double celsius = 26;
    string error_text = 27;
    Inner nested_reading = 28;
  }
  optional int32 maybe_zero = 29;
  repeated Color colors = 30;
}
`;

describe("decodeProto (run-time schema)", () => {
  const schema = compileProto(EVERYTHING);
  const decode = (bytes: Uint8Array) => decodeProto(schema, "test.codec.Everything", bytes);

  it("decodes 64-bit integers to exact decimal strings, beyond 2^53 and negative", () => {
    const decoded = decode(
      message(
        vint(1, -1n),
        vint(2, 2n ** 64n - 1n),
        vint(3, zigzag(-(2n ** 62n) - 3n)),
        fixed(4, 8, (v) => v.setBigUint64(0, 2n ** 53n + 1n, true)),
        fixed(5, 8, (v) => v.setBigInt64(0, -(2n ** 63n), true)),
      ),
    );
    expect(decoded).toStrictEqual({
      i64: "-1",
      u64: "18446744073709551615",
      s64: "-4611686018427387907",
      f64: "9007199254740993",
      sf64: "-9223372036854775808",
    });
  });

  it("decodes 32-bit integers, including negative int32 sent as a 10-byte varint", () => {
    const decoded = decode(
      message(
        vint(6, -2),
        vint(7, 4294967295),
        vint(8, zigzag(-5n)),
        fixed(9, 4, (v) => v.setUint32(0, 4000000000, true)),
        fixed(10, 4, (v) => v.setInt32(0, -7, true)),
      ),
    );
    expect(decoded).toStrictEqual({ i32: -2, u32: 4294967295, s32: -5, f32: 4000000000, sf32: -7 });
    expect(varint(-2)).toHaveLength(10);
  });

  it("decodes bool, float, double, string, bytes (as base64) and enum names", () => {
    const decoded = decode(
      message(
        vint(11, 1),
        fixed(12, 4, (v) => v.setFloat32(0, 0.25, true)),
        fixed(13, 8, (v) => v.setFloat64(0, Math.PI, true)),
        str(14, "grüezi ✓ a string longer than thirty-two bytes"),
        len(15, [0, 255, 62, 63]),
        vint(16, 2),
      ),
    );
    expect(decoded).toStrictEqual({
      flag: true,
      ratio: 0.25,
      precise: Math.PI,
      text: "grüezi ✓ a string longer than thirty-two bytes",
      blob: "AP8+Pw==",
      color: "GREEN",
    });
  });

  it("keeps an enum value the schema does not know as its number", () => {
    expect(decode(message(vint(16, 9), vint(30, 1), vint(30, 42)))).toStrictEqual({
      color: 9,
      colors: ["RED", 42],
    });
  });

  it("decodes nested and recursive messages, and repeated messages in order", () => {
    const inner = (label: string, delta: bigint, child: Bytes = []) => [
      ...str(1, label),
      ...vint(2, zigzag(delta)),
      ...child,
    ];
    const decoded = decode(
      message(
        len(17, inner("outer", -3n, len(3, inner("deep", 4n)))),
        len(18, inner("a", 1n)),
        len(18, inner("b", -1n)),
      ),
    );
    expect(decoded).toStrictEqual({
      inner: { label: "outer", delta: -3, child: { label: "deep", delta: 4 } },
      inners: [
        { label: "a", delta: 1 },
        { label: "b", delta: -1 },
      ],
    });
  });

  it("accepts repeated scalars packed and unpacked, whatever the schema declares", () => {
    const packed = (field: number, values: Bytes[]) => len(field, values.flat());
    const decoded = decode(
      message(
        packed(19, [varint(1), varint(-1), varint(300)]),
        vint(19, 7),
        vint(20, 5),
        packed(20, [varint(6), varint(7)]),
        packed(21, [varint(zigzag(-(2n ** 60n))), varint(zigzag(2n ** 60n))]),
        str(22, "x"),
        str(22, "y"),
      ),
    );
    expect(decoded).toStrictEqual({
      packed_ints: [1, -1, 300, 7],
      unpacked_ints: [5, 6, 7],
      packed_s64: ["-1152921504606846976", "1152921504606846976"],
      tags: ["x", "y"],
    });
  });

  it("decodes maps with string, int64 and bool keys; a missing value takes its zero", () => {
    const decoded = decode(
      message(
        len(23, [...str(1, "a"), ...vint(2, 3)]),
        len(23, [...str(1, "b")]),
        len(23, [...str(1, "__proto__"), ...vint(2, 1)]),
        len(24, [...vint(1, 2n ** 60n), ...len(2, str(1, "big"))]),
        len(24, [...vint(1, -4)]),
        len(25, [...vint(1, 1), ...vint(2, 1)]),
        len(25, [...vint(2, 2)]),
      ),
    );
    expect(decoded).toStrictEqual({
      counts: { a: 3, b: 0, ["__proto__"]: 1 },
      by_id: { "1152921504606846976": { label: "big" }, "-4": {} },
      flags: { true: "RED", false: "GREEN" },
    });
    // A "__proto__" map key from a payload must not replace the object's prototype.
    const counts = decoded["counts"];
    expect(Object.getPrototypeOf(counts)).toBe(Object.prototype);
    expect(Object.keys(counts as object)).toEqual(["a", "b", "__proto__"]);
  });

  it("keeps only the last member of a oneof seen on the wire", () => {
    expect(
      decode(
        message(
          fixed(26, 8, (v) => v.setFloat64(0, 21.5, true)),
          str(27, "probe lost"),
        ),
      ),
    ).toStrictEqual({
      error_text: "probe lost",
    });
    expect(decode(message(str(27, "probe lost"), len(28, str(1, "n"))))).toStrictEqual({
      nested_reading: { label: "n" },
    });
    // Zero is a real value for a oneof member (explicit presence).
    expect(
      decode(
        message(
          str(27, "x"),
          fixed(26, 8, (v) => v.setFloat64(0, 0, true)),
        ),
      ),
    ).toStrictEqual({
      celsius: 0,
    });
  });

  it("omits absent fields and implicit-presence zeros, but keeps a proto3 optional zero", () => {
    expect(decode(new Uint8Array())).toStrictEqual({});
    expect(decode(message(vint(1, 0), vint(6, 0), str(14, ""), vint(16, 0), vint(11, 0)))).toStrictEqual({});
    expect(decode(message(vint(29, 0)))).toStrictEqual({ maybe_zero: 0 });
    // -0.0 is not the zero value: its bits are set, so it was sent on purpose.
    expect(Object.is(decode(message(fixed(13, 8, (v) => v.setFloat64(0, -0, true))))["precise"], -0)).toBe(true);
  });

  it("merges a singular sub-message that appears twice, last scalar wins", () => {
    expect(decode(message(len(17, [...str(1, "a"), ...vint(2, 2)]), len(17, str(1, "b"))))).toStrictEqual({
      inner: { label: "b", delta: 1 },
    });
  });

  it("skips unknown fields of every wire type, groups included", () => {
    const decoded = decode(
      message(
        vint(100, 2n ** 63n),
        fixed(101, 8, (v) => v.setFloat64(0, 1, true)),
        str(102, "ignored"),
        fixed(103, 4, (v) => v.setUint32(0, 1, true)),
        tag(104, 3),
        vint(1, 5),
        tag(105, 3),
        tag(105, 4),
        tag(104, 4),
        str(14, "kept"),
        vint(6, 0x7fffffff),
      ),
    );
    expect(decoded).toStrictEqual({ text: "kept", i32: 0x7fffffff });
  });

  // Issue 20, item 5: skipping dropped the value silently (200) where the docs promise 422.
  it("refuses a known field sent with the wrong wire type (was skipped silently)", () => {
    expect(undecodable(() => decode(message(str(1, "not a varint"), vint(6, 1)))).message).toMatch(
      /field \w+ \(1\) sent as length-delimited, expected varint/,
    );
    expect(() => decode(message(vint(14, 3)))).toThrow(PayloadUndecodableError);
    // A sub-message field as a varint.
    expect(() => decode(message(vint(17, 1)))).toThrow(PayloadUndecodableError);
  });

  it("rejects truncated and malformed input with PayloadUndecodableError", () => {
    const cases: Array<[string, Uint8Array]> = [
      ["cut inside a string", message(str(14, "hello")).subarray(0, 4)],
      ["cut inside a varint", Uint8Array.from([0x08, 0xff, 0xff])],
      ["cut inside a fixed64", message(fixed(13, 8, (v) => v.setFloat64(0, 1, true))).subarray(0, 5)],
      ["length beyond the sub-message", message(len(17, [...tag(1, 2), 50, 0x41]))],
      ["wire type 7", Uint8Array.from([0x0f])],
      ["field number 0", Uint8Array.from([0x00, 0x01])],
      ["unterminated group", message(tag(104, 3), vint(1, 5))],
      ["stray end-group", message(tag(104, 4))],
      ["varint longer than 10 bytes", Uint8Array.from([0x08, ...Array.from({ length: 10 }, () => 0xff), 0x01])],
      ["invalid UTF-8 in a string", message(len(14, [0x61, 0xc3, 0x28]))],
    ];
    for (const [name, bytes] of cases) {
      expect(() => decode(bytes), name).toThrow(PayloadUndecodableError);
    }
  });

  it("refuses nesting deeper than 100 levels instead of overflowing the stack", () => {
    let inner: Bytes = str(1, "leaf");
    for (let i = 0; i < 150; i++) inner = len(3, inner);
    expect(() => decode(message(len(17, inner)))).toThrow(/nesting/);
  });

  it("throws only PayloadUndecodableError on every prefix of a payload and on noise", () => {
    const payload = TrackerUplink.encode(trackerFixture()).finish();
    const tracker = compileProto(trackerProto);
    const attempt = (bytes: Uint8Array) => {
      try {
        decodeProto(tracker, "edgehook.demo.TrackerUplink", bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(PayloadUndecodableError);
      }
    };
    for (let cut = 0; cut < payload.length; cut++) attempt(payload.subarray(0, cut));
    let seed = 7;
    for (let round = 0; round < 300; round++) {
      const noise = Uint8Array.from({ length: 1 + (round % 40) }, () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed >> 16;
      });
      attempt(noise);
    }
  });
});

describe("compileProto", () => {
  it("lists the message types of a schema, nested ones included", () => {
    const schema = compileProto("syntax = 'proto3'; package p; message A { message B {} B b = 1; }");
    expect(schema.messageTypes).toEqual(["p.A", "p.A.B"]);
  });

  it("rejects a syntax error, an unknown type and a non-bundled import as ProtoSchemaError", () => {
    expect(() => compileProto("syntax = 'proto3'; message A { int32 = 1; }")).toThrow(ProtoSchemaError);
    expect(() => compileProto("syntax = 'proto3'; message A { Missing m = 1; }")).toThrow(ProtoSchemaError);
    expect(() => compileProto("syntax = 'proto3'; import 'vendor/common.proto'; message A {}")).toThrow(
      /vendor\/common.proto/,
    );
  });

  it("resolves imports of google/protobuf well-known types", () => {
    const schema = compileProto(`
      syntax = "proto3";
      import "google/protobuf/timestamp.proto";
      message Event { google.protobuf.Timestamp at = 1; }`);
    const bytes = message(len(1, [...vint(1, 1767225600), ...vint(2, 5)]));
    expect(decodeProto(schema, "Event", bytes)).toStrictEqual({
      at: { seconds: "1767225600", nanos: 5 },
    });
  });

  it("decodes proto2 groups and keeps explicit zeros (explicit presence)", () => {
    const schema = compileProto(`
      syntax = "proto2";
      message Legacy { optional group Item = 1 { optional int32 x = 2; } optional int32 zero = 3; }`);
    const bytes = message(tag(1, 3), vint(2, 9), tag(1, 4), vint(3, 0));
    expect(decodeProto(schema, "Legacy", bytes)).toStrictEqual({ item: { x: 9 }, zero: 0 });
  });

  it("reports an unknown message type name as a ProtoSchemaError listing the known ones", () => {
    const schema = compileProto(trackerProto);
    expect(() => decodeProto(schema, "edgehook.demo.Nope", new Uint8Array())).toThrow(/edgehook\.demo\.TrackerUplink/);
    expect(() => decodeProto(schema, "edgehook.demo.Nope", new Uint8Array())).toThrow(ProtoSchemaError);
  });
});

function trackerFixture(): edgehook.demo.TrackerUplink.$Properties {
  return {
    device_id: "trk-00042",
    sequence: Long.fromString("18446744073709551615", true),
    timestamp_ms: Long.fromString("-1767225600123"),
    position: { lat: 47.376887, lon: 8.541694, alt_m: 408.5, speed_kmh: 3.7, satellites: 11 },
    readings: [
      { name: "temperature", value: 21.75, unit: "°C" },
      { name: "humidity", value: 48, unit: "%" },
    ],
    battery: { percent: 87, voltage: 3.95, charging: true },
    status: edgehook.demo.Status.STATUS_LOW_BATTERY,
    labels: { fleet: "north", firmware: "2.4.1" },
  };
}

describe("static module and run-time schema", () => {
  it("decode the same tracker uplink to equal plain objects", () => {
    const payload = TrackerUplink.encode(trackerFixture()).finish();
    const fromStatic = decodeStatic(TrackerUplink, payload);
    const fromRuntime = decodeProto(compileProto(trackerProto), "edgehook.demo.TrackerUplink", payload);
    expect(fromRuntime).toStrictEqual(fromStatic);
    expect(fromRuntime).toMatchObject({
      sequence: "18446744073709551615",
      timestamp_ms: "-1767225600123",
      status: "STATUS_LOW_BATTERY",
      readings: [{ name: "temperature", value: 21.75, unit: "°C" }, { name: "humidity" }],
      labels: { fleet: "north", firmware: "2.4.1" },
    });
  });

  it("static decode of a truncated uplink is a PayloadUndecodableError", () => {
    const payload = TrackerUplink.encode(trackerFixture()).finish();
    expect(() => decodeStatic(TrackerUplink, payload.subarray(0, payload.length - 3))).toThrow(PayloadUndecodableError);
  });

  // Pins why the run-time decoder exists: protobufjs reflection compiles decoders with
  // `new Function`, which workerd forbids, while its .proto parser does not.
  it("protobufjs reflection decode fails in workerd with EvalError", () => {
    const type = protobuf.parse(trackerProto, { keepCase: true }).root.lookupType("edgehook.demo.TrackerUplink");
    expect(() => type.decode(new Uint8Array())).toThrow(EvalError);
  });
});
