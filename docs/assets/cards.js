/* Touch and small-screen helpers; every page works without this script.
   - A tap on a mention that is a link first shows its card (as hover does with a mouse); a second tap follows the link.
   - Stacked table cards on phones get each cell's column name as a label (data-label, shown by CSS).
   - A link to an anchor inside a collapsed section (<details>) opens that section (a claim, a date, an
     evidence sentence in the full text), also when the same link is followed twice. */
(function () {
  // the first tap focuses the link before its click fires, so whether the card was already open is read at pointerdown
  var first = null;
  document.addEventListener("pointerdown", function (e) {
    var a = e.target.closest && e.target.closest(".m > a.mention");
    first = a && e.pointerType !== "mouse" && document.activeElement !== a ? a : null;
  }, true);
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest(".m > a.mention");
    if (a && a === first) { e.preventDefault(); a.focus(); }
    first = null;
  }, true);

  function label() {
    document.querySelectorAll(".md-typeset table").forEach(function (table) {
      var head = table.tHead && table.tHead.rows[0];
      if (!head || table.dataset.labelled) return;
      table.dataset.labelled = "1";
      var names = Array.prototype.map.call(head.cells, function (c) { return c.textContent.trim(); });
      Array.prototype.forEach.call(table.tBodies, function (body) {
        Array.prototype.forEach.call(body.rows, function (row) {
          Array.prototype.forEach.call(row.cells, function (cell, i) { if (i > 0 && names[i]) cell.setAttribute("data-label", names[i]); });
        });
      });
    });
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    for (var el = target; el; el = el.parentElement) { if (el.tagName === "DETAILS") el.open = true; }
    if (target) target.scrollIntoView();
  }
  window.addEventListener("hashchange", reveal);
  // a second click on the same link changes no hash: open the section again if it was closed since
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[href*='#']");
    if (a && a.hash && a.hash === location.hash && a.pathname === location.pathname) setTimeout(reveal, 0);
  });
  function setup() { label(); if (location.hash) reveal(); }
  if (window.document$) { window.document$.subscribe(setup); } else { document.addEventListener("DOMContentLoaded", setup); }
})();
