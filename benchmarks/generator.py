"""A synthetic city-sized handbook: N SOPs with the shapes of real ones.

Each SOP has 7-20 steps, 3-7 pelaksana, long Indonesian texts, rincian,
keterangan, transcription notes, and some decisions (with back-edges to an
earlier step, or a forward skip). The SOPs are linked to each other the
ways real ones are, so that an incremental build has something to keep
fresh: Keterkaitan entries naming other SOPs, ``{sop:sop}`` and
``{sop:langkah}`` roles (in SOP files and on a guide page), and documents one
SOP produces and another needs (shown in "Alur dokumen").

Everything comes from ``random.Random(seed)``: the same N and seed give the
same files byte for byte. The project builds without a warning.

    python -m benchmarks.generator FOLDER --jumlah 500 --seed 1
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

INSTANSI = "Pemerintah Kota Sintesis"
SINGKATAN = "Pemkot Sintesis"

#: code -> full name; SOPs are spread over these in turn.
BIDANG: dict[str, str] = {
    "SEKRETARIAT": "Sekretariat Daerah",
    "KEPEGAWAIAN": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "KEUANGAN": "Badan Keuangan dan Aset Daerah",
    "PERENCANAAN": "Badan Perencanaan Pembangunan Daerah",
    "KEPENDUDUKAN": "Dinas Kependudukan dan Pencatatan Sipil",
    "PERIZINAN": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "SOSIAL": "Dinas Sosial",
    "KESEHATAN": "Dinas Kesehatan",
}

#: The perangkat daerah of a city (``generate(..., opd=N)``): code -> name;
#: beyond these, numbered ones.
OPD: dict[str, str] = {
    "SETDA": "Sekretariat Daerah Kota Sintesis",
    "BKPSDM": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Sintesis",
    "BKAD": "Badan Keuangan dan Aset Daerah Kota Sintesis",
    "BAPPEDA": "Badan Perencanaan Pembangunan Daerah Kota Sintesis",
    "DISDUKCAPIL": "Dinas Kependudukan dan Pencatatan Sipil Kota Sintesis",
    "DPMPTSP": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Sintesis",
    "DINSOS": "Dinas Sosial Kota Sintesis",
    "DINKES": "Dinas Kesehatan Kota Sintesis",
    "DPPPA": "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Sintesis",
    "DISKOMINFO": "Dinas Komunikasi dan Informatika Kota Sintesis",
}


def opd_codes(n: int) -> list[tuple[str, str]]:
    """(code, name) of ``n`` perangkat daerah."""
    named = list(OPD.items())
    return named[:n] + [(f"OPD{i:02d}", f"Perangkat Daerah {i} Kota Sintesis") for i in range(len(named) + 1, n + 1)]


#: Actor columns in the order of the official table (highest office first).
PELAKSANA: list[tuple[str, str]] = [
    ("walikota", "Wali Kota"),
    ("sekda", "Sekretaris Daerah"),
    ("kadis", "Kepala Perangkat Daerah"),
    ("sekdis", "Sekretaris Perangkat Daerah"),
    ("kabid", "Kepala Bidang"),
    ("kasubag", "Kepala Subbagian Umum dan Kepegawaian"),
    ("katim", "Ketua Tim Kerja"),
    ("verifikator", "Tim Verifikasi"),
    ("jafung", "Jafung / Pelaksana"),
    ("operator", "Operator Aplikasi"),
]

KEGIATAN = [
    "Pelayanan", "Penyusunan", "Penerbitan", "Verifikasi", "Pembinaan", "Pengelolaan",
    "Pelaksanaan", "Penilaian", "Pengawasan", "Fasilitasi", "Evaluasi", "Pendataan",
    "Penanganan", "Pengadaan", "Pemeliharaan", "Sosialisasi", "Monitoring", "Rekapitulasi",
    "Koordinasi", "Pemutakhiran",
]
OBJEK = [
    "Izin Reklame", "Laporan Keuangan Daerah", "Data Kependudukan", "Akta Kelahiran",
    "Kartu Identitas Anak", "Rencana Kerja Perangkat Daerah", "Barang Milik Daerah",
    "Surat Keterangan Pindah", "Bantuan Sosial Tunai", "Pengaduan Masyarakat",
    "Kenaikan Pangkat Aparatur", "Cuti Pegawai", "Anggaran Kegiatan", "Arsip Dinamis",
    "Perjalanan Dinas", "Kegiatan Posyandu", "Jaminan Kesehatan Daerah", "Izin Praktik Tenaga Kesehatan",
    "Izin Usaha Mikro", "Persetujuan Bangunan Gedung", "Sertifikat Laik Fungsi", "Musyawarah Rencana Pembangunan",
    "Indikator Kinerja Utama", "Standar Pelayanan Minimal", "Penghargaan Aparatur", "Pelatihan Teknis Pegawai",
    "Data Terpilah Gender", "Kader Pembangunan Manusia", "Rumah Tidak Layak Huni", "Penyandang Disabilitas",
    "Lanjut Usia Terlantar", "Imunisasi Dasar Lengkap", "Sanitasi Lingkungan", "Pajak Daerah",
    "Retribusi Pelayanan Pasar", "Hibah dan Bantuan Keuangan", "Kearsipan Perangkat Daerah",
    "Pengadaan Barang dan Jasa", "Naskah Dinas Elektronik", "Data Statistik Sektoral",
]
JENIS_DOKUMEN = [
    "Disposisi pimpinan", "Nota dinas", "Surat undangan", "Daftar hadir",
    "Notulen rapat", "Berita acara", "Laporan hasil", "Rekapitulasi data", "Draf keputusan",
    "Surat tugas", "Formulir verifikasi", "Telaahan staf", "Draf surat jawaban", "Dokumentasi kegiatan",
]
KATA_KERJA = [
    ("Menerima dan mencatat", "yang masuk melalui aplikasi naskah dinas elektronik"),
    ("Memeriksa kelengkapan dan kebenaran", "berdasarkan daftar periksa yang telah ditetapkan"),
    ("Menyusun", "dengan memperhatikan ketentuan peraturan perundang-undangan yang berlaku"),
    ("Menelaah dan memberikan catatan pada", "sebelum diteruskan kepada atasan langsung"),
    ("Memaraf", "sebagai tanda persetujuan atas isi dan bentuk naskah"),
    ("Menandatangani", "dan menetapkan tanggal serta nomor naskah"),
    ("Mendistribusikan", "kepada unit kerja dan pihak terkait sesuai daftar distribusi"),
    ("Melaksanakan rapat koordinasi membahas", "bersama perangkat daerah dan pemangku kepentingan terkait"),
    ("Mengunggah", "ke dalam sistem informasi pemerintahan daerah untuk dipantau"),
    ("Menyampaikan laporan", "kepada pimpinan secara berkala setiap akhir bulan"),
]
RINCIAN = [
    "Mengecek kesesuaian data dengan dokumen sumber yang dilampirkan pemohon",
    "Mencatat nomor agenda dan tanggal penerimaan pada buku register",
    "Menyiapkan bahan paparan dan materi pendukung rapat",
    "Mengonfirmasi jadwal kepada peserta melalui telepon atau pesan singkat",
    "Menggandakan dokumen sesuai jumlah yang dibutuhkan",
    "Memindai dokumen dan menyimpan salinan digitalnya",
    "Menyusun ringkasan hasil pemeriksaan untuk pimpinan",
    "Memperbarui data pada aplikasi sesuai hasil verifikasi lapangan",
]
KETERANGAN = [
    "Melalui aplikasi SRIKANDI",
    "Dapat dilakukan secara daring",
    "Paling lambat akhir bulan berjalan",
    "Tembusan kepada Inspektorat",
    "Berkas asli dikembalikan kepada pemohon",
]
WAKTU = ["10 Menit", "15 Menit", "30 Menit", "1 Jam", "2 Jam", "3 Jam", "1 Hari", "2 Hari", "3 Hari", "5 Hari", "1 Minggu", "2 Minggu", "1 Bulan"]
DASAR_HUKUM = [
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja Menjadi Undang-Undang",
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Undang-Undang Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan",
    "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah",
    "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan",
    "Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang Pedoman Teknis Pengelolaan Keuangan Daerah",
    "Peraturan Daerah Kota Sintesis Nomor 7 Tahun 2021 tentang Pembentukan dan Susunan Perangkat Daerah",
    "Peraturan Wali Kota Sintesis Nomor 52 Tahun 2022 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Perangkat Daerah",
]
KUALIFIKASI = [
    "Pendidikan minimal D3", "Pendidikan minimal S1", "Mampu mengoperasikan komputer",
    "Memahami peraturan di bidang tugasnya", "Teliti, tekun dan berintegritas",
    "Mampu berkomunikasi dengan baik", "Memahami tata naskah dinas",
]
PERALATAN = ["ATK", "Komputer", "Printer", "Pemindai", "Jaringan internet", "Kendaraan dinas", "Telepon", "Lemari arsip"]
CATATAN_WAKTU = [("1 Har1", "1 Hari"), ("3O Menit", "30 Menit"), ("l Jam", "1 Jam")]

LUAR = ("SOP Surat Masuk pada {s}", "SOP Surat Keluar pada {s}", "SOP Pengelolaan Arsip Inaktif pada {s}")


@dataclass(frozen=True)
class SopSintetis:
    """What the benchmark needs to know about one generated SOP."""

    id: str
    nama: str
    bidang: str
    langkah: int
    #: ids of generated SOPs named in its Keterkaitan
    keterkaitan: tuple[str, ...] = ()
    #: ids referred to by roles in its source file
    peran: tuple[str, ...] = ()
    #: ids of SOPs whose output its first step needs
    masukan_dari: tuple[str, ...] = ()
    #: code of its perangkat daerah in a city (its folder under sop_source/)
    instansi: str = ""

    @property
    def docname(self) -> str:
        return f"sop_source/{self.instansi}/{self.id}" if self.instansi else f"sop_source/{self.id}"


@dataclass(frozen=True)
class Korpus:
    """A generated project; ``sasaran`` is the SOP others depend on most."""

    root: Path
    sops: tuple[SopSintetis, ...]
    sasaran: str
    #: the name ``sasaran`` gets in the incremental-build benchmark; one SOP
    #: already names it in its Keterkaitan (plain text until the rename)
    nama_baru: str
    #: ids referred to by roles on the guide page ``docs/rujukan``
    rujukan: tuple[str, ...] = field(default=())

    def get(self, sop_id: str) -> SopSintetis:
        return next(s for s in self.sops if s.id == sop_id)

    def source(self, sop_id: str) -> Path:
        return self.root / f"{self.get(sop_id).docname}.md"


def roman(number: int) -> str:
    """1..3999 as a Roman numeral (the lampiran of the Keputusan)."""
    if not 0 < number < 4000:
        raise ValueError(number)
    out = []
    for value, text in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, number = divmod(number, value)
        out.append(text * count)
    return "".join(out)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _names(n: int, rng: random.Random) -> list[str]:
    pairs = [f"{k} {o}" for k, o in itertools.product(KEGIATAN, OBJEK)]
    rng.shuffle(pairs)
    names = []
    for index in range(n):
        base = pairs[index % len(pairs)]
        names.append(base if index < len(pairs) else f"{base} Tahap {index // len(pairs) + 1}")
    return names


def _block(directive: str, argument: str, options: list[tuple[str, str | list[str]]], body: str = "") -> str:
    lines = [f"```{{{directive}}} {argument}".rstrip(), "---"]
    for key, value in options:
        if isinstance(value, list):
            lines.append(f"{key}: |")
            lines.extend(f"  {item}" for item in value)
        else:
            lines.append(f"{key}: {value}")
    lines.append("---")
    if body:
        lines.append(body)
    lines.append("```")
    return "\n".join(lines) + "\n"


@dataclass
class _Plan:
    """One SOP before it is written."""

    index: int
    id: str
    nama: str
    objek: str
    bidang: str
    keterkaitan: list[str] = field(default_factory=list)  # ids
    keterkaitan_teks: list[str] = field(default_factory=list)  # extra entries as text
    peran: list[str] = field(default_factory=list)
    masukan_dari: list[str] = field(default_factory=list)
    #: a city: the code of its perangkat daerah, and its place in that one's Keputusan
    instansi: str = ""
    nomor: int = 0

    @property
    def lampiran(self) -> int:
        return self.nomor or self.index + 1


def _produk(plan: _Plan) -> str:
    """The document an SOP hands to others (output of its last but one step)."""
    return f"Laporan hasil {plan.nama.lower()}"


def _sop_text(plan: _Plan, plans: dict[str, _Plan], rng: random.Random) -> tuple[str, int]:
    n_steps = rng.randint(7, 20)
    n_actors = rng.randint(3, 7)
    picked = sorted(rng.sample(range(len(PELAKSANA)), n_actors))
    actors = [PELAKSANA[i] for i in picked]
    actors = [(k, f"Kabid {plan.bidang.title()}" if k == "kabid" else nama) for k, nama in actors]
    codes = [k for k, _ in actors]

    # who does each step: every column at least once, the rest at random
    who = [rng.choice(codes) for _ in range(n_steps)]
    for slot, code in zip(rng.sample(range(n_steps), n_actors), codes):
        who[slot] = code

    # decisions: a third of the SOPs; the "tidak" branch goes back (a
    # correction loop) or, now and then, skips a step forward
    decisions: dict[int, tuple[int, int]] = {}
    if rng.random() < 0.35:
        for _ in range(1 if n_steps < 12 else 2):
            d = rng.randint(3, n_steps - 2)
            if d in decisions or d - 1 in decisions or d + 1 in decisions:
                continue
            if rng.random() < 0.8:
                decisions[d] = (d + 1, rng.randint(max(1, d - 3), d - 1))
            elif d + 2 <= n_steps and d + 2 not in decisions:
                decisions[d] = (d + 1, d + 2)

    # every output a document of its own: kinds are dealt from a shuffled
    # deck, and a second round marks the later versions
    deck: list[str] = []
    rounds = 0
    docs: dict[int, list[str]] = {n_steps: ["Arsip"]}
    for nomor in range(1, n_steps):
        docs[nomor] = []
        for _ in range(rng.randint(1, 3)):
            if not deck:
                deck, rounds = rng.sample(JENIS_DOKUMEN, len(JENIS_DOKUMEN)), rounds + 1
            suffix = "" if rounds == 1 else f" perbaikan {rounds - 1}"
            docs[nomor].append(f"{deck.pop()} {plan.objek.lower()}{suffix}")
    docs[n_steps - 1] = [*docs[n_steps - 1], _produk(plan)]

    ident = [
        ("nama", plan.nama),
        ("lampiran", roman(plan.lampiran)),
        ("bidang", plan.bidang),
        ("nomor", f"800/{plan.index + 1:04d}/SOP-{plan.bidang[:4]}"),
        ("tanggal-pembuatan", f"{rng.randint(1, 28)} Januari 2024"),
        ("tanggal-revisi", '""'),
        ("tanggal-pengesahan", f"{rng.randint(1, 28)} Maret 2024"),
        ("disahkan-oleh", f"Kepala {BIDANG[plan.bidang]}"),
        ("dasar-hukum", [f"{d};" for d in rng.sample(DASAR_HUKUM, rng.randint(3, 6))]),
        ("kualifikasi-pelaksana", rng.sample(KUALIFIKASI, rng.randint(2, 4))),
        (
            "keterkaitan",
            [LUAR[i].format(s=SINGKATAN) for i in sorted(rng.sample(range(len(LUAR)), 2))]
            + [f"SOP {plans[i].nama} pada {SINGKATAN}" for i in plan.keterkaitan]
            + plan.keterkaitan_teks,
        ),
        ("peralatan-perlengkapan", rng.sample(PERALATAN, rng.randint(3, 6))),
        (
            "peringatan",
            [
                f"Apabila SOP ini tidak dilaksanakan, maka {plan.nama.lower()} terhambat dan "
                "pelayanan kepada masyarakat tidak dapat diberikan tepat waktu"
            ],
        ),
        ("pencatatan-pendataan", [f"Register {plan.objek.lower()}", f"Rekapitulasi {plan.objek.lower()} per bulan"]),
        ("pelaksana", [f"{k}: {nama}" for k, nama in actors]),
        ("paraf-koordinasi", ["Kabag Organisasi", f"Kabid {plan.bidang.title()}"]),
        ("penandatangan-jabatan", f"Kepala {BIDANG[plan.bidang]}"),
        ("penandatangan-nama", f"PEJABAT {plan.index + 1:04d}"),
    ]
    if plan.instansi:  # a city: the signatory of its perangkat daerah, from conf.py
        ident = [item for item in ident if not item[0].startswith("penandatangan-")]
    parts = [f"# {plan.nama}\n", _block("sop", plan.id, ident)]
    if rng.random() < 0.5:
        parts.append(
            _block(
                "catatan",
                "koreksi",
                [("medan", "dasar-hukum"), ("asli", "Undang-Undang Nomor 25 Tahun 2OO9")],
                "Angka tahun terbaca dengan huruf O dalam salinan; dibaca 2009.",
            )
        )

    for nomor in range(1, n_steps + 1):
        verb, tail = rng.choice(KATA_KERJA)
        kelengkapan = list(docs[nomor - 1]) if nomor > 1 else [f"Surat permohonan {plan.objek.lower()}"]
        if nomor == 1:
            kelengkapan += [_produk(plans[i]) for i in plan.masukan_dari]
        luar = []
        if nomor > 1 and rng.random() < 0.2:  # a document from outside the procedure, marked as such
            luar = [rng.choice(["Lembar disposisi", "Daftar periksa", "Dokumen pendukung"])]
            kelengkapan.append(luar[0])
        options: list[tuple[str, str | list[str]]] = [("pelaksana", who[nomor - 1]), ("kelengkapan", kelengkapan)]
        if luar:
            options.append(("kelengkapan-luar", luar))
        waktu_kosong = nomor > 1 and rng.random() < 0.02
        options.append(("waktu", '""' if waktu_kosong else rng.choice(WAKTU)))
        options.append(("output", docs[nomor]))
        if rng.random() < 0.15:
            options.append(("keterangan", rng.choice(KETERANGAN)))
        if nomor in decisions:
            ya, tidak = decisions[nomor]
            options += [("ya", str(ya)), ("tidak", str(tidak)), ("label-ya", "Lengkap"), ("label-tidak", "Perlu perbaikan")]
            body = f"Memeriksa kelengkapan dan keabsahan {docs[nomor - 1][0].lower() if nomor > 1 else 'berkas'}; bila belum lengkap dikembalikan untuk diperbaiki"
        else:
            body = f"{verb} {kelengkapan[0].lower()} {tail}"
            if rng.random() < 0.3:
                body += ":\n" + "\n".join(
                    f"{letter}. {text}" for letter, text in zip("abcd", rng.sample(RINCIAN, rng.randint(2, 4)))
                )
        parts.append(_block("langkah", str(nomor), options, body))
        if waktu_kosong:
            parts.append(
                _block(
                    "catatan",
                    "tidak-terbaca",
                    [("langkah", str(nomor)), ("medan", "waktu"), ("asli", "1100 2023")],
                    "Sel waktu pada naskah tidak dapat dibaca; dikosongkan.",
                )
            )
        elif rng.random() < 0.08:
            asli, dibaca = rng.choice(CATATAN_WAKTU)
            parts.append(
                _block(
                    "catatan",
                    "koreksi",
                    [("langkah", str(nomor)), ("medan", "waktu"), ("asli", asli)],
                    f"Dibaca {dibaca}; angka dan huruf tertukar dalam salinan.",
                )
            )
        elif rng.random() < 0.05:
            parts.append(
                _block(
                    "catatan",
                    "inferensi",
                    [("langkah", str(nomor)), ("medan", "pelaksana")],
                    "Simbol hilang dalam salinan; pelaksana disimpulkan dari output langkah. Mohon dikonfirmasi.",
                )
            )
    if plan.peran:
        first = plan.peran[0]
        refs = ", ".join(f"{{sop:sop}}`{i}`" for i in plan.peran)
        parts.append(
            f"SOP ini dilaksanakan bersama {refs}; berkas diterima dari {{sop:langkah}}`{first}/2`.\n"
        )
    return "\n".join(parts), n_steps


CONF = '''\
"""Synthetic handbook of the sopap benchmarks (benchmarks/generator.py)."""

project = "Buku Pegangan SOP {instansi} (sintetis)"
author = "{instansi}"
language = "id"
extensions = ["myst_parser", "sopap"]
root_doc = "index"
source_suffix = {{".md": "markdown"}}
include_patterns = ["index.md", "docs/**", "sop_source/**"]
exclude_patterns = ["_build", "**/.*"]
sopap_pemerintah = "{instansi}"
sopap_instansi = "Sekretariat Daerah Kota Sintesis"
sopap_keputusan = {{
    "pejabat": "Wali Kota Sintesis",
    "nomor": "100.3.3.2/Kep.001-Org/2024",
    "tentang": "Standar Operasional Prosedur Administrasi Pemerintahan di Lingkungan {instansi}",
}}
sopap_bidang = {bidang!r}
html_theme = "sopap"
html_title = "Buku Pegangan SOP (sintetis)"
html_search_language = "id"
'''

CITY = '''

# A city: every perangkat daerah with its Keputusan, signatory and bidang;
# its SOPs are in sop_source/<code>/
sopap_instansi = {instansi!r}
'''


def _city_instansi(codes: list[tuple[str, str]]) -> dict[str, dict]:
    return {
        code: {
            "nama": nama,
            "keputusan": {
                "pejabat": "Wali Kota Sintesis",
                "nomor": f"100.3.3.2/Kep.{i:03d}-Org/2024",
                "tanggal": f"{i % 28 + 1} Februari 2024",
                "tentang": f"Standar Operasional Prosedur Administrasi Pemerintahan pada {nama}",
            },
            "penandatangan": {"jabatan": f"Kepala {nama.removesuffix(' Kota Sintesis')}", "nama": f"KEPALA {code}"},
            "bidang": BIDANG,
        }
        for i, (code, nama) in enumerate(codes, start=1)
    }


INDEX = """\
# Buku Pegangan SOP {instansi}

