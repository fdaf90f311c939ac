// Rostra's search page. Every value from the server is put into the page as text
// (textContent, createTextNode, setAttribute on safe attributes): never innerHTML.
// The whole state lives in the URL's query string, so back, reload and shared links work.
"use strict";

const STATE_KEYS = ["q", "mode", "sort", "from", "to", "outlet", "speaker", "cursor", "article", "cluster"];
const PAGE_SIZE = 10;
const SVG = "http://www.w3.org/2000/svg";

const $ = (id) => document.getElementById(id);

// --- state <-> URL ----------------------------------------------------------------------

function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = {};
  for (const key of STATE_KEYS) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

function stateUrl(state) {
  const params = new URLSearchParams();
  for (const key of STATE_KEYS) {
    if (state[key]) params.set(key, state[key]);
  }
  const query = params.toString();
  return query ? "/?" + query : "/";
}

function navigate(changes, keepCursor) {
  const state = Object.assign(readState(), changes);
  if (!keepCursor) delete state.cursor;
  for (const key of Object.keys(state)) {
    if (!state[key]) delete state[key];
  }
  window.history.pushState(null, "", stateUrl(state));
  render();
}

// --- small DOM helpers ------------------------------------------------------------------

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

// A link to another state of this page: a real href (open in a new tab, copy), and a
// click that stays in the page.
function stateLink(text, changes, keepCursor) {
  const state = Object.assign(readState(), changes);
  if (!keepCursor && !changes.cursor) delete state.cursor;
  const link = el("a", { href: stateUrl(state), text: text });
  link.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    window.history.pushState(null, "", link.getAttribute("href"));
    render();
  });
  return link;
}

// The snippet's runs, matches marked; an article of its headline only (a brief item of an
// official site) has none, and says so as rostra-search does rather than leave a blank line.
function snippetNode(runs, tag) {
  const node = el(tag || "p", { class: "snippet" });
  for (const run of runs || []) {
    node.append(run.mark ? el("mark", { text: run.text }) : document.createTextNode(run.text));
  }
  if (!node.textContent.trim()) {
    node.classList.add("empty");
    node.textContent = "(no text)";
  }
  return node;
}

function metaLine(parts) {
  return el("div", { class: "meta", text: parts.filter(Boolean).join(" · ") });
}

// `url` when it is an http(s) URL, else null: a javascript: or data: URL from the index
// never becomes a link.
function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

function setStatus(text, isError) {
  const status = $("status");
  status.textContent = text;
  status.classList.toggle("error", Boolean(isError));
}

// --- API --------------------------------------------------------------------------------

async function api(endpoint, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const response = await fetch("/api/v1/" + endpoint + "?" + query.toString(), {
    headers: { Accept: "application/json" },
  });
  const body = await response.json();
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.statusText;
    throw new Error(message);
  }
  return body;
}

function searchParams(state) {
  return {
    q: state.q,
    from: state.from,
    to: state.to,
    outlet: state.outlet,
    speaker: state.speaker,
    sort: state.sort,
    mode: state.mode === "quotes" ? "quotes" : undefined,
  };
}

// --- rendering --------------------------------------------------------------------------

let renderCount = 0;

async function render() {
  const state = readState();
  const ticket = ++renderCount;
  $("q").value = state.q || "";
  $("mode").value = state.mode === "quotes" ? "quotes" : "articles";
  $("sort").value = state.sort || "relevance";
  renderFilters(state);
  const showArticle = Boolean(state.article);
  const showCluster = !showArticle && Boolean(state.cluster);
  $("article-view").hidden = !showArticle;
  $("cluster-view").hidden = !showCluster;
  $("search-view").hidden = showArticle || showCluster;
  if (showArticle) {
    await renderArticle(state, ticket);
    return;
  }
  if (showCluster) {
    await renderCluster(state, ticket);
    return;
  }
  if (!state.q && !state.from && !state.to && !state.outlet && !state.speaker) {
    clearResults();
    setStatus("Type a query and press Enter. Syntax is one click away.");
    document.title = "Rostra";
    return;
  }
  document.title = (state.q || "search") + " — Rostra";
  setStatus("Searching…");
  const params = searchParams(state);
  const quotes = state.mode === "quotes";
  try {
    const [results, facets, histogram] = await Promise.all([
      api(quotes ? "quotes" : "search", Object.assign({}, params, { size: PAGE_SIZE, cursor: state.cursor, mode: undefined })),
      api("facets", Object.assign({ limit: 12 }, params)),
      histogramFor(params),
    ]);
    if (ticket !== renderCount) return;  // a newer state is being drawn
    renderResults(results, quotes, state);
    renderFacets(facets, state);
    renderChart(histogram, state);
  } catch (error) {
    if (ticket !== renderCount) return;
    clearResults();
    setStatus(error.message, true);
  }
}

