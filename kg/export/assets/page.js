/* autokg graph page: draws the embedded graph with vis-network, offline.
   window.autokg is the page's API: nodeCount(), edgeCount(), visibleNodeCount(), ready,
   search(text), select(id), setDate(date or null). */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("autokg-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var count = data.nodes.length;
  var large = count > 600;
  var hiddenLabels = {};
  var asOf = null;
  var api = { ready: false };
  window.autokg = api;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function colourOf(label) {
    for (var i = 0; i < data.labels.length; i++) {
      if (data.labels[i].label === label) { return data.labels[i].colour; }
    }
    return "#888888";
  }

  function visNode(n) {
    var colour = colourOf(n.label);
    var isCenter = n.id === data.center;
    return {
      id: n.id,
      label: n.name,
      title: n.name + " (" + n.label + ")",
      value: n.degree + 1,
      shape: "dot",
      color: { background: colour, border: isCenter ? "#000000" : "#ffffff",
               highlight: { background: colour, border: "#000000" },
               hover: { background: colour, border: "#333333" } },
      borderWidth: isCenter ? 3 : 1,
      font: { size: 14, strokeWidth: 4, strokeColor: "#ffffff", color: "#222222" }
    };
  }

  function visEdge(e) {
    var edge = { id: e.id, from: e.from, to: e.to, arrows: { to: { enabled: true, scaleFactor: 0.5 } },
                 color: { color: "#b8b8b8", highlight: "#444444", hover: "#666666" }, width: 1,
                 title: e.type };
    if (data.edges.length <= 60) {
      edge.label = e.type;
      edge.font = { size: 9, color: "#777777", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" };
    }
    return edge;
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var iterations = count <= 200 ? 800 : Math.max(60, Math.min(400, Math.round(200000 / count)));
  var options = {
    autoResize: true,
    layout: { improvedLayout: count <= 150, randomSeed: 7 },
    nodes: { scaling: { min: 8, max: 34, label: { enabled: true, min: 12, max: 17, drawThreshold: 7, maxVisible: 24 } } },
    edges: { smooth: large ? false : { type: "continuous" }, selectionWidth: 2 },
    interaction: { hover: !large, tooltipDelay: 150, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
                   navigationButtons: false, keyboard: false },
    physics: {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -70, centralGravity: 0.008, springLength: 110,
                          springConstant: 0.06, damping: 0.5, avoidOverlap: 0.6 },
      maxVelocity: 60,
      minVelocity: 0.75,
      stabilization: { enabled: true, iterations: iterations, updateInterval: 25, fit: true }
    }
  };
  var container = document.getElementById("graph");
  var status = document.getElementById("status");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  function summary() {
    return count.toLocaleString("en") + " nodes, " + data.edges.length.toLocaleString("en") + " relationships";
  }

  network.on("stabilizationProgress", function (p) {
    status.textContent = "laying out… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    network.fit({ animation: false });
    status.textContent = summary();
    api.ready = true;
    document.body.setAttribute("data-ready", "true");
    if (data.center && byId[data.center]) { showDetails(data.center); network.selectNodes([data.center]); }
  });
  if (count === 0) {
    status.textContent = "the selection is empty";
    api.ready = true;
  }

  /* notice: what a size cap left out */
  if (data.dropped) {
    var notice = document.getElementById("notice");
    notice.hidden = false;
    notice.textContent = "Showing the " + data.dropped.kept.toLocaleString("en") + " most connected of " +
      data.dropped.total.toLocaleString("en") + " nodes: " + data.dropped.nodes.toLocaleString("en") +
      " nodes and " + data.dropped.edges.toLocaleString("en") + " relationships were left out. " +
      "Export with --max-nodes N to show more, or --around ENTITY --depth N to focus.";
  }
  if (data.selection) { document.title += " — " + data.selection; }

  /* legend: one entry per label, click to hide or show */
  var legend = document.getElementById("legend-list");
  data.labels.forEach(function (entry) {
    var item = el("li", { "data-label": entry.label, title: "hide or show " + entry.label });
    var swatch = el("span", { "class": "swatch" });
    swatch.style.background = entry.colour;
    item.appendChild(swatch);
    item.appendChild(el("span", {}, entry.label));
    item.appendChild(el("span", { "class": "count" }, String(entry.count)));
    item.addEventListener("click", function () {
      hiddenLabels[entry.label] = !hiddenLabels[entry.label];
      item.classList.toggle("off", !!hiddenLabels[entry.label]);
      refresh();
    });
    legend.appendChild(item);
  });

  /* visibility: labels switched off, and the date filter */
  function nodeVisible(n) {
    if (hiddenLabels[n.label]) { return false; }
    return !(asOf && n.start && n.start > asOf);
  }
  function edgeVisible(e) {
    if (!asOf) { return true; }
    if (e.start && e.start > asOf) { return false; }
    return !(e.end && e.end <= asOf);
  }
  function refresh() {
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !nodeVisible(n) }; }));
    edges.update(data.edges.map(function (e) { return { id: e.id, hidden: !edgeVisible(e) }; }));
  }

  /* date filter: months from the earliest to the latest date in the graph */
  var months = [];
  if (data.dates.min && data.dates.max) {
    var y = +data.dates.min.slice(0, 4), m = +data.dates.min.slice(5, 7);
    var endY = +data.dates.max.slice(0, 4), endM = +data.dates.max.slice(5, 7);
    while (y < endY || (y === endY && m <= endM)) {
      months.push(y + "-" + (m < 10 ? "0" : "") + m);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
  }
  var slider = document.getElementById("date-slider");
  var dateOn = document.getElementById("date-on");
  var dateValue = document.getElementById("date-value");
  slider.max = String(Math.max(0, months.length - 1));
  slider.value = slider.max;
  if (!months.length) { dateOn.disabled = true; }
  function applyDate() {
    if (dateOn.checked && months.length) {
      var month = months[+slider.value];
      asOf = month + "-31";
      dateValue.textContent = "end of " + month;
      slider.disabled = false;
    } else {
      asOf = null;
      dateValue.textContent = "all dates";
      slider.disabled = true;
    }
    refresh();
  }
  dateOn.addEventListener("change", applyDate);
  slider.addEventListener("input", applyDate);

  /* search by name or alias */
  var names = document.getElementById("names");
  data.nodes.slice(0, 5000).forEach(function (n) { names.appendChild(el("option", { value: n.name })); });
  function find(text) {
    var wanted = text.trim().toLowerCase();
    if (!wanted) { return null; }
    var partial = null;
    for (var i = 0; i < data.nodes.length; i++) {
      var n = data.nodes[i];
      var keys = [n.name.toLowerCase()].concat(n.aliases || []);
      if (keys.indexOf(wanted) >= 0 || n.id === text.trim()) { return n.id; }
      if (partial === null && keys.some(function (k) { return k.indexOf(wanted) >= 0; })) { partial = n.id; }
    }
    return partial;
  }
  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = document.getElementById("search").value;
    var found = find(text);
    document.getElementById("search-message").textContent = found ? "" : "no node named " + JSON.stringify(text);
    if (found) { select(found); }
  });

  function select(id) {
    if (!byId[id]) { return false; }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: { duration: 300 } });
    showDetails(id);
    return true;
  }

  /* details: properties and the evidence of the facts the node takes part in */
  function evidenceOf(id) {
    var items = [];
    var seen = {};
    function add(props, relation) {
      if (!props || !props.evidence || seen[props.evidence]) { return; }
      seen[props.evidence] = true;
      items.push({ text: props.evidence, relation: relation, source: props.source, published: props.published });
    }
    var node = byId[id];
    if (node.label === "Event") { add(node.props, node.props.type || "Event"); }
    network.getConnectedEdges(id).forEach(function (edgeId) {
      var e = edgeById[edgeId];
      if (!e) { return; }
      add(e.props, e.type);
      if (e.type === "INVOLVES") {
        var event = byId[e.from === id ? e.to : e.from];
        if (event && event.label === "Event") { add(event.props, (event.props.type || "Event") + " (event)"); }
      }
    });
    return items;
  }
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });

  function sourceName(source) {
    if (!source) { return ""; }
    if (source === "kb") { return "reference knowledge base"; }
    var article = byId[source];
    return article ? article.name : source;
  }

  function showDetails(id) {
    var n = byId[id];
    var box = document.getElementById("details");
    box.hidden = false;
    box.textContent = "";
    var title = el("h3", {}, n.name);
    box.appendChild(title);
    var badge = el("span", { "class": "badge" }, n.label);
    badge.style.background = colourOf(n.label);
    box.appendChild(badge);
    var table = el("table");
    var row = el("tr");
    row.appendChild(el("td", {}, "id"));
    row.appendChild(el("td", {}, n.id));
    table.appendChild(row);
    Object.keys(n.props).sort().forEach(function (key) {
      if (key === "evidence") { return; }
      var value = n.props[key];
      var r = el("tr");
      r.appendChild(el("td", {}, key));
      r.appendChild(el("td", {}, Array.isArray(value) ? value.join(", ") : String(value)));
      table.appendChild(r);
    });
    box.appendChild(table);
    var items = evidenceOf(id);
    box.appendChild(el("h2", {}, "Evidence (" + items.length + ")"));
    items.slice(0, 60).forEach(function (item) {
      var block = el("div", { "class": "evidence" });
      block.appendChild(el("div", {}, item.text));
      block.appendChild(el("div", { "class": "meta" },
        item.relation + " · " + sourceName(item.source) + (item.published ? " · " + item.published : "")));
      box.appendChild(block);
    });
    if (items.length > 60) { box.appendChild(el("p", { "class": "hint" }, "and " + (items.length - 60) + " more")); }
    if (!items.length) { box.appendChild(el("p", { "class": "hint" }, "No evidence sentence in this view.")); }
  }

  network.on("click", function (params) {
    if (params.nodes.length) { showDetails(params.nodes[0]); }
  });

  api.nodeCount = function () { return nodes.length; };
  api.edgeCount = function () { return edges.length; };
  api.visibleNodeCount = function () {
    return nodes.get({ filter: function (n) { return !n.hidden; } }).length;
  };
  api.search = function (text) { var id = find(text); if (id) { select(id); } return id; };
  api.select = select;
  api.setDate = function (date) {
    asOf = date ? String(date) : null;
    dateOn.checked = !!asOf;
    dateValue.textContent = asOf ? "as of " + asOf : "all dates";
    refresh();
  };
  api.network = network;
  status.textContent = api.ready ? summary() : status.textContent;
  document.body.setAttribute("data-node-count", String(api.nodeCount()));
})();
