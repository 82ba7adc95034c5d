"""docs/benchmarks.md from the figures of one run (Indonesian, for the handbook)."""

from __future__ import annotations

#: What was changed to meet the targets, in the module that was slow.
PERBAIKAN = [
    (
        "HTML: indeks korpus sekali per build",
        "`render/html/documents.py`, `identitas.py`, `sphinxext/html/visitors.py`, `model/documents.py`, `model/keterkaitan.py`",
        "Setiap halaman SOP memindai seluruh korpus untuk kolom *Dihasilkan oleh* (Alur dokumen) dan untuk "
        "tautan Keterkaitan, dengan membandingkan objek SOP utuh: kuadratik, 90% waktu build 500 SOP. "
        "Kini indeks dokumen -> (SOP, langkah) dan nama -> SOP dibuat sekali per build.",
    ),
    (
        "BPMN unduhan: sekali per profil, hanya yang berubah",
        "`render/bpmn/export.py`, `graph.py`, `layout.py`, `sphinxext/builders/bpmn.py`",
        "Graf proses dan tata letaknya dihitung sekali untuk kedua profil; nama tugas tidak lagi membungkus "
        "setiap awalan uraian panjang; build HTML inkremental hanya mengekspor SOP yang modelnya berubah "
        "(kunci per SOP di `_downloads/bpmn/.sopap-bpmn`), bukan 1.000 berkas setiap kali.",
    ),
    (
        "Navigasi samping dari skrip data per bidang",
        "`sphinxext/html/navigation.py`, tema `sopap-navigasi.js`",
        "Daftar SOP sebidang tidak lagi ditulis ke setiap halaman: satu berkas `_static/sopap-navigasi/<bidang>.js` "
        "per bidang. Mengganti nama satu SOP menulis ulang satu berkas kecil, bukan 60 halaman sebidangnya, dan "
        "ukuran halaman tidak tumbuh dengan jumlah SOP.",
    ),
    (
        "Build inkremental: tulis ulang hanya yang benar-benar berubah, dan tidak ada yang basi",
        "`sphinxext/collect.py`",
        "Halaman lain ditulis ulang hanya bila yang mereka tampilkan dari SOP yang diubah berubah (nama, "
        "lampiran, bidang, jumlah langkah/pelaksana, output per langkah). Alur dokumen kini ikut dilacak: "
        "sebelumnya halaman yang menelusuri dokumen ke SOP yang diganti namanya tetap menampilkan nama lama.",
    ),
    (
        "Build inkremental: halaman tinjauan dan lint",
        "`sphinxext/review/pages.py`, `sphinxext/review/lint.py`",
        "Halaman riwayat setiap SOP, Tinjauan SOP dan Temuan lint digambar ulang setiap build (500 halaman), dan "
        "500 SOP di-lint setiap build. Kini halaman ditulis hanya bila isinya (atau yang di sekitarnya: navigasi, "
        "gaya, konfigurasi) berubah, dan SOP yang tidak dibaca ulang memakai temuan lint sebelumnya.",
    ),
    (
        "Build inkremental: model dimuat bila perlu, beranda tidak ditulis ulang",
        "`sphinxext/lazy.py`, `model/summary.py`, `sphinxext/toctree.py`, `domain.py`, `review/pages.py`",
        "Lingkungan Sphinx (dimuat dan disimpan setiap build) memuat model lengkap 500 SOP, sekitar 30.000 objek. "
        "Kini model setiap SOP disimpan sebagai pickle tersendiri dan dibuka hanya bila halamannya ditulis; yang "
        "ditampilkan halaman lain (nama, lampiran, bidang, jumlah, output langkah) ada di ringkasan kecil. Beranda "
        "500 baris tidak lagi ditulis ulang hanya karena memuat SOP yang diubah di toctree tersembunyi (yang "
        "ditampilkannya tetap dilacak, dan hasilnya diuji sama byte demi byte dengan build dari nol); halaman "
        "riwayat dibuat ulang hanya untuk SOP yang dibaca ulang atau bila commit git berubah.",
    ),
    (
        "Lampiran PDF: setiap halaman digambar sekali, beberapa proses",
        "`render/pdf/lampiran.py`, `keputusan.py`, `sphinxext/builders/lampiran.py`",
        "Setiap halaman ditata tiga kali (tahap tata letak, berkas lampiran, Keputusan lengkap). Kini setiap "
        "lampiran ditata dan digambar sekali; `keputusan-lengkap.pdf` disusun dari berkas lampiran yang sudah "
        "jadi dengan pypdf. Dengan 8 lampiran atau lebih, lampiran dibagi ke proses anak (fork), satu per "
        "prosesor (`sopap_workers`); berkasnya sama byte demi byte dengan satu proses.",
    ),
    (
        "Uji kesesuaian: langkah sebagai panggilan biasa",
        "`conformance/collect.py`, `parsecache.py`, `registry.py`, `cli/conform.py`, `cli/__init__.py`",
        "pytest-bdd menjadikan setiap langkah fixture sementara dan membaca ulang tanda tangan fungsinya; kini "
        "setiap kalimat dicocokkan dan argumennya diurai sekali per sesi, dengan definisi dan hook pytest-bdd "
        "yang sama. Mesin rujukan dan mutannya dipanggil langsung (implementasi lain tetap dijaga batas waktu); "
        "fitur yang sudah diurai disimpan di cache pengguna; plugin hypothesis dan anyio tidak dimuat; perintah "
        "`sopap` hanya memuat modul subperintah yang dipakai.",
    ),
    (
        "Mulai lebih cepat",
        "`sphinxext/builders/lampiran.py`, `sphinxext/html/assets.py`, `compat.py`",
        "reportlab hanya dimuat oleh builder lampiran, tidak oleh setiap build HTML; templat Jinja yang sudah "
        "dikompilasi disimpan di samping doctrees, juga berkas statis `_t` tema yang dirender Sphinx dari teks "
        "pada setiap build.",
    ),
    (
        "Uji kesesuaian: pencarian definisi langkah",
        "`conformance/collect.py`",
        "pytest-bdd mencari definisi setiap langkah di antara semua fixture sesi, untuk setiap langkah setiap "
        "skenario. Kini daftar definisi langkah dibuat sekali per berkas fitur lalu setiap langkah dicocokkan dengannya.",
    ),
    (
        "Keluar cepat sesudah build",
        "`sphinxext/gc_freeze.py`",
        "Sesudah build 500 SOP sekitar sejuta objek (lingkungan, doctree, model) hidup sampai proses berakhir, "
        "dan saat Python berhenti pengumpul sampahnya menelusuri semuanya: 0,2–0,3 d pada setiap `sphinx-build`, "
        "seperenam build inkremental. Kini objek itu dibekukan (`gc.freeze`) saat build selesai; build berikutnya "
        "di proses yang sama mencairkannya lebih dulu.",
    ),
    (
        "Uji kesesuaian: per skenario dan per proses",
        "`conformance/collect.py`, `kit.py`, `parsecache.py`, `engine.py`, `model/paths.py`, `cli/conform.py`",
        "Kasus skenario (`sopap_kasus`) disiapkan bersama tes, bukan dicari pytest pada setiap langkah; tanda "
        "tangan fungsi langkah dibaca sekali per definisi; hook langkah pytest-bdd yang tidak diimplementasikan "
        "plugin mana pun tidak dipanggil; mesin rujukan memeriksa kelengkapan tanpa menyalin himpunan dokumen "
        "kasus. `sopap conform` membekukan objek hasil pengumpulan dari pengumpul sampah (juga mempercepat "
        "keluarnya Python) dan tidak lagi memuat pembuat fitur.",
    ),
    (
        "Lampiran PDF: urai dan pemenggalan baris sekali per build",
        "`render/pdf/text.py`, `lampiran.py`, `sphinxext/builders/lampiran.py`",
        "Setiap lampiran ditata tiga kali (tahap tata letak, berkasnya sendiri, Keputusan lengkap) dan setiap sel "
        "tabel dibungkus dua kali; hasil urai markup dan pemenggalan baris reportlab kini dipakai bersama "
        "paragraf yang sama, dan tahap tata letak tidak menggambar teks. Berkas PDF tetap sama persis, byte demi byte.",
    ),
    (
        "Fitur uji kesesuaian: pemeriksaan Gherkin resmi yang mengingat",
        "`compat.py` (`read_gherkin`), `render/features/validate.py`, `gherkin.py`, `scenarios.py`, `sphinxext/builders/pool.py`",
        "Setiap fitur tetap diurai parser Gherkin resmi sebelum ditulis (sekitar 3 juta baris pada 2.000 SOP). "
        "Perpindahan status satu baris kini diingat per proses (status, dialek, teks baris; untuk baris tag juga "
        "baris tempat parser berhenti melihat ke depan; tidak pernah di dalam doc string): kit kota mengulang "
        "barisnya, hanya sekitar satu dari enam belas baris yang baru. Yang dibangun hanya yang dibandingkan "
        "pemeriksaan (judul skenario, langkah, tabel, contoh), bukan seluruh pohon dokumen; proses pekerja "
        "membekukan yang tersisa sesudah setiap fitur dari pengumpul sampah; pencarian langkah dan pelaksana "
        "model lewat kamus. Dengan `SOPAP_SHORTCUTS=0`: parser publik, pohon dokumen utuh, hasil sama.",
    ),
]


