/* Search page helpers of the sopap handbook (offline, no dependency).
   1. Indonesian texts that Sphinx's "id" catalogue leaves empty: without them
      the search page shows no summary once a search has finished. The "id"
      plural rule always picks the first form, so it carries the count.
      Its ", in " of an object result ("SOP, di Lomba Posyandu") lacks the
      space before the page title, so it gets one.
   2. Result snippets: the flowchart's SVG titles and the note markers are left
      out, and table cells are kept apart by a space, so a snippet reads as
      text ("Membuat draf laporan ...") and not as "Garis alirLangkah 6: ...". */
if (typeof Documentation !== "undefined" && Documentation.LOCALE === "id") {
  const found = "Pencarian selesai, ditemukan ${resultCount} halaman yang cocok.";
  Object.assign(Documentation.TRANSLATIONS, {
    "Search finished, found one page matching the search query.": [found, found],
    "Search finished, found ${resultCount} pages matching the search query.": [found, found],
    ", in ": ", di ",
  });
}
document.addEventListener("DOMContentLoaded", () => {
  if (typeof Search === "undefined" || typeof Search.htmlToText !== "function") return;
  const original = Search.htmlToText;
  Search.htmlToText = (htmlString, anchor) => {
    const doc = new DOMParser().parseFromString(htmlString, "text/html");
    doc.querySelectorAll("svg, .sopap-tanda-grup, .sopap-tersembunyi").forEach((el) => el.remove());
    doc.querySelectorAll("td, th, li, p, caption").forEach((el) => el.append(" "));
    return original(doc.documentElement.outerHTML, anchor);
  };
});
