// The app config DSL: JSON Schema export (the contract GET /api/control/apps serves),
// validation with paths and defaults, and every element type.
import { describe, expect, expectTypeOf, it } from "vitest";
import { config, PLATFORM_KEYS, type ConfigIssue, type ConfigOf } from "../../src/sdk/config.ts";

// The seed's MyIntegrationConfig, line by line.
class MyIntegrationConfig extends config.Schema {
  integration = new config.IngestionEndpointConfig();
  permissions = new config.ExtendedPermissionsConfig();
  apiKey = new config.String("API Key", { description: "External service API key" });
}

const seed = new MyIntegrationConfig();
const minimal = { dv_proc_ingestion: { cidr_ranges: ["203.0.113.0/24"] }, api_key: "k" };

/** Validates and returns the errors, failing the test if validation passed. */
function errorsOf(schema: config.Schema, input: unknown): ConfigIssue[] {
  const result = schema.validate(input);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`);
  return result.errors;
}

/** Validates and returns the value, failing the test with the errors if any. */
function valueOf(schema: config.Schema, input: unknown): Record<string, unknown> {
  const result = schema.validate(input);
  if (!result.ok) throw new Error(`expected a valid config: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** A schema holding one element, for element-level tests. */
function only(element: config.AnyElement): config.Schema {
  return new (class extends config.Schema {
    field = element;
  })();
}

describe("JSON Schema export", () => {
  it("exports the seed's integration config in pydoover's shape", () => {
    expect(seed.toJsonSchema()).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "",
      type: "object",
      properties: {
        dv_proc_ingestion: {
          title: "Ingestion Endpoint",
          "x-name": "dv_proc_ingestion",
          "x-hidden": false,
          type: "object",
          "x-required": true,
          description: "Who may call this integration's endpoint, and how requests are checked.",
          "x-position": 0,
          properties: {
            cidr_ranges: {
              title: "CIDR Ranges",
              "x-name": "cidr_ranges",
              "x-hidden": false,
              type: "array",
              "x-required": true,
              description: "Address ranges allowed to call the endpoint. To allow everyone, list 0.0.0.0/0 and ::/0.",
              "x-position": 0,
              items: {
                title: "IP Range",
                "x-name": "ip_range",
                "x-hidden": false,
                type: "string",
                "x-required": true,
                description: "An IPv4 or IPv6 range, e.g. 203.0.113.0/24 or 2001:db8::/32",
              },
              minItems: 1,
              maxItems: 100,
            },
            signing_key: {
              title: "Signing Key",
              "x-name": "signing_key",
              "x-hidden": false,
              type: ["string", "array", "null"],
              "x-required": false,
              description:
                "HMAC-SHA256 key the sender signs the raw body with (a whsec_ key for standard-webhooks). " +
                'A list is accepted while rotating keys: any may match. "" turns signature checks off.',
              default: "",
              "x-position": 1,
              items: { type: "string", minLength: 1 },
              maxItems: 10,
            },
            sha256_hash_header: {
              title: "SHA256 Hash Header",
              "x-name": "sha256_hash_header",
              "x-hidden": false,
              type: ["string", "null"],
              "x-required": false,
              description:
                "Header carrying the body's signature for the hmac-header scheme: hex or base64, optionally prefixed sha256=.",
              default: "x-hmac-sha256",
              "x-position": 2,
              pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$",
            },
            signature_scheme: {
              title: "Signature Scheme",
              "x-name": "signature_scheme",
              "x-hidden": false,
              type: ["string", "null"],
              "x-required": false,
              description:
                "How requests are signed: hmac-header, standard-webhooks, github (x-hub-signature-256) or stripe (stripe-signature).",
              default: "hmac-header",
              "x-position": 3,
              enum: ["hmac-header", "standard-webhooks", "github", "stripe"],
            },
            timestamp_tolerance_s: {
              title: "Timestamp Tolerance (s)",
              "x-name": "timestamp_tolerance_s",
              "x-hidden": false,
              type: ["integer", "null"],
              "x-required": false,
              description: "Largest clock difference accepted by schemes that sign a timestamp, in seconds.",
              default: 300,
              "x-position": 4,
              minimum: 1,
            },
            throttle: {
              title: "Throttle",
              "x-name": "throttle",
              "x-hidden": false,
              type: ["number", "null"],
              "x-required": false,
              description:
                "Requests per second accepted for this endpoint; beyond it callers get 429 with Retry-After.",
              default: 100,
              "x-position": 5,
              exclusiveMinimum: 0,
            },
            never_replace_token: {
              title: "Never Replace Token",
              "x-name": "never_replace_token",
              "x-hidden": false,
              type: ["boolean", "null"],
              "x-required": false,
              description:
                "Keep the endpoint token across config changes. Only for senders whose token is hard to change.",
              default: false,
              "x-position": 6,
            },
            mini_token: {
              title: "Mini Token",
              "x-name": "mini_token",
              "x-hidden": false,
              type: ["boolean", "null"],
              "x-required": false,
              description: "Also issue a short token for /m/{mini_token}, for low-bandwidth devices.",
              default: false,
              "x-position": 7,
            },
            max_body_bytes: {
              title: "Max Body Bytes",
              "x-name": "max_body_bytes",
              "x-hidden": false,
              type: ["integer", "null"],
              "x-required": false,
              description: "Largest request body accepted, in bytes (at most 10 MiB).",
              default: 1048576,
              "x-position": 8,
              minimum: 1,
              maximum: 10485760,
            },
            proto_schema: {
              title: "Proto Schema",
              "x-name": "proto_schema",
              "x-hidden": false,
              type: ["string", "null"],
              "x-required": false,
              description: "A .proto file's text; with Proto Message set, bodies are decoded as that protobuf message.",
              "x-position": 9,
            },
            proto_message: {
              title: "Proto Message",
              "x-name": "proto_message",
              "x-hidden": false,
              type: ["string", "null"],
              "x-required": false,
              description: "Fully qualified protobuf message type of the body, e.g. tracker.Report.",
              "x-position": 10,
            },
          },
          additionalElements: false,
          additionalProperties: false,
          required: ["cidr_ranges"],
          "x-collapsible": true,
          "x-defaultCollapsed": false,
        },
        dv_proc_extended_permissions: {
          title: "Devices",
          "x-name": "dv_proc_extended_permissions",
          "x-hidden": false,
          type: ["object", "null"],
          "x-required": false,
          description: "Give permission to access devices.",
          default: { devices: [], groups: [], apps_installed: [], all_devices: false },
          "x-position": 1,
          properties: {
            devices: {
              title: "Devices",
              "x-name": "devices",
              "x-hidden": false,
              type: ["array", "null"],
              "x-required": false,
              description: "Agents to grant access to.",
              default: [],
              "x-position": 0,
              items: {
                title: "Device",
                "x-name": "device",
                "x-hidden": false,
                format: "doover-resource-device",
                type: "string",
                "x-required": true,
                description: "Agent id",
                pattern: "^[0-9]+$",
              },
              maxItems: 1000,
            },
            groups: {
              title: "Groups",
              "x-name": "groups",
              "x-hidden": false,
              type: ["array", "null"],
              "x-required": false,
              description: "Groups (with their nested groups) whose agents are granted.",
              default: [],
              "x-position": 1,
              items: {
                title: "Group",
                "x-name": "group",
                "x-hidden": false,
                format: "doover-resource-group",
                type: "string",
                "x-required": true,
                description: "Group id",
                pattern: "^[0-9]+$",
              },
              maxItems: 100,
            },
            apps_installed: {
              title: "Apps Installed",
              "x-name": "apps_installed",
              "x-hidden": false,
              type: ["array", "null"],
              "x-required": false,
              description: "Agents with any of these apps installed are granted.",
              default: [],
              "x-position": 2,
              items: {
                title: "Application",
                "x-name": "application",
                "x-hidden": false,
                format: "doover-resource-application",
                type: "string",
                "x-required": true,
                description: "App name",
                minLength: 1,
              },
              maxItems: 100,
            },
            all_devices: {
              title: "All Devices",
              "x-name": "all_devices",
              "x-hidden": false,
              type: ["boolean", "null"],
              "x-required": false,
              description: "Grant every agent in the organisation. A very far-reaching permission!",
              default: false,
              "x-position": 3,
            },
          },
          additionalElements: false,
          additionalProperties: false,
          required: [],
          "x-collapsible": true,
          "x-defaultCollapsed": false,
        },
        api_key: {
          title: "API Key",
          "x-name": "api_key",
          "x-hidden": false,
          type: "string",
          "x-required": true,
          description: "External service API key",
          "x-position": 2,
        },
      },
      // Closed, unlike pydoover's export: an unknown top-level key is refused (issue 8).
      additionalElements: false,
      additionalProperties: false,
      required: ["dv_proc_ingestion", "api_key"],
    });
  });

  it("is plain JSON: it survives a JSON round trip unchanged", () => {
    const exported = seed.toJsonSchema();
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });

  it("adds the schema's title and advanced flag when a subclass sets them", () => {
    class Titled extends config.Schema {
      static override title = "Weather Station";
      static override advanced = true;
    }
    expect(new Titled().toJsonSchema()).toMatchObject({
      title: "Weather Station",
      "x-advanced": true,
    });
    expect(seed.toJsonSchema()).not.toHaveProperty("title");
  });

  it("exports hidden, format, deprecated and advanced annotations", () => {
    const element = new config.String("Token", {
      hidden: true,
      format: "password",
      deprecated: true,
      advanced: true,
      default: "",
    });
    expect(element.toJsonSchema()).toEqual({
      title: "Token",
      "x-name": "token",
      "x-hidden": true,
      format: "password",
      type: ["string", "null"],
      "x-required": false,
      default: "",
      deprecated: true,
      "x-advanced": true,
    });
  });

  it("exports nested objects and arrays with their own keywords", () => {
    class Nested extends config.Schema {
      pump = new config.Object(
        "Pump Settings",
        {
          pins: new config.Array("Pins", new config.Integer("Pin", { minimum: 0 }), {
            minItems: 1,
            maxItems: 4,
            uniqueItems: true,
          }),
          mode: new config.Enum("Mode", { choices: [1, 2] }),
        },
        { additionalProperties: false, defaultCollapsed: true },
      );
    }
    expect(new Nested().toJsonSchema().properties).toEqual({
      pump_settings: {
        title: "Pump Settings",
        "x-name": "pump_settings",
        "x-hidden": false,
        type: "object",
        "x-required": true,
        "x-position": 0,
        properties: {
          pins: {
            title: "Pins",
            "x-name": "pins",
            "x-hidden": false,
            type: "array",
            "x-required": true,
            "x-position": 0,
            items: {
              title: "Pin",
              "x-name": "pin",
              "x-hidden": false,
              type: "integer",
              "x-required": true,
              minimum: 0,
            },
            minItems: 1,
            maxItems: 4,
            uniqueItems: true,
          },
          mode: {
            title: "Mode",
            "x-name": "mode",
            "x-hidden": false,
            type: "number",
            "x-required": true,
            "x-position": 1,
            enum: [1, 2],
          },
        },
        additionalElements: false,
        additionalProperties: false,
        required: ["pins", "mode"],
        "x-collapsible": true,
        "x-defaultCollapsed": true,
      },
    });
  });

  it("leaves out `type` for an enum whose choices mix strings and numbers, as pydoover does", () => {
    const schema = new config.Enum("Level", { choices: ["low", 2] }).toJsonSchema();
    expect(schema).not.toHaveProperty("type");
    expect(schema.enum).toEqual(["low", 2]);
  });
});

