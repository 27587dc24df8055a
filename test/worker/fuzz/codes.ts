/// <reference types="vite/client" />
// The problem `code`s the codebase can answer with, collected from its own source (every
// ProblemError / problemResponse / fail / problem call and error class `code`), so the fuzz
// oracle's set follows the code instead of a hand-kept list that would drift.

const sources = import.meta.glob(["../../../src/**/*.ts", "../../../durable-objects/*.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

const PATTERNS = [
  // ProblemError(400, "code", …), problemResponse(404, "code", …), fail(409, "code", …),
  // problem(422, "code", …), fail("code", …) (signature results), badRequest("…", "code").
  /\b(?:ProblemError|problemResponse|fail|problem)\(\s*(?:\d{3}\s*,\s*)?"([a-z][a-z0-9_]*)"/g,
  /\bbadRequest\([^;]*?,\s*"([a-z][a-z0-9_]*)"\s*\)/g,
  // readonly code = "…" (error classes), code = "bad_request" (a parameter default).
  /\bcode\s*=\s*"([a-z][a-z0-9_]*)"/g,
];

function collect(): Set<string> {
  const codes = new Set<string>();
  for (const [path, text] of Object.entries(sources)) {
    for (const pattern of PATTERNS) for (const m of text.matchAll(pattern)) if (m[1]) codes.add(m[1]);
    // onError maps Hono's own HTTPExceptions to codes in a conditional expression.
    if (path.endsWith("/http/problem.ts"))
      for (const m of text.matchAll(/\?\s*"([a-z][a-z0-9_]*)"\s*:\s*(?:[^;]*?"([a-z][a-z0-9_]*)")?/g))
        for (const code of [m[1], m[2]]) if (code) codes.add(code);
  }
  return codes;
}

/** Every code a problem+json answer of this codebase may carry. */
export const KNOWN_CODES: ReadonlySet<string> = collect();

/** How many source files were scanned (a glob that matched nothing would make the set empty). */
export const SCANNED_FILES = Object.keys(sources).length;
