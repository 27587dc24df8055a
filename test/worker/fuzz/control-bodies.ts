// Control API request bodies that must each be refused (src/worker/routes/control.ts, installs.ts): agents,
// groups, tokens and installs, with configs broken one field at a time. Placeholders ("SERIAL",
// "OTHER_SERIAL", "GROUP", "DEVICE") stand for the test's real values (control.test.ts fills them).
import fc from "fast-check";

export const longName = fc.integer({ min: 201, max: 5000 }).map((n) => "n".repeat(n));
export const notAString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);

// ---- bodies that must each be refused ---------------------------------------------------------

export const badAgentBody = fc.oneof(
  fc.record({ name: fc.oneof(fc.constantFrom("", "   ", "\t\n"), longName, notAString) }),
  fc.record({
    name: fc.constant("ok"),
    groups: fc.oneof(
      fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 3 }),
      // Not a list (an empty list is valid: no groups).
      notAString.filter((v) => !Array.isArray(v) && v !== null),
      fc.constant(Array(101).fill("1")),
    ),
  }),
  fc.record({ name: fc.constant("ok"), type: fc.oneof(fc.constantFrom("org", "DEVICE", "", "admin"), notAString) }),
  fc.record({ name: fc.constant("ok"), display_name: fc.oneof(fc.constant(""), longName, notAString) }),
  fc.record({
    name: fc.constant("ok"),
    serial_number: fc.oneof(fc.constant(""), longName, fc.integer(), fc.array(fc.string())),
  }),
  // A serial number another agent holds.
  fc.constant({ name: "ok", serial_number: "SERIAL" }),
  // A group that does not exist.
  fc.record({ name: fc.constant("ok"), groups: fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 18n }).map(String)) }),
);

// A patch may keep the agent's own serial number: the clash is with another agent's.
export const badAgentPatch = fc.oneof(
  badAgentBody
    .filter((b) => !("type" in b))
    .map((b) => JSON.parse(JSON.stringify(b).replaceAll('"SERIAL"', '"OTHER_SERIAL"')) as object),
  fc.record({ type: fc.constantFrom("device", "integration") }),
  fc.record({
    tokens_valid_from: fc.oneof(fc.constantFrom(-1, 1.5, "1", null, Number.POSITIVE_INFINITY), fc.integer({ max: -1 })),
  }),
  fc.dictionary(
    fc
      .string({ minLength: 1, maxLength: 10 })
      .filter((k) => !["name", "display_name", "serial_number", "groups", "tokens_valid_from"].includes(k)),
    fc.jsonValue({ maxDepth: 1 }),
    { minKeys: 1, maxKeys: 2 },
  ),
);

export const badGroupBody = fc.oneof(
  fc.record({ name: fc.oneof(fc.constantFrom("", " "), longName, notAString) }),
  fc.constant({ name: "GROUP" }),
  fc.record({
    name: fc.constant("ok-group"),
    parent: fc.oneof(
      fc.bigInt({ min: 1n, max: 10n ** 18n }).map(String),
      fc.string({ maxLength: 5 }).filter((s) => !/^\d+$/.test(s)),
      fc.integer(),
    ),
  }),
);

const permission = fc.oneof(
  fc.constantFrom("read", "write", "admin"),
  fc.constantFrom("READ", "owner", "", "all"),
  notAString,
);
const badGrant = fc.oneof(
  fc.record({
    agent_id: fc.oneof(
      fc.string({ maxLength: 5 }).filter((s) => !/^\d{1,19}$/.test(s)),
      fc.integer(),
    ),
    permission: fc.constant("read"),
  }),
  fc.record({
    agent_id: fc.constant("1"),
    permission: permission.filter((p) => p !== "read" && p !== "write" && p !== "admin"),
  }),
  fc.record({ all: fc.oneof(fc.constant(false), fc.constant("true"), fc.integer()), permission: fc.constant("read") }),
  fc.record({ agent_id: fc.constant("1"), group: fc.constant("2"), permission: fc.constant("read") }),
  fc.record({ all: fc.constant(true), permission: fc.constant("read"), extra: fc.jsonValue() }),
  fc.jsonValue({ maxDepth: 1 }),
);
export const badTokenBody = fc.oneof(
  fc.record({
    grants: fc.oneof(fc.constant([]), notAString, fc.constant(Array(101).fill({ all: true, permission: "read" }))),
  }),
  fc.record({ grants: fc.array(badGrant, { minLength: 1, maxLength: 3 }) }),
);

