// Errors of the payload codecs: a payload that cannot be decoded (the sender's fault) and a
// .proto schema that cannot be compiled (the install's configuration is wrong).

/** The payload bytes do not match the expected encoding; ingestion answers 4xx, not 5xx. */
export class PayloadUndecodableError extends Error {
  override readonly name = "PayloadUndecodableError";
  readonly code = "payload_undecodable";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A runtime .proto text (from an install's config) does not parse or does not resolve. */
export class ProtoSchemaError extends Error {
  override readonly name = "ProtoSchemaError";
  readonly code = "proto_schema_invalid";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
