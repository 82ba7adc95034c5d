"""Transcription notes: numbered markers on the cells they concern, and the
collapsible list below the official table.

The notes are for reviewers comparing the page with the signed original;
they are not part of the SOP. So the table only carries small numbered
markers (hidden in print) and the notes themselves sit in a closed
``<details>`` section that says how many there are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sopap.model.sop import Catatan, JenisCatatan, Sop
from sopap.render.html.markup import esc

JENIS = {
    JenisCatatan.KOREKSI: "Koreksi",
    JenisCatatan.INFERENSI: "Inferensi (perlu dikonfirmasi)",
    JenisCatatan.TIDAK_TERBACA: "Tidak terbaca",
}
JENIS_SINGKAT = {
    JenisCatatan.KOREKSI: "koreksi",
    JenisCatatan.INFERENSI: "inferensi",
    JenisCatatan.TIDAK_TERBACA: "tidak terbaca",
}

#: Step field -> the cell of the step's row that shows it.
SEL_LANGKAH = {
    "nomor": "no",
    "uraian": "uraian",
    "rincian": "uraian",
    "pelaksana": "aktor",
    "berikutnya": "aktor",
    "cabang": "aktor",
    "kelengkapan": "kelengkapan",
    "waktu": "waktu",
    "output": "output",
    "keterangan": "keterangan",
}
#: Identity field -> the place on the page that shows it.
TEMPAT_IDENTITAS = {
    "nama": "nama",
    "judul": "nama",
    "lampiran": "lampiran",
    "bidang": "lampiran",
    "instansi": "kop",
    "pelaksana": "pelaksana",
    "paraf-koordinasi": "paraf",
    "penandatangan-jabatan": "penandatangan",
    "penandatangan-nama": "penandatangan",
}


def place_of(note: Catatan) -> str:
    """Key of the page place a note is about (see :class:`Tanda`)."""
    if note.langkah is not None:
        return f"langkah-{note.langkah}-{SEL_LANGKAH.get(note.medan, 'uraian')}"
    return TEMPAT_IDENTITAS.get(note.medan, note.medan)


def medan_label(note: Catatan) -> str:
    where = f"Langkah {note.langkah}" if note.langkah is not None else "Identitas"
    return f"{where} · {note.medan.replace('-', ' ')}"


@dataclass
class NoteMarks:
    """The numbered notes of one SOP, looked up by page place.

    A place shown twice (the Paraf Koordinasi box) gets its markers twice;
    only the first carries the id the note links back to.
    """

    sop_id: str
    notes: tuple[Catatan, ...]
    _placed: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, sop: Sop) -> NoteMarks:
        return cls(sop.id, sop.catatan)

    def anchor(self, n: int) -> str:
        return f"sop-{self.sop_id}-catatan-{n}"

    def marker_id(self, n: int) -> str:
        return f"sop-{self.sop_id}-tanda-{n}"

    def at(self, place: str) -> str:
        """Markers for every note about ``place`` (empty when there is none)."""
        out = []
        for n, note in enumerate(self.notes, start=1):
            if place_of(note) == place:
                title = f"Catatan transkripsi {n} ({JENIS_SINGKAT[note.jenis]}): {note.penjelasan}"
                ident = "" if n in self._placed else f' id="{self.marker_id(n)}"'
                self._placed.add(n)
                out.append(
                    f'<a class="sopap-tanda sopap-tanda-{note.jenis.value}"{ident} '
                    f'href="#{self.anchor(n)}" title="{esc(title)}" '
                    f'aria-label="Catatan transkripsi {n}">{n}</a>'
                )
        return f'<span class="sopap-tanda-grup">{"".join(out)}</span>' if out else ""

    def section(self, known_places: set[str]) -> str:
        """The closed 'Catatan transkripsi (N)' section; empty without notes."""
        if not self.notes:
            return ""
        counts: dict[JenisCatatan, int] = {}
        for note in self.notes:
            counts[note.jenis] = counts.get(note.jenis, 0) + 1
        detail = ", ".join(f"{counts[j]} {JENIS_SINGKAT[j]}" for j in JenisCatatan if j in counts)
        rows = []
        for n, note in enumerate(self.notes, start=1):
            where = esc(medan_label(note))
            if place_of(note) in known_places:
                where = f'<a href="#{self.marker_id(n)}" title="ke tanda pada tabel">{where}</a>'
            asli = f' <span class="sopap-asli">Tertulis pada naskah: <q>{esc(note.asli)}</q></span>' if note.asli else ""
            rows.append(
                f'<li id="{self.anchor(n)}" class="sopap-catatan-{note.jenis.value}">'
                f'<span class="sopap-jenis sopap-jenis-{note.jenis.value}">{JENIS[note.jenis]}</span> '
                f'<span class="sopap-medan">{where}</span>: {esc(note.penjelasan)}{asli}</li>'
            )
        return (
            f'<details class="sopap-catatan" id="sop-{self.sop_id}-catatan">'
            f'<summary>Catatan transkripsi ({len(self.notes)}: {detail})</summary>'
            '<p class="sopap-catatan-intro">Catatan ini dibuat ketika naskah bertanda tangan disalin; '
            "bukan bagian dari SOP resmi dan tidak ikut tercetak. Angka bertanda pada tabel menunjuk "
            "catatan dengan nomor yang sama. Inferensi perlu dikonfirmasi dengan naskah asli.</p>"
            f'<ol class="sopap-catatan-daftar">{"".join(rows)}</ol></details>'
        )
