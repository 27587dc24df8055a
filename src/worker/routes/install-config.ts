// An install's config: validated against its app's schema (422 `validation_failed` naming the
// field), plus the checks a schema cannot express (a runtime .proto must compile).
import type { AppClass } from "../../sdk/application.ts";
import { ProtoSchemaError } from "../../codecs/errors.ts";
import { compileProto } from "../../codecs/protobuf.ts";
import { ProblemError } from "../../shared/problem.ts";

export function validConfig(app: AppClass, input: unknown): Record<string, unknown> {
  const result = app.configSchema.validate(input);
  const errors = result.ok ? protoProblems(result.value as Record<string, unknown>) : result.errors;
  if (result.ok && errors.length === 0) return result.value as Record<string, unknown>;
  const first = errors[0];
  throw new ProblemError(422, "validation_failed", errors.map((e) => `${at(e.field)}: ${e.message}`).join("; "), {
    extra: {
      field: first ? at(first.field) : "config",
      errors: errors.map((e) => ({ field: at(e.field), message: e.message })),
    },
  });
}

/** The request's name of a config field: `config.<path>`, or `config` for the whole (its size). */
const at = (field: string): string => (field === "" ? "config" : `config.${field}`);

/** A runtime .proto must compile and name its message type now, not fail on every payload later. */
function protoProblems(config: Record<string, unknown>): { field: string; message: string }[] {
  const ingestion = config.dv_proc_ingestion as { proto_schema?: string; proto_message?: string } | undefined;
  if (!ingestion?.proto_schema && !ingestion?.proto_message) return [];
  if (!ingestion.proto_schema || !ingestion.proto_message)
    return [
      {
        field: `dv_proc_ingestion.${ingestion.proto_schema ? "proto_message" : "proto_schema"}`,
        message: "proto_schema and proto_message go together",
      },
    ];
  try {
    const schema = compileProto(ingestion.proto_schema);
    schema.plan(ingestion.proto_message);
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const field =
      error instanceof ProtoSchemaError && message.startsWith("no message type") ? "proto_message" : "proto_schema";
    return [{ field: `dv_proc_ingestion.${field}`, message }];
  }
}

export const hasIngestion = (app: AppClass): boolean => {
  const props = app.configSchema.toJsonSchema().properties;
  return typeof props === "object" && props !== null && "dv_proc_ingestion" in props;
};
export const miniTokenOn = (config: Record<string, unknown>): boolean =>
  (config.dv_proc_ingestion as { mini_token?: unknown } | undefined)?.mini_token === true;
export const neverReplace = (config: Record<string, unknown>): boolean =>
  (config.dv_proc_ingestion as { never_replace_token?: unknown } | undefined)?.never_replace_token === true;
