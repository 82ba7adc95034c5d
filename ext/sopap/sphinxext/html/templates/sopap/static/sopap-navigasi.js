/* Draws the sidebar's list of the current bidang's SOPs and the number of
 * SOPs of every bidang from the data scripts of _static/sopap-navigasi/
 * (written by each build; see sopap/sphinxext/html/navigation.py). The pages
 * themselves do not carry the list, so renaming one SOP does not make every
 * page of its bidang stale. */
(function () {
  "use strict";
  var data = window.sopapNavigasi || {};
  var root = document.documentElement.getAttribute("data-content_root") || "";
  var jumlah = data.jumlah || {};
  var bidang = data.bidang || {};
  document.querySelectorAll("[data-sopap-jumlah]").forEach(function (el) {
    var n = jumlah[el.getAttribute("data-sopap-jumlah")];
    if (typeof n === "number") el.textContent = "(" + n + ")";
  });
  document.querySelectorAll("ul[data-sopap-bidang]").forEach(function (ul) {
    var here = ul.getAttribute("data-sopap-halaman");
    (bidang[ul.getAttribute("data-sopap-bidang")] || []).forEach(function (entry) {
      var docname = entry[0], lampiran = entry[1], nama = entry[2], uri = entry[3];
      var li = document.createElement("li");
      var a = document.createElement("a");
      if (docname === here) {
        a.href = uri.slice(uri.indexOf("#"));
        a.setAttribute("aria-current", "page");
      } else {
        a.href = root + uri;
      }
      if (lampiran) {
        var span = document.createElement("span");
        span.className = "sopap-nav-lampiran";
        span.textContent = lampiran;
        a.appendChild(span);
        a.appendChild(document.createTextNode(" "));
      }
      a.appendChild(document.createTextNode(nama));
      li.appendChild(a);
      ul.appendChild(li);
    });
  });
})();