Korpus sintetis untuk mengukur kecepatan sopap ({jumlah} SOP).

## Daftar SOP per bidang

```{{daftar-sop}}
```

```{{toctree}}
:maxdepth: 1
:caption: SOP
:glob:
:hidden:

sop_source/*
```

```{{toctree}}
:maxdepth: 1
:caption: Panduan

docs/rujukan
```
"""


def generate(dest: Path, n: int, seed: int = 0, opd: int = 1) -> Korpus:
    """Write a project of ``n`` SOPs (n >= 6) into ``dest`` (created or emptied of SOPs).

    ``opd`` > 1: a city of that many perangkat daerah (``sopap_instansi`` a
    dict), the SOPs dealt to them in turn, each numbering its own lampiran;
    with 1 the files are those of a single instansi, as before.
    """
    if n < 6:
        raise ValueError("the generator needs at least 6 SOPs to link them to each other")
    if opd < 1 or opd > n:
        raise ValueError("opd must be between 1 and the number of SOPs")
    rng = random.Random(seed)
    dest = Path(dest)
    codes = list(BIDANG)
    names = _names(n, rng)
    plans: dict[str, _Plan] = {}
    order: list[str] = []
    for index, nama in enumerate(names):
        sop_id = _slug(nama)
        objek = nama.split(" ", 1)[1]
        plans[sop_id] = _Plan(index, sop_id, nama, objek, codes[index % len(codes)])
        order.append(sop_id)
    city = opd_codes(opd) if opd > 1 else []
    for index, sop_id in enumerate(order):  # dealt in turn; each Keputusan numbers from I
        if city:
            plans[sop_id].instansi = city[index % opd][0]
            plans[sop_id].nomor = index // opd + 1

    # links between SOPs: each refers to one to three others
    for sop_id in order[1:]:
        plan = plans[sop_id]
        others = [o for o in rng.sample(order, 4) if o != sop_id]
        plan.keterkaitan = others[: rng.randint(0, 2)]
        if rng.random() < 0.25:
            plan.masukan_dari = others[-1:]
        if rng.random() < 0.1:
            plan.peran = others[:1]
    # the target of the incremental benchmark: named, linked, and feeding
    # other SOPs, in another bidang and in its own
    sasaran = order[0]
    nama_baru = f"{plans[sasaran].nama} Terpadu"
    plans[order[1]].keterkaitan.append(sasaran)
    plans[order[2]].peran.append(sasaran)
    plans[order[3]].masukan_dari.append(sasaran)
    plans[order[4]].keterkaitan_teks.append(f"SOP {nama_baru} pada {SINGKATAN}")
    if n > len(codes):
        plans[order[len(codes)]].keterkaitan.append(sasaran)  # same bidang as the target

    (dest / "sop_source").mkdir(parents=True, exist_ok=True)
    for old in (dest / "sop_source").rglob("*.md"):
        old.unlink()
    (dest / "docs").mkdir(exist_ok=True)
    conf = CONF.format(instansi=INSTANSI, bidang=BIDANG)
    index_text = INDEX.format(instansi=INSTANSI, jumlah=n)
    if city:
        conf += CITY.format(instansi=_city_instansi(city))
        index_text = index_text.replace("sop_source/*\n", "sop_source/*/*\n")
    (dest / "conf.py").write_text(conf, encoding="utf-8")
    (dest / "index.md").write_text(index_text, encoding="utf-8")

    made = []
    for sop_id in order:
        plan = plans[sop_id]
        text, steps = _sop_text(plan, plans, rng)
        links = (tuple(plan.keterkaitan), tuple(plan.peran), tuple(plan.masukan_dari))
        sintetis = SopSintetis(sop_id, plan.nama, plan.bidang, steps, *links, plan.instansi)
        path = dest / f"{sintetis.docname}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        made.append(sintetis)

    rujukan = [sasaran, *rng.sample(order[1:], min(20, n - 1))]
    lines = [
        "# Rujukan antar-SOP\n",
        "Halaman panduan yang merujuk SOP dengan peran `{sop:sop}` dan `{sop:langkah}`.\n",
        "| SOP | Langkah pertama |",
        "| --- | --- |",
    ]
    lines += [f"| {{sop:sop}}`{i}` | {{sop:langkah}}`{i}/1` |" for i in rujukan]
    (dest / "docs" / "rujukan.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Korpus(dest, tuple(made), sasaran, nama_baru, tuple(rujukan))


def rename(korpus: Korpus, sop_id: str, new_name: str) -> None:
    """Edit one SOP the way an author would: its title and ``nama``."""
    path = korpus.source(sop_id)
    old = korpus.get(sop_id).nama
    text = path.read_text(encoding="utf-8")
    changed = text.replace(f"# {old}\n", f"# {new_name}\n", 1).replace(f"nama: {old}\n", f"nama: {new_name}\n", 1)
    if changed == text:
        raise ValueError(f"{path}: name {old!r} not found")
    path.write_text(changed, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Tulis buku pegangan SOP sintetis untuk benchmark sopap.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--jumlah", type=int, default=500, help="jumlah SOP (bawaan 500)")
    parser.add_argument("--seed", type=int, default=1, help="benih acak (bawaan 1)")
    parser.add_argument("--opd", type=int, default=1, help="jumlah perangkat daerah (bawaan 1: satu instansi)")
    args = parser.parse_args(argv)
    korpus = generate(args.folder, args.jumlah, args.seed, args.opd)
    print(f"{len(korpus.sops)} SOP sintetis ditulis ke {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
