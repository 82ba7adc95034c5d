/* Search page helpers of the sopap handbook (offline, no dependency).
   1. Indonesian texts that Sphinx's "id" catalogue leaves empty or gets wrong:
      without them the search page shows no summary once a search has
      finished. The "id" plural rule always picks the first form, so it
      carries the count. Its ", in " of an object result ("SOP, di Lomba
      Posyandu") lacks the space before the page title, so it gets one.
   2. Ranking (Sphinx's documented Scorer.score hook; this file loads before
      searchtools.js, which keeps a Scorer that is already defined): an SOP
      first, then its steps in their own order (step 2 before step 10), then
      the rest of the SOP pages, then the guides. Which pages hold an SOP comes
      from _static/sopap-navigasi/sop.js, loaded on the search page.
   3. Result snippets: the flowchart's SVG titles, the note markers and the
      words only printed or only shown on narrow screens are left out, and
      table cells are kept apart by a space, so a snippet reads as text
      ("Membuat draf laporan ...") and not as "Garis alirLangkah 6: ...". */
if (typeof Documentation !== "undefined" && Documentation.LOCALE === "id") {
  const found = "Pencarian selesai, ditemukan ${resultCount} halaman yang cocok.";
  Object.assign(Documentation.TRANSLATIONS, {
    "Search finished, found one page matching the search query.": [found, found],
    "Search finished, found ${resultCount} pages matching the search query.": [found, found],
    ", in ": ", di ",
    "Preparing search...": "Menyiapkan pencarian…",
    "Searching": "Mencari",
    "Search Results": "Hasil pencarian",
    "Hide Search Matches": "Sembunyikan sorotan hasil pencarian",
    "Your search did not match any documents. Please make sure that all words are spelled correctly and that you've selected enough categories.":
      "Tidak ada halaman yang cocok. Periksa ejaan kata yang dicari, atau coba kata lain.",
  });
}

var Scorer = {
  // Sphinx's own weights (searchtools.js), unchanged
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
  score: (result) => {
    const [docname, , anchor, , score, , kind] = result;
    const sops = (window.sopapNavigasi || {}).sop || {};
    if (!(docname in sops)) return score; // a guide or a review page
    const [order, sopAnchor] = sops[docname];
    // tiers far apart, so that relevance only orders results within a tier
    const step = /-langkah-(\d+)$/.exec(anchor || "");
    if (kind === "object" && step) return 200000 - order * 1000 - Number(step[1]);
    if (kind === "object") {
      // Sphinx rebuilds a shortened object anchor from the display name
      // ("#sop-Lomba Posyandu"): the SOP's own anchor instead
      result[2] = "#" + sopAnchor;
      return 300000 + score;
    }
    return 100000 + score;
  },
};

document.addEventListener("DOMContentLoaded", () => {
  if (typeof Search === "undefined" || typeof Search.htmlToText !== "function") return;
  const original = Search.htmlToText;
  Search.htmlToText = (htmlString, anchor) => {
    const doc = new DOMParser().parseFromString(htmlString, "text/html");
    doc
      .querySelectorAll("svg, .sopap-tanda-grup, .sopap-tersembunyi, .sopap-kartu, .sopap-alur-cetak, .sopap-cetak-catatan, .sopap-gulir-petunjuk")
      .forEach((el) => el.remove());
    doc.querySelectorAll("td, th, li, p, caption").forEach((el) => el.append(" "));
    return original(doc.documentElement.outerHTML, anchor);
  };
});