describe("config keys", () => {
  it.each([
    ["API Key", "api_key"],
    ["SHA256 Hash Header", "sha256_hash_header"],
    ["Timestamp Tolerance (s)", "timestamp_tolerance_s"],
    ["Digital Output #3", "digital_output_3"],
    ["Café Name", "caf_name"],
  ])("derives %j → %j from the display name, as pydoover does", (displayName, key) => {
    expect(new config.String(displayName).key).toBe(key);
    expect(config.keyFromDisplayName(displayName)).toBe(key);
  });

  it("uses an explicit name instead of the display name", () => {
    expect(new config.Boolean("Whatever", { name: "custom-key" }).key).toBe("custom-key");
  });

  it("rejects a name pydoover would reject, when the schema is written", () => {
    expect(() => new config.String("X", { name: "a.b" })).toThrow(TypeError);
    expect(() => new config.String("!!!")).toThrow(TypeError);
  });

  it("refuses two elements with the same key, which would shadow each other", () => {
    class Clash extends config.Schema {
      a = new config.String("API Key");
      b = new config.String("api key");
    }
    expect(() => new Clash().toJsonSchema()).toThrow(/api_key/);
  });

  it("gives platform elements the fixed keys the runtime reads", () => {
    expect(new config.IngestionEndpointConfig().key).toBe(PLATFORM_KEYS.ingestion);
    expect(new config.ExtendedPermissionsConfig().key).toBe(PLATFORM_KEYS.extendedPermissions);
    expect(new config.ManySubscriptionConfig().key).toBe(PLATFORM_KEYS.subscriptions);
    expect(new config.ScheduleConfig().key).toBe(PLATFORM_KEYS.schedules);
    expect(new config.SerialNumberConfig().key).toBe(PLATFORM_KEYS.serialNumber);
    expect(PLATFORM_KEYS).toEqual({
      ingestion: "dv_proc_ingestion",
      extendedPermissions: "dv_proc_extended_permissions",
      subscriptions: "dv_proc_subscriptions",
      schedules: "dv_proc_schedules",
      serialNumber: "dv_serial_number",
    });
  });
});

