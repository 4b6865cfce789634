// Clicking anything with data-spans="article:start:end ..." scrolls each source pane to those
// words and highlights them. No library; loaded from this server only.
(function () {
  "use strict";
  function show(target) {
    var keys = (target.getAttribute("data-spans") || "").split(/\s+/).filter(Boolean);
    document.querySelectorAll(".on").forEach(function (el) { el.classList.remove("on"); });
    document.querySelectorAll(".picked").forEach(function (el) { el.classList.remove("picked"); });
    target.classList.add("picked");
    var first = {};
    keys.forEach(function (key) {
      var parts = key.split(":");
      if (parts.length !== 3) return;
      var pane = document.querySelector('.src-body[data-article="' + CSS.escape(parts[0]) + '"]');
      if (!pane) return;
      var found = pane.querySelectorAll(".hl-" + parseInt(parts[1], 10) + "-" + parseInt(parts[2], 10));
      found.forEach(function (el) { el.classList.add("on"); });
      if (found.length && !first[parts[0]]) first[parts[0]] = [pane, found[0]];
    });
    var panes = Object.keys(first);
    if (!panes.length) return;
    var sources = document.getElementById("sources");
    if (sources) sources.scrollIntoView({ block: "start" });
    panes.forEach(function (aid) {
      var pane = first[aid][0], el = first[aid][1];
      pane.scrollTop = Math.max(0, el.offsetTop - pane.clientHeight / 3);
    });
  }
  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-spans]");
    if (!target) return;
    event.preventDefault();
    show(target);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    var target = event.target.closest && event.target.closest("[data-spans]");
    if (!target) return;
    event.preventDefault();
    show(target);
  });
})();
