// The dashboard's map tiles (issue 23): DASHBOARD_TILE_URL, an XYZ template such as
// `https://tile.openstreetmap.org/{z}/{x}/{y}.png`, and DASHBOARD_TILE_ATTRIBUTION, the text shown
// under the map. Empty (the default): no tiles, and the page's policy allows no other origin. A
// template that is not usable is ignored with a warning in the worker's log, never an error page:
// it must be https (http only on localhost or 127.x.x.x, for a local tile server), name {z}, {x} and {y},
// hold them after the host, carry no credentials and no other {placeholder} (`{s}` subdomains are
// not expanded: give one host).

export interface TileSettings {
  /** The template as configured. */
  url: string;
  /** Its origin, the one the page's img-src allows besides its own. */
  origin: string;
  attribution: string;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3})$/i;
const MAX_TEMPLATE = 2048;
const MAX_ATTRIBUTION = 300;

/** Why a template cannot be used, or null when it can. */
export function tileTemplateProblem(template: string): string | null {
  if (template.length > MAX_TEMPLATE) return `longer than ${MAX_TEMPLATE} characters`;
  if (/[\s"'<>\\]/.test(template)) return "contains spaces, quotes, angle brackets or backslashes";
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(template)?.[1] ?? "";
  if (/[{}]/.test(authority)) return "has a placeholder in its host ({s} subdomains are not expanded: give one host)";
  let url: URL;
  try {
    url = new URL(template);
  } catch {
    return "not an absolute URL";
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.test(url.hostname)))
    return "not https (http is allowed only for localhost and 127.x.x.x)";
  if (url.username || url.password) return "carries credentials";
  // The origin goes into the page's Content-Security-Policy as it is: a plain host name or address.
  if (!/^[a-z0-9.-]+(:\d+)?$/i.test(url.host))
    return `has a host (${url.host}) that is not a plain name or IPv4 address`;
  for (const name of ["{z}", "{x}", "{y}"]) if (!template.includes(name)) return `does not contain ${name}`;
  const other = template.replace(/\{[zxy]\}/g, "").match(/\{[^}]*\}?/);
  if (other) return `has ${other[0]}, which is not expanded (only {z}, {x} and {y} are)`;
  return null;
}

/** The tile settings of env, or null when off (empty) or unusable (a warning logged). */
export function tileSettings(env: {
  DASHBOARD_TILE_URL?: string;
  DASHBOARD_TILE_ATTRIBUTION?: string;
}): TileSettings | null {
  const url = String(env.DASHBOARD_TILE_URL ?? "").trim();
  if (!url) return null;
  const problem = tileTemplateProblem(url);
  if (problem) {
    console.warn(`DASHBOARD_TILE_URL ignored (${problem}): the dashboard draws tracks without tiles`);
    return null;
  }
  const attribution = String(env.DASHBOARD_TILE_ATTRIBUTION ?? "")
    .trim()
    .slice(0, MAX_ATTRIBUTION);
  return { url, origin: new URL(url).origin, attribution };
}