describe("validating the seed config", () => {
  it("applies every default, deeply", () => {
    expect(valueOf(seed, minimal)).toEqual({
      dv_proc_ingestion: {
        cidr_ranges: ["203.0.113.0/24"],
        signing_key: "",
        sha256_hash_header: "x-hmac-sha256",
        signature_scheme: "hmac-header",
        timestamp_tolerance_s: 300,
        throttle: 100,
        never_replace_token: false,
        mini_token: false,
        max_body_bytes: 1048576,
      },
      dv_proc_extended_permissions: {
        devices: [],
        groups: [],
        apps_installed: [],
        all_devices: false,
      },
      api_key: "k",
    });
  });

  it("keeps given values and fills only what is missing in a partial object", () => {
    const value = valueOf(seed, {
      ...minimal,
      dv_proc_ingestion: {
        cidr_ranges: ["::/0"],
        throttle: 2.5,
        proto_schema: 'syntax = "proto3";',
        proto_message: "M",
      },
      dv_proc_extended_permissions: { groups: ["12"] },
    });
    expect(value.dv_proc_ingestion).toMatchObject({
      throttle: 2.5,
      proto_schema: 'syntax = "proto3";',
      proto_message: "M",
      mini_token: false,
    });
    expect(value.dv_proc_extended_permissions).toEqual({
      devices: [],
      groups: ["12"],
      apps_installed: [],
      all_devices: false,
    });
  });

  it("names every missing required field", () => {
    expect(errorsOf(seed, {})).toEqual([
      { field: "dv_proc_ingestion", message: "is required" },
      { field: "api_key", message: "is required" },
    ]);
    expect(errorsOf(seed, { dv_proc_ingestion: {}, api_key: "k" })).toEqual([
      { field: "dv_proc_ingestion.cidr_ranges", message: "is required" },
    ]);
  });

  it("rejects an empty allow-list and says allow-all must be written out", () => {
    const errors = errorsOf(seed, { ...minimal, dv_proc_ingestion: { cidr_ranges: [] } });
    expect(errors).toEqual([
      {
        field: "dv_proc_ingestion.cidr_ranges",
        message: expect.stringContaining("0.0.0.0/0 and ::/0"),
      },
    ]);
  });

  it("names the index of each bad CIDR range", () => {
    const errors = errorsOf(seed, {
      ...minimal,
      dv_proc_ingestion: { cidr_ranges: ["10.0.0.0/8", "10.0.0.300/8", "2001:db8::/129", 7] },
    });
    expect(errors.map((e) => e.field)).toEqual([
      "dv_proc_ingestion.cidr_ranges[1]",
      "dv_proc_ingestion.cidr_ranges[2]",
      "dv_proc_ingestion.cidr_ranges[3]",
    ]);
    expect(errors[0]?.message).toContain('"10.0.0.300/8" is not a CIDR range');
    expect(errors[2]?.message).toBe("must be a string (got number)");
  });

  it("accepts IPv4, IPv6, single hosts and the written-out allow-all", () => {
    const ranges = ["0.0.0.0/0", "::/0", "192.0.2.7", "2001:db8::/32", "::ffff:192.0.2.0/120"];
    expect(valueOf(seed, { ...minimal, dv_proc_ingestion: { cidr_ranges: ranges } }).dv_proc_ingestion).toMatchObject({
      cidr_ranges: ranges,
    });
  });

  it("rejects a misspelt ingestion setting instead of silently leaving signing off", () => {
    expect(
      errorsOf(seed, {
        ...minimal,
        dv_proc_ingestion: { cidr_ranges: ["::/0"], signing_kye: "s" },
      }),
    ).toEqual([{ field: "dv_proc_ingestion.signing_kye", message: "is not a known field" }]);
  });

  // Regression (issue 8): `apiKye` was stored silently (and api_key left unset or at its
  // default) while a nested typo was refused.
  it("refuses unknown top-level keys, naming each, as it does nested ones", () => {
    expect(errorsOf(seed, { ...minimal, apiKye: "k", dv_app_position: 3 })).toEqual([
      { field: "apiKye", message: "is not a known field" },
      { field: "dv_app_position", message: "is not a known field" },
    ]);
  });

  it("passes unknown top-level keys through when the schema opts in, as pydoover does", () => {
    class Open extends MyIntegrationConfig {
      static override additionalProperties = true;
    }
    const open = new Open();
    expect(valueOf(open, { ...minimal, dv_app_position: 3 }).dv_app_position).toBe(3);
    expect(open.toJsonSchema()).toMatchObject({ additionalElements: true, additionalProperties: true });
  });

  it("accepts one signing key or a rotation list, and rejects empty entries by index", () => {
    const withKey = (signing_key: unknown) => ({
      ...minimal,
      dv_proc_ingestion: { cidr_ranges: ["::/0"], signing_key },
    });
    expect(valueOf(seed, withKey("k1")).dv_proc_ingestion).toMatchObject({ signing_key: "k1" });
    expect(valueOf(seed, withKey(["k2", "k1"])).dv_proc_ingestion).toMatchObject({
      signing_key: ["k2", "k1"],
    });
    expect(errorsOf(seed, withKey([])).map((e) => e.field)).toEqual(["dv_proc_ingestion.signing_key"]);
    expect(errorsOf(seed, withKey(["k2", "", 3])).map((e) => e.field)).toEqual([
      "dv_proc_ingestion.signing_key[1]",
      "dv_proc_ingestion.signing_key[2]",
    ]);
    expect(errorsOf(seed, withKey(5))).toEqual([
      {
        field: "dv_proc_ingestion.signing_key",
        message: "must be a string or a list of strings (got number)",
      },
    ]);
  });

  it.each([
    ["signature_scheme", "hmac"],
    ["timestamp_tolerance_s", 0],
    ["timestamp_tolerance_s", 1.5],
    ["throttle", 0],
    ["throttle", "10"],
    ["max_body_bytes", 10 * 1024 * 1024 + 1],
    ["max_body_bytes", 0],
    ["sha256_hash_header", "x hmac"],
    ["mini_token", "yes"],
    ["proto_message", 1],
  ])("rejects %s = %j, naming it", (key, bad) => {
    const errors = errorsOf(seed, {
      ...minimal,
      dv_proc_ingestion: { cidr_ranges: ["::/0"], [key]: bad },
    });
    expect(errors.map((e) => e.field)).toEqual([`dv_proc_ingestion.${key}`]);
  });

  it("accepts the 10 MiB body limit itself", () => {
    const input = {
      ...minimal,
      dv_proc_ingestion: { cidr_ranges: ["::/0"], max_body_bytes: 10 * 1024 * 1024 },
    };
    expect(valueOf(seed, input).dv_proc_ingestion).toMatchObject({ max_body_bytes: 10485760 });
  });

  it("reports every problem at once, with nested paths", () => {
    const errors = errorsOf(seed, {
      dv_proc_ingestion: { cidr_ranges: ["nope"], throttle: -1 },
      dv_proc_extended_permissions: { devices: ["12", "abc"], all_devices: "yes" },
      api_key: 42,
    });
    expect(errors.map((e) => e.field)).toEqual([
      "dv_proc_ingestion.cidr_ranges[0]",
      "dv_proc_ingestion.throttle",
      "dv_proc_extended_permissions.devices[1]",
      "dv_proc_extended_permissions.all_devices",
      "api_key",
    ]);
  });

  it("treats null on an optional field as unset, and null on a required one as an error", () => {
    const value = valueOf(seed, {
      ...minimal,
      dv_proc_ingestion: { cidr_ranges: ["::/0"], throttle: null, proto_schema: null },
      dv_proc_extended_permissions: null,
    });
    expect(value.dv_proc_ingestion).toMatchObject({ throttle: 100 });
    expect(value.dv_proc_ingestion).not.toHaveProperty("proto_schema");
    expect(value.dv_proc_extended_permissions).toEqual({
      devices: [],
      groups: [],
      apps_installed: [],
      all_devices: false,
    });
    expect(errorsOf(seed, { ...minimal, api_key: null })).toEqual([
      { field: "api_key", message: "must be a string (got null)" },
    ]);
  });

  it("does not share default arrays between validated configs", () => {
    const first = valueOf(seed, minimal).dv_proc_extended_permissions as { devices: string[] };
    first.devices.push("1");
    expect(valueOf(seed, minimal).dv_proc_extended_permissions).toMatchObject({ devices: [] });
  });
});

