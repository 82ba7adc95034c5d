/* The procedure table scrolls sideways in its own box when it is wider than
 * the page. While it does, a hint above it says so and a shade marks the side
 * with more columns (data-gulir="kiri kanan" on the frame, drawn by
 * sopap-sop.css). Without JavaScript the box still scrolls. */
(function () {
  "use strict";
  function update(box) {
    var frame = box.parentElement;
    var hint = frame.previousElementSibling;
    var wide = box.scrollWidth > box.clientWidth + 1;
    var sides = [];
    if (wide && box.scrollLeft > 1) sides.push("kiri");
    if (wide && box.scrollLeft + box.clientWidth < box.scrollWidth - 1) sides.push("kanan");
    frame.setAttribute("data-gulir", sides.join(" "));
    if (hint && hint.classList.contains("sopap-gulir-petunjuk")) hint.hidden = !wide;
  }
  function all() {
    document.querySelectorAll(".sopap-gulir-bingkai > .sopap-gulir").forEach(update);
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".sopap-gulir-bingkai > .sopap-gulir").forEach(function (box) {
      box.addEventListener("scroll", function () { update(box); }, { passive: true });
    });
    all();
  });
  window.addEventListener("resize", all);
  window.addEventListener("load", all);
})();
