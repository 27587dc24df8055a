// Data plane: a channel's history over a time range (issue 23, docs/wire.md "History: series and
// export"): one field as a time series, and every message as NDJSON or CSV, streamed.
import { Hono } from "hono";
import { zValidator } from "@hono/zod-validator";
import type { z } from "zod";
import type { ColumnsPage, ExportFormat, ExportPage, HistoryRange } from "../../contracts/history-records.ts";
import { agentStub, type AgentApi } from "../../contracts/stubs.ts";
import type { Outcome } from "../../shared/channel-types.ts";
import { MAX_CSV_COLUMNS } from "../../shared/history-limits.ts";
import { notFound, ProblemError } from "../../shared/problem.ts";
import type { AppEnv } from "../http/app-env.ts";
import { PART_BYTES } from "../http/json-stream.ts";
import { channelParam } from "./channels.ts";
import { exportQuery, invalid, parseRange, parseSeries, seriesQuery } from "./history-query.ts";
import { CSV_FIXED, csvField, csvLine } from "../../shared/history-csv.ts";

export const history = new Hono<AppEnv>();

/** Query shape errors (a missing `field`, a bad `format`) are 422s naming the parameter too. */
function query<S extends z.ZodType>(schema: S) {
  return zValidator("query", schema, (result) => {
    if (!result.success) {
      const issue = result.error.issues[0];
      throw invalid(String(issue?.path[0] ?? "query"), issue?.message ?? "invalid");
    }
  });
}

/** An RPC outcome; a refusal's detail starts with the parameter it names. */
function value<T>(outcome: Outcome<T> | null, channel: string): T {
  if (outcome === null) throw notFound(`channel ${channel}`);
  if (outcome.ok) return outcome.value;
  const param = /^(\w+):/.exec(outcome.detail)?.[1];
  throw new ProblemError(outcome.status, outcome.code, outcome.detail, param ? { extra: { field: param } } : {});
}

history.get("/channels/:channel/series", query(seriesQuery), async (c) => {
  const name = channelParam(c);
  const q = parseSeries(c.req.valid("query"));
  const stub = agentStub(c.env, c.get("agent").id);
  const answer = value(
    await stub.series(name, {
      from: q.from,
      to: q.to,
      field: q.field,
      bucket_ms: q.bucket_ms,
      after: q.after,
      limit: q.limit,
    }),
    name,
  );
  const head =
    q.bucket === null
      ? `{"field":${JSON.stringify(q.field)},"points":`
      : `{"field":${JSON.stringify(q.field)},"bucket":${JSON.stringify(q.bucket)},"points":`;
  const tail = q.bucket === null ? `,"next":${JSON.stringify(answer.next)}}` : "}";
  const headers: Record<string, string> = { "content-type": "application/json" };
  // Rows read, for `npm run bench` only (a var the bench server sets; never in production).
  if (Reflect.get(c.env, "EDGEHOOK_BENCH_ROWS") === "on") headers["x-edgehook-rows-read"] = String(answer.rows_read);
  return new Response(`${head}${answer.points}${tail}`, { headers });
});

const TYPES: Record<ExportFormat, string> = {
  ndjson: "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
};

const stamp = (ms: number): string => new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");

history.get("/channels/:channel/export", query(exportQuery), async (c) => {
  const agent = c.get("agent");
  const name = channelParam(c);
  const q = c.req.valid("query");
  const range = parseRange(q);
  const format = q.format ?? "ndjson";
  const stub = agentStub(c.env, agent.id);
  const columns = format === "csv" ? await csvColumns(stub, name, range) : null;
  const part = (after: string | null) => stub.exportPart(name, { ...range, format, columns, after }, PART_BYTES);
  // The first part before the answer starts: a missing channel is still a clean 404.
  let page: ExportPage = value(await part(null), name);
  const encoder = new TextEncoder();
  let header = columns === null ? "" : csvLine([...CSV_FIXED, ...columns].map(csvField));
  const body = new ReadableStream<Uint8Array>({
    // One part per pull: the stream asks for the next only when the client has taken the last.
    async pull(controller) {
      const current = page;
      controller.enqueue(encoder.encode(header + current.text));
      header = "";
      if (!current.more || current.last === null) return controller.close();
      page = value(await part(current.last), name);
    },
  });
  const filename = `${agent.id}_${name.replace(/[^A-Za-z0-9_.-]/g, "_")}_${stamp(range.from)}_${stamp(range.to)}.${format}`;
  return new Response(body, {
    headers: { "content-type": TYPES[format], "content-disposition": `attachment; filename="${filename}"` },
  });
});

/** The `data.*` columns of the whole range, first seen first: a pass in parts before any row. */
async function csvColumns(stub: AgentApi, name: string, range: HistoryRange): Promise<string[]> {
  const seen = new Set<string>();
  let after: string | null = null;
  do {
    const page: ColumnsPage = value(await stub.exportColumns(name, range, after), name);
    for (const column of page.columns) seen.add(column);
    if (seen.size > MAX_CSV_COLUMNS)
      throw invalid("format", `more than ${MAX_CSV_COLUMNS} data columns; use format=ndjson`);
    after = page.next;
  } while (after !== null);
  return [...seen];
}
