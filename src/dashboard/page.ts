// The dashboard's HTML shell (`GET /dashboard`): a header, a flash line for gateway errors, and
// the main area the script (/dashboard.js) renders the routes into. The page's settings reach the
// script as attributes of <body> (dashboardPage): the map tiles' template and attribution.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>edgehook</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/dashboard.css">
<script type="module" src="/dashboard.js"></script>
</head>
<body{{BODY_ATTRS}}>
<header class="bar">
  <a class="brand" href="#/">edgehook</a>
  <nav aria-label="Main"><a href="#/">Devices</a></nav>
  <span class="spacer"></span>
  <span id="live" class="badge" data-tone="none" role="status" title="Live updates" data-testid="live">
    connecting</span>
  <button id="sign-out" type="button" class="quiet" hidden>Sign out</button>
</header>
<p id="flash" class="notice flash" role="status" aria-live="polite" hidden></p>
<main id="main" tabindex="-1"><noscript>The dashboard needs JavaScript.</noscript></main>
</body>
</html>
`;

/** The page's settings for the script: the track's map tiles (off when null). */
export interface PageSettings {
  tiles: { url: string; attribution: string } | null;
}

const escapeAttr = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The page with its settings as body attributes (`data-tile-url`, `data-tile-attribution`), escaped. */
export function dashboardPage(settings: PageSettings): string {
  const attrs = settings.tiles
    ? ` data-tile-url="${escapeAttr(settings.tiles.url)}" data-tile-attribution="${escapeAttr(settings.tiles.attribution)}"`
    : "";
  return PAGE.replace("{{BODY_ATTRS}}", () => attrs);
}
