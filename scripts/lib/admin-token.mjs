// The control API's admin token for local runs: env EDGEHOOK_ADMIN_TOKEN when set, otherwise one
// generated on first start and kept (mode 0600) in .wrangler/state so restarts keep it.
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