async function histogramFor(params) {
  const months = await api("histogram", Object.assign({ interval: "month" }, params));
  if (months.buckets.length >= 3) return months;
  return api("histogram", Object.assign({ interval: "day" }, params));
}

function clearResults() {
  clear($("results"));
  clear($("facets"));
  clear($("pager"));
  clear($("chart"));
  $("timeline").hidden = true;
}

function renderFilters(state) {
  const filters = $("filters");
  clear(filters);
  const labels = { outlet: "outlet", speaker: "speaker", from: "from", to: "to" };
  for (const key of Object.keys(labels)) {
    if (!state[key]) continue;
    const remove = el("button", { type: "button", "aria-label": "Remove filter " + labels[key], text: "×" });
    remove.addEventListener("click", () => navigate({ [key]: "" }));
    filters.append(el("span", { class: "chip" }, labels[key] + ": " + state[key], remove));
  }
}

function renderResults(results, quotes, state) {
  const list = $("results");
  clear(list);
  const items = quotes ? results.quotes : results.hits;
  const noun = quotes ? (results.total === 1 ? "quote" : "quotes") : (results.total === 1 ? "article" : "articles");
  const first = items.length ? results.offset + 1 : 0;
  // Notes say why a count may be zero ("speaker:X names nothing in the index; did you mean").
  const notes = (results.notes || []).map((note) => ` · note: ${note}`).join("");
  setStatus(`${results.total.toLocaleString("en")} ${noun}` +
            (items.length ? ` · showing ${first}–${results.offset + items.length}` : "") +
            ` · ${results.took_ms.toFixed(1)} ms` + notes);
  list.setAttribute("start", String(first));
  for (const item of items) list.append(quotes ? quoteCard(item) : hitCard(item));
  const pager = $("pager");
  clear(pager);
  if (results.offset > 0) {
    const previous = Math.max(0, results.offset - PAGE_SIZE);
    pager.append(stateLink("← Previous", previous ? { cursor: "o" + previous } : {}));
  }
  if (results.next_cursor) pager.append(stateLink("Next →", { cursor: results.next_cursor }));
}

function hitCard(hit) {
  const title = stateLink(hit.title || "(untitled)", { article: hit.id }, true);
  const extra = hit.collapsed ? `+${hit.collapsed} similar` : null;
  const source = safeUrl(hit.url) ? el("a", { href: safeUrl(hit.url), rel: "noopener noreferrer", text: "source" }) : null;
  const meta = metaLine([hit.date || "date unknown", hit.outlet || "outlet unknown", extra]);
  if (source) meta.append(" · ", source);
  return el("li", { class: "result" }, el("h3", null, title), meta, snippetNode(hit.snippet));
}

function quoteCard(quote) {
  const quoteText = snippetNode(quote.snippet, "blockquote");
  const who = el("span", { class: "speaker", text: quote.speaker || "speaker unknown" });
  const line = el("div", { class: "meta" }, who,
                  quote.cue ? ` (${quote.cue})` : "",
                  " · " + (quote.date || "date unknown") + " · " + (quote.outlet || "outlet unknown"));
  const article = el("div", { class: "meta" }, stateLink(quote.title || "(untitled)", { article: quote.article_id }, true));
  if (quote.cluster) {
    article.append(" · ", stateLink("how it spread", { cluster: quote.cluster, article: "" }, true));
  }
  return el("li", { class: "result quote-card" }, quoteText, line, article);
}

function facetList(title, entries, key, state) {
  const section = el("section", null, el("h2", { text: title }));
  const list = el("ul");
  for (const entry of entries) {
    const active = key && state[key] && state[key].toLowerCase() === entry.name.toLowerCase();
    if (!key) {
      list.append(el("li", null, el("span", { class: "static" }, el("span", { text: entry.name }),
                                      el("span", { class: "count", text: entry.count.toLocaleString("en") }))));
      continue;
    }
    const button = el("button", { type: "button", "aria-pressed": active ? "true" : "false",
                                  "data-facet": key, "data-value": entry.name },
                      el("span", { text: entry.name }),
                      el("span", { class: "count", text: entry.count.toLocaleString("en") }));
    button.addEventListener("click", () => navigate({ [key]: active ? "" : entry.name }));
    list.append(el("li", null, button));
  }
  if (!entries.length) list.append(el("li", { class: "static", text: "none" }));
  section.append(list);
  return section;
}

