// `IngestionEndpointConfig` (`dv_proc_ingestion`): who may call an integration's endpoint
// and how requests are authenticated, throttled and decoded (SPEC §5).

import { parseCidr } from "../../shared/cidr.ts";
import { ArrayElement, ObjectElement, type ObjectOptions } from "./containers.ts";
import { ConfigElement, typeIssue, type FixedOptions, type PlatformOptions, type ValueOf } from "./element.ts";
import { MAX_CIDR_RANGES, MAX_SIGNING_KEYS } from "./limits.ts";
import { BooleanElement, EnumElement, IntegerElement, NumberElement, StringElement } from "./scalars.ts";
import type { ConfigIssue, JsonObject } from "./types.ts";

/** Signature schemes an ingestion endpoint can verify. */
export const SIGNATURE_SCHEMES = ["hmac-header", "standard-webhooks", "github", "stripe"] as const;

/**
 * Default `throttle`, requests a second: the endpoint a whole fleet sends through, e.g. three
 * times the mean of a 10,000-device LoRaWAN application (docs/decisions.md#default-throttle).
 */
export const DEFAULT_THROTTLE = 100;

/** Largest `max_body_bytes` an install may set (10 MiB). */
export const MAX_INGEST_BODY_BYTES = 10 * 1024 * 1024;

// RFC 9110 token characters: what a header name may contain.
const HEADER_NAME_PATTERN = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";

class CidrRangeElement extends StringElement<"IP Range", { description: string }> {
  constructor() {
    super("IP Range", {
      description: "An IPv4 or IPv6 range, e.g. 203.0.113.0/24 or 2001:db8::/32",
    });
  }

  override check(input: unknown, path: string, issues: ConfigIssue[]): unknown {
    if (typeof input !== "string") return super.check(input, path, issues);
    if (parseCidr(input) === null) {
      issues.push({
        field: path,
        message: `${JSON.stringify(input)} is not a CIDR range (e.g. 203.0.113.0/24 or 2001:db8::/32)`,
      });
    }
    return input;
  }
}

class CidrRangesElement extends ArrayElement<
  CidrRangeElement,
  "CIDR Ranges",
  { minItems: 1; maxItems: number; description: string }
> {
  constructor() {
    super("CIDR Ranges", new CidrRangeElement(), {
      minItems: 1,
      maxItems: MAX_CIDR_RANGES,
      description: "Address ranges allowed to call the endpoint. To allow everyone, list 0.0.0.0/0 and ::/0.",
    });
  }

  protected override minItemsMessage(): string {
    return "must list at least one range; to allow every address, write out 0.0.0.0/0 and ::/0";
  }
}

/** `signing_key`: one key, or a list during rotation (any may match); "" turns signing off. */
class SigningKeyElement extends ConfigElement<string | string[], "signing_key", false> {
  constructor() {
    super("Signing Key", {
      description:
        "HMAC-SHA256 key the sender signs the raw body with (a whsec_ key for standard-webhooks). " +
        'A list is accepted while rotating keys: any may match. "" turns signature checks off.',
      default: "",
    });
  }

  check(input: unknown, path: string, issues: ConfigIssue[]): unknown {
    if (typeof input === "string") return input;
    if (!Array.isArray(input)) {
      issues.push(typeIssue(path, "a string or a list of strings", input));
      return input;
    }
    if (input.length === 0)
      issues.push({
        field: path,
        message: 'must not be an empty list; use "" to turn signing off',
      });
    else if (input.length > MAX_SIGNING_KEYS)
      issues.push({ field: path, message: `must have at most ${MAX_SIGNING_KEYS} keys` });
    input.forEach((key: unknown, i) => {
      if (typeof key !== "string") issues.push(typeIssue(`${path}[${i}]`, "a string", key));
      // An empty key in a rotation list would read as "off" to some and "any" to others.
      else if (key === "") issues.push({ field: `${path}[${i}]`, message: "must not be empty" });
    });
    return [...input];
  }

  protected jsonTypes(): readonly string[] {
    return ["string", "array"];
  }

  protected override keywords(): JsonObject {
    return { items: { type: "string", minLength: 1 }, maxItems: MAX_SIGNING_KEYS };
  }
}

function ingestionFields() {
  return {
    cidrRanges: new CidrRangesElement(),
    signingKey: new SigningKeyElement(),
    hashHeader: new StringElement("SHA256 Hash Header", {
      description:
        "Header carrying the body's signature for the hmac-header scheme: hex or base64, optionally prefixed sha256=.",
      default: "x-hmac-sha256",
      pattern: HEADER_NAME_PATTERN,
    }),
    signatureScheme: new EnumElement("Signature Scheme", {
      description:
        "How requests are signed: hmac-header, standard-webhooks, github (x-hub-signature-256) or stripe (stripe-signature).",
      choices: SIGNATURE_SCHEMES,
      default: "hmac-header",
    }),
    timestampTolerance: new IntegerElement("Timestamp Tolerance (s)", {
      description: "Largest clock difference accepted by schemes that sign a timestamp, in seconds.",
      default: 300,
      minimum: 1,
    }),
    throttle: new NumberElement("Throttle", {
      description: "Requests per second accepted for this endpoint; beyond it callers get 429 with Retry-After.",
      default: DEFAULT_THROTTLE,
      exclusiveMinimum: 0,
    }),
    neverReplaceToken: new BooleanElement("Never Replace Token", {
      description: "Keep the endpoint token across config changes. Only for senders whose token is hard to change.",
      default: false,
    }),
    miniToken: new BooleanElement("Mini Token", {
      description: "Also issue a short token for /m/{mini_token}, for low-bandwidth devices.",
      default: false,
    }),
    maxBodyBytes: new IntegerElement("Max Body Bytes", {
      description: "Largest request body accepted, in bytes (at most 10 MiB).",
      default: 1024 * 1024,
      minimum: 1,
      maximum: MAX_INGEST_BODY_BYTES,
    }),
    protoSchema: new StringElement("Proto Schema", {
      description: "A .proto file's text; with Proto Message set, bodies are decoded as that protobuf message.",
      required: false,
    }),
    protoMessage: new StringElement("Proto Message", {
      description: "Fully qualified protobuf message type of the body, e.g. tracker.Report.",
      required: false,
    }),
  };
}

type IngestionFields = ReturnType<typeof ingestionFields>;
type IngestionOptions = FixedOptions<ObjectOptions, "dv_proc_ingestion">;

/**
 * The ingestion endpoint of an integration, under the fixed key `dv_proc_ingestion`:
 * CIDR allow-list, request signing, throttle, mini-token, body limit and protobuf decoding.
 * Required: `cidr_ranges` has no default, so an install must say who may call it.
 *
 * @example
 * class MyIntegrationConfig extends config.Schema {
 *   integration = new config.IngestionEndpointConfig();
 * }
 * // install config: { dv_proc_ingestion: { cidr_ranges: ["203.0.113.0/24"], signing_key: "s3cret" } }
 */
export class IngestionEndpointConfig extends ObjectElement<IngestionFields, "Ingestion Endpoint", IngestionOptions> {
  constructor(options: PlatformOptions<ObjectOptions> = {}) {
    super("Ingestion Endpoint", ingestionFields(), {
      description: "Who may call this integration's endpoint, and how requests are checked.",
      ...options,
      // A typo in a security setting must fail loudly, not silently leave it at its default.
      additionalProperties: false,
      name: "dv_proc_ingestion",
    });
  }
}

/** The validated `dv_proc_ingestion` value the ingestion guards read. */
export type IngestionEndpointSettings = ValueOf<IngestionEndpointConfig>;
