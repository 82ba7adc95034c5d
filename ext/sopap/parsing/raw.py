"""What the directives capture from the source, before it becomes the model.

Keeping this layer as plain data lets the assembly and all its checks run
without Sphinx (in unit tests and in ``sopap lint``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Options of ``{sop}``: name -> short Indonesian description (for messages
#: and the authoring guide). Order is the order of the official identity page.
SOP_OPTIONS: dict[str, str] = {
    "nama": "nama SOP",
    "lampiran": "angka Romawi lampiran",
    "bidang": "kode bidang pemilik SOP",
    "instansi": "nama instansi (bawaan dari conf.py)",
    "nomor": "Nomor SOP",
    "tanggal-pembuatan": "Tanggal Pembuatan",
    "tanggal-revisi": "Tanggal Revisi",
    "tanggal-pengesahan": "Tanggal Pengesahan",
    "revisi": "nomor revisi naskah (bawaan 0: naskah pertama)",
    "disahkan-oleh": "Disahkan oleh",
    "dasar-hukum": "Dasar Hukum (satu per baris)",
    "kualifikasi-pelaksana": "Kualifikasi Pelaksana (satu per baris)",
    "keterkaitan": "Keterkaitan (satu per baris)",
    "peralatan-perlengkapan": "Peralatan/Perlengkapan (satu per baris)",
    "peringatan": "Peringatan (satu per baris)",
    "pencatatan-pendataan": "Pencatatan dan Pendataan (satu per baris)",
    "pelaksana": "kolom pelaksana 'kode: Nama' (satu per baris, urut tabel)",
    "paraf-koordinasi": "jabatan pemaraf koordinasi (satu per baris)",
    "penandatangan-jabatan": "jabatan penandatangan",
    "penandatangan-nama": "nama penandatangan",
}

#: Identity options that must not be empty.
SOP_WAJIB: tuple[str, ...] = (
    "nama",
    "bidang",
    "disahkan-oleh",
    "dasar-hukum",
    "kualifikasi-pelaksana",
    "peralatan-perlengkapan",
    "peringatan",
    "pencatatan-pendataan",
    "pelaksana",
    "paraf-koordinasi",
    "penandatangan-jabatan",
    "penandatangan-nama",
)

LANGKAH_OPTIONS: dict[str, str] = {
    "pelaksana": "kode atau nama kolom pelaksana",
    "kelengkapan": "Persyaratan/Kelengkapan (satu per baris)",
    "kelengkapan-luar": "kelengkapan langkah ini yang datang dari luar prosedur (satu per baris)",
    "waktu": "waktu, misalnya '30 menit' atau '1 hari'",
    "output": "Output (satu per baris)",
    "keterangan": "Keterangan",
    "berikutnya": "nomor langkah berikutnya bila bukan langkah sesudahnya",
    "ya": "nomor langkah tujuan bila keputusan 'ya'",
    "tidak": "nomor langkah tujuan bila keputusan 'tidak'",
    "label-ya": "label cabang 'ya' (bawaan: Ya)",
    "label-tidak": "label cabang 'tidak' (bawaan: Tidak)",
}

CATATAN_OPTIONS: dict[str, str] = {
    "langkah": "nomor langkah yang dicatat (kosongkan untuk identitas)",
    "medan": "isian yang dicatat, misalnya pelaksana atau waktu",
    "asli": "teks sebagaimana tercetak/terbaca pada naskah",
}

PARAF_OPTIONS: dict[str, str] = {
    "revisi": "nomor revisi yang diparaf (bawaan: revisi SOP)",
    "nama": "nama pemaraf (kosongkan bila tidak terbaca, dengan {catatan} tidak-terbaca)",
    "tanggal": "tanggal paraf (kosongkan bila tidak terbaca, dengan {catatan} tidak-terbaca)",
    "sidik-isi": "sidik isi SOP yang diparaf (ditulis oleh `sopap paraf`; jangan disunting)",
}

#: Fields a catatan may name, for the identity and for a step.
MEDAN_SOP: tuple[str, ...] = tuple(SOP_OPTIONS) + ("judul",)
MEDAN_LANGKAH: tuple[str, ...] = (
    "nomor",
    "uraian",
    "rincian",
    "pelaksana",
    "kelengkapan",
    "waktu",
    "output",
    "keterangan",
    "berikutnya",
    "cabang",
)


@dataclass
class RawOption:
    value: str | None
    line: int | None


@dataclass
class RawBlock:
    """One directive occurrence: argument, options with lines, body lines."""

    argument: str
    options: dict[str, RawOption]
    body: list[str]
    line: int | None
    unknown: dict[str, int | None] = field(default_factory=dict)
    #: The option block could not be read (MyST already warned): checks that
    #: would only repeat that failure are skipped.
    rusak: bool = False
    #: Options written more than once: name -> their lines.
    ganda: dict[str, list[int]] = field(default_factory=dict)
    #: Lines of the option block holding a tab character.
    tab: list[int] = field(default_factory=list)
    #: Lines inside the directive that open another directive (it was not closed).
    bersarang: list[int] = field(default_factory=list)
    #: The option block as written (between the ``---`` lines) and the line of
    #: its first line: to name a line left unindented (:mod:`.indentation`).
    opsi_teks: list[str] = field(default_factory=list)
    opsi_mulai: int | None = None
    #: Values of the unknown options, as written.
    unknown_values: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> str | None:
        opt = self.options.get(name)
        return None if opt is None else opt.value

    def line_of(self, name: str) -> int | None:
        opt = self.options.get(name)
        return self.line if opt is None or opt.line is None else opt.line


@dataclass
class RawSopFile:
    """Everything the directives of one source file captured."""

    berkas: str
    sop: RawBlock | None = None
    langkah: list[RawBlock] = field(default_factory=list)
    catatan: list[RawBlock] = field(default_factory=list)
    paraf: list[RawBlock] = field(default_factory=list)
    #: Lines of further ``{sop}`` directives (only one is allowed per file).
    sop_lain: list[int | None] = field(default_factory=list)
    #: Directives of an unknown name close to ``langkah`` (``{langkh}``): steps
    #: that exist but could not be read, already reported (line, message as shown).
    langkah_salah_ketik: list[tuple[int | None, str]] = field(default_factory=list)
