// The control API's admin token for local runs: env EDGEHOOK_ADMIN_TOKEN when set, otherwise one
// generated on first start and kept (mode 0600) in .wrangler/state so restarts keep it. A new one:
// delete that file (or set the env) and restart; tokens made with the control API stay valid.
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { STATE_DIR } from "./server.mjs";

export const ADMIN_TOKEN_FILE = path.join(STATE_DIR, "edgehook-admin-token");

/** @returns {Promise<{ token: string, source: "env" | "file" | "generated" }>} */
export async function adminToken({ env = process.env, file = ADMIN_TOKEN_FILE } = {}) {
  const fromEnv = env.EDGEHOOK_ADMIN_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, source: "env" };
  try {
    const stored = (await readFile(file, "utf8")).trim();
    if (stored) return { token: stored, source: "file" };
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
  }
  const token = `eha_${randomBytes(32).toString("base64url")}`;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  await chmod(file, 0o600); // an existing empty file keeps its mode otherwise
  return { token, source: "generated" };
}

/**
 * Shorter than this, an admin token can be guessed, and it opens the whole control API. Warned
 * about, not refused (a local experiment may want "admin"); the worker warns too, once per
 * isolate (src/worker/http/bearer-auth.ts, same bound).
 */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

/** The warning for a short admin token, or null. */
export function adminTokenWarning(token) {
  if (token.length >= MIN_ADMIN_TOKEN_LENGTH) return null;
  return (
    `warning: EDGEHOOK_ADMIN_TOKEN has ${token.length} characters; use at least ${MIN_ADMIN_TOKEN_LENGTH} ` +
    "(e.g. `openssl rand -base64 32`): it opens the whole control API"
  );
}

/**
 * A shell line that sets EDGEHOOK_ADMIN_TOKEN in any shell, from any directory: it reads the file
 * by its absolute path, so the secret itself is not printed again.
 */
export function exportLine(file = ADMIN_TOKEN_FILE) {
  return `export EDGEHOOK_ADMIN_TOKEN="$(cat '${file.replaceAll("'", "'\\''")}')"`;
}
