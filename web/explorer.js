// The alpkg network explorer: the network JSON of `alpkg network export --format json`,
// drawn with sigma.js (WebGL) on graphology. Search, filters (country, region, year,
// sector, organisation scope), colour by community or kind, size by a metric, ego view,
// click through to the partner's page. No request leaves the page.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("alpkg-data").textContent);
  var cfg = JSON.parse(document.getElementById("alpkg-config").textContent);
  var SigmaClass = typeof Sigma === "function" ? Sigma : Sigma.Sigma || Sigma["default"];
  var lib = graphologyLibrary;
  var G = new graphology.Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  var palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173"];
  var kindColour = { plan: "#9e9e9e", country: "#424242", partner: "#1f77b4" };
  data.nodes.forEach(function (n) {
    G.addNode(n.id, Object.assign({}, n, { label: n.label || n.id, size: 2, x: 0, y: 0 }));
  });
  data.links.forEach(function (l) {
    if (G.hasNode(l.source) && G.hasNode(l.target) && l.source !== l.target && !G.hasEdge(l.source, l.target)) {
      G.addEdge(l.source, l.target, { kind: l.kind, sector: l.sector || "", size: 0.4, color: "#d0d0d0" });
    }
  });
  // What each node can be filtered by: its own country and region, and those of the plans
  // it is linked to; the years of those plans; the sectors of its partnerships.
  G.forEachNode(function (id, a) {
    var facets = { country: {}, region: {}, year: {}, sector: {}, scope: {} };
    function add(f, v) { if (v !== undefined && v !== null && v !== "") facets[f][String(v)] = true; }
    add("country", a.country); add("region", a.region); add("year", a.year); add("scope", a.organisation_type || a.scope || a.kind);
    G.forEachNeighbor(id, function (m, b) {
      if (b.kind === "plan" || a.kind === "plan") { add("country", b.country); add("region", b.region); add("year", b.year); }
    });
    G.forEachEdge(id, function (e, ea) { add("sector", ea.sector); });
    G.setNodeAttribute(id, "facets", facets);
  });
  lib.layout.random.assign(G, { rng: mulberry(42) });
  if (G.order > 0) {
    var settings = lib.layoutForceAtlas2.inferSettings(G);
    settings.barnesHutOptimize = G.order > 500;
    lib.layoutForceAtlas2.assign(G, { iterations: cfg.iterations || 120, settings: settings });
  }

  var state = { filters: {}, colour: "community", size: "degree", selected: null, ego: false };
  var max = {};
  ["degree", "betweenness", "pagerank", "weighted_degree"].forEach(function (m) {
    max[m] = 0;
    G.forEachNode(function (id, a) { if (typeof a[m] === "number" && a[m] > max[m]) max[m] = a[m]; });
  });

  var container = document.getElementById("graph");
  var renderer = new SigmaClass(G, container, {
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 7,
    nodeReducer: function (id, a) {
      var r = Object.assign({}, a);
      r.color = state.colour === "kind" ? (kindColour[a.kind] || "#1f77b4") : palette[(a.community || 0) % palette.length];
      r.size = sizeOf(a);
      if (!visible(id, a)) r.hidden = true;
      if (state.selected === id) { r.highlighted = true; r.forceLabel = true; r.zIndex = 1; }
      return r;
    },
    edgeReducer: function (id, a) {
      var r = Object.assign({}, a);
      var ends = G.extremities(id);
      if (!visible(ends[0], G.getNodeAttributes(ends[0])) || !visible(ends[1], G.getNodeAttributes(ends[1]))) r.hidden = true;
      if (state.selected && (ends[0] === state.selected || ends[1] === state.selected)) { r.color = "#555"; r.size = 1; }
      return r;
    }
  });

  function sizeOf(a) {
    var v = typeof a[state.size] === "number" ? a[state.size] : 0;
    return 2 + 14 * Math.sqrt(max[state.size] ? v / max[state.size] : 0);
  }
  function visible(id, a) {
    for (var f in state.filters) {
      var v = state.filters[f];
      if (v && !(a.facets && a.facets[f] && a.facets[f][v])) return false;
    }
    if (state.ego && state.selected && id !== state.selected && !G.areNeighbors(id, state.selected)) return false;
    return true;
  }

  // Controls.
  function options(select, values) {
    values.sort().forEach(function (v) {
      var o = document.createElement("option");
      o.value = v; o.textContent = v;
      select.appendChild(o);
    });
  }
  ["country", "region", "year", "sector", "scope"].forEach(function (f) {
    var values = {};
    G.forEachNode(function (id, a) { Object.keys(a.facets[f]).forEach(function (v) { values[v] = true; }); });
    var sel = document.getElementById("f-" + f);
    options(sel, Object.keys(values));
    sel.addEventListener("change", function () { state.filters[f] = sel.value; refresh(); });
  });
  document.getElementById("colour").addEventListener("change", function (e) { state.colour = e.target.value; refresh(); });
  document.getElementById("size").addEventListener("change", function (e) { state.size = e.target.value; refresh(); });
  document.getElementById("ego").addEventListener("change", function (e) { state.ego = e.target.checked; refresh(); });
  var labels = document.getElementById("labels");
  var byLabel = {};
  G.forEachNode(function (id, a) {
    if (a.kind === "partner" || a.kind === "country") {
      byLabel[a.label.toLowerCase()] = id;
      var o = document.createElement("option");
      o.value = a.label;
      labels.appendChild(o);
    }
  });
  var search = document.getElementById("search");
  search.addEventListener("change", function () { find(search.value); });
  renderer.on("clickNode", function (e) { select(e.node); });
  renderer.on("doubleClickNode", function (e) {
    var a = G.getNodeAttributes(e.node);
    if (a.kind === "partner" || a.kind === "plan" || a.kind === "country") window.location.href = pageOf(e.node);
  });
  renderer.on("clickStage", function () { select(null); });

  function pageOf(iri) {
    return cfg.origin && iri.indexOf(cfg.origin) === 0 ? iri.slice(cfg.origin.length) : iri;
  }
  function find(text) {
    var t = (text || "").trim().toLowerCase();
    if (!t) return null;
    var id = byLabel[t];
    if (!id) {
      G.forEachNode(function (n, a) { if (!id && a.label.toLowerCase().indexOf(t) >= 0 && a.kind !== "plan") id = n; });
    }
    if (id) select(id);
    return id;
  }
  function select(id) {
    state.selected = id;
    var info = document.getElementById("info");
    info.innerHTML = "";
    if (id) {
      var a = G.getNodeAttributes(id);
      var h = document.createElement("h2"); h.textContent = a.label; info.appendChild(h);
      var p = document.createElement("p");
      p.textContent = [a.kind, a.country || "", a.scope || "", "degree " + (a.degree || 0),
        "betweenness " + (a.betweenness || 0).toFixed(4), "community " + a.community].filter(Boolean).join(" · ");
      info.appendChild(p);
      var link = document.createElement("a");
      link.href = pageOf(id); link.textContent = "Open its page"; link.id = "open";
      info.appendChild(link);
      var pos = renderer.getNodeDisplayData(id);
      if (pos) renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.3 }, { duration: 400 });
    }
    refresh();
  }
  function refresh() {
    renderer.refresh();
    var shown = 0;
    G.forEachNode(function (id, a) { if (visible(id, a)) shown++; });
    var st = document.getElementById("status");
    st.dataset.nodes = G.order; st.dataset.edges = G.size; st.dataset.shown = shown;
    st.dataset.selected = state.selected ? G.getNodeAttribute(state.selected, "label") : "";
    st.textContent = shown + " of " + G.order + " nodes shown, " + G.size + " links" +
      (state.selected ? "; selected: " + st.dataset.selected : "");
  }
  // `#q=NAME` selects a node at load (for links to a partner's place in the network).
  var q = /[#&]q=([^&]+)/.exec(window.location.hash);
  if (q) { search.value = decodeURIComponent(q[1].replace(/\+/g, " ")); find(search.value); }
  var ego = /[#&]ego=1/.exec(window.location.hash);
  if (ego) { state.ego = true; document.getElementById("ego").checked = true; }
  refresh();
  document.body.dataset.ready = "true";

  function mulberry(seed) {
    return function () {
      seed |= 0; seed = seed + 0x6D2B79F5 | 0;
      var t = Math.imul(seed ^ seed >>> 15, 1 | seed);
      t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
      return ((t ^ t >>> 14) >>> 0) / 4294967296;
    };
  }
})();
