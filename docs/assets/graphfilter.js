/* Filter a cross-briefing graph by outlet, briefing or person: the rest of the picture is dimmed.
   Nodes carry data-tags ("outlet:X|briefing:Y"); without this script the whole picture shows. */
(function () {
  function setup() {
    document.querySelectorAll("figure.picture[data-filter]").forEach(function (fig) {
      if (fig.dataset.ready) return;
      fig.dataset.ready = "1";
      var nodes = Array.prototype.slice.call(fig.querySelectorAll("g.node"));
      var edges = Array.prototype.slice.call(fig.querySelectorAll(".edge"));
      var values = { outlet: {}, briefing: {} }, names = {};
      nodes.forEach(function (n) {
        (n.getAttribute("data-tags") || "").split("|").forEach(function (t) {
          var i = t.indexOf(":");
          if (i > 0 && values[t.slice(0, i)]) values[t.slice(0, i)][t.slice(i + 1)] = 1;
        });
        var a = n.querySelector("a");
        names[n.getAttribute("data-id")] = ((a && a.getAttribute("aria-label")) || "").split(":")[0];
      });
      function select(label, key) {
        var s = document.createElement("select");
        s.setAttribute("aria-label", label);
        s.add(new Option("Any " + label.toLowerCase(), ""));
        Object.keys(values[key]).sort().forEach(function (v) { s.add(new Option(v, key + ":" + v)); });
        return s;
      }
      var bar = document.createElement("div");
      bar.className = "briefing-filter graph-filter";
      var outlet = select("Outlet", "outlet"), briefing = select("Briefing", "briefing");
      var person = document.createElement("input");
      person.type = "search"; person.placeholder = "Person"; person.setAttribute("aria-label", "Person");
      var count = document.createElement("span");
      count.setAttribute("aria-live", "polite");
      [outlet, briefing, person, count].forEach(function (el) { bar.appendChild(el); });
      fig.parentNode.insertBefore(bar, fig);
      function apply() {
        var q = person.value.trim().toLowerCase(), keep = {}, shown = {};
        nodes.forEach(function (n) {
          var tags = (n.getAttribute("data-tags") || "").split("|");
          keep[n.getAttribute("data-id")] = (!outlet.value || tags.indexOf(outlet.value) >= 0) &&
                                            (!briefing.value || tags.indexOf(briefing.value) >= 0);
        });
        if (q) {  // a person and the people linked with them
          var hit = {};
          Object.keys(names).forEach(function (id) { if (keep[id] && names[id].toLowerCase().indexOf(q) >= 0) hit[id] = 1; });
          var near = Object.assign({}, hit);
          edges.forEach(function (e) {
            var a = e.getAttribute("data-a"), b = e.getAttribute("data-b");
            if (hit[a] && keep[b]) near[b] = 1;
            if (hit[b] && keep[a]) near[a] = 1;
          });
          keep = near;
        }
        nodes.forEach(function (n) { var on = !!keep[n.getAttribute("data-id")]; n.classList.toggle("dim", !on); if (on) shown[n.getAttribute("data-id")] = 1; });
        edges.forEach(function (e) { e.classList.toggle("dim", !(keep[e.getAttribute("data-a")] && keep[e.getAttribute("data-b")])); });
        count.textContent = Object.keys(shown).length + " of " + Object.keys(names).length + " people shown";
      }
      [outlet, briefing].forEach(function (el) { el.addEventListener("change", apply); });
      person.addEventListener("input", apply);
      apply();
    });
  }
  if (window.document$) { window.document$.subscribe(setup); } else { document.addEventListener("DOMContentLoaded", setup); }
})();
