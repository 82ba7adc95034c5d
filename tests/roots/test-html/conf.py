extensions = ["myst_parser", "sopap"]
exclude_patterns = ["_build"]
language = "id"
html_theme = "sopap"
html_search_language = "id"
sopap_bidang = {"UJI": "Bidang Uji", "LAIN": "Bidang Lain"}
sopap_keputusan = {"pejabat": "Kepala Dinas Uji", "nomor": "000/Kep.1-Uji", "tentang": "SOP Uji"}

# The kop of the test client (sopap has no built-in client).
sopap_pemerintah = "Pemerintah Kota Bekasi"
sopap_instansi = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi"
