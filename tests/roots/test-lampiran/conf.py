extensions = ["myst_parser", "sopap"]
exclude_patterns = ["_build"]
language = "id"
sopap_pemerintah = "Pemerintah Kota Uji"
sopap_instansi = "Dinas Uji Kota Uji"
sopap_keputusan = {
    "pejabat": "Kepala Dinas Uji Kota Uji",
    "nomor": "000.1/Kep.1-Uji",
    "tentang": "Standar Operasional Prosedur Administrasi Pemerintahan pada Dinas Uji",
}
sopap_bidang = {"UJI": "Bidang Uji"}
