// JSON responses for values whose types are recursive (Json): Hono's typed c.json would try to
// expand them at compile time and give up.

export function jsonResponse(value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}