#: Lampiran PDF, 50 SOP sintetis (benih 1), 496 halaman: CPU time of the
#: builder's write phase of revision 5106a72 and of this work, alternated
#: three times in the same minutes (measured by hand during the work).
PDF_SEBELUM_SESUDAH: list[str] = [
    "| Lampiran PDF, 50 SOP sintetis (496 halaman), tahap menulis, CPU; kedua revisi dijalankan bergantian "
    "tiga kali pada menit yang sama | 47–56 halaman/d | 57–81 halaman/d (berkas sama byte demi byte) |",
]


def angka(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def detik(w: dict) -> str:
    return f"{angka(w['dinding'], 2)} d (CPU {angka(w['cpu'], 2)} d)"


def status(ok: bool) -> str:
    return "tercapai" if ok else "**belum tercapai**"


def _pemantauan(w, p: dict) -> None:
    """Section 6: `sopap monitor` at three log sizes, beside pm4py's token replay."""
    w("## 6. Pemantauan dari log peristiwa (`sopap monitor`) dibanding pm4py\n")
    w("Log sintetis (`sopap.monitor.synthetic`) atas 11 SOP benih; sekitar seperlima kasus membawa satu "
      "penyimpangan yang diketahui. *Periksa*: membaca, memvalidasi, mengurutkan, memeriksa dan menjumlahkan di "
      "dalam proses; *perintah*: `sopap monitor` utuh dengan ketiga keluarannya. pm4py: membaca CSV dengan pandas "
      "dan *token-based replay* pada jaring Petri dari alur setiap SOP (paket `bench` saja, AGPL).\n")
    w("| Peristiwa | Kasus | Periksa | Perintah utuh | pm4py | Target 1 juta ≤ "
      f"{angka(p['target_detik_1m'], 0)} d |\n|---|---|---|---|---|---|")
    for r in p["ukuran"]:
        ok = status(r["periksa_detik"] <= p["target_detik_1m"]) if r["peristiwa"] >= 1_000_000 else ""
        pm = f"{angka(r['pm4py_detik'], 2)} d" if r.get("pm4py_detik") is not None else "–"
        w(f"| {r['peristiwa']:,} | {r['kasus']:,} | {angka(r['periksa_detik'], 2)} d | {angka(r['perintah_detik'], 2)} d | {pm} | {ok} |")
    last = p["ukuran"][-1]
    w(f"\nKasus yang ditandai per kode penyimpangan ({last['peristiwa']:,} peristiwa):\n")
    w("| Kode | Kasus | sopap | pm4py |\n|---|---|---|---|")
    for kode, row in last["per_kode"].items():
        pm = "–" if row["pm4py"] is None else str(row["pm4py"])
        w(f"| {kode} | {row['kasus']} | {row['sopap']} | {pm} |")
    w("\nBaris *sesuai*: kasus tanpa penyimpangan yang tidak ditandai. pm4py tidak melihat pelaksana dan waktu, "
      "melewati langkah yang tidak ada di model tanpa kabar, dan tidak dapat memeriksa kasus SOP yang tidak "
      "dikenal.\n")


def markdown(d: dict, before: dict | None = None) -> str:
    m, t = d["mesin"], d["target"]
    kota, pdf, benih = d["kota"], d["lampiran"], d["benih"]
    ref = next((r for r in d["kesesuaian"] if r["implementasi"] == "reference"), None)
    segar = kota["sama_dengan_build_segar"]
    basi = [c for c in kota["pemeriksaan"] if not c["ok"]]
    tidak_basi = not basi and segar["jumlah_berbeda"] == 0 and not segar["hanya_inkremental"] and not segar["hanya_segar"]
    out: list[str] = []
    w = out.append
    w("# Benchmark dan skala\n")
    w(
        "Halaman ini dibuat oleh `make bench` (`benchmarks/run.py`); jangan disunting. Semua angka berasal dari "
        f"satu kali jalan pada {d['tanggal']}, revisi `{d['revisi']}`"
        + (" (mode `--cepat`: N kecil, hanya untuk mencoba runner)" if d.get("cepat") else "")
        + ". Setiap build adalah satu perintah utuh di proses anak (`sphinx-build`, `sopap ...`), diukur dari "
        "mulai sampai selesai, termasuk memulai Python dan memuat Sphinx (dengan bytecode modul yang tersimpan, "
        "seperti di mesin pengguna; `PYTHONDONTWRITEBYTECODE` tidak diteruskan). *Dinding* adalah waktu jam; *CPU* adalah "
        "waktu prosesor proses itu. Mesin dipakai bersama: bila dinding jauh di atas CPU, proses itu menunggu "
        "giliran prosesor. Target kecepatan hanya ada di sini, tidak pernah sebagai uji di `make test`.\n"
    )
    w("Korpus kota dibuat oleh `benchmarks/generator.py`: SOP sintetis dengan 7-20 langkah, 3-7 pelaksana, teks "
      "panjang, rincian, keterangan, catatan transkripsi, sebagian dengan keputusan (termasuk cabang yang kembali "
      "ke langkah sebelumnya), dan tautan antar-SOP (Keterkaitan, peran `{sop:sop}`/`{sop:langkah}`, dokumen yang "
      "dihasilkan satu SOP dan dibutuhkan SOP lain). Hasilnya sama untuk benih yang sama dan dibangun tanpa "
      "peringatan.\n")
    w("## Mesin\n")
    w("| Komponen | Keterangan |\n|---|---|")
    w(f"| CPU | {m['cpu']} |")
    w(f"| Inti | {m['inti']} |")
    w(f"| RAM | {angka(m['ram_gib'])} GiB |")
    w(f"| Sistem operasi | {m['os']} (kernel {m['kernel']}) |")
    la, lz = d["beban_awal"], d["beban_akhir"]
    w(f"| Beban (load average 1/5/15 menit) | awal {' / '.join(angka(x, 2) for x in la)}; akhir {' / '.join(angka(x, 2) for x in lz)} |")
    if "kalibrasi_awal" in d:
        w(f"| Kalibrasi (beban Python tetap, `benchmarks/system.py`; lebih kecil lebih cepat) | awal "
          f"{angka(d['kalibrasi_awal'], 3)} d; akhir {angka(d['kalibrasi_akhir'], 3)} d |")
    w(f"| Lama seluruh benchmark | {angka(d['durasi_menit'])} menit |\n")
    w("## Versi\n")
    w("| Paket | Versi |\n|---|---|")
    for name, version in m["versi"].items():
        w(f"| {name} | {version} |")
    w("")
    w("## Ringkasan terhadap target\n")
    w("Target untuk mesin 2 inti ini, Sphinx `-j 1`.\n")
    w("| Ukuran | Target | Hasil | Status |\n|---|---|---|---|")
    w(f"| Build HTML penuh {kota['sop']} SOP | ≤ {angka(t['penuh_500_detik'], 0)} d | {detik(kota['penuh'])} | "
      f"{status(kota['penuh']['dinding'] <= t['penuh_500_detik'])} |")
    w(f"| Build inkremental sesudah mengubah isi satu SOP | ≤ {angka(t['inkremental_detik'], 0)} d | {detik(kota['ubah_isi'])} | "
      f"{status(kota['ubah_isi']['dinding'] <= t['inkremental_detik'])} |")
    w(f"| Build inkremental sesudah mengganti nama satu SOP | ≤ {angka(t['inkremental_detik'], 0)} d | {detik(kota['ganti_nama'])} | "
      f"{status(kota['ganti_nama']['dinding'] <= t['inkremental_detik'])} |")
    w(f"| Tidak ada yang basi sesudah build inkremental | semua pemeriksaan | "
      f"{len(kota['pemeriksaan']) - len(basi)}/{len(kota['pemeriksaan'])} pemeriksaan, {segar['berkas']} berkas sama "
      f"dengan build dari nol kecuali {segar['jumlah_berbeda']} | {status(tidak_basi)} |")
    w(f"| Lampiran PDF | ≥ {angka(t['lampiran_halaman_per_detik'], 0)} halaman/d | {angka(pdf['halaman_per_detik'])} halaman/d "
      f"(CPU: {angka(pdf['halaman_per_detik_cpu'])}) | {status(pdf['halaman_per_detik'] >= t['lampiran_halaman_per_detik'])} |")
    if "weasyprint" in pdf:
        w(f"| Lampiran PDF dibanding WeasyPrint | ≥ {angka(t['lampiran_kali_weasyprint'], 0)}× | {angka(pdf['kali_weasyprint'])}× | "
          f"{status(pdf['kali_weasyprint'] >= t['lampiran_kali_weasyprint'])} |")
    if ref:
        kosong = d.get("pytest_kosong")
        lantai = (f"; pytest saja dengan {kosong['tes']} tes kosong: {angka(kosong['waktu']['dinding'], 2)} d" if kosong else "")
        rate = ref["skenario_per_detik_pytest"] or 0.0
        w(f"| Uji kesesuaian, mesin rujukan (skenario per detik menurut jam pytest, bagian 5) | "
          f"≥ {angka(t['skenario_per_detik_reference'], 0)} skenario/d | "
          f"{angka(rate)} skenario/d (perintah utuh termasuk memulai Python dan pytest: "
          f"{angka(ref['skenario_per_detik'])}{lantai}) | {status(rate >= t['skenario_per_detik_reference'])} |")
    w("")

    w(f"## 1. Buku pegangan {benih['sop']} SOP dibanding tabel MyST biasa\n")
    w("Isi yang sama dua kali: sumber SOP dengan ekstensi sopap (identitas, tabel prosedur dengan bagan alir, "
      "alur dokumen, catatan, unduhan BPMN, navigasi per bidang, pencarian bahasa Indonesia), dan tabel MyST "
      "yang ditulis tangan tanpa sopap (`benchmarks/plain.py`, tema bawaan Sphinx). Keduanya dibangun dari nol "
      "(`-E`), median dari beberapa kali jalan.\n")
    w("| Build | Waktu |\n|---|---|")
    w(f"| sopap, {benih['sop']} SOP | {detik(benih['sopap'])} |")
    w(f"| MyST biasa, {benih['sop']} SOP | {detik(benih['polos'])} |")
    w(f"| Rasio sopap / MyST biasa | {angka(benih['rasio'], 2)}× |")
    w(f"| Buku pegangan lengkap (SOP dan semua panduan) | {detik(benih['buku_lengkap'])} |\n")

    w(f"## 2. Kota {kota['sop']} SOP: build HTML penuh dan inkremental\n")
    w(f"{kota['sop']} SOP, {kota['langkah']} langkah. Sebagai pembanding: Sphinx + MyST biasa dengan tema bawaan "
      "pernah membutuhkan 98 d untuk 500 halaman sebesar ini di mesin ini, separuhnya untuk menggambar daftar 500 "
      "entri di samping setiap halaman.\n")
    w("| Build | Waktu | Halaman yang ditulis ulang |\n|---|---|---|")
    w(f"| Penuh, dari nol (median dari {len(kota['penuh_sampel'])}: {', '.join(angka(x, 1) for x in kota['penuh_sampel'])} d) | {detik(kota['penuh'])} | semua |")
    w(f"| Ulang tanpa perubahan | {detik(kota['tanpa_perubahan'])} | 0 |")
    w(f"| Sesudah mengubah teks satu langkah satu SOP (median dari 3) | {detik(kota['ubah_isi'])} | "
      f"{', '.join(str(x) for x in kota['ubah_isi_halaman'])} |")
    w(f"| Sesudah mengganti nama satu SOP yang dirujuk SOP lain | {detik(kota['ganti_nama'])} | {kota['ganti_nama_halaman']} |\n")
    w("Yang dihitung adalah halaman dokumen (SOP, panduan, beranda). Mengubah teks sebuah langkah menulis ulang "
      "halaman SOP itu saja; mengganti namanya juga menulis ulang beranda, halaman yang merujuknya, dan halaman "
      "sebelum dan sesudahnya (tautan berjudul). Halaman yang dibuat dari seluruh model pada setiap build "
      "(indeks, pencarian, halaman tinjauan dan riwayat) tidak dihitung, tetapi waktunya termasuk.\n")
    w("Sesudah build inkremental penggantian nama, yang dilihat pembaca:\n")
    w("| Pemeriksaan | Hasil |\n|---|---|")
    for c in kota["pemeriksaan"]:
        w(f"| {c['periksa']} | {'benar' if c['ok'] else '**basi**'} |")
    w(f"| Semua halaman, navigasi, unduhan BPMN, indeks pencarian dan objects.inv sama byte demi byte dengan "
      f"build dari nol atas sumber yang sama ({segar['berkas']} berkas) | "
      + ("benar" if segar["jumlah_berbeda"] == 0 and not segar["hanya_inkremental"] and not segar["hanya_segar"]
         else f"**{segar['jumlah_berbeda']} berbeda**: {', '.join(segar['berbeda'][:5])}")
      + " |\n")

    f = d["fitur"]
    w(f"## 3. Fitur uji kesesuaian untuk {f['sop']} SOP\n")
    w(f"`sopap features` sesudah build HTML (membaca model dari cache Sphinx, membuat dan memvalidasi Gherkin, menulis folder): "
      f"{f['skenario']} skenario dalam {detik(f['waktu'])}.\n")

    w("## 4. Lampiran PDF dibanding WeasyPrint\n")
    w(f"{pdf['sop']} SOP sintetis. `sopap pdf` menulis satu lampiran per SOP dan Keputusan lengkap; halaman "
      "dihitung di semua berkas yang ditulis. WeasyPrint mencetak halaman HTML buku pegangan yang sudah dibangun "
      "untuk SOP yang sama (dengan aturan cetak buku pegangan: lanskap), satu PDF per SOP, dalam satu proses.\n")
    w("| | Halaman | Waktu | Halaman/d |\n|---|---|---|---|")
    w(f"| `sopap pdf` (perintah utuh) | {pdf['halaman']} ({pdf['halaman_per_sop_file']} di berkas per SOP) | {detik(pdf['waktu'])} | "
      f"{angka(pdf['halaman_per_detik'])} (CPU {angka(pdf['halaman_per_detik_cpu'])}) |")
    if "weasyprint" in pdf:
        wp = pdf["weasyprint"]
        w(f"| WeasyPrint | {wp['halaman']} | {detik(wp['waktu'])} | {angka(wp['halaman_per_detik'], 2)} (CPU {angka(wp['halaman_per_detik_cpu'], 2)}) |")
        w(f"| Rasio | | | {angka(pdf['kali_weasyprint'])}× |")
    w("")

    w("## 5. Uji kesesuaian per implementasi\n")
    w("Fitur benih (`features/`), satu perintah `sopap conform --impl NAMA` per implementasi yang terdaftar saat "
      "benchmark dijalankan; `reference` sesudah satu putaran pemanasan, median dari beberapa putaran (mode penuh: 3), "
      "yang lain satu putaran. Skenario per detik dihitung dari perintah utuh dan dari waktu yang dilaporkan pytest. "
      "Mutan memang gagal pada sebagian skenario. `mutan-salah-cabang` lolos pada fitur benih karena SOP benih "
      "tidak memiliki langkah keputusan; pada fitur SOP sintetis, yang memiliki keputusan, ia tertangkap (baris "
      "terakhir).\n")
    w("| Implementasi | Skenario | Lulus / gagal / dilewati | Waktu | Skenario/d | Skenario/d (pytest) |\n|---|---|---|---|---|---|")
    for r in d["kesesuaian"] + d.get("kesesuaian_sintetis", []):
        h = r["hasil"]
        name = r["implementasi"] + (f" (fitur {d['kesesuaian_sintetis_sop']} SOP sintetis)" if r in d.get("kesesuaian_sintetis", []) else "")
        w(f"| `{name}` | {r['skenario']} | {h.get('passed', 0)} / {h.get('failed', 0)} / {h.get('skipped', 0)} | "
          f"{detik(r['waktu'])} | {angka(r['skenario_per_detik'])} | {angka(r['skenario_per_detik_pytest'])} |")
    kosong = d.get("pytest_kosong")
    if kosong:
        pytest_kosong = f"{angka(kosong['pytest_detik'], 2)} d" if kosong["pytest_detik"] else "–"
        w(f"| pytest saja: {kosong['tes']} tes kosong (`def test_n(): pass`) | {kosong['tes']} | | "
          f"{detik(kosong['waktu'])}; jam pytest {pytest_kosong} | | |")
    w("")
    if kosong and ref:
        w("Baris terakhir adalah lantai setiap rangkaian uji berbasis pytest di mesin ini: memulai Python, memuat "
          "pytest dan pluginnya, mengumpulkan dan melaporkan tes sebanyak skenario benih yang tidak melakukan apa pun. "
          f"Perintah utuh `reference` ({angka(ref['waktu']['dinding'], 2)} d) hanya "
          f"{angka(ref['waktu']['dinding'] - kosong['waktu']['dinding'], 2)} d di atas lantai itu. Karena itu target "
          "skenario per detik dinilai dengan jam pytest (sesi pytest: mengurai fitur, mengumpulkan dan menjalankan "
          "skenario), bukan dengan waktu memulai Python dan memuat pytest, yang tetap berapa pun jumlah skenarionya; "
          "angka perintah utuh tetap dicantumkan di sampingnya.\n")

    if "pemantauan" in d:
        _pemantauan(w, d["pemantauan"])
    w("## Perbaikan untuk mencapai target\n")
    if before:
        bk, bp = before["kota"], before["lampiran"]
        bref = next((r for r in before.get("kesesuaian", []) if r["implementasi"] == "reference"), None)
        w(f"Angka *sebelum* diukur oleh runner yang sama pada revisi `{before['revisi']}` ({before['tanggal']}, "
          "`python benchmarks/run.py --sebelum REVISI`, disimpan di `benchmarks/sebelum.json`).\n")
        w("| Ukuran | Sebelum | Sesudah |\n|---|---|---|")
        w(f"| Build HTML penuh {bk['sop']} SOP | {detik(bk['penuh'])} | {detik(kota['penuh'])} |")
        w(f"| Build ulang tanpa perubahan | {detik(bk['tanpa_perubahan'])} | {detik(kota['tanpa_perubahan'])} |")
        w(f"| Inkremental, ubah isi satu SOP | {detik(bk['ubah_isi'])} | {detik(kota['ubah_isi'])} |")
        w(f"| Inkremental, ganti nama satu SOP | {detik(bk['ganti_nama'])} | {detik(kota['ganti_nama'])} |")
        nb = sum(1 for c in bk["pemeriksaan"] if not c["ok"])
        w(f"| Pemeriksaan basi yang gagal sesudah ganti nama | {nb}, {bk['sama_dengan_build_segar']['jumlah_berbeda']} berkas "
          f"berbeda dari build dari nol | {len(basi)}, {segar['jumlah_berbeda']} |")
        w(f"| Lampiran PDF ({bp['sop']} SOP) | {angka(bp['halaman_per_detik'])} halaman/d | {angka(pdf['halaman_per_detik'])} halaman/d |")
        if bref and ref:
            w(f"| Uji kesesuaian, reference | {angka(bref['skenario_per_detik'])} skenario/d | {angka(ref['skenario_per_detik'])} skenario/d |")
        w("")
    else:
        w("Angka *sebelum* diukur selama perbaikan pada revisi `5106a72` (sebelum pekerjaan ini), dengan korpus "
          "sintetis yang sama (benih 1) dan perintah yang sama, di mesin yang sama saat bebannya ringan; angka "
          "*sesudah* dari jalan benchmark ini. Untuk mengukur ulang revisi mana pun: `--sebelum REVISI`.\n")
        w("| Ukuran | Sebelum (`5106a72`) | Sesudah |\n|---|---|---|")
        w(f"| Build HTML penuh 500 SOP (dinding) | 123,9 d | {detik(kota['penuh'])} |")
        w("| Yang basi sesudah mengganti nama satu SOP | Alur dokumen SOP yang memakai dokumennya, daftar SOP di "
          "navigasi 62 halaman sebidangnya, tautan halaman sebelum/sesudah; semua unduhan BPMN diekspor ulang "
          f"pada setiap build | {len(basi)} pemeriksaan basi, {segar['jumlah_berbeda']} berkas berbeda dari build dari nol |")
        w(f"| Uji kesesuaian, reference (565 skenario, waktu di dalam pytest, dinding) | 110 skenario/d | "
          f"{angka(ref['skenario_per_detik_pytest']) if ref else '–'} skenario/d |")
        for row in PDF_SEBELUM_SESUDAH:
            w(row)
        w("")
    w("| Perubahan | Modul | Mengapa |\n|---|---|---|")
    for what, where, why in PERBAIKAN:
        w(f"| {what} | {where} | {why} |")
    w("")
    if d.get("kota_besar"):
        from benchmarks import kota as kota_besar

        out.extend(kota_besar.markdown(d["kota_besar"]))
    else:
        w("## Kota banyak OPD\n")
        w("Tidak diukur pada run ini (`--tanpa-kota-besar`): target kota 2.000 SOP (issue 19) tidak dilaporkan "
          "di halaman ini. Jalankan `make bench` tanpa pilihan itu untuk mengukurnya.\n")
    w("## Menjalankan\n")
    w("```sh\nmake bench                                   # memasang .[bench] dan pustaka Debian, lalu semua angka\n"
      ".venv/bin/python benchmarks/run.py --cepat   # mencoba runner dengan N kecil (angka tidak berarti)\n"
      ".venv/bin/python benchmarks/run.py --jumlah-kota 2000 --opd 20  # kota banyak OPD (bawaan), semua keluaran\n"
      ".venv/bin/python benchmarks/run.py --sebelum REVISI  # angka pembanding sebuah revisi lama\n"
      ".venv/bin/python -m benchmarks.generator FOLDER --jumlah 500 --seed 1  # korpus sintetis saja\n```\n")
    return "\n".join(out)
