// `config.ChannelName`: a string that must be a valid channel name, so a config naming a channel
// the runtime would refuse to write fails at install (422) instead of on every event (500).

import { CHANNEL_NAME } from "../../shared/channel-types.ts";
import { StringElement, type StringOptions } from "./scalars.ts";
import type { ConfigIssue } from "./types.ts";

/** Options of `config.ChannelName`: a String's, less the rules the channel-name rule fixes. */
export type ChannelNameOptions = Omit<StringOptions, "pattern" | "minLength" | "maxLength">;

const RULE = "must be a channel name: 1 to 128 characters of A-Z a-z 0-9 _ . : -";

/**
 * The name of a channel (`CHANNEL_NAME`: 1–128 of `A-Za-z0-9_.:-`), exported in JSON Schema as a
 * string with that `pattern`.
 *
 * @example
 * class MyConfig extends config.Schema {
 *   auditChannel = new config.ChannelName("Audit Channel", { default: "my_audit" });
 * }
 * // install config { audit_channel: "bad/name" } → 422 validation_failed, field config.audit_channel
 */
export class ChannelNameElement<
  const N extends string = string,
  const O extends ChannelNameOptions = {},
> extends StringElement<N, O & { readonly pattern: string }> {
  constructor(displayName: N, options?: O) {
    super(displayName, { ...(options ?? ({} as O)), pattern: CHANNEL_NAME.source });
  }

  override check(input: unknown, path: string, issues: ConfigIssue[]): unknown {
    // The rule in words rather than as the regular expression StringElement would quote.
    if (typeof input === "string" && !CHANNEL_NAME.test(input)) {
      issues.push({ field: path, message: RULE });
      return input;
    }
    return super.check(input, path, issues);
  }
}
