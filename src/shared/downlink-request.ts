// The shape of a downlink request (`POST /api/agents/{id}/downlinks`, `api.sendDownlink`), checked
// once for both: exactly one of `data` (base64, kept as standard base64) and `payload` (an object),
// `f_port` 1–223 (LoRaWAN's application ports), `expires_at` an RFC 3339 time still to come.
import { z } from "zod";
import { decodeBase64, encodeBase64 } from "../codecs/base64.ts";
import type { QueuedDownlinkRequest } from "../contracts/downlink-records.ts";
import { isPlainObject, type Json } from "./merge-patch.ts";
import { exceedsUtf8 } from "./utf8.ts";

/** Largest `data` (decoded bytes) and `payload` (JSON text) a downlink may carry. */
export const MAX_DOWNLINK_BYTES = 4096;
export const MAX_DOWNLINK_PAYLOAD = 16 * 1024;

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function standardBase64(text: string): string | null {
  try {
    const bytes = decodeBase64(text);
    return bytes.byteLength > MAX_DOWNLINK_BYTES ? null : encodeBase64(bytes);
  } catch {
    return null;
  }
}

export const downlinkBody = z
  .object({
    f_port: z.number().int().min(1).max(223).optional(),
    data: z.string().optional(),
    payload: z.custom<Record<string, Json>>(isPlainObject, "must be a JSON object").optional(),
    confirmed: z.boolean().optional(),
    priority: z.enum(["LOW", "NORMAL", "HIGH"]).optional(),
    expires_at: z.string().regex(RFC3339, "must be an RFC 3339 date-time").optional(),
    replace: z.boolean().optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.data === undefined) === (body.payload === undefined))
      ctx.addIssue({ code: "custom", path: ["data"], message: "give exactly one of data and payload" });
    if (body.data !== undefined && standardBase64(body.data) === null)
      ctx.addIssue({
        code: "custom",
        path: ["data"],
        message: `must be base64 of at most ${MAX_DOWNLINK_BYTES} bytes`,
      });
    if (body.payload !== undefined && exceedsUtf8(JSON.stringify(body.payload), MAX_DOWNLINK_PAYLOAD))
      ctx.addIssue({
        code: "custom",
        path: ["payload"],
        message: `must be at most ${MAX_DOWNLINK_PAYLOAD} bytes of JSON (UTF-8)`,
      });
    if (body.expires_at !== undefined && !(Date.parse(body.expires_at) > Date.now()))
      ctx.addIssue({ code: "custom", path: ["expires_at"], message: "must be in the future" });
  });

export type DownlinkBody = z.output<typeof downlinkBody>;

/** A checked body as the queue takes it, under the id given. */
export function toQueuedRequest(id: string, body: DownlinkBody): QueuedDownlinkRequest {
  const data = body.data === undefined ? null : standardBase64(body.data);
  return {
    id,
    ...(body.f_port === undefined ? {} : { f_port: body.f_port }),
    ...(data === null ? {} : { data }),
    ...(body.payload === undefined ? {} : { payload: body.payload }),
    confirmed: body.confirmed ?? false,
    priority: body.priority ?? "NORMAL",
    expires_at: body.expires_at === undefined ? null : Date.parse(body.expires_at),
    replace: body.replace ?? false,
  };
}

/** The first problem of a body, named by its field (`data`, `f_port`, …), or null. */
export function downlinkBodyProblem(input: unknown): { field: string; detail: string } | null {
  const result = downlinkBody.safeParse(input);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join(".") || "body";
  return { field, detail: `${field}: ${issue?.message ?? "invalid"}` };
}
