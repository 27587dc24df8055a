// Errors an app's handler can raise on purpose; anything else thrown is `handler_failed`.

/** A write outside the install's extended permissions. Nothing of the invocation is committed. */
export class ForbiddenError extends Error {
  override readonly name = "ForbiddenError";
  readonly code = "forbidden";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
