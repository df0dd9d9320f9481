/* Filter the briefings table by outlet, tag or words. Without this script the full table shows. */
(function () {
  function setup() {
    var box = document.querySelector(".briefing-list");
    if (!box || box.dataset.ready) return;
    var table = box.querySelector("table");
    if (!table) return;
    box.dataset.ready = "1";
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var cell = function (row, i) { return (row.cells[i] && row.cells[i].textContent.trim()) || ""; };
    var tagsOf = function (row) { return cell(row, 5).split(",").map(function (t) { return t.trim(); }).filter(Boolean); };
    var outlets = {}, tags = {};
    rows.forEach(function (r) { outlets[cell(r, 2)] = 1; tagsOf(r).forEach(function (t) { tags[t] = 1; }); });
    function select(label, values) {
      var s = document.createElement("select");
      s.setAttribute("aria-label", label);
      s.add(new Option("Any " + label.toLowerCase(), ""));
      Object.keys(values).sort().forEach(function (v) { s.add(new Option(v, v)); });
      return s;
    }
    var bar = document.createElement("div");
    bar.className = "briefing-filter";
    var outlet = select("Outlet", outlets), tag = select("Tag", tags);
    var words = document.createElement("input");
    words.type = "search"; words.placeholder = "Filter by title"; words.setAttribute("aria-label", "Filter by title");
    var count = document.createElement("span");
    count.setAttribute("aria-live", "polite");
    [outlet, tag, words, count].forEach(function (el) { bar.appendChild(el); });
    box.parentNode.insertBefore(bar, box);
    function apply() {
      var q = words.value.trim().toLowerCase(), shown = 0;
      rows.forEach(function (r) {
        var ok = (!outlet.value || cell(r, 2) === outlet.value) &&
                 (!tag.value || tagsOf(r).indexOf(tag.value) >= 0) &&
                 (!q || cell(r, 1).toLowerCase().indexOf(q) >= 0);
        r.hidden = !ok;
        if (ok) shown++;
      });
      count.textContent = shown + " of " + rows.length + " shown";
    }
    [outlet, tag].forEach(function (el) { el.addEventListener("change", apply); });
    words.addEventListener("input", apply);
    apply();
  }
  if (window.document$) { window.document$.subscribe(setup); } else { document.addEventListener("DOMContentLoaded", setup); }
})();
