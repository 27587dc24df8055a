// Deployment of processor installs running as this agent: `onDeployment` runs when an install is
// created and whenever its config changes (SPEC §6). The config each install was last deployed
// with is remembered by a fingerprint row, written once the deployment delivery was sent.
import type { ProcessorInstall } from "../processors/processor-installs.ts";
import type { DeliveryItem } from "../processors/delivery.ts";

export const DEPLOYED_SCHEMA =
  "CREATE TABLE IF NOT EXISTS deployed (install_id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL) WITHOUT ROWID;";

/** FNV-1a of the config's JSON: enough to notice a change (not a security boundary). */
function fingerprint(config: Record<string, unknown>): string {
  const text = JSON.stringify(config);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${h.toString(16)}-${text.length}`;
}

export class Deployments {
  readonly #deployed = new Map<string, string>();

  constructor(private readonly sql: SqlStorage) {
    sql.exec(DEPLOYED_SCHEMA);
    for (const row of sql.exec<{ install_id: string; fingerprint: string }>(
      "SELECT install_id, fingerprint FROM deployed",
    ))
      this.#deployed.set(row.install_id, row.fingerprint);
  }

  /** Deliveries for the installs whose config was not deployed yet; forgets removed installs. */
  pending(own: ProcessorInstall[], agentId: string): DeliveryItem[] {
    const ids = new Set(own.map((i) => i.install_id));
    for (const id of this.#deployed.keys())
      if (!ids.has(id)) {
        this.sql.exec("DELETE FROM deployed WHERE install_id = ?", id);
        this.#deployed.delete(id);
      }
    return own
      .filter((install) => this.#deployed.get(install.install_id) !== fingerprint(install.config))
      .map((install) => ({
        install_id: install.install_id,
        // Unique per deployment (a config changed back is deployed again); a re-send of the same
        // delivery keeps its key.
        key: `deploy:${install.install_id}:${fingerprint(install.config)}:${Date.now()}`,
        agent_id: agentId,
        attempts: 0,
        event: {
          type: "deployment" as const,
          reason: this.#deployed.has(install.install_id) ? ("config" as const) : ("install" as const),
        },
      }));
  }

  /** The deliveries were sent: remember what was deployed. */
  sent(items: DeliveryItem[], own: ProcessorInstall[]): void {
    for (const item of items) {
      const install = own.find((i) => i.install_id === item.install_id);
      if (!install) continue;
      const fp = fingerprint(install.config);
      this.sql.exec("INSERT OR REPLACE INTO deployed (install_id, fingerprint) VALUES (?, ?)", item.install_id, fp);
      this.#deployed.set(item.install_id, fp);
    }
  }
}
