/* Live preview (sopap serve): the problems of the sources above every page,
   from _static/sopap-masalah.json, written at the end of each build. The
   problems of this page come first. Without problems nothing is shown. */
(function () {
  "use strict";
  function tampilkan() {
    var tempat = document.getElementById("sopap-masalah");
    if (!tempat) return;
    var akar = document.documentElement.getAttribute("data-content_root") || "";
    fetch(akar + "_static/sopap-masalah.json", { cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : { masalah: [] }; })
      .then(function (data) {
        var semua = data.masalah || [];
        if (!semua.length) { tempat.hidden = true; return; }
        var halaman = tempat.getAttribute("data-halaman");
        var di_sini = semua.filter(function (m) { return m.halaman === halaman; });
        var lain = semua.filter(function (m) { return m.halaman !== halaman; });
        var judul = document.createElement("p");
        judul.className = "sopap-masalah-judul";
        var kuat = document.createElement("strong");
        kuat.textContent = "PRATINJAU: " + semua.length + " masalah pada sumber";
        judul.appendChild(kuat);
        judul.appendChild(document.createTextNode(
          di_sini.length
            ? " (" + di_sini.length + " di halaman ini). Halaman dapat tampil tidak lengkap sampai diperbaiki; simpan berkasnya dan halaman ini dimuat ulang."
            : ". Halaman ini sendiri tidak bermasalah; simpan berkas yang disebut sesudah memperbaikinya."));
        var daftar = document.createElement("ul");
        di_sini.concat(lain).forEach(function (m) {
          var li = document.createElement("li");
          if (m.halaman === halaman) li.className = "sopap-masalah-sini";
          var letak = document.createElement("code");
          letak.textContent = m.berkas + (m.baris ? ":" + m.baris : "");
          li.appendChild(letak);
          li.appendChild(document.createTextNode(" PERINGATAN: " + m.pesan));
          daftar.appendChild(li);
        });
        tempat.textContent = "";
        tempat.appendChild(judul);
        tempat.appendChild(daftar);
        tempat.hidden = false;
      })
      .catch(function () { /* no preview data: nothing to show */ });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", tampilkan);
  else tampilkan();
})();
