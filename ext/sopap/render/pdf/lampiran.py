"""Rendering one lampiran to PDF bytes, in a single layout.

The flowchart (including arrows to steps on later or earlier pages) and
"Halaman X dari Y" need to know where every step row of the whole lampiran
landed (:class:`~.jejak.Jejak`). Instead of laying the lampiran out twice,
its pages are kept open (:class:`KanvasTunda`): once every page is laid out,
the page ends are drawn over them from that record and the pages are
closed in order. The whole Keputusan is assembled from the finished files
(:mod:`.gabung`), so every page is drawn once per build.

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
from reportlab.platypus import BaseDocTemplate, PageBreak, Spacer, Table
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import Flowable

from sopap.compat import defer_save
from sopap.errors import SopapError
from sopap.model.sop import Keputusan, Sop
from sopap.render.pdf import fonts, prosedur
from sopap.render.pdf.cover import cover_page
from sopap.render.pdf.identitas import identitas
from sopap.render.pdf.identitas import too_tall as identitas_too_tall
from sopap.render.pdf.order import is_numbered
from sopap.render.pdf.page_template import PageContext, frame_of, page_template_of
from sopap.render.pdf.paper import Paper
from sopap.render.pdf.trace import Trace


class DeferredCanvas(Canvas):
    """A canvas that keeps each page open until :meth:`save`.

    What a page needs from the layout of later pages is registered with
    :meth:`tunda` and drawn when the page is closed, after the whole
    document is laid out; bookmarks and outline entries wait with their
    page, as they point at it. The page content comes out as if drawn at
    the page end: after the flowables, in the page's own graphics state.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._terbuka: list[dict] = []  # the state of every laid-out page
        self._akhir: list[Callable[[], object]] = []  # drawn when this page closes

    def tunda(self, draw: Callable[[], object]) -> None:
        """Call ``draw`` on this page when it is closed."""
        self._akhir.append(draw)

    def bookmarkPage(self, key, **kwargs) -> None:
        self.tunda(lambda: Canvas.bookmarkPage(self, key, **kwargs))

    def addOutlineEntry(self, title, key, level=0, closed=None) -> None:
        self.tunda(lambda: Canvas.addOutlineEntry(self, title, key, level, closed))

    def showPage(self) -> None:
        self._terbuka.append(dict(self.__dict__))
        self._akhir = []
        self._startPage()

    def save(self) -> None:
        pages, self._terbuka = self._terbuka, []
        for state in pages:
            self.__dict__.update(state)
            for draw in self._akhir:
                draw()
            Canvas.showPage(self)
        self._terbuka = []
        Canvas.save(self)


class LampiranTerlaluPanjang(SopapError):
    """A row of a lampiran does not fit on one page."""


class _Penanda(Flowable):
    """Zero-size mark at a lampiran's first page: an outline entry for it."""

    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key, self.title = key, title

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


def lampiran_title(sop: Sop) -> str:
    if is_numbered(sop):
        return f"Lampiran {sop.lampiran}: SOP {sop.nama}"
    return f"Lampiran (nomor belum terbaca): SOP {sop.nama}"


def _story(k: PageContext) -> list:
    _, _, width, height = frame_of(k)
    return [
        _Penanda(f"lampiran-{k.sop.id}", lampiran_title(k.sop)),
        *cover_page(k, width, height),
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


def _too_long(k: PageContext) -> SopapError:
    """Name the step whose row cannot fit on a page."""
    _, _, width, height = frame_of(k)
    for step in k.sop.langkah:
        one = replace(k.sop, langkah=(step,), penandatangan=None)
        table: Table = prosedur.tabel(one, width, Trace())
        _, h = table.wrap(width, height)
        if h > height - 20 * mm:
            where = f"{step.sumber}: " if step.sumber else ""
            return LampiranTerlaluPanjang(
                f"{where}langkah {step.nomor} SOP '{k.sop.id}' terlalu panjang untuk satu halaman "
                f"lampiran {k.kertas.nama}; pecah uraian, kelengkapan atau output-nya menjadi "
                "beberapa langkah"
            )
    where = f"{k.sop.sumber}: " if k.sop.sumber else ""
    option = identitas_too_tall(k, width, height)
    if option is not None:
        return LampiranTerlaluPanjang(
            f"{where}isian identitas '{option}' SOP '{k.sop.id}' terlalu panjang untuk satu halaman "
            f"lampiran {k.kertas.nama}; ringkas butirnya atau pindahkan sebagian ke isian lain"
        )
    return LampiranTerlaluPanjang(
        f"{where}identitas SOP '{k.sop.id}' tidak muat pada halaman lampiran {k.kertas.nama}; "
        "ringkas nama SOP dan isian identitas yang panjang"
    )


@dataclass
class LaidOutLampiran:
    """One lampiran laid out, its pages still open (see :class:`KanvasTunda`)."""

    konteks: PageContext
    doc: BaseDocTemplate
    buffer: io.BytesIO
    #: Already saved by ``doc.build`` (the shortcut off: :func:`sopap.compat.defer_save`).
    saved: bool = False

    @property
    def jejak(self) -> Trace:
        return self.konteks.jejak

    def tulis(self) -> bytes:
        """Draw the page ends (flowchart, page numbers), close the pages: the PDF."""
        if not self.saved:
            self.doc.canv.save()
            self.saved = True
        return self.buffer.getvalue()


def lay_out(sop: Sop, keputusan: Keputusan, kertas: Paper, logo: Path | None = None) -> LaidOutLampiran:
    """Lay out ``sop``; :meth:`TataLampiran.tulis` then makes its PDF."""
    k = PageContext(sop, keputusan, kertas, Trace(), logo)
    meta = meta_lampiran([sop], keputusan)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=kertas.ukuran,
        pageTemplates=[page_template_of(k)],
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
    waits = defer_save(doc)  # saved by TataLampiran.tulis, once every page is laid out
    try:
        doc.build(_story(k), canvasmaker=DeferredCanvas)
    except LayoutError as exc:
        raise _too_long(k) from exc
    return LaidOutLampiran(k, doc, buffer, saved=not waits)


def meta_lampiran(sops: Sequence[Sop], keputusan: Keputusan) -> Metadata:
    """Title, author and subject of one lampiran's file or of the whole Keputusan."""
    subject = f"Keputusan {keputusan.pejabat} Nomor {keputusan.nomor}".strip() if keputusan.nomor else ""
    author = sops[0].instansi or keputusan.instansi if sops else keputusan.instansi
    if len(sops) == 1:
        return Metadata(lampiran_title(sops[0]), author, subject)
    return Metadata(f"Lampiran Keputusan: {len(sops)} SOP", author, subject)


def render_one(sop: Sop, keputusan: Keputusan, kertas: Paper, logo: Path | None = None) -> bytes:
    """The PDF of a single lampiran."""
    fonts.register()
    return lay_out(sop, keputusan, kertas, logo).tulis()
