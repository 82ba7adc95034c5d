"""The procedure table: two-row header, one row per step, signature after.

Columns: No | Uraian Prosedur | one column per pelaksana | Persyaratan /
Kelengkapan | Waktu | Output | Keterangan, as in Permenpan RB 35/2012. The
actor cells hold a :class:`SelPelaksana` that only reserves room; symbols and
arrows are drawn over the table by the flowchart pass (``bagan``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from sopap.model.sop import Simbol, Sop
from sopap.render.pdf import styles as gaya
from sopap.render.pdf.fonts import REGULER, TEBAL, lebar
from sopap.render.pdf.labels import room_for
from sopap.render.pdf.simbol import min_height
from sopap.render.pdf.text import CellText, daftar, fitting_size, para
from sopap.render.pdf.trace import ActorCell, Recorder, Trace
from sopap.render.tidak_terbaca import TITIK, is_blank, unreadable

PADDING = 3


@dataclass(frozen=True, slots=True)
class Kolom:
    """Column widths in points."""

    no: float
    uraian: float
    pelaksana: tuple[float, ...]
    kelengkapan: float
    waktu: float
    output: float
    keterangan: float

    @property
    def semua(self) -> list[float]:
        return [self.no, self.uraian, *self.pelaksana, self.kelengkapan, self.waktu, self.output, self.keterangan]


UKURAN_PELAKSANA = gaya.UKURAN  # actor names in the header, when they fit
UKURAN_PELAKSANA_MIN = 7.0  # columns widen so that every word fits at least this


def kolom(total: float, nama_pelaksana: Sequence[str]) -> Kolom:
    """Widths for a table ``total`` points wide with these actor columns.

    Actor columns get 15-22 mm, widened where a single word of the actor's
    name would not fit at 7 pt; uraian, kelengkapan and output share the rest
    4 : 3 : 3 as in the signed originals, keeping at least 100 mm.
    """
    no, waktu, keterangan = 9 * mm, 16 * mm, 20 * mm
    names = list(nama_pelaksana) or [""]
    n = len(names)
    rest = total - no - waktu - keterangan
    base = min(22 * mm, max(15 * mm, (rest - 130 * mm) / n))
    need = [
        max([lebar(w, UKURAN_PELAKSANA_MIN, True) for w in name.split()] + [0]) + 2 * PADDING + 1 for name in names
    ]
    widths = [max(base, w) for w in need]
    extra = sum(widths) - n * base
    room = max(rest - n * base - 100 * mm, 0)
    if extra > room:  # widen only as far as the text columns can give
        scale = room / extra
        widths = [base + (w - base) * scale for w in widths]
    text = rest - sum(widths)
    return Kolom(no, text * 0.4, tuple(widths), text * 0.3, waktu, text * 0.3, keterangan)


def _uraian(step) -> list[Paragraph]:
    cells: list[Paragraph] = []
    if step.uraian:
        cells.append(para(step.uraian))
    for index, item in enumerate(step.rincian):
        letter = chr(ord("a") + index)
        cells.append(CellText(gaya.escape(item), gaya.BUTIR, bulletText=f"{letter}."))
    return cells


def _kepala_pelaksana(sop: Sop, widths: tuple[float, ...]) -> list[Paragraph]:
    """Actor names, all in one size: the largest at which every word fits its
    own column, so names wrap between words only."""
    size = UKURAN_PELAKSANA
    for p, width in zip(sop.pelaksana, widths):
        size = min(size, fitting_size(p.nama.split(), width - 2 * PADDING, UKURAN_PELAKSANA))
    fits = all(
        lebar(w, size, True) <= width - 2 * PADDING for p, width in zip(sop.pelaksana, widths) for w in p.nama.split()
    )
    style = ParagraphStyle(
        "sopap-kepala-pelaksana",
        parent=gaya.KEPALA,
        fontSize=size,
        leading=size * 1.2,
        # a word too long even at the smallest size is broken rather than
        # let out of its cell
        splitLongWords=0 if fits else 1,
    )
    return [Paragraph(gaya.escape(p.nama), style) for p in sop.pelaksana]


def _label_room(step, k: Kolom, column: int) -> float:
    """Room a decision's row keeps for its longest branch label beside the
    line down into an off-page connector (the row may end a page)."""
    if step.cabang is None or column < 0:
        return 0.0
    width = k.pelaksana[column]
    return max(room_for(arah.label, width) for arah in (step.cabang.ya, step.cabang.tidak))


def tabel(sop: Sop, lebar: float, jejak: Trace) -> Table:
    """The procedure table of ``sop`` (with the signature as its last row)."""
    k = kolom(lebar, [p.nama for p in sop.pelaksana])
    n = len(sop.pelaksana)
    ncols = 6 + n
    head0 = [para("No.", gaya.KEPALA), para("Uraian Prosedur", gaya.KEPALA), para("Pelaksana", gaya.KEPALA)]
    head0 += [""] * (n - 1)
    head0 += [para("Mutu Baku", gaya.KEPALA), "", "", para("Keterangan", gaya.KEPALA)]
    head1 = ["", ""] + _kepala_pelaksana(sop, k.pelaksana)
    head1 += [para("Persyaratan / Kelengkapan", gaya.KEPALA), para("Waktu", gaya.KEPALA), para("Output", gaya.KEPALA), ""]
    rows: list[list] = [head0, head1]

    blank = unreadable(sop)

    def cell_list(step, medan: str):
        if is_blank(step, medan, blank):
            return para(TITIK)
        return daftar(getattr(step, medan), bernomor=False)

    for step in sop.langkah:
        row: list = [para(str(step.nomor), gaya.ISI_TENGAH), _uraian(step)]
        column = sop.kolom(step.pelaksana) if step.pelaksana else -1
        tinggi = min_height(step.simbol if column >= 0 else Simbol.KOTAK, _label_room(step, k, column))
        row += [ActorCell(step.nomor, c, tinggi) for c in range(n)]
        waktu = step.waktu.teks() if step.waktu else (TITIK if is_blank(step, "waktu", blank) else "")
        row += [
            cell_list(step, "kelengkapan"),
            para(waktu, gaya.ISI_TENGAH),
            cell_list(step, "output"),
            para(step.keterangan) if step.keterangan else "",
        ]
        rows.append(row)

    last = len(rows) - 1
    style = [
        ("FONTNAME", (0, 0), (-1, -1), REGULER),
        ("FONTNAME", (0, 0), (-1, 1), TEBAL),
        ("FONTSIZE", (0, 0), (-1, -1), gaya.UKURAN),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (1 + n, 0)),
        ("SPAN", (2 + n, 0), (4 + n, 0)),
        ("SPAN", (5 + n, 0), (5 + n, 1)),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("VALIGN", (0, 2), (-1, last), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 1), colors.Color(0.88, 0.88, 0.88)),
        ("GRID", (0, 0), (-1, last), gaya.GARIS_TABEL, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        # actor cells of step rows: the reserved room is the whole cell
        ("LEFTPADDING", (2, 2), (1 + n, last), 0),
        ("RIGHTPADDING", (2, 2), (1 + n, last), 0),
        ("TOPPADDING", (2, 2), (1 + n, last), 0),
        ("BOTTOMPADDING", (2, 2), (1 + n, last), 0),
    ]
    if sop.penandatangan is not None:
        rows.append([signature_block_pdf(sop, sum(k.semua))] + [""] * (ncols - 1))
        sig = len(rows) - 1
        style += [
            ("SPAN", (0, sig), (-1, sig)),
            ("LEFTPADDING", (0, sig), (-1, sig), 0),
            ("RIGHTPADDING", (0, sig), (-1, sig), 0),
            ("TOPPADDING", (0, sig), (-1, sig), 10),
            # the last step never stands alone: it keeps the signature with it
            ("NOSPLIT", (0, last), (-1, sig)),
        ]
    return Table(
        rows,
        colWidths=k.semua,
        repeatRows=2,
        style=TableStyle(style),
        hAlign="CENTER",
        renderCB=Recorder(jejak),
    )


def signature_block_pdf(sop: Sop, lebar: float) -> Table:
    """Jabatan (upper case, with a comma), room for the signature, the name."""
    ttd = sop.penandatangan
    assert ttd is not None
    block = 105 * mm
    jabatan = Paragraph(gaya.escape(ttd.jabatan.upper()) + ",", gaya.TTD)
    nama = Paragraph(f"<u>{gaya.escape(ttd.nama)}</u>", gaya.TTD)
    inner = Table(
        [[jabatan], [Spacer(1, 20 * mm)], [nama]],
        colWidths=[block],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULER),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    outer = Table(
        [["", inner]],
        colWidths=[lebar - block - 6 * mm, block + 6 * mm],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULER),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return outer


def judul(sop: Sop) -> Paragraph:
    return para(f"STANDAR OPERASIONAL PROSEDUR {sop.nama.upper()}", gaya.JUDUL)