function renderFacets(facets, state) {
  const aside = $("facets");
  clear(aside);
  aside.append(facetList("Outlets", facets.outlets, "outlet", state));
  aside.append(facetList("Speakers", facets.speakers, "speaker", state));
  aside.append(facetList("Languages", facets.languages, null, state));
}

// --- the timeline -----------------------------------------------------------------------

function bucketEnd(key, interval) {
  if (interval !== "week") return key;
  const date = new Date(key + "T00:00:00Z");
  date.setUTCDate(date.getUTCDate() + 6);
  return date.toISOString().slice(0, 10);
}

function renderChart(histogram, state) {
  const noun = state.mode === "quotes" ? "quotes" : "articles";
  const chart = $("chart");
  clear(chart);
  const buckets = histogram.buckets;
  $("timeline").hidden = buckets.length === 0;
  if (!buckets.length) return;
  const undated = histogram.undated ? ` (${histogram.undated} undated)` : "";
  $("timeline-caption").textContent =
      `Matches by ${histogram.interval}, ${buckets[0].key} to ${buckets[buckets.length - 1].key}${undated}. ` +
      `Blue: matches; grey behind: all ${noun} (each on its own scale).` + " Drag across the chart, or press Enter on a bar, to narrow the dates.";
  const width = 800, height = 120, top = 4, bottom = 0;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `Timeline of ${histogram.total} matches`);
  const maxTotal = Math.max(1, ...buckets.map((b) => b.total));
  const maxCount = Math.max(1, ...buckets.map((b) => b.count));
  const step = width / buckets.length;
  const barWidth = Math.max(1, step * 0.55);
  const plot = height - top - bottom;
  const shape = (tag, attrs) => {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
    return node;
  };
  buckets.forEach((bucket, i) => {
    const x = i * step + (step - barWidth) / 2;
    const totalHeight = (bucket.total / maxTotal) * plot;
    svg.append(shape("rect", { class: "total", x: i * step + step * 0.05, y: top + plot - totalHeight,
                               width: Math.max(1, step * 0.9), height: totalHeight }));
    const h = bucket.count ? Math.max(2, (bucket.count / maxCount) * plot) : 0;
    const bar = shape("rect", { class: "bar", x, y: top + plot - h, width: barWidth, height: h, "data-key": bucket.key });
    svg.append(bar);
    const hit = shape("rect", { class: "bar-hit", x: i * step, y: top, width: step, height: plot, tabindex: 0,
                                "data-index": i });
    const tip = document.createElementNS(SVG, "title");
    tip.textContent = `${bucket.key}: ${bucket.count} of ${bucket.total} ${noun}`;
    hit.append(tip);
    hit.addEventListener("keydown", (event) => {
      if (event.key === "Enter") narrow(i, i);
    });
    svg.append(hit);
  });
  const narrow = (a, b) => {
    const first = Math.min(a, b), last = Math.max(a, b);
    navigate({ from: buckets[first].key, to: bucketEnd(buckets[last].key, histogram.interval) });
  };
  let start = null;
  let brush = null;
  const indexAt = (event) => {
    const box = svg.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * width;
    return Math.max(0, Math.min(buckets.length - 1, Math.floor(x / step)));
  };
  svg.addEventListener("pointerdown", (event) => {
    start = indexAt(event);
    brush = shape("rect", { class: "brush", x: start * step, y: top, width: step, height: plot });
    svg.append(brush);
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", (event) => {
    if (start === null) return;
    const now = indexAt(event);
    brush.setAttribute("x", String(Math.min(start, now) * step));
    brush.setAttribute("width", String((Math.abs(now - start) + 1) * step));
  });
  svg.addEventListener("pointerup", (event) => {
    if (start === null) return;
    const end = indexAt(event);
    const begin = start;
    start = null;
    narrow(begin, end);
  });
  chart.append(svg);
  // Axis labels in HTML: the SVG stretches to the width, which would squash its text.
  const axis = el("div", { class: "axis-labels" });
  for (const i of [0, Math.floor(buckets.length / 2), buckets.length - 1]) {
    axis.append(el("span", { text: buckets[i].key }));
  }
  chart.append(axis);
}

