// dateline's web page: plain JavaScript, no libraries, nothing loaded from elsewhere.
// Every piece of text from the database goes into the page as a text node (textContent),
// never as HTML. Views are chosen by the address's fragment: #timeline?q=..., #article/ID, ...
"use strict";

(function () {
  // -- small helpers -------------------------------------------------------------------------

  /** An element with attributes and children (strings become text nodes, null is skipped). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const $ = (id) => document.getElementById(id);

  /** Only web addresses become links: no javascript:, data: or other schemes. */
  function safeUrl(url) {
    if (typeof url !== "string") return null;
    return /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
  }

  function externalLink(url, label) {
    const href = safeUrl(url);
    if (!href) return el("span", {}, label);
    return el("a", { href, rel: "noopener noreferrer external", target: "_blank" }, label);
  }

  function articleHref(id, field, start, end) {
    const params = new URLSearchParams();
    if (field) params.set("field", field);
    if (start !== undefined && start !== null) params.set("start", start);
    if (end !== undefined && end !== null) params.set("end", end);
    const qs = params.toString();
    return "#article/" + encodeURIComponent(id) + (qs ? "?" + qs : "");
  }

  function query(params) {
    const out = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== null && value !== undefined && String(value).trim() !== "") out.set(key, String(value).trim());
    }
    return out.toString();
  }

  async function getJSON(path) {
    let response;
    try {
      response = await fetch(path, { headers: { Accept: "application/json" } });
    } catch (err) {
      throw new Error("the server does not answer (is dateline serve still running?)");
    }
    let body = null;
    try {
      body = await response.json();
    } catch (err) {
      body = null;
    }
    if (!response.ok) {
      throw new Error((body && body.error) || "the server answered " + response.status);
    }
    return body;
  }

  function showError(err) {
    const box = $("error");
    if (!err) {
      box.hidden = true;
      box.textContent = "";
      return;
    }
    box.textContent = "Sorry: " + (err.message || String(err));
    box.hidden = false;
  }

  function setStatus(id, text) {
    $(id).textContent = text || "";
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many || one + "s");
  }

  /** A date key as a reader says it: "Friday, 30 September 2022", "September 2022" or "2022". */
  function longDate(iso) {
    if (/^\d{4}$/.test(iso)) return iso;
    if (/^\d{4}-\d{2}$/.test(iso)) {
      const m = new Date(iso + "-01T00:00:00Z");
      if (Number.isNaN(m.getTime())) return iso;
      return m.toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
    }
    const d = new Date(iso + "T00:00:00Z");
    if (Number.isNaN(d.getTime())) return iso;
    return d.toLocaleDateString("en-GB", {
      weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC",
    });
  }

  function fillForm(form, params) {
    for (const input of form.elements) {
      if (!input.name) continue;
      if (input.type === "checkbox") input.checked = params.get(input.name) === input.value;
      else input.value = params.get(input.name) || (input.defaultValue || "");
    }
  }

  function formParams(form) {
    const out = {};
    for (const input of form.elements) {
      if (!input.name) continue;
      if (input.type === "checkbox") {
        if (input.checked) out[input.name] = input.value;
      } else if (input.value.trim() !== "") {
        out[input.name] = input.value.trim();
      }
    }
    return out;
  }

  // -- routing -------------------------------------------------------------------------------

  function parseHash() {
    const raw = location.hash.replace(/^#/, "");
    const [path, qs] = raw.split("?", 2);
    const parts = path.split("/");
    return { view: parts[0] || "timeline", arg: parts.slice(1).join("/"), params: new URLSearchParams(qs || "") };
  }

  const VIEWS = ["timeline", "search", "quotes", "names", "articles", "article"];
  let previousList = "#timeline";

  function show(view) {
    for (const name of VIEWS) $("view-" + name).hidden = name !== view;
    for (const link of document.querySelectorAll("nav a[data-view]")) {
      if (link.dataset.view === view) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
  }

  async function route() {
    showError(null);
    const { view, arg, params } = parseHash();
    const name = VIEWS.includes(view) ? view : "timeline";
    show(name);
    if (name !== "article") previousList = location.hash || "#timeline";
    try {
      if (name === "timeline") await showTimeline(params);
      else if (name === "search") await showSearch(params);
      else if (name === "quotes") await showQuotes(params);
      else if (name === "names") await showNames(params);
      else if (name === "articles") await showArticles(params);
      else if (name === "article") await showArticle(decodeURIComponent(arg), params);
    } catch (err) {
      showError(err);
    }
  }

  function go(view, params) {
    const qs = query(params || {});
    const target = "#" + view + (qs ? "?" + qs : "");
    if (location.hash === target) route();
    else location.hash = target;
  }

  // -- header: stats and name lists ------------------------------------------------------------

  async function loadStats() {
    try {
      const s = await getJSON("/api/stats");
      const parts = [
        plural(s.articles, "article") + (s.duplicates ? " (" + plural(s.duplicates, "copy", "copies") + ")" : ""),
        plural(s.sources, "source"),
      ];
      if (s.first_date) parts.push(s.first_date === s.last_date ? s.first_date : s.first_date + " to " + s.last_date);
      parts.push(plural(s.event_mentions, "event mention"), plural(s.quotes, "quote"),
        plural(s.places, "place mention"), plural(s.timexes, "time expression"));
      $("stats").textContent = parts.join(" · ");
      $("db-name").textContent = s.database;
      if (s.articles && !s.analyses) {
        $("stats").append(el("strong", {}, " Nothing is analysed yet: run dateline analyze --db FILE."));
      }
    } catch (err) {
      $("stats").textContent = "";
      showError(err);
    }
  }

  async function loadNameLists() {
    try {
      const [ents, people, places] = await Promise.all([
        getJSON("/api/entities?limit=300"),
        getJSON("/api/entities?label=PERSON&limit=300"),
        getJSON("/api/places?limit=300"),
      ]);
      fillDatalist("entity-names", ents.entities.map((e) => e.name));
      fillDatalist("person-names", people.entities.map((e) => e.name));
      fillDatalist("place-names", places.features.map((f) => f.properties.name));
    } catch (err) {
      // The lists only help typing; the page works without them.
    }
  }

  function fillDatalist(id, names) {
    const list = $(id);
    list.replaceChildren(...[...new Set(names)].map((name) => el("option", { value: name })));
  }

  // -- timeline --------------------------------------------------------------------------------

  const SCORE_HELP = "Independent sources placing an event on this day; a source dated only by its publication date counts less.";
  const TIMELINE_KEYS = ["q", "entity", "place", "from", "to", "dates", "per_date", "by"];

  function timelineParams(params) {
    const out = {};
    for (const key of TIMELINE_KEYS) if (params.get(key)) out[key] = params.get(key);
    return out;
  }

  function updateDownloads(filters) {
    for (const link of document.querySelectorAll(".downloads a[data-format]")) {
      const qs = query({ ...filters, format: link.dataset.format, download: "true" });
      link.href = "/api/timeline?" + qs;
    }
  }

  function badge(entry) {
    let label = entry.display_status || entry.status || "happened";
    // a planned event shows as planned only where the sentence tells of the plan ("voted to impeach" reports a vote)
    if (label === "planned" && !entry.planned) label = "happened";
    const kind = label.split(",").pop().trim().split(" ")[0];
    return el("span", { class: "badge " + kind }, label);
  }

  function renderEntry(entry) {
    const sources = el("ul", { class: "sources", "aria-label": "Sources" });
    for (const c of entry.citations || []) {
      const meta = [c.source, c.published].filter(Boolean).join(", ");
      sources.append(el("li", {},
        externalLink(c.url, c.title || c.article_id),
        meta ? el("span", { class: "muted" }, " (" + meta + ")") : null,
        " ",
        el("a", { class: "read", href: articleHref(c.article_id, c.field, c.start, c.end) }, "read in dateline")));
    }
    const more = entry.also_reported_by || [];
    let moreNode = null;
    if (more.length) {
      moreNode = el("details", { class: "more" },
        el("summary", {}, "also reported by " + plural(more.length, "other article")),
        el("ul", {}, more.map((id) => el("li", {}, el("a", { href: articleHref(id) }, id)))));
    }
    return el("li", { class: "entry" },
      el("p", {}, badge(entry), " ", el("span", { class: "text" }, entry.text),
        entry.weak_date ? el("span", { class: "weak", title: "Only publication dates place this event on this day" },
          " (date from publication dates)") : null),
      sources, moreNode);
  }

  async function showTimeline(params) {
    if (params.get("by") === "day") params.delete("by"); // the default: the select's empty choice
    const filters = timelineParams(params);
    fillForm($("timeline-form"), params);
    updateDownloads(filters);
    const list = $("timeline");
    list.replaceChildren();
    setStatus("timeline-status", "Building the timeline…");
    list.setAttribute("aria-busy", "true");
    let tl;
    try {
      tl = await getJSON("/api/timeline?" + query({ ...filters, format: "json" }));
    } finally {
      list.removeAttribute("aria-busy");
    }
    const unit = { month: "month", year: "year" }[tl.granularity] || "date";
    const summary = plural(tl.dates.length, unit) + " from " + plural(tl.n_events, "event") + " in " +
      plural(tl.n_mentions, "mention") + " across " + plural(tl.n_articles, "article") + ".";
    setStatus("timeline-status", tl.dates.length ? summary : "No dated events match these filters. " + summary);
    for (const day of tl.dates) {
      list.append(el("li", { class: "day" },
        el("h3", {}, el("time", { datetime: day.date }, longDate(day.date)),
          el("span", { class: "score", title: SCORE_HELP }, " " + (day.date.length > 7 ? day.date + " · " : "") + "support " + (Math.round(day.score * 10) / 10))),
        el("ul", { class: "entries" }, day.entries.map(renderEntry))));
    }
  }

  // -- search --------------------------------------------------------------------------------

  /** A snippet with its matches (marked [like this] by the store) as <mark> elements. */
  function snippet(text) {
    const out = el("span", { class: "snippet" });
    const re = /\[([^\[\]]*)\]/g;
    let last = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      out.append(text.slice(last, m.index), el("mark", {}, m[1]));
      last = m.index + m[0].length;
    }
    out.append(text.slice(last));
    return out;
  }

  async function showSearch(params) {
    fillForm($("search-form"), params);
    const results = $("search-results");
    results.replaceChildren();
    const q = params.get("q");
    if (!q) {
      setStatus("search-status", "Type some words to find articles with them.");
      return;
    }
    setStatus("search-status", "Searching…");
    const data = await getJSON("/api/search?" + query({ q, from: params.get("from"), to: params.get("to"), limit: 100 }));
    setStatus("search-status", data.results.length ? plural(data.results.length, "article") + " found." : "No article has these words.");
    for (const hit of data.results) {
      results.append(el("li", {},
        el("a", { href: articleHref(hit.id), class: "title" }, hit.title || hit.id),
        el("span", { class: "muted" }, " " + [hit.date, hit.source].filter(Boolean).join(", ") + (hit.duplicate_of ? " (copy)" : "")),
        el("p", {}, snippet(hit.snippet || ""))));
    }
  }

  // -- quotes ----------------------------------------------------------------------------------

  async function showQuotes(params) {
    fillForm($("quotes-form"), params);
    const box = $("quotes");
    box.replaceChildren();
    setStatus("quotes-status", "Reading quotes…");
    const data = await getJSON("/api/quotes?" + query({ speaker: params.get("speaker"), limit: 1000 }));
    const groups = new Map();
    for (const q of data.quotes) {
      const who = q.speaker_name || q.speaker_text || "unknown speaker";
      if (!groups.has(who)) groups.set(who, []);
      groups.get(who).push(q);
    }
    const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    setStatus("quotes-status", data.quotes.length
      ? plural(data.quotes.length, "quote") + " by " + plural(ordered.length, "speaker") + ", newest first."
      : "No quote found" + (params.get("speaker") ? " for this speaker." : "."));
    for (const [who, quotes] of ordered) {
      box.append(el("section", { class: "speaker" },
        el("h3", {}, who, el("span", { class: "muted" }, " · " + plural(quotes.length, "quote"))),
        el("ol", { class: "quotes" }, quotes.map((q) => el("li", {},
          el("blockquote", {}, el("p", {}, q.content)),
          el("p", { class: "muted" },
            [q.kind, q.cue ? "“" + q.cue + "”" : null, q.date].filter(Boolean).join(" · ") + " · ",
            el("a", { href: articleHref(q.article_id, q.field, q.start, q.end) }, q.title || q.article_id),
            q.source ? " (" + q.source + ")" : null))))));
    }
  }

  // -- names and places ------------------------------------------------------------------------

  async function showNames(params) {
    fillForm($("names-form"), params);
    setStatus("names-status", "Reading names…");
    const [ents, places] = await Promise.all([
      getJSON("/api/entities?" + query({ q: params.get("q"), label: params.get("label"), limit: 200 })),
      getJSON("/api/places?limit=200"),
    ]);
    setStatus("names-status", plural(ents.entities.length, "name") + ", " + plural(places.features.length, "place") + ".");
    const body = $("entities-table").tBodies[0];
    body.replaceChildren(...ents.entities.map((e) => el("tr", {},
      el("td", {}, el("a", { href: "#timeline?" + query({ entity: e.name }), title: "Timeline of " + e.name }, e.name),
        e.roles && e.roles.length ? el("span", { class: "muted" }, " (" + e.roles.join(", ") + ")") : null),
      el("td", {}, e.label),
      el("td", { class: "num" }, e.mentions),
      el("td", { class: "num" }, e.articles))));
    const needle = (params.get("q") || "").toLowerCase();
    const rows = places.features.filter((f) => !needle || f.properties.name.toLowerCase().includes(needle));
    $("places-table").tBodies[0].replaceChildren(...rows.map((f) => {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      return el("tr", {},
        el("td", {}, el("a", { href: "#timeline?" + query({ place: p.name }), title: "Timeline at " + p.name }, p.name)),
        el("td", {}, p.country || ""),
        el("td", { class: "num" }, p.mentions),
        el("td", {}, lat.toFixed(2) + ", " + lon.toFixed(2)));
    }));
  }

  // -- articles --------------------------------------------------------------------------------

  const PAGE = 50;

  async function showArticles(params) {
    fillForm($("articles-form"), params);
    const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
    const filters = { from: params.get("from"), to: params.get("to"), duplicates: params.get("duplicates") };
    setStatus("articles-status", "Reading articles…");
    const data = await getJSON("/api/articles?" + query({ ...filters, limit: PAGE, offset }));
    const last = Math.min(offset + data.articles.length, data.total);
    setStatus("articles-status", data.total ? "Articles " + (offset + 1) + " to " + last + " of " + data.total + "." : "No article.");
    $("articles-table").tBodies[0].replaceChildren(...data.articles.map((a) => el("tr", {},
      el("td", {}, a.date),
      el("td", {}, el("a", { href: articleHref(a.id) }, a.title || a.id),
        a.duplicate_of ? el("span", { class: "muted" }, " (copy)") : null),
      el("td", {}, a.source || ""))));
    const prev = $("articles-prev");
    const next = $("articles-next");
    prev.hidden = offset === 0;
    prev.href = "#articles?" + query({ ...filters, offset: Math.max(0, offset - PAGE) });
    next.hidden = last >= data.total;
    next.href = "#articles?" + query({ ...filters, offset: offset + PAGE });
  }

  // -- one article -----------------------------------------------------------------------------

  /** Spans to highlight in one field: {start, end, kind, label}. */
  function spansOf(data, field) {
    const out = [];
    const mine = (row) => (row.field || "text") === field;
    for (const t of data.timexes.filter(mine)) {
      out.push({ start: t.start, end: t.end, kind: "timex", label: "time: " + t.value + " (" + t.type + ")" });
    }
    for (const m of data.entity_mentions.filter(mine)) {
      out.push({ start: m.start, end: m.end, kind: "entity", label: "name: " + m.label + (m.entity_key ? " " + m.entity_key : "") });
    }
    for (const p of data.places.filter(mine)) {
      out.push({ start: p.start, end: p.end, kind: "place", label: "place: " + [p.name, p.country].filter(Boolean).join(", ") });
    }
    for (const q of data.quotes.filter(mine)) {
      const who = q.speaker_name || q.speaker_text || "unknown";
      out.push({ start: q.start, end: q.end, kind: "quote", label: "quote (" + q.kind + ") by " + who });
      if (q.speaker_start !== null && q.speaker_end !== null) {
        out.push({ start: q.speaker_start, end: q.speaker_end, kind: "speaker", label: "speaker of a quote" });
      }
    }
    for (const e of data.event_mentions.filter(mine)) {
      out.push({ start: e.start, end: e.end, kind: "event", label: "event: " + e.lemma + ", " + e.status + (e.date ? ", " + e.date : "") });
    }
    return out.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start);
  }

  /** The text cut at every span boundary; each piece a <span> with the classes of the spans over it. */
  function highlighted(text, spans, cited) {
    const cuts = new Set([0, text.length]);
    for (const s of spans) {
      cuts.add(Math.max(0, Math.min(text.length, s.start)));
      cuts.add(Math.max(0, Math.min(text.length, s.end)));
    }
    if (cited) {
      cuts.add(Math.max(0, Math.min(text.length, cited.start)));
      cuts.add(Math.max(0, Math.min(text.length, cited.end)));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const piece = text.slice(a, b);
      const over = spans.filter((s) => s.start <= a && s.end >= b);
      const isCited = cited && cited.start <= a && cited.end >= b;
      if (!over.length && !isCited) {
        frag.append(piece);
        continue;
      }
      const classes = [...new Set(over.map((s) => "hl-" + s.kind))];
      if (isCited) classes.push("cited");
      const labels = [...new Set(over.map((s) => s.label))];
      frag.append(el("span", { class: classes.join(" "), title: labels.join("\n") || null }, piece));
    }
    return frag;
  }

  function layerList(title, rows, render) {
    if (!rows.length) return null;
    return el("section", { class: "layer" }, el("h3", {}, title + " (" + rows.length + ")"),
      el("ul", {}, rows.map((r) => el("li", {}, render(r)))));
  }

  async function showArticle(id, params) {
    const data = await getJSON("/api/articles/" + encodeURIComponent(id));
    const a = data.article;
    $("article-back").href = previousList;
    document.title = (a.title || a.id) + " · dateline";
    const field = params.get("field") || "text";
    const start = parseInt(params.get("start"), 10);
    const end = parseInt(params.get("end"), 10);
    const cited = Number.isInteger(start) && Number.isInteger(end) ? { start, end } : null;
    $("article-title").replaceChildren(highlighted(a.title || a.id, spansOf(data, "title"), field === "title" ? cited : null));
    const meta = $("article-meta");
    meta.replaceChildren(
      el("time", { datetime: a.date }, longDate(a.date)),
      a.source ? " · " + a.source : null,
      safeUrl(a.url) ? " · " : null, safeUrl(a.url) ? externalLink(a.url, "original page") : null,
      " · id " + a.id);
    if (a.duplicate_of) {
      meta.append(el("br"), "Copy of ", el("a", { href: articleHref(a.duplicate_of) }, a.duplicate_of),
        a.similarity !== null ? " (similarity " + a.similarity + ")" : "");
    }
    if (a.copies && a.copies.length) {
      meta.append(el("br"), "Copies: ", ...a.copies.flatMap((c, i) => [i ? ", " : "", el("a", { href: articleHref(c) }, c)]));
    }
    const textBox = $("article-text");
    textBox.replaceChildren(highlighted(a.text, spansOf(data, "text"), field === "text" ? cited : null));
    const spot = (row, from, to, label) => el("a", { href: articleHref(a.id, row.field || "text", from, to) }, label);
    const layers = $("article-layers");
    layers.replaceChildren(...[
      layerList("Events", data.event_mentions, (e) => [
        el("span", { class: "badge " + e.status }, e.status), " ",
        el("strong", {}, e.trigger), " ", e.date ? e.date + " " : "",
        el("span", { class: "muted" }, "(" + e.anchor + " date) "),
        spot(e, e.sentence_start, e.sentence_end, "show sentence")]),
      layerList("Time expressions", data.timexes, (t) => [spot(t, t.start, t.end, t.text), " → " + t.value + " (" + t.type + ")"]),
      layerList("Quotes", data.quotes, (q) => [
        el("strong", {}, (q.speaker_name || q.speaker_text || "unknown") + ": "), "“" + q.content + "” ",
        el("span", { class: "muted" }, "(" + q.kind + ") "), spot(q, q.start, q.end, "show")]),
      layerList("Names", data.entity_mentions, (m) => [spot(m, m.start, m.end, m.text), " " + m.label + (m.role ? ", " + m.role : "")]),
      layerList("Places", data.places, (p) => [spot(p, p.start, p.end, p.text),
        " " + [p.name, p.admin1, p.country].filter(Boolean).join(", ") +
        (p.lat !== null && p.lon !== null ? " (" + Number(p.lat).toFixed(2) + ", " + Number(p.lon).toFixed(2) + ")" : "")]),
    ].filter(Boolean));
    if (!layers.childNodes.length) layers.append(el("p", { class: "muted" }, "Nothing was read in this article yet (run dateline analyze --db FILE)."));
    const target = document.querySelector(".cited");
    if (target) target.scrollIntoView({ block: "center" });
    else window.scrollTo(0, 0);
  }

  // -- wiring ----------------------------------------------------------------------------------

  function onSubmit(formId, view, transform) {
    $(formId).addEventListener("submit", (event) => {
      event.preventDefault();
      const params = formParams(event.target);
      go(view, transform ? transform(params) : params);
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    onSubmit("timeline-form", "timeline");
    onSubmit("search-form", "search");
    onSubmit("quotes-form", "quotes");
    onSubmit("names-form", "names");
    onSubmit("articles-form", "articles");
    $("timeline-form").addEventListener("reset", () => setTimeout(() => go("timeline", {}), 0));
    for (const box of document.querySelectorAll(".legend input[data-layer]")) {
      box.addEventListener("change", () => {
        $("article-text").classList.toggle("hide-" + box.dataset.layer, !box.checked);
        $("article-title").classList.toggle("hide-" + box.dataset.layer, !box.checked);
      });
    }
    window.addEventListener("hashchange", route);
    if (!location.hash && location.search.length > 1) {
      // a shared address with a query string (/?q=annexation&by=month) opens that timeline
      history.replaceState(null, "", location.pathname + "#timeline" + location.search);
    }
    loadStats();
    loadNameLists();
    route();
  });
})();
