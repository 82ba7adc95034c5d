project = "Uji Tata Letak SOP"
html_title = "Buku Pegangan Uji Tata Letak"
extensions = ["myst_parser", "sopap"]
exclude_patterns = ["_build"]
language = "id"
html_theme = "sopap"
html_search_language = "id"
# a long instansi name: the kop must wrap in balanced lines
sopap_pemerintah = "Pemerintah Kota Bekasi"
sopap_instansi = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi"
sopap_keputusan = {
    "pejabat": "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi",
    "nomor": "000.9.3.3/Kep.1-Uji",
    "tentang": "Standar Operasional Prosedur Administrasi Pemerintahan pada Dinas Uji",
}
sopap_bidang = {"UJI": "Bidang Uji"}
