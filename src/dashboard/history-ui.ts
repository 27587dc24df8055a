// Browser JS of the dashboard (a string, part of /dashboard.js): the device page's History panel
// (issue 23). A chart for each numeric tag and, for a device with a position tag, its track — both
// read from the series API on `tag_values` (`GET …/channels/tag_values/series?field=<app>.<tag>`,
// docs/wire.md), each merge being one logged message. Range buttons (hour, day, week, month)
// refetch with the range's bucket; uplinks arriving over the gateway (an AggregateUpdate's
// `request_data`, the merge patch) are folded into the last bucket without refetching. Geometry
// comes from chart.ts; this part only builds SVG elements (createElementNS, text as textContent).
// The track is drawn on its own (no tile server, no request leaves this origin) unless the page
// was given a tile template (DASHBOARD_TILE_URL, body data-tile-url): then on map tiles beneath
// the polyline, placed by tiles.ts, with the provider's attribution under the map.
// Kept free of backticks and dollar-brace: the code is a String.raw template.
export const HISTORY_JS = String.raw`
const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element with attributes and children (text children become text nodes). */
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) if (value !== undefined && value !== null) el.setAttribute(key, String(value));
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** The exact time of a point, to the second, in the reader's locale. */
function fullTime(ms) {
  return new Date(ms).toLocaleString(undefined, {
    year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit",
  });
}

/** The map tiles the page was given ({url, attribution}), or null: the track is drawn on its own. */
function tileSettings() {
  const data = document.body ? document.body.dataset : {};
  return data.tileUrl ? { url: data.tileUrl, attribution: data.tileAttribution || "" } : null;
}

/** Tags worth a chart: numbers that are not times ("app.tag" paths), and the first position tag. */
function historyTargets(tags) {
  const charts = [];
  let track = null;
  for (const [appKey, values] of Object.entries(tags || {})) {
    if (!isPlain(values)) continue;
    for (const [tag, v] of Object.entries(values)) {
      if (typeof v === "number" && Number.isFinite(v) && timeOf(tag, v) === null) charts.push({ appKey, tag, path: appKey + "." + tag });
      else if (!track && positionOf(v)) {
        const latKey = typeof v.lat === "number" ? "lat" : "latitude";
        const lonKey = typeof v.lon === "number" ? "lon" : typeof v.lng === "number" ? "lng" : "longitude";
        track = { appKey, tag, path: appKey + "." + tag, latKey, lonKey };
      }
    }
  }
  return { charts, track };
}

/** ctx: {agentId, appName(appKey), units() ("app.tag" → unit)}. Returns {el, tags(all), take(patch), leave()}. */
function historyPanel(ctx) {
  let range = HISTORY_RANGES[1];
  let left = false;
  const view = { from: 0, to: 0 };
  const charts = new Map();
  let track = null;
  const note = h("p", { class: "notice", role: "status", "aria-live": "polite", "data-testid": "history-notice" });
  const chartsBox = h("div", { class: "charts", "data-testid": "history-charts" });
  const trackBox = h("div", { class: "track-slot" });
  const empty = h("p", { class: "muted", "data-testid": "history-none" }, "No numeric tags yet.");
  const buttons = HISTORY_RANGES.map((r) =>
    h("button", { type: "button", class: "quiet", "aria-pressed": String(r === range), "data-testid": "history-range-" + r.key, onclick: () => choose(r) }, r.label),
  );
  const ranges = h("div", { class: "ranges", role: "group", "aria-label": "Range" }, buttons);
  const body = h("div", { class: "history" }, note, empty, chartsBox, trackBox);
  const series = (path, bucket) =>
    api(
      "GET",
      "/api/agents/" + ctx.agentId + "/channels/tag_values/series?field=" + encodeURIComponent(path) +
        "&from=" + view.from + "&to=" + view.to + "&bucket=" + bucket,
    ).then((answer) => (answer && Array.isArray(answer.points) ? answer.points : []));
  const unitOf = (path) => unitFor(path, ctx.units());
  /** A value as the tags show it, averages to four significant digits ("46.17%", not "46.167%"). */
  const fmt = (path) => (v) => withUnit(Number.isInteger(v) || Math.abs(v) >= 1000 ? Math.round(v) : Number(v.toPrecision(4)), unitOf(path));
  const phone = () => matchMedia("(max-width: 600px)").matches;

  function choose(r) {
    if (r === range) return;
    range = r;
    buttons.forEach((b, i) => b.setAttribute("aria-pressed", String(HISTORY_RANGES[i] === r)));
    reload();
  }
  function reload() {
    view.to = Date.now();
    view.from = view.to - range.span;
    note.textContent = "";
    for (const chart of charts.values()) load(chart);
    if (track) loadTrack(track);
  }
  /** A live reading moves the window's end to now; buckets now out of the window drop off. */
  function slide() {
    view.to = Date.now();
    view.from = view.to - range.span;
  }
  function failed(error) {
    return error.status === 404 || error.status === 405 ? "History is not available here (" + error.message + ")." : error.message;
  }

  function makeChart(target) {
    const tid = "chart-" + target.appKey + "-" + target.tag;
    const label = ctx.appName(target.appKey) + " \u00b7 " + labelOf(target.tag);
    const latest = h("span", { class: "num latest", "data-testid": tid + "-latest" });
    const box = h("div", { class: "chart-box" });
    const readout = h("p", { class: "readout", "aria-live": "off", "data-testid": tid + "-readout" });
    const name = h("span", { title: target.path }, label);
    const el = h("figure", { class: "chart", "data-testid": tid, "data-state": "loading" }, h("figcaption", {}, name, latest), box, readout);
    return { ...target, tid, label, name, el, box, readout, latest, points: [], gen: 0, pending: null, problem: null, drawnWidth: 0 };
  }
  function load(chart) {
    const gen = ++chart.gen;
    chart.pending = [];
    chart.problem = null;
    chart.el.dataset.state = "loading";
    chart.el.dataset.bucket = range.bucket;
    series(chart.path, range.bucket)
      .then((points) => {
        if (left || gen !== chart.gen) return;
        chart.points = points;
        const bucket = bucketMs(range.bucket);
        // Readings that arrived while asking: the answer has those of buckets it already holds.
        for (const p of chart.pending) if (!points.length || Math.floor(p.t / bucket) * bucket > points[points.length - 1].t) foldSample(chart.points, p.t, p.v, bucket);
        chart.pending = null;
        chart.el.dataset.state = chart.points.length ? "ready" : "empty";
        draw(chart);
      })
      .catch((error) => {
        if (left || gen !== chart.gen) return;
        chart.pending = null;
        chart.points = [];
        chart.el.dataset.state = "error";
        chart.problem = failed(error);
        draw(chart);
      });
  }
  function draw(chart) {
    const problem = chart.problem;
    const width = Math.max(160, Math.round(chart.box.clientWidth || 300));
    const height = Math.max(80, Math.round(chart.box.clientHeight || 140));
    chart.drawnWidth = width;
    const bucket = bucketMs(range.bucket);
    const model = chartModel(chart.points, { from: view.from, to: view.to, width, height, bucket, band: range.band, format: fmt(chart.path) });
    const pts = model.points;
    chart.el.dataset.points = String(pts.length);
    chart.el.dataset.n = String(pts.reduce((sum, p) => sum + (p.n || 1), 0));
    const last = pts[pts.length - 1];
    chart.el.dataset.last = last ? String(typeof last.last === "number" ? last.last : pointValue(last)) : "";
    chart.el.dataset.lastT = last ? String(last.t) : "";
    const p = model.plot;
    const grid = s("g", { class: "grid" }, model.yTicks.map((tick) => s("line", { x1: p.left, x2: p.right, y1: tick.y, y2: tick.y })));
    const yAxis = s("g", { class: "axis y" }, model.yTicks.map((tick) => s("text", { x: p.left - 4, y: tick.y + 3, "text-anchor": "end" }, tick.label)));
    const xAxis = s("g", { class: "axis x" }, model.xTicks.map((tick) => s("text", { x: tick.x, y: height - 4, "text-anchor": "middle" }, tick.label)));
    const guide = s("line", { class: "guide", y1: p.top, y2: p.bottom, visibility: "hidden" });
    const mark = s("circle", { class: "mark", r: 3.5, visibility: "hidden" });
    const what = problem || (pts.length ? null : "No readings in this range.");
    const svg = s(
      "svg",
      {
        width, height, viewBox: "0 0 " + width + " " + height, role: "img",
        "aria-label": chart.label + ", last " + range.label.toLowerCase() + ": " + (what || pts.length + " points"),
      },
      grid,
      s("line", { class: "baseline", x1: p.left, x2: p.right, y1: p.bottom, y2: p.bottom }),
      yAxis,
      xAxis,
      model.band ? s("path", { class: "band", d: model.band }) : null,
      model.line ? s("path", { class: "line", d: model.line }) : null,
      model.dots.map((d) => s("circle", { class: "dot", cx: d.x, cy: d.y, r: 2.2 })),
      what ? s("text", { class: "empty", x: (p.left + p.right) / 2, y: (p.top + p.bottom) / 2, "text-anchor": "middle" }, what) : null,
      guide,
      mark,
    );
    const show = (i) => {
      if (i < 0) {
        guide.setAttribute("visibility", "hidden");
        mark.setAttribute("visibility", "hidden");
        return readingOf(chart, last);
      }
      for (const el of [guide, mark]) el.setAttribute("visibility", "visible");
      guide.setAttribute("x1", model.xs[i]);
      guide.setAttribute("x2", model.xs[i]);
      mark.setAttribute("cx", model.xs[i]);
      mark.setAttribute("cy", model.ys[i]);
      readingOf(chart, pts[i]);
    };
    svg.addEventListener("pointermove", (e) => show(nearestIndex(model.xs, e.clientX - svg.getBoundingClientRect().left)));
    svg.addEventListener("pointerleave", () => show(-1));
    chart.box.replaceChildren(svg);
    show(-1);
  }
  /** The readout under a chart: a point's exact time and value (with min, max, count for a bucket). */
  function readingOf(chart, p) {
    chart.readout.dataset.t = p ? String(p.t) : "";
    if (!p) return (chart.readout.textContent = "");
    const f = fmt(chart.path);
    const n = p.n || 1;
    const value = n > 1 && typeof p.avg === "number"
      ? "avg " + f(p.avg) + " \u00b7 min " + f(p.min) + " \u00b7 max " + f(p.max) + " \u00b7 " + n + " readings"
      : f(typeof p.last === "number" ? p.last : pointValue(p));
    const bucket = bucketMs(range.bucket);
    const when = bucket > 60000 ? fullTime(p.t) + " \u2013 " + fullTime(p.t + bucket) : fullTime(p.t);
    chart.readout.textContent = when + " \u00b7 " + value;
  }

  function makeTrack(target) {
    const tid = "track-" + target.appKey + "-" + target.tag;
    const caption = h("span", { class: "muted", "data-testid": tid + "-caption" });
    const box = h("div", { class: "track-box" });
    const name = h("span", { title: target.path });
    const tiles = tileSettings();
    const attribution = tiles && tiles.attribution ? h("p", { class: "muted track-attribution", "data-testid": tid + "-attribution" }, tiles.attribution) : null;
    const el = h("figure", { class: "track", "data-testid": tid, "data-state": "loading", "data-tiles": tiles ? "on" : "off" }, h("figcaption", {}, name, caption), box, attribution);
    return { ...target, tid, el, box, name, caption, tiles, lat: [], lon: [], gen: 0, pending: null, problem: null, drawnWidth: 0 };
  }
  function loadTrack(t) {
    const gen = ++t.gen;
    t.pending = [];
    t.problem = null;
    t.el.dataset.state = "loading";
    t.el.dataset.bucket = range.track;
    Promise.all([series(t.path + "." + t.latKey, range.track), series(t.path + "." + t.lonKey, range.track)])
      .then(([lat, lon]) => {
        if (left || gen !== t.gen) return;
        t.lat = lat;
        t.lon = lon;
        const pending = t.pending;
        t.pending = null;
        for (const p of pending) foldFix(t, p);
        t.el.dataset.state = joinTrack(t.lat, t.lon).length ? "ready" : "empty";
        drawTrack(t);
      })
      .catch((error) => {
        if (left || gen !== t.gen) return;
        t.pending = null;
        t.lat = [];
        t.lon = [];
        t.el.dataset.state = "error";
        t.problem = failed(error);
        drawTrack(t);
      });
  }
  function foldFix(t, fix) {
    const bucket = bucketMs(range.track);
    foldSample(t.lat, fix.t, fix.lat, bucket);
    foldSample(t.lon, fix.t, fix.lon, bucket);
  }
  function drawTrack(t) {
    const problem = t.problem;
    const width = Math.max(160, Math.round(t.box.clientWidth || 300));
    const height = Math.max(120, Math.round(t.box.clientHeight || 240));
    t.drawnWidth = width;
    const fixes = joinTrack(t.lat, t.lon).filter((f) => f.t >= Math.floor(view.from / bucketMs(range.track)) * bucketMs(range.track));
    const tiled = t.tiles && fixes.length > 0;
    const model = tiled ? tileTrackModel(fixes, { width, height, pad: 14, template: t.tiles.url }) : trackModel(fixes, { width, height, pad: 14 });
    t.el.dataset.points = String(model.count);
    if (tiled) t.el.dataset.zoom = String(model.zoom);
    else delete t.el.dataset.zoom;
    const across = model.acrossM === null ? "" : model.acrossM >= 2000 ? " \u00b7 \u2248 " + (model.acrossM / 1000).toFixed(1) + " km across" : " \u00b7 \u2248 " + model.acrossM + " m across";
    t.caption.textContent = problem || (model.count ? model.count + (model.count === 1 ? " position" : " positions") + across : "No positions in this range.");
    const first = fixes[0];
    const last = fixes[fixes.length - 1];
    const svg = s(
      "svg",
      { width, height, viewBox: "0 0 " + width + " " + height, role: "img", class: tiled ? "tiled" : null, "aria-label": "Track over the last " + range.label.toLowerCase() + ": " + t.caption.textContent },
      s("rect", { class: "track-bg", x: 0, y: 0, width, height, rx: 6 }),
      tiled ? s("g", { class: "tiles", "data-testid": t.tid + "-tiles" }, model.tiles.map((tile) =>
        s("image", { href: tile.href, x: tile.px, y: tile.py, width: TILE_SIZE, height: TILE_SIZE, "data-tile": tile.z + "/" + tile.x + "/" + tile.y }),
      )) : null,
      tiled && model.count > 1 ? s("polyline", { class: "track-casing", points: model.points }) : null,
      model.count > 1 ? s("polyline", { class: "track-line", points: model.points }) : null,
      model.start ? s("circle", { class: "track-start", cx: model.start.x, cy: model.start.y, r: 5, "data-testid": t.tid + "-start" }, s("title", {}, "Start: " + fullTime(first.t) + " \u00b7 " + first.lat.toFixed(5) + ", " + first.lon.toFixed(5))) : null,
      model.end ? s("circle", { class: "track-end", cx: model.end.x, cy: model.end.y, r: 6, "data-testid": t.tid + "-end" }, s("title", {}, "Latest: " + fullTime(last.t) + " \u00b7 " + last.lat.toFixed(5) + ", " + last.lon.toFixed(5))) : null,
      s("text", { class: "north", x: width - 10, y: 16, "text-anchor": "middle" }, "N\u2191"),
    );
    t.box.replaceChildren(svg);
  }

  // Redraw at the new width when the layout changes (a phone turned, a window resized).
  let frame = 0;
  const resized = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      for (const chart of charts.values()) if (chart.pending === null && Math.round(chart.box.clientWidth) !== chart.drawnWidth) draw(chart);
      if (track && track.pending === null && Math.round(track.box.clientWidth) !== track.drawnWidth) drawTrack(track);
    });
  });
  resized.observe(body);

  return {
    el: body,
    ranges,
    /** The device's whole tag_values: a chart appears for each new numeric tag, the track for a position. */
    tags(all) {
      if (!view.to) {
        view.to = Date.now();
        view.from = view.to - range.span;
      }
      const found = historyTargets(all);
      const wanted = new Set(found.charts.map((c) => c.path));
      for (const [path, chart] of charts) if (!wanted.has(path)) {
        chart.el.remove();
        charts.delete(path);
      }
      for (const target of found.charts) {
        const chart = charts.get(target.path);
        if (chart) {
          chart.label = ctx.appName(target.appKey) + " \u00b7 " + labelOf(target.tag);
          chart.name.textContent = chart.label;
          chart.latest.textContent = withUnit(all[target.appKey][target.tag], unitOf(target.path));
          continue;
        }
        const made = makeChart(target);
        made.latest.textContent = withUnit(all[target.appKey][target.tag], unitOf(target.path));
        charts.set(target.path, made);
        chartsBox.append(made.el);
        load(made);
      }
      empty.hidden = charts.size > 0 || found.track !== null;
      if (found.track && (!track || track.path !== found.track.path)) {
        track = makeTrack(found.track);
        trackBox.replaceChildren(track.el);
        loadTrack(track);
      } else if (!found.track && track) {
        trackBox.replaceChildren();
        track = null;
      }
      if (track) track.name.textContent = "Track \u00b7 " + ctx.appName(track.appKey) + " " + labelOf(track.tag).toLowerCase();
    },
    /** A merge patch as it happened (an AggregateUpdate's request_data): its readings join the charts live. */
    take(patch) {
      if (!isPlain(patch)) return;
      const now = Date.now();
      slide();
      for (const chart of charts.values()) {
        const app = patch[chart.appKey];
        const v = isPlain(app) ? app[chart.tag] : undefined;
        if (typeof v !== "number" || !Number.isFinite(v)) continue;
        if (chart.pending) chart.pending.push({ t: now, v });
        else {
          foldSample(chart.points, now, v, bucketMs(range.bucket));
          const from = Math.floor(view.from / bucketMs(range.bucket)) * bucketMs(range.bucket);
          chart.points = chart.points.filter((p) => p.t >= from);
          chart.el.dataset.state = "ready";
          draw(chart);
        }
      }
      const app = track && patch[track.appKey];
      const pos = isPlain(app) ? positionOf(app[track.tag]) : null;
      if (pos) {
        if (track.pending) track.pending.push({ t: now, ...pos });
        else {
          foldFix(track, { t: now, ...pos });
          track.el.dataset.state = "ready";
          drawTrack(track);
        }
      }
    },
    leave() {
      left = true;
      resized.disconnect();
      cancelAnimationFrame(frame);
    },
  };
}
`;
