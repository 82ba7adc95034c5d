"""The typed model of an SOP Administrasi Pemerintahan (Permenpan RB 35/2012).

Frozen dataclasses from the standard library, not pydantic, because:

* the model is built once per source file and then only read: immutability
  (``frozen=True`` and tuples) is what we need, validation happens in the
  parser where it can name the file and line;
* Sphinx pickles it into its environment for incremental builds, and plain
  dataclasses pickle fast and small;
* it keeps the dependency list short; the JSON format is checked against a
  hand-written JSON Schema (``sopap/schema/sopap-1.schema.json``) instead.

Field names follow the official Indonesian terms; see the glossary in
``docs/glosarium.md``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from sopap.model.waktu import Waktu


class Simbol(str, enum.Enum):
    """Flowchart symbol of a step, derived from its place in the flow."""

    KAPSUL = "kapsul"  # terminator: first and last step
    KOTAK = "kotak"  # process
    BELAH_KETUPAT = "belah-ketupat"  # decision


class JenisCatatan(str, enum.Enum):
    """Kind of transcription note."""

    KOREKSI = "koreksi"  # OCR noise corrected; ``asli`` holds the printed text
    INFERENSI = "inferensi"  # value restored from context: a reviewer must confirm
    TIDAK_TERBACA = "tidak-terbaca"  # illegible in the original; left empty


@dataclass(frozen=True, slots=True)
class Sumber:
    """Where something was written: file and 1-based line. Not exported."""

    berkas: str
    baris: int | None = None

    def __str__(self) -> str:
        return f"{self.berkas}:{self.baris}" if self.baris else self.berkas


@dataclass(frozen=True, slots=True)
class Pelaksana:
    """One actor column of the procedure table, in table order."""

    id: str
    nama: str


@dataclass(frozen=True, slots=True)
class Arah:
    """One branch of a decision: the target step and its label."""

    ke: int
    label: str


@dataclass(frozen=True, slots=True)
class Cabang:
    """The two labelled branches of a decision step."""

    ya: Arah
    tidak: Arah


@dataclass(frozen=True, slots=True)
class Langkah:
    """One numbered step (row) of the procedure table."""

    nomor: int
    uraian: str
    pelaksana: str  # id of a Pelaksana of the same SOP (as written, when the source has a problem)
    rincian: tuple[str, ...] = ()
    kelengkapan: tuple[str, ...] = ()
    waktu: Waktu | None = None
    output: tuple[str, ...] = ()
    keterangan: str = ""
    #: Kelengkapan the author names as coming from outside the procedure
    #: (a subset of ``kelengkapan``); lint accepts them without an earlier
    #: step producing them.
    kelengkapan_luar: tuple[str, ...] = ()
    #: Next step(s) in flow order; empty for the last step. For a decision,
    #: ``(cabang.ya.ke, cabang.tidak.ke)``.
    berikutnya: tuple[int, ...] = ()
    cabang: Cabang | None = None
    simbol: Simbol = Simbol.KOTAK
    sumber: Sumber | None = field(default=None, compare=False, repr=False)

    @property
    def keputusan(self) -> bool:
        return self.cabang is not None

    @property
    def ringkasan(self) -> str:
        """The uraian, or its rincian joined when the step has no lead text."""
        return self.uraian or "; ".join(self.rincian)


@dataclass(frozen=True, slots=True)
class Identitas:
    """The identity block of the SOP (first page of the official layout)."""

    nomor: str = ""
    tanggal_pembuatan: str = ""
    tanggal_revisi: str = ""
    tanggal_pengesahan: str = ""
    disahkan_oleh: str = ""
    dasar_hukum: tuple[str, ...] = ()
    kualifikasi_pelaksana: tuple[str, ...] = ()
    keterkaitan: tuple[str, ...] = ()
    peralatan_perlengkapan: tuple[str, ...] = ()
    peringatan: tuple[str, ...] = ()
    pencatatan_pendataan: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Penandatangan:
    """The official who signs the SOP (jabatan above, name below)."""

    jabatan: str
    nama: str


@dataclass(frozen=True, slots=True)
class Paraf:
    """One reviewer's paraf koordinasi on one revision of the SOP.

    ``jabatan`` is one of :attr:`Sop.paraf_koordinasi`. ``nama`` and
    ``tanggal`` are empty when the paraf exists but is not legible (the
    source then carries a ``tidak-terbaca`` note): a recorded paraf is a
    fact, its empty fields are not invented.
    """

    jabatan: str
    revisi: int = 0
    nama: str = ""
    tanggal: str = ""
    sumber: Sumber | None = field(default=None, compare=False, repr=False)
    #: Digest of the content the paraf approved (:func:`sopap.model.paraf.sidik_isi`);
    #: empty for a paraf recorded without one, which binds nothing.
    sidik_isi: str = ""


@dataclass(frozen=True, slots=True)
class Catatan:
    """A transcription note for reviewers: a correction or an inference.

    ``langkah`` is ``None`` for a note on the identity; ``medan`` names the
    field (``lampiran``, ``pelaksana``, ``waktu``, ...).
    """

    jenis: JenisCatatan
    medan: str
    penjelasan: str
    langkah: int | None = None
    asli: str = ""
    sumber: Sumber | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Sop:
    """One SOP: identity, actor columns, steps, paraf and signatory."""

    id: str
    nama: str
    lampiran: str
    instansi: str
    bidang: str
    identitas: Identitas
    pelaksana: tuple[Pelaksana, ...]
    langkah: tuple[Langkah, ...]
    paraf_koordinasi: tuple[str, ...] = ()
    penandatangan: Penandatangan | None = None
    catatan: tuple[Catatan, ...] = ()
    sumber: Sumber | None = field(default=None, compare=False, repr=False)
    #: Revision number of this text (0: the first signed version).
    revisi: int = 0
    #: Paraf koordinasi recorded for this and earlier revisions.
    paraf: tuple[Paraf, ...] = ()

    def pelaksana_by_id(self, pelaksana_id: str) -> Pelaksana:
        for p in self.pelaksana:
            if p.id == pelaksana_id:
                return p
        raise KeyError(pelaksana_id)

    def langkah_by_nomor(self, nomor: int) -> Langkah:
        for step in self.langkah:
            if step.nomor == nomor:
                return step
        raise KeyError(nomor)

    def kolom(self, pelaksana_id: str) -> int:
        """0-based actor column of a pelaksana id."""
        for index, p in enumerate(self.pelaksana):
            if p.id == pelaksana_id:
                return index
        raise KeyError(pelaksana_id)

@dataclass(frozen=True, slots=True)
class Keputusan:
    """The Keputusan whose lampiran the SOPs are (cover page)."""

    pemerintah: str = ""
    instansi: str = ""
    pejabat: str = ""
    nomor: str = ""
    tentang: str = ""
    #: The date it was signed ("2 Januari 2024"); empty when not configured.
    tanggal: str = ""


@dataclass(frozen=True, slots=True)
class Instansi:
    """One perangkat daerah (OPD) of a handbook with several: its name (on
    its kop), its Keputusan (the lampiran of its SOPs, numbered on their
    own), the official who signs its SOPs, and its bidang."""

    kode: str
    nama: str
    keputusan: Keputusan
    penandatangan: Penandatangan | None = None
    #: (code, name) of its bidang, in the order configured.
    bidang: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Corpus:
    """All SOPs of a handbook, in a stable order (by id).

    ``keputusan`` is the Keputusan of a handbook of one instansi; a handbook
    of several has ``instansi`` (each with its own Keputusan), and every SOP
    belongs to the one whose ``nama`` is its :attr:`Sop.instansi`.
    """

    sops: tuple[Sop, ...]
    keputusan: Keputusan = field(default_factory=Keputusan)
    instansi: tuple[Instansi, ...] = ()

    def get(self, sop_id: str) -> Sop:
        for sop in self.sops:
            if sop.id == sop_id:
                return sop
        raise KeyError(sop_id)

    def instansi_of(self, sop: Sop) -> Instansi | None:
        """The instansi of ``sop`` in a handbook of several, else None."""
        return instansi_named(self.instansi, sop.instansi)

    def keputusan_of(self, sop: Sop) -> Keputusan:
        """The Keputusan whose lampiran ``sop`` is."""
        found = self.instansi_of(sop)
        return found.keputusan if found is not None else self.keputusan

    def __iter__(self):
        return iter(self.sops)

    def __len__(self) -> int:
        return len(self.sops)


def instansi_named(instansi: tuple[Instansi, ...], nama: str) -> Instansi | None:
    for item in instansi:
        if item.nama == nama:
            return item
    return None
