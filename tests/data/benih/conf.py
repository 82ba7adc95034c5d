"""The frozen seed (tests/data/README.md): the configuration its transcription was read with."""

project = "SOP Administrasi Pemerintahan DPPPA Kota Bekasi"
author = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi"
language = "id"
extensions = ["myst_parser", "sopap"]
root_doc = "index"
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "**/.*"]

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
sopap_bidang = {
    "PUGPPKK": "Bidang Pengarusutamaan Gender, Pemberdayaan Perempuan dan Kualitas Keluarga",
    "PPKPA": "Bidang Pencegahan dan Penanganan Kekerasan terhadap Perempuan dan Anak",
}
html_theme = "sopap"