// --- the article view -------------------------------------------------------------------

async function renderArticle(state, ticket) {
  const container = $("article");
  clear(container);
  setStatus("Loading the article…");
  let article;
  try {
    article = await api("article/" + encodeURIComponent(state.article), {});
  } catch (error) {
    if (ticket === renderCount) setStatus(error.message, true);
    return;
  }
  if (ticket !== renderCount) return;
  setStatus("");
  document.title = (article.title || "Article") + " — Rostra";
  container.append(el("h1", { text: article.title || "(untitled)" }));
  const meta = metaLine([article.date || "date unknown", article.outlet || "outlet unknown",
                         article.author ? "by " + article.author : null, article.place]);
  if (safeUrl(article.url)) meta.append(" · ", el("a", { href: safeUrl(article.url), rel: "noopener noreferrer", text: "original" }));
  container.append(meta);
  if (article.speakers.length) {
    container.append(el("p", { class: "meta", text: "Quoted: " + article.speakers.join(", ") }));
  }
  if (article.lead) container.append(el("p", { class: "lead", text: article.lead }));
  const body = el("div", { class: "body" });
  for (const run of article.body) {
    if (run.quote === undefined) {
      body.append(document.createTextNode(run.text));
      continue;
    }
    const quote = article.quotes[run.quote];
    const span = el("span", { class: "quoted", title: quote.speaker ? quote.speaker + (quote.cue ? " (" + quote.cue + ")" : "") : quote.kind });
    span.textContent = run.text;
    body.append(span);
    if (quote.speaker) body.append(el("span", { class: "who", text: quote.speaker }));
  }
  if (!body.textContent.trim() && !article.lead) {
    body.classList.add("empty");
    body.textContent = "(no text: the page gave only its headline)";
  }
  container.append(body);
  const from = article.provenance;
  // A WARC record is found again by its id and byte offset, a Reuters story by its NEWID.
  const record = from.record ? ` (record ${from.record}${from.offset ? " at byte " + from.offset : ""})` : "";
  const source = from.file ? `${from.file}${from.line ? ":" + from.line : ""}${record}` : "unknown";
  container.append(el("p", { class: "provenance", text: `Id ${article.id} · indexed from ${source}` }));
  $("back-link").focus();
}

// --- the cluster view: one statement, every outlet that carried it -------------------------

// A wording with its differences marked ({+added+}, [-left out-], […] a cut) as nodes.
function markedNode(marked) {
  const node = el("span", { class: "wording" });
  const pattern = /\{\+([\s\S]*?)\+\}|\[-([\s\S]*?)-\]|\[…\]/g;
  let last = 0;
  for (const match of marked.matchAll(pattern)) {
    node.append(document.createTextNode(marked.slice(last, match.index)));
    if (match[1] !== undefined) node.append(el("ins", { text: match[1], title: "added" }));
    else if (match[2] !== undefined) node.append(el("del", { text: match[2], title: "left out" }));
    else node.append(el("span", { class: "cut", text: "[…]", title: "cut" }));
    last = match.index + match[0].length;
  }
  node.append(document.createTextNode(marked.slice(last)));
  return node;
}

function clusterChart(timeline) {
  const figure = el("figure", { class: "timeline", id: "cluster-timeline" });
  figure.append(el("figcaption", { text: `Occurrences per day, ${timeline[0].date} to ${timeline[timeline.length - 1].date}.` }));
  const width = 800, height = 100;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `Timeline of ${timeline.length} days`);
  const max = Math.max(1, ...timeline.map((d) => d.count));
  const step = width / timeline.length;
  timeline.forEach((day, i) => {
    const h = Math.max(2, (day.count / max) * (height - 4));
    const bar = document.createElementNS(SVG, "rect");
    const attrs = { class: "bar", x: i * step + step * 0.2, y: height - h, width: Math.max(1, step * 0.6), height: h };
    for (const [key, value] of Object.entries(attrs)) bar.setAttribute(key, String(value));
    const tip = document.createElementNS(SVG, "title");
    tip.textContent = `${day.date}: ${day.count}`;
    bar.append(tip);
    svg.append(bar);
  });
  figure.append(svg);
  return figure;
}

