// zod shapes of data-plane requests, shared by the routes.
import { z } from "zod";
import { isPlainObject, type Json } from "../../shared/merge-patch.ts";
import { CHANNEL_NAME, MESSAGE_PAGE_DEFAULT, MESSAGE_PAGE_MAX } from "../../shared/channel-types.ts";
import { isSnowflakeText, SNOWFLAKE_EPOCH_MS } from "../../shared/snowflake.ts";

// Bodies come from JSON.parse, so any value is already JSON: checking the tree again per request
// would only cost time on the hot path. Only the top-level shape needs checking.
export const jsonValue = z.custom<Json>((value) => value !== undefined, "must be a JSON value");
export const jsonObject = z.custom<Record<string, Json>>(isPlainObject, "must be a JSON object");

export const channelName = z.string().regex(CHANNEL_NAME, "channel names are 1–128 of A-Z a-z 0-9 _ . : -");

const snowflakeParam = z.string().refine(isSnowflakeText, "must be a message id (decimal snowflake)");

export const messageCreate = z.object({
  data: jsonValue,
  // Ids count milliseconds from the snowflake epoch (2025-01-01): an earlier `ts` (often one sent
  // in seconds) cannot be an id.
  ts: z.number().int().min(SNOWFLAKE_EPOCH_MS, "must be epoch milliseconds, not before 2025-01-01").optional(),
});

/** The platform's clients wrap an update's data: `{"data": {...}}`. */
export const messageUpdate = z.object({ data: jsonValue });

export const messagePage = z
  .object({
    before: snowflakeParam.optional(),
    after: snowflakeParam.optional(),
    limit: z
      .string()
      .regex(/^\d+$/, "must be a positive integer")
      .transform(Number)
      .pipe(z.number().int().min(1).max(MESSAGE_PAGE_MAX, `must be at most ${MESSAGE_PAGE_MAX}`))
      .optional(),
  })
  .transform((q) => ({ ...q, limit: q.limit ?? MESSAGE_PAGE_DEFAULT }));

export const aggregateQuery = z.object({
  log_update: z.enum(["true", "false"]).optional(),
  suppress_response: z.enum(["true", "false"]).optional(),
});

/** Most downlinks one list answers (the agent keeps about that many: src/agent/downlink-store.ts). */
export const DOWNLINK_PAGE_MAX = 100;

export const downlinkPage = z.object({
  limit: z.coerce.number().int().min(1).max(DOWNLINK_PAGE_MAX).default(DOWNLINK_PAGE_MAX),
});
