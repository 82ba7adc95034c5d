"""Sphinx configuration of the DPPPA Kota Bekasi SOP handbook."""

project = "SOP Administrasi Pemerintahan DPPPA Kota Bekasi"
author = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi"
copyright = "Pemerintah Kota Bekasi"
language = "id"

extensions = ["myst_parser", "sopap"]

root_doc = "index"
source_suffix = {".md": "markdown"}
# Only these are pages of the handbook; everything else in the repository
# (tools, node_modules, tests, README) is not.
include_patterns = ["index.md", "docs/**", "sop_source/**"]
exclude_patterns = ["_build", "**/.*"]

# The Keputusan Kepala Dinas whose lampiran the SOPs are (cover pages).
# The number is handwritten in part and read differently on each cover by
# the OCR ("Kep. 112", "Kep. U.2", "Kep. (12", ...; "000.9.3.3" on five
# covers, "000.8.3.3" on four): the majority reading, to be confirmed.
sopap_pemerintah = "Pemerintah Kota Bekasi"
sopap_instansi = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi"
sopap_keputusan = {
    "pejabat": "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi",
    "nomor": "000.9.3.3/Kep.112-DPPPA.Set",
    "tentang": (
        "Standar Operasional Prosedur Administrasi Pemerintahan pada Dinas "
        "Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi"
    ),
}
# Bidang (divisions) owning SOPs: code used in the sources -> full name.
sopap_bidang = {
    "PUGPPKK": "Bidang Pengarusutamaan Gender, Pemberdayaan Perempuan dan Kualitas Keluarga",
    "PPKPA": "Bidang Pencegahan dan Penanganan Kekerasan terhadap Perempuan dan Anak",
}

# HTML handbook (sopap.sphinxext.html): the sopap theme (Alabaster with an
# intranet look and a per-bidang navigation) and Indonesian search with
# stemming ("paraf" finds "memaraf").
html_theme = "sopap"
html_title = "Buku Pegangan SOP DPPPA Kota Bekasi"
html_search_language = "id"

# Lampiran PDF (sopap.render.pdf): each SOP page links its lampiran, which
# `sopap build` / `make handbook` copies into the handbook (_downloads/lampiran/).
sopap_lampiran_download = True
