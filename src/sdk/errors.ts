// Errors an app's handler can raise on purpose; anything else thrown is `handler_failed`.

/** A write outside the install's extended permissions. Nothing of the invocation is committed. */
export class ForbiddenError extends Error {
  override readonly name = "ForbiddenError";
  readonly code = "forbidden";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Throw it from a handler (or a payload parser) for input of the wrong shape: 422, never retried. */
export { PayloadUndecodableError } from "../codecs/errors.ts";

/**
 * A processor published to the channel that invoked it (SPEC §6: only its own keys of `tag_values`
 * may be written back there). Thrown at the call; the delivery fails and nothing of it commits.
 */
export class GuardError extends Error {
  override readonly name = "GuardError";
  readonly code = "guard_violation";
  constructor(message: string) {
    super(message);
  }
}
