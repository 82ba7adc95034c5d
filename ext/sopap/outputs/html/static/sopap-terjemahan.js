/* Indonesian texts that Sphinx's "id" catalogue leaves empty: without them
   the search page shows no summary once a search has finished. */
if (typeof Documentation !== "undefined" && Documentation.LOCALE === "id") {
  Object.assign(Documentation.TRANSLATIONS, {
    "Search finished, found one page matching the search query.": [
      "Pencarian selesai, ditemukan 1 halaman yang cocok.",
      "Pencarian selesai, ditemukan ${resultCount} halaman yang cocok.",
    ],
    "Search finished, found ${resultCount} pages matching the search query.": [
      "Pencarian selesai, ditemukan ${resultCount} halaman yang cocok.",
      "Pencarian selesai, ditemukan ${resultCount} halaman yang cocok.",
    ],
  });
}
