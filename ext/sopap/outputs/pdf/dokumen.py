"""Rendering lampiran to PDF bytes, in two passes.

Pass one lays each lampiran out and records where every step row landed
(:class:`~.jejak.Jejak`) and how many pages it has. Pass two renders again
with that record: the flowchart (including arrows to steps on later or
earlier pages) and "Halaman X dari Y". Layout does not depend on what pass
two draws over it, and pass two checks that it came out the same.

Output is byte-for-byte reproducible: reportlab's invariant mode fixes the
document id and timestamps; ``SOURCE_DATE_EPOCH``, when set, gives the
creation date (reportlab reads it itself).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, NextPageTemplate, PageBreak, Spacer, Table
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import Flowable

from ...model.sop import Keputusan, Sop
from ...project import SopapError
from . import bagan, fonts, prosedur
from .halaman import Konteks, bingkai, templat
from .identitas import identitas
from .jejak import Jejak
from .kertas import Kertas
from .sampul import sampul
from .urutan import bernomor


class KanvasTata(Canvas):
    """The canvas of the layout pass: its pages are measured, never saved,
    so paragraphs (:class:`~.teks.Teks`) skip drawing their text on it."""

    sopap_tata = True


class LampiranTerlaluPanjang(SopapError):
    """A row of a lampiran does not fit on one page."""


class _Penanda(Flowable):
    """Zero-size mark at a lampiran's first page: an outline entry for it."""

    def __init__(self, key: str, title: str, mulai: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.key, self.title, self.mulai = key, title, mulai

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self) -> None:
        if self.mulai is not None:  # progress: this lampiran starts here
            self.mulai()
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


def judul_lampiran(sop: Sop) -> str:
    if bernomor(sop):
        return f"Lampiran {sop.lampiran}: SOP {sop.nama}"
    return f"Lampiran (nomor belum terbaca): SOP {sop.nama}"


def _story(k: Konteks, mulai: Callable[[], object] | None = None) -> list:
    _, _, width, height = bingkai(k)
    return [
        _Penanda(f"lampiran-{k.sop.id}", judul_lampiran(k.sop), mulai),
        *sampul(k, width, height),
        PageBreak(),
        *identitas(k, width, height),
        PageBreak(),
        prosedur.judul(k.sop),
        Spacer(1, 3 * mm),
        prosedur.tabel(k.sop, width, k.jejak),
    ]


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str
    author: str
    subject: str


def _build(
    items: Sequence[Konteks], meta: Metadata, save: bool, mulai: Callable[[str], object] | None = None
) -> bytes:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=items[0].kertas.ukuran,
        pageTemplates=[templat(k) for k in items],
        invariant=1,
        initialFontName=fonts.REGULER,
        initialFontSize=8,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator="sopap",
        lang="id",
        showBoundary=0,
    )
    doc._doSave = int(save)
    flow: list = []
    for index, k in enumerate(items):
        if index:
            flow += [NextPageTemplate(k.sop.id), PageBreak()]
        flow += _story(k, None if mulai is None else (lambda sop_id=k.sop.id: mulai(sop_id)))
    try:
        doc.build(flow, canvasmaker=Canvas if save else KanvasTata)
    except LayoutError as exc:
        raise _too_long(items, exc) from exc
    return buffer.getvalue()


def _too_long(items: Sequence[Konteks], exc: Exception) -> SopapError:
    """Name the SOP and step whose row cannot fit on a page."""
    for k in items:
        _, _, width, height = bingkai(k)
        for step in k.sop.langkah:
            one = replace(k.sop, langkah=(step,), penandatangan=None)
            table: Table = prosedur.tabel(one, width, Jejak())
            _, h = table.wrap(width, height)
            if h > height - 20 * mm:
                where = f"{step.sumber}: " if step.sumber else ""
                return LampiranTerlaluPanjang(
                    f"{where}langkah {step.nomor} SOP '{k.sop.id}' terlalu panjang untuk satu halaman "
                    f"lampiran {k.kertas.nama}; pecah uraian, kelengkapan atau output-nya menjadi "
                    "beberapa langkah"
                )
    where = f"{items[0].sop.sumber}: " if items[0].sop.sumber else ""
    return LampiranTerlaluPanjang(
        f"{where}isi SOP '{items[0].sop.id}' tidak muat pada halaman lampiran {items[0].kertas.nama} "
        f"(identitas terlalu panjang?); rincian teknis: {exc}"
    )


@dataclass(frozen=True)
class TataLampiran:
    """The first pass's result for one SOP."""

    jejak: Jejak
    rencana: bagan.Rencana


def tata_letak(sop: Sop, keputusan: Keputusan, kertas: Kertas, logo: Path | None = None) -> TataLampiran:
    """Pass one: lay out ``sop`` alone and plan its flowchart."""
    k = Konteks(sop, keputusan, kertas, Jejak(), logo)
    _build([k], _meta([sop], keputusan), save=False)
    k.jejak.selesai(len(sop.pelaksana))
    return TataLampiran(k.jejak, bagan.rencana(sop, k.jejak))


def _meta(sops: Sequence[Sop], keputusan: Keputusan) -> Metadata:
    subject = f"Keputusan {keputusan.pejabat} Nomor {keputusan.nomor}".strip() if keputusan.nomor else ""
    author = sops[0].instansi or keputusan.instansi if sops else keputusan.instansi
    if len(sops) == 1:
        return Metadata(judul_lampiran(sops[0]), author, subject)
    return Metadata(f"Lampiran Keputusan: {len(sops)} SOP", author, subject)


def render(
    sops: Sequence[Sop],
    keputusan: Keputusan,
    kertas: Kertas,
    tata: dict[str, TataLampiran],
    logo: Path | None = None,
    mulai: Callable[[str], object] | None = None,
) -> bytes:
    """Pass two: the PDF of ``sops`` (one lampiran, or a whole Keputusan).

    ``mulai(sop_id)`` is called as each lampiran starts to be drawn (progress).
    """
    items = [
        Konteks(sop, keputusan, kertas, Jejak(), logo, tata[sop.id].rencana, tata[sop.id].jejak.halaman)
        for sop in sops
    ]
    data = _build(items, _meta(sops, keputusan), save=True, mulai=mulai)
    for k in items:
        k.jejak.selesai(len(k.sop.pelaksana))
        if not k.jejak.sama(tata[k.sop.id].jejak):  # pragma: no cover - a reportlab change
            raise RuntimeError(f"tata letak lampiran '{k.sop.id}' berubah di antara dua tahap")
    return data


def render_satu(sop: Sop, keputusan: Keputusan, kertas: Kertas, logo: Path | None = None) -> bytes:
    """Both passes for a single lampiran."""
    fonts.register()
    tata = {sop.id: tata_letak(sop, keputusan, kertas, logo)}
    return render([sop], keputusan, kertas, tata, logo)