describe("validation never throws", () => {
  let deep: unknown = "bottom";
  for (let i = 0; i < 100_000; i++) deep = [deep];
  const junk: [string, unknown][] = [
    ["null", null],
    ["undefined", undefined],
    ["a number", 1],
    ["a string", "config"],
    ["an array", [minimal]],
    ["null ingestion", { ...minimal, dv_proc_ingestion: null }],
    ["array ingestion", { ...minimal, dv_proc_ingestion: [] }],
    ["string ranges", { ...minimal, dv_proc_ingestion: { cidr_ranges: "0.0.0.0/0" } }],
    ["junk ranges", { ...minimal, dv_proc_ingestion: { cidr_ranges: [null, {}, [], true, "/", "1.2.3.4/"] } }],
    ["a very deep value", { ...minimal, api_key: deep, extra: deep }],
    ["deep junk in a rotation list", { ...minimal, dv_proc_ingestion: { cidr_ranges: ["::/0"], signing_key: [deep] } }],
    ["prototype keys", JSON.parse('{"__proto__": {"polluted": 1}, "constructor": 1, "api_key": "k"}')],
  ];

  it.each(junk)("returns errors for %s", (_name, input) => {
    const result = seed.validate(input);
    expect(result.ok).toBe(false);
  });

  it("reports a non-object config at the root", () => {
    expect(errorsOf(seed, [])).toEqual([{ field: "", message: "config must be a JSON object" }]);
  });

  it("passes a __proto__ key through as data without touching any prototype", () => {
    const input: unknown = JSON.parse(
      '{"__proto__": {"polluted": 1}, "dv_proc_ingestion": {"cidr_ranges": ["::/0"]}, "api_key": "k"}',
    );
    expect(errorsOf(seed, input)).toEqual([{ field: "__proto__", message: "is not a known field" }]);
    class Open extends MyIntegrationConfig {
      static override additionalProperties = true;
    }
    const value = valueOf(new Open(), input);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toEqual({ polluted: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("caps the error list so a huge bad config yields a bounded answer", () => {
    const ranges = Array.from({ length: 5000 }, () => "bad");
    const errors = errorsOf(seed, { ...minimal, dv_proc_ingestion: { cidr_ranges: ranges } });
    expect(errors).toHaveLength(101);
    // The count cap first (at most 100 ranges), then each bad range.
    expect(errors[0]).toEqual({ field: "dv_proc_ingestion.cidr_ranges", message: "must have at most 100 items" });
    expect(errors[100]).toEqual({ field: "", message: "and 4901 more problems" });
  });

  it("survives uniqueness checks over deeply nested items", () => {
    const schema = only(new config.Array("Items", new config.Object("Item", {}), { uniqueItems: true }));
    let nested: unknown = 1;
    for (let i = 0; i < 50_000; i++) nested = { a: nested };
    // Checked without throwing; at 600 KB of JSON it is refused for its size (the 64 KiB cap).
    expect(errorsOf(schema, { items: [{ x: nested }, { x: nested }] })).toEqual([
      { field: "", message: "is 600027 bytes of JSON; at most 65536 are accepted" },
    ]);
    nested = 1;
    for (let i = 0; i < 5_000; i++) nested = { a: nested };
    expect(valueOf(schema, { items: [{ x: nested }, { x: nested }] }).items).toHaveLength(2);
  });
});

describe("element types", () => {
  it("String: type, length in code points, pattern", () => {
    const schema = only(new config.String("Field", { minLength: 2, maxLength: 3, pattern: "^[a-z🙂]+$" }));
    expect(valueOf(schema, { field: "ab" }).field).toBe("ab");
    expect(valueOf(schema, { field: "a🙂" }).field).toBe("a🙂");
    expect(errorsOf(schema, { field: 1 })).toEqual([{ field: "field", message: "must be a string (got number)" }]);
    expect(errorsOf(schema, { field: "a" })).toEqual([
      { field: "field", message: "must be at least 2 characters long" },
    ]);
    expect(errorsOf(schema, { field: "abcd" })).toEqual([
      { field: "field", message: "must be at most 3 characters long" },
    ]);
    expect(errorsOf(schema, { field: "AB" })).toEqual([
      { field: "field", message: "must match the pattern ^[a-z🙂]+$" },
    ]);
  });

  // Regression (issue 8): the demo tracker's audit_channel was a plain String, so `bad/name`
  // was installed and then every uplink that wrote to it failed.
  it("ChannelName: the runtime's channel-name rule, exported as a string pattern", () => {
    const element = new config.ChannelName("Audit Channel", { default: "audit" });
    expect(element.toJsonSchema()).toMatchObject({
      "x-name": "audit_channel",
      type: ["string", "null"],
      pattern: "^[A-Za-z0-9_.:-]{1,128}$",
      default: "audit",
    });
    const schema = only(element);
    for (const good of ["tag_values", "dv-proc-inv-12", "vendor.audit:v1", "x".repeat(128)])
      expect(valueOf(schema, { audit_channel: good }).audit_channel).toBe(good);
    expect(valueOf(schema, {}).audit_channel).toBe("audit");
    const rule = "must be a channel name: 1 to 128 characters of A-Z a-z 0-9 _ . : -";
    for (const bad of ["bad/name", "", "x".repeat(129), "a b", "é"])
      expect(errorsOf(schema, { audit_channel: bad })).toEqual([{ field: "audit_channel", message: rule }]);
    expect(errorsOf(schema, { audit_channel: 7 })).toEqual([
      { field: "audit_channel", message: "must be a string (got number)" },
    ]);
    class Audited extends config.Schema {
      audit = new config.ChannelName("Audit Channel", { default: "audit" });
    }
    expectTypeOf<ConfigOf<Audited>>().toEqualTypeOf<{ audit_channel: string }>();
  });

  it("Integer: whole numbers within bounds; 1.0 counts as 1", () => {
    const schema = only(new config.Integer("Field", { minimum: 1, maximum: 10, multipleOf: 2 }));
    expect(valueOf(schema, JSON.parse('{"field": 4.0}')).field).toBe(4);
    expect(errorsOf(schema, { field: 4.5 })).toEqual([{ field: "field", message: "must be an integer (got number)" }]);
    expect(errorsOf(schema, { field: "4" })).toEqual([{ field: "field", message: "must be an integer (got string)" }]);
    expect(errorsOf(schema, { field: -1 }).map((e) => e.message)).toEqual([
      "must be at least 1",
      "must be a multiple of 2",
    ]);
    expect(errorsOf(schema, { field: 3 })).toEqual([{ field: "field", message: "must be a multiple of 2" }]);
    expect(errorsOf(schema, { field: 12 })).toEqual([{ field: "field", message: "must be at most 10" }]);
  });

  it("Number: finite numbers within exclusive bounds", () => {
    const schema = only(new config.Number("Field", { exclusiveMinimum: 0, exclusiveMaximum: 1, multipleOf: 0.1 }));
    expect(valueOf(schema, { field: 0.3 }).field).toBe(0.3);
    expect(errorsOf(schema, { field: 0 })).toEqual([{ field: "field", message: "must be greater than 0" }]);
    expect(errorsOf(schema, { field: 1 })).toEqual([{ field: "field", message: "must be less than 1" }]);
    expect(errorsOf(schema, { field: 0.25 })).toEqual([{ field: "field", message: "must be a multiple of 0.1" }]);
    expect(errorsOf(schema, { field: Number.NaN }).map((e) => e.field)).toEqual(["field"]);
    expect(errorsOf(schema, { field: Number.POSITIVE_INFINITY }).map((e) => e.field)).toEqual(["field"]);
  });

  it("Boolean: only true and false", () => {
    const schema = only(new config.Boolean("Field"));
    expect(valueOf(schema, { field: false }).field).toBe(false);
    expect(errorsOf(schema, { field: "true" })).toEqual([
      { field: "field", message: "must be a boolean (got string)" },
    ]);
    expect(errorsOf(schema, { field: 0 }).map((e) => e.field)).toEqual(["field"]);
  });

  it("Enum: one of the choices, compared strictly", () => {
    const schema = only(new config.Enum("Field", { choices: ["a", 2], default: "a" }));
    expect(valueOf(schema, {}).field).toBe("a");
    expect(valueOf(schema, { field: 2 }).field).toBe(2);
    expect(errorsOf(schema, { field: "2" })).toEqual([{ field: "field", message: 'must be one of "a", 2' }]);
    expect(errorsOf(schema, { field: ["a"] }).map((e) => e.field)).toEqual(["field"]);
  });

  it("Enum: a default that is not a choice is a bug caught when the schema is written", () => {
    expect(() => new config.Enum("Field", { choices: ["a"], default: "b" })).toThrow(TypeError);
    expect(() => new config.Enum("Field", { choices: [] })).toThrow(TypeError);
  });

  it("Array: items checked by index, size bounds, unique items regardless of key order", () => {
    const schema = only(
      new config.Array("Field", new config.Object("Point", { x: new config.Integer("X") }), {
        minItems: 1,
        maxItems: 3,
        uniqueItems: true,
      }),
    );
    expect(valueOf(schema, { field: [{ x: 1 }, { x: 2 }] }).field).toEqual([{ x: 1 }, { x: 2 }]);
    expect(errorsOf(schema, { field: {} })).toEqual([{ field: "field", message: "must be an array (got object)" }]);
    expect(errorsOf(schema, { field: [] })).toEqual([{ field: "field", message: "must not be empty" }]);
    expect(errorsOf(schema, { field: [{ x: 1 }, { x: 2 }, { x: 3 }, { x: 4 }] })).toEqual([
      { field: "field", message: "must have at most 3 items" },
    ]);
    expect(errorsOf(schema, { field: [{ x: 1 }, { x: "2" }, {}] })).toEqual([
      { field: "field[1].x", message: "must be an integer (got string)" },
      { field: "field[2].x", message: "is required" },
    ]);
    expect(
      errorsOf(schema, {
        field: [
          { x: 1, y: [1, { b: 1, a: 2 }] },
          { y: [1, { a: 2, b: 1 }], x: 1 },
        ],
      }),
    ).toEqual([{ field: "field[1]", message: "duplicates item [0]" }]);
  });

  it("Object: nested paths, closed objects, pass-through for open ones", () => {
    const inner = new config.Object(
      "Inner",
      { depth: new config.Number("Depth", { minimum: 0 }) },
      { additionalProperties: false },
    );
    const schema = only(new config.Object("Outer", { inner, label: new config.String("Label", { default: "x" }) }));
    expect(valueOf(schema, { outer: { inner: { depth: 1 }, note: "kept" } }).outer).toEqual({
      inner: { depth: 1 },
      label: "x",
      note: "kept",
    });
    expect(errorsOf(schema, { outer: { inner: { depth: -1, typo: 1 } } })).toEqual([
      { field: "outer.inner.depth", message: "must be at least 0" },
      { field: "outer.inner.typo", message: "is not a known field" },
    ]);
    expect(errorsOf(schema, { outer: "x" })).toEqual([{ field: "outer", message: "must be an object (got string)" }]);
  });

  it("Object: a default of {} makes it optional and is completed with the children's defaults", () => {
    const schema = only(
      new config.Object("Pump", { onTime: new config.Number("On Time", { default: 5.2 }) }, { default: {} }),
    );
    expect(valueOf(schema, {}).pump).toEqual({ on_time: 5.2 });
  });

  it("required: implied by a missing default, or set explicitly either way", () => {
    class Rules extends config.Schema {
      implied = new config.String("Implied");
      defaulted = new config.String("Defaulted", { default: "d" });
      optional = new config.Integer("Optional", { required: false });
      insisted = new config.String("Insisted", { default: "d", required: true });
    }
    const rules = new Rules();
    expect(rules.toJsonSchema().required).toEqual(["implied", "insisted"]);
    expect(errorsOf(rules, {})).toEqual([
      { field: "implied", message: "is required" },
      { field: "insisted", message: "is required" },
    ]);
    expect(valueOf(rules, { implied: "i", insisted: "s" })).toEqual({
      implied: "i",
      defaulted: "d",
      insisted: "s",
    });
  });
});

describe("platform elements", () => {
  class Processor extends config.Schema {
    subscriptions = new config.ManySubscriptionConfig();
    schedules = new config.ScheduleConfig({ default: [] });
    serial = new config.SerialNumberConfig();
  }
  const processor = new Processor();
  const base = { dv_proc_subscriptions: ["on_external_event"], dv_serial_number: "SN-1" };

  it("validates subscriptions as unique, non-empty channel names", () => {
    expect(valueOf(processor, base)).toEqual({ ...base, dv_proc_schedules: [] });
    expect(errorsOf(processor, { ...base, dv_proc_subscriptions: ["a", "", "a"] })).toEqual([
      { field: "dv_proc_subscriptions[1]", message: "must not be empty" },
      { field: "dv_proc_subscriptions[2]", message: "duplicates item [0]" },
    ]);
  });

  it("fills schedules' disabled flag and names bad entries by index", () => {
    const schedules = [
      { name: "poll", schedule: "rate(5 minutes)" },
      { name: "nightly", schedule: "0 2 * * *", disabled: true },
    ];
    expect(valueOf(processor, { ...base, dv_proc_schedules: schedules }).dv_proc_schedules).toEqual([
      { name: "poll", schedule: "rate(5 minutes)", disabled: false },
      { name: "nightly", schedule: "0 2 * * *", disabled: true },
    ]);
    expect(
      errorsOf(processor, {
        ...base,
        dv_proc_schedules: [
          { name: "a", schedule: "" },
          { name: "b" },
          { name: "a", schedule: "rate(1 day)", every: 1 },
        ],
      }),
    ).toEqual([
      { field: "dv_proc_schedules[0].schedule", message: "must not be empty" },
      { field: "dv_proc_schedules[1].schedule", message: "is required" },
      { field: "dv_proc_schedules[2].every", message: "is not a known field" },
      { field: "dv_proc_schedules[2].name", message: "duplicates the name of [0]" },
    ]);
  });

  it("names a schedule the parser refuses, with the parser's reason", () => {
    const schedules = [
      { name: "a", schedule: "rate(1 minutes)" },
      { name: "b", schedule: "cron(0 12 * * * *)" },
      { name: "c", schedule: "cron(0 12 L * ? *)" },
    ];
    expect(errorsOf(processor, { ...base, dv_proc_schedules: schedules })).toEqual([
      {
        field: "dv_proc_schedules[0].schedule",
        message: "rate(): with value 1 the unit must be 'minute', not 'minutes'",
      },
      {
        field: "dv_proc_schedules[1].schedule",
        message: "cron(): exactly one of day-of-month ('*') and day-of-week ('*') must be '?'",
      },
    ]);
  });

  it("requires a non-empty serial number under dv_serial_number", () => {
    expect(errorsOf(processor, { ...base, dv_serial_number: "" })).toEqual([
      { field: "dv_serial_number", message: "must not be empty" },
    ]);
  });

  it("limits extended permissions to decimal agent and group ids", () => {
    const errors = errorsOf(seed, {
      ...minimal,
      dv_proc_extended_permissions: { devices: ["1"], groups: ["g1"], all_devices: true },
    });
    expect(errors).toEqual([
      {
        field: "dv_proc_extended_permissions.groups[0]",
        message: "must match the pattern ^[0-9]+$",
      },
    ]);
  });
});

describe("types", () => {
  it("infers the validated config type from the schema class", () => {
    type Seed = ConfigOf<MyIntegrationConfig>;
    expectTypeOf<Seed["api_key"]>().toEqualTypeOf<string>();
    expectTypeOf<Seed["dv_proc_ingestion"]["cidr_ranges"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Seed["dv_proc_ingestion"]["signing_key"]>().toEqualTypeOf<string | string[]>();
    expectTypeOf<Seed["dv_proc_ingestion"]["signature_scheme"]>().toEqualTypeOf<
      "hmac-header" | "standard-webhooks" | "github" | "stripe"
    >();
    expectTypeOf<Seed["dv_proc_ingestion"]["proto_schema"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Seed["dv_proc_extended_permissions"]>().toEqualTypeOf<{
      devices: string[];
      groups: string[];
      apps_installed: string[];
      all_devices: boolean;
    }>();
    expectTypeOf<ConfigOf<InstanceType<typeof Processorish>>>().toEqualTypeOf<{
      dv_proc_schedules: { name: string; schedule: string; disabled: boolean }[];
      custom: boolean;
      note?: number;
    }>();
    const result = seed.validate(minimal);
    if (result.ok) expectTypeOf(result.value.api_key).toEqualTypeOf<string>();
  });
});

class Processorish extends config.Schema {
  schedules = new config.ScheduleConfig();
  flag = new config.Boolean("Flag", { name: "custom", default: true });
  note = new config.Number("Note", { required: false });
  notAnElement = 3;
}
