/* Review mode on SOP pages: highlight what is still to confirm.
   The button is hidden without JavaScript; the mode is remembered in this
   browser (localStorage) and can be asked for with ?tinjau=1 in the URL. */
(function () {
  "use strict";
  var KEY = "sopap-mode-tinjau";

  function stored() {
    try { return window.localStorage.getItem(KEY) === "1"; } catch (e) { return false; }
  }
  function store(on) {
    try { window.localStorage.setItem(KEY, on ? "1" : "0"); } catch (e) { /* private mode */ }
  }
  function apply(on) {
    document.querySelectorAll(".sopap-sop").forEach(function (sop) {
      sop.classList.toggle("sopap-mode-tinjau", on);
      var notes = sop.querySelector("details.sopap-catatan");
      if (notes && on) { notes.open = true; }
    });
    document.querySelectorAll("button.sopap-tombol-tinjau").forEach(function (button) {
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.textContent = on ? "Mode tinjauan: aktif" : "Mode tinjauan";
    });
  }
  function init() {
    var buttons = document.querySelectorAll("button.sopap-tombol-tinjau");
    if (!buttons.length) { return; }
    var asked = /[?&]tinjau=1\b/.test(window.location.search);
    var on = asked || stored();
    if (asked) { store(true); }
    buttons.forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        on = !on;
        store(on);
        apply(on);
      });
    });
    apply(on);
    if (asked && window.location.hash) {
      var target = document.getElementById(window.location.hash.slice(1));
      if (target) { target.scrollIntoView(); }
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
