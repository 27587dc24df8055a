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
