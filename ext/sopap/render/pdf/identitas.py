"""The identity page: kop | label | value block, then three rows of two cells."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from sopap.model.sop import Sop
from sopap.render.pdf import styles as gaya
from sopap.render.pdf.fonts import REGULER
from sopap.render.pdf.kop import kop
from sopap.render.pdf.page_template import PageContext
from sopap.render.pdf.text import daftar, para

LABEL = (
    "Nomor SOP",
    "Tanggal Pembuatan",
    "Tanggal Revisi",
    "Tanggal Pengesahan",
    "Disahkan oleh",
    "Nama SOP",
)


def _grid_style(extra: list) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULER),
            ("GRID", (0, 0), (-1, -1), gaya.GARIS_TABEL, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            *extra,
        ]
    )


def _tabel(k: PageContext, lebar: float, size: float) -> list[Table]:
    sop: Sop = k.sop
    ident = sop.identitas
    isi, butir, kepala = gaya.gaya_identitas(size)

    def sel(judul: str, items) -> list[Paragraph]:
        return [para(judul, kepala), *daftar(items, isi=isi, butir=butir)]

    values = [
        ident.nomor,
        ident.tanggal_pembuatan,
        ident.tanggal_revisi,
        ident.tanggal_pengesahan,
        ident.disahkan_oleh,
        sop.nama,
    ]
    w_kop, w_label = lebar * 0.42, lebar * 0.18
    w_value = lebar - w_kop - w_label
    kop_cell = kop(k.keputusan.pemerintah, sop.instansi or k.keputusan.instansi, w_kop - 8, k.logo, skala=0.9)
    rows = []
    for i, (label, value) in enumerate(zip(LABEL, values)):
        style = kepala if label == "Nama SOP" else isi
        rows.append([kop_cell if i == 0 else "", para(label, isi), para(value, style) if value else ""])
    top = Table(
        rows,
        colWidths=[w_kop, w_label, w_value],
        style=_grid_style([("SPAN", (0, 0), (0, len(rows) - 1)), ("VALIGN", (0, 0), (0, -1), "MIDDLE")]),
    )
    half = lebar / 2
    cells = [sel(label, getattr(ident, attr)) for label, _, attr in LISTS]
    bottom = Table(
        [cells[0:2], cells[2:4], cells[4:6]],
        colWidths=[half, half],
        style=_grid_style([]),
    )
    return [top, bottom]


#: The list fields of the identity page, two per row: (label, option, model attribute).
LISTS = (
    ("Dasar Hukum", "dasar-hukum", "dasar_hukum"),
    ("Kualifikasi Pelaksana", "kualifikasi-pelaksana", "kualifikasi_pelaksana"),
    ("Keterkaitan", "keterkaitan", "keterkaitan"),
    ("Peralatan/Perlengkapan", "peralatan-perlengkapan", "peralatan_perlengkapan"),
    ("Peringatan", "peringatan", "peringatan"),
    ("Pencatatan dan Pendataan", "pencatatan-pendataan", "pencatatan_pendataan"),
)


def too_tall(k: PageContext, lebar: float, tinggi: float) -> str | None:
    """The option of a list field whose cell alone is taller than a page, at
    the smallest size: a table row cannot be split across pages."""
    isi, butir, kepala = gaya.gaya_identitas(7.5)
    for label, option, attr in LISTS:
        cell = Table(
            [[[para(label, kepala), *daftar(getattr(k.sop.identitas, attr), isi=isi, butir=butir)]]],
            colWidths=[lebar / 2],
            style=_grid_style([]),
        )
        if cell.wrap(lebar, tinggi)[1] > tinggi:
            return option
    return None


def identitas(k: PageContext, lebar: float, tinggi: float) -> list:
    """The identity tables, in the largest size (9.5 pt down to 7.5 pt) at
    which they fit one page; longer ones continue on the next page."""
    for size in (9.5, 9.0, 8.5, 8.0, 7.5):
        tables = _tabel(k, lebar, size)
        if sum(t.wrap(lebar, tinggi)[1] for t in tables) <= tinggi:
            return tables
    return _tabel(k, lebar, 7.5)
