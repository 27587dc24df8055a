// Lists too large for one RPC value (≤ 32 MiB; values may be up to 1 MiB each) stream to the
// client as one JSON array, fetched from the Durable Object in byte-bounded parts.
import type { JsonPage } from "../../shared/json-page.ts";

/** Bytes of JSON asked for per part: well under the 32 MiB RPC limit. */
export const PART_BYTES = 8 * 1024 * 1024;

/**
 * The array of `first` and the parts `next(page)` returns after it, while a part says `more`.
 * The first part is already fetched, so a missing resource is still a clean 404 upstream.
 */
export function streamJsonArray(first: JsonPage, next: (previous: JsonPage) => Promise<JsonPage | null>): Response {
  if (!first.more) return jsonArray(first.items);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(`[${first.items}`));
      let page: JsonPage | null = first;
      while (page?.more) {
        page = await next(page);
        if (page && page.count > 0) controller.enqueue(encoder.encode(`,${page.items}`));
      }
      controller.enqueue(encoder.encode("]"));
      controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": "application/json" } });
}

function jsonArray(items: string): Response {
  return new Response(`[${items}]`, { headers: { "content-type": "application/json" } });
}
