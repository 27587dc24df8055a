// Turns an RPC Outcome (expected failures as values) into a value or a problem+json error.
import type { Outcome } from "../../shared/channel-types.ts";
import { ProblemError } from "../../shared/problem.ts";

export function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new ProblemError(outcome.status, outcome.code, outcome.detail);
}