function occurrencesTable(occurrences) {
  const table = el("table", { class: "occurrences" });
  table.append(el("thead", null, el("tr", null, el("th", { text: "Date" }), el("th", { text: "Outlet" }),
                                     el("th", { text: "Wording (against the canonical text)" }), el("th", { text: "Article" }))));
  const body = el("tbody");
  for (const o of occurrences) {
    body.append(el("tr", null, el("td", { text: o.date || "undated" }), el("td", { text: o.outlet || "unknown" }),
                   el("td", null, markedNode(o.marked)),
                   el("td", null, stateLink(o.title || o.article_id, { article: o.article_id, cluster: "" }, true))));
  }
  table.append(body);
  return table;
}

async function renderCluster(state, ticket) {
  const container = $("cluster");
  clear(container);
  setStatus("Loading the quote cluster…");
  let view;
  try {
    view = await api("cluster/" + encodeURIComponent(state.cluster), {});
  } catch (error) {
    if (ticket === renderCount) setStatus(error.message, true);
    return;
  }
  if (ticket !== renderCount) return;
  setStatus("");
  const c = view.cluster;
  document.title = "How it spread — Rostra";
  container.append(el("h1", { text: "How it spread" }));
  container.append(el("blockquote", { class: "canonical", text: c.canonical }));
  const first = c.first_said ? `${c.first_said.date}, ${c.first_said.outlet || "outlet unknown"}` +
                               (c.first_said.date_source ? ` (date from ${c.first_said.date_source})` : "") : "no dated occurrence";
  container.append(metaLine([c.speaker || "speaker unknown", "first said " + first, c.last_seen ? "last seen " + c.last_seen : null]));
  container.append(el("p", { class: "meta carriage",
                             text: `${c.articles} articles · ${c.outlets} outlets · ${c.quotes} quotes · ${c.variants.length} wordings` }));
  if (c.timeline.length) container.append(clusterChart(c.timeline));
  container.append(occurrencesTable(view.occurrences));
  if (view.translations.length) {
    container.append(el("h2", { text: "Possible translations (other renderings, not merged)" }));
    const list = el("ul", { class: "translations" });
    for (const t of view.translations) {
      const evidence = `score ${t.score.toFixed(2)}, ` + (t.days_apart === null ? "undated" : `${t.days_apart} days apart`) +
                       `, ${t.shared_words.length} shared words` +
                       (t.shared_numbers.length ? ", numbers " + t.shared_numbers.join(" ") : "") +
                       (t.shared_names.length ? ", names " + t.shared_names.join(" ") : "");
      list.append(el("li", null, stateLink("cluster " + t.cluster, { cluster: t.cluster }, true), " — " + evidence));
    }
    container.append(list);
  }
  $("cluster-back-link").focus();
}

// --- wiring -----------------------------------------------------------------------------

function init() {
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    navigate({ q: $("q").value.trim(), mode: $("mode").value === "quotes" ? "quotes" : "",
               sort: $("sort").value === "relevance" ? "" : $("sort").value, article: "" });
  });
  $("mode").addEventListener("change", () => navigate({ mode: $("mode").value === "quotes" ? "quotes" : "" }));
  $("sort").addEventListener("change", () => navigate({ sort: $("sort").value === "relevance" ? "" : $("sort").value }));
  $("syntax-toggle").addEventListener("click", () => {
    const panel = $("syntax");
    panel.hidden = !panel.hidden;
    $("syntax-toggle").setAttribute("aria-expanded", String(!panel.hidden));
  });
  $("back-link").addEventListener("click", (event) => {
    event.preventDefault();
    navigate({ article: "" }, true);
  });
  $("cluster-back-link").addEventListener("click", (event) => {
    event.preventDefault();
    navigate({ cluster: "" }, true);
  });
  document.addEventListener("keydown", (event) => {
    const typing = ["INPUT", "SELECT", "TEXTAREA"].includes(document.activeElement.tagName);
    if (event.key === "/" && !typing) {
      event.preventDefault();
      $("q").focus();
      $("q").select();
    } else if (event.key === "Escape" && readState().article) {
      navigate({ article: "" }, true);
    } else if (event.key === "Escape" && readState().cluster) {
      navigate({ cluster: "" }, true);
    }
  });
  window.addEventListener("popstate", render);
  document.body.dataset.ready = "1";  // for tests: the handlers are in place
  render();
}

document.addEventListener("DOMContentLoaded", init);