const INGESTION_KEYS = [
  "cidr_ranges",
  "signing_key",
  "sha256_hash_header",
  "signature_scheme",
  "timestamp_tolerance_s",
  "throttle",
  "never_replace_token",
  "mini_token",
  "max_body_bytes",
  "proto_schema",
  "proto_message",
];

// Config pieces an install must refuse; each goes into an otherwise valid integration config.
export const badIngestionField = fc.oneof(
  fc.record({
    cidr_ranges: fc.oneof(
      fc.constant([]),
      fc.array(
        fc.oneof(
          fc.constantFrom(
            "10.0.0.0/33",
            "::/129",
            "1.2.3.4/",
            "/8",
            "0.0.0.0/0 ",
            "1.2.3/24",
            "fe80::1%eth0/64",
            "::ffff:1.2.3.4/200",
            "",
          ),
          fc.string({ maxLength: 20 }).filter((s) => !/^[\d.:a-f/]+$/i.test(s) || s === ""),
        ),
        { minLength: 1, maxLength: 3 },
      ),
      notAString.filter((v) => !Array.isArray(v) && v !== null),
    ),
  }),
  fc.record({
    signing_key: fc.oneof(
      fc.constant([]),
      fc.constant([""]),
      fc.array(fc.oneof(fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 2 }),
      fc.integer(),
      fc.boolean(),
    ),
  }),
  fc.record({
    sha256_hash_header: fc.oneof(fc.constantFrom("", "bad header", "x:y", "x\ty", "é", "(x)"), fc.integer()),
  }),
  fc.record({
    signature_scheme: fc.oneof(
      fc.string({ maxLength: 12 }).filter((s) => !["hmac-header", "standard-webhooks", "github", "stripe"].includes(s)),
      fc.integer(),
    ),
  }),
  fc.record({ timestamp_tolerance_s: fc.oneof(fc.constantFrom(0, -1, 1.5, "300", true), fc.integer({ max: 0 })) }),
  fc.record({ throttle: fc.oneof(fc.constantFrom(0, -1, "10", true, [], {}), fc.double({ max: 0, noNaN: true })) }),
  fc.record({
    max_body_bytes: fc.oneof(
      fc.constantFrom(0, -1, 1.5, 10 * 1024 * 1024 + 1, 2 ** 53, "1024"),
      fc.integer({ min: 10 * 1024 * 1024 + 1 }),
    ),
  }),
  fc
    .record(
      { never_replace_token: fc.constantFrom("yes", 1, "true"), mini_token: fc.constantFrom("no", 0, [], "false") },
      { requiredKeys: [] },
    )
    .filter((o) => Object.keys(o).length > 0),
  fc.dictionary(
    fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !INGESTION_KEYS.includes(k)),
    fc.jsonValue({ maxDepth: 1 }),
    { minKeys: 1, maxKeys: 2 },
  ),
  // .proto texts that do not compile, or a message type they do not define, or half a setting.
  fc.record({
    proto_schema: protoText(),
    proto_message: fc.constantFrom("M", "a.M", "edgehook.demo.TrackerUplink", "", ".M"),
  }),
  fc.record({
    proto_schema: fc.constant('syntax = "proto3"; message M { int32 a = 1; }'),
    proto_message: fc.constantFrom("N", "M.a", "google.protobuf.Any"),
  }),
  fc.oneof(fc.record({ proto_schema: protoText() }), fc.record({ proto_message: fc.constant("M") })),
);

/** Token soup of the .proto language: mostly not a valid file, sometimes one that does not resolve. */
function protoText(): fc.Arbitrary<string> {
  const token = fc.constantFrom(
    "syntax",
    "=",
    '"proto3"',
    '"proto2"',
    ";",
    "message",
    "M",
    "N",
    "{",
    "}",
    "int32",
    "x",
    "1",
    "0",
    "-1",
    "536870912",
    "enum",
    "E",
    "oneof",
    "map",
    "<",
    ">",
    ",",
    "repeated",
    "package",
    "a.b",
    "import",
    '"google/protobuf/any.proto"',
    '"other.proto"',
    "option",
    "(",
    ")",
    "[",
    "]",
    "reserved",
    "to",
    "max",
    "extend",
    "service",
    "rpc",
    "returns",
    "stream",
    "group",
    "optional",
    "required",
    "//",
    "/*",
    "*/",
    "\n",
    '"',
    "\\",
    "\u0000",
  );
  // Never "": an empty proto_schema means "no protobuf", which is valid.
  return fc.oneof(
    fc.array(token, { minLength: 1, maxLength: 40 }).map((t) => t.join(" ")),
    fc.string({ minLength: 1, maxLength: 100 }),
    fc.constant("message M { N n = 1; }"),
    fc.constant("message M { M m = 1; }\nmessage"),
  );
}

/** An integration config with one field broken (or the whole endpoint setting broken). */
export const badIntegrationConfig = fc.oneof(
  badIngestionField.map((field) => ({ dv_proc_ingestion: { cidr_ranges: ["0.0.0.0/0"], ...field } })),
  fc.record({
    dv_proc_ingestion: fc.oneof(
      notAString.filter((v) => typeof v !== "object" || v === null || Array.isArray(v)),
      fc.constant({}),
    ),
  }),
  fc.constant({}),
  fc.record({
    // Not an object (null reads as "not set", which is valid).
    dv_proc_extended_permissions: fc
      .jsonValue({ maxDepth: 2 })
      .filter((v) => v !== null && (typeof v !== "object" || Array.isArray(v))),
    dv_proc_ingestion: fc.constant({ cidr_ranges: ["::/0"] }),
  }),
);

/** A processor config whose low-battery setting is out of range, with random schedules and subscriptions beside it (all parsed). */
const badProcessorConfig = fc.record({
  low_battery: fc.oneof(fc.constantFrom(-1, 101, 50.5, "20"), fc.integer({ min: 101 })),
  dv_proc_schedules: fc.array(
    fc.record(
      {
        name: fc.oneof(fc.string({ maxLength: 8 }), fc.integer()),
        schedule: fc.oneof(
          fc
            .array(
              fc.constantFrom(
                "*",
                "?",
                "0",
                "59",
                "60",
                "1-5",
                "5-1",
                "*/0",
                "*/5",
                "L",
                "W",
                "#",
                "JAN",
                "MON-FRI",
                "1,2",
                ",",
                "-",
                "/",
                "99999999999",
              ),
              { maxLength: 8 },
            )
            .map((f) => `cron(${f.join(" ")})`),
          fc
            .tuple(
              fc.oneof(fc.integer({ min: -5, max: 100000 }), fc.constantFrom("x", "1.5", "")),
              fc.constantFrom("minute", "minutes", "hour", "days", "weeks", "seconds", ""),
            )
            .map(([n, unit]) => `rate(${n} ${unit})`),
          fc.string({ maxLength: 30 }),
        ),
        disabled: fc.oneof(fc.boolean(), fc.constant("no")),
      },
      { requiredKeys: ["schedule"] },
    ),
    { maxLength: 3 },
  ),
  dv_proc_subscriptions: fc.oneof(fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), fc.constant(["a", "a"])),
});

export const badInstallBody = fc.oneof(
  fc.record({
    app: fc.constantFrom("probe_integration", "tracker_integration"),
    display_name: fc.constant("fz"),
    config: badIntegrationConfig,
  }),
  fc.record({
    app: fc.constant("tracker_processor"),
    display_name: fc.constant("fz"),
    agent_id: fc.constant("DEVICE"),
    config: badProcessorConfig,
  }),
  fc.record({
    app: fc.oneof(
      fc
        .string({ maxLength: 20 })
        .filter((a) => !["probe_integration", "tracker_integration", "tracker_processor"].includes(a)),
      notAString,
    ),
    display_name: fc.constant("fz"),
    config: fc.constant({ dv_proc_ingestion: { cidr_ranges: ["::/0"] } }),
  }),
  fc.record({
    app: fc.constant("probe_integration"),
    display_name: fc.oneof(fc.constantFrom("", " "), longName, notAString),
    config: fc.constant({ dv_proc_ingestion: { cidr_ranges: ["::/0"] } }),
  }),
  fc.record({
    app: fc.constant("probe_integration"),
    display_name: fc.constant("fz"),
    agent_id: fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 18n }).map(String), fc.string({ maxLength: 4 }), fc.integer()),
    config: fc.constant({ dv_proc_ingestion: { cidr_ranges: ["::/0"] } }),
  }),
  fc.record({
    app: fc.constant("probe_integration"),
    display_name: fc.constant("fz"),
    config: notAString.filter((v) => typeof v !== "object" || v === null || Array.isArray(v)),
  }),
);
