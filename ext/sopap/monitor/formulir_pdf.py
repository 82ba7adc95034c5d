"""The monitoring form (Tabel 7) and analytics as PDF, in the lampiran's look.

F4 or A4 landscape, the lampiran's kop and Liberation Sans (reused from
:mod:`sopap.render.pdf`), the plots as vector drawings. "Tindakan yang
harus diambil" and "Paraf penilai" are left empty for the evaluator.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sopap.model.sop import Corpus
from sopap.monitor.aggregate import SopAggregate
from sopap.monitor.formulir_html import periode_teks, plots
from sopap.monitor.report import teks_durasi
from sopap.render.numbers import angka, jam


def _styles():
    from sopap.render.pdf.fonts import REGULER, TEBAL

    base = ParagraphStyle("sopap-pantau", fontName=REGULER, fontSize=8.5, leading=10.5)
    return {
        "isi": base,
        "kecil": ParagraphStyle("sopap-pantau-kecil", parent=base, fontSize=7.5, leading=9),
        "judul": ParagraphStyle("sopap-pantau-judul", parent=base, fontName=TEBAL, fontSize=12, leading=15, alignment=1),
        "sub": ParagraphStyle("sopap-pantau-sub", parent=base, fontName=TEBAL, fontSize=10.5, leading=13, spaceBefore=4, keepWithNext=1),
        "kepala": ParagraphStyle("sopap-pantau-kepala", parent=base, fontName=TEBAL, alignment=1),
        "tengah": ParagraphStyle("sopap-pantau-tengah", parent=base, alignment=1, fontSize=11),
    }


def _p(text: Any, style) -> Paragraph:
    return Paragraph(escape(str(text)), style)


def _grid(header_rows: int = 1) -> list:
    from sopap.render.pdf.fonts import REGULER

    return [
        ("FONTNAME", (0, 0), (-1, -1), REGULER),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8e8e8")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]


def _form(doc: dict, st, width: float) -> Table:
    head = [
        [_p("No.", st["kepala"]), _p("Prosedur", st["kepala"]), _p("Penilaian terhadap penerapan", st["kepala"]), "",
         _p("Catatan hasil penilaian", st["kepala"]), _p("Tindakan yang harus diambil", st["kepala"]),
         _p("Paraf penilai", st["kepala"])],
        ["", "", _p("Berjalan dengan baik", st["kepala"]), _p("Tidak berjalan dengan baik", st["kepala"]), "", "", ""],
    ]
    rows = []
    for i, s in enumerate(doc["sop"], 1):
        good = s["penilaian"] == "Berjalan dengan baik"
        rows.append([
            _p(i, st["isi"]), _p(s["nama"] or s["sop"], st["isi"]),
            _p("\u221a" if good else "", st["tengah"]), _p("" if good else "\u221a", st["tengah"]),
            _p(s["catatan"], st["isi"]), "", "",
        ])
    fractions = [0.04, 0.2, 0.09, 0.09, 0.34, 0.15, 0.09]
    table = Table(head + rows, colWidths=[f * width for f in fractions], repeatRows=2)
    table.setStyle(TableStyle([
        *_grid(2),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)),
        ("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (5, 1)), ("SPAN", (6, 0), (6, 1)),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("ROWHEIGHT", (0, 2), (-1, -1), 14 * mm),
    ]))
    return table


def _sop_section(s: dict, drawings: list, st, width: float) -> list:
    flow: list = [PageBreak(), _p(f"{s['nama'] or s['sop']} ({s['sop']})", st["sub"])]
    line = f"{s['kasus']} kasus, {s['kasus_sesuai']} sesuai ({angka(s['persen_sesuai'] or 0, 1)}%), " \
        f"{s['kasus_selesai']} selesai. Penilaian: {s['penilaian']}."
    siklus = s.get("siklus", {})
    if siklus.get("waktu_baku_menit") is not None:
        line += (
            f" Jumlah waktu baku satu kasus {teks_durasi(siklus['waktu_baku_menit'])}; rata-rata waktu siklus "
            f"{teks_durasi(siklus['rata_rata_menit'])}, {siklus['melebihi_waktu_baku']} kasus melebihinya."
        )
    flow += [_p(line, st["isi"]), Spacer(0, 3 * mm)]
    pairs = [drawings[i : i + 2] for i in range(0, len(drawings), 2)]
    for pair in pairs:
        scale = min(1.0, (width / 2 - 4 * mm) / pair[0].width)
        cells = []
        for d in pair:
            d.scale(scale, scale)
            d.width, d.height = d.width * scale, d.height * scale
            cells.append(d)
        table = Table([cells + [""] * (2 - len(cells))], colWidths=[width / 2] * 2)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        flow.append(KeepTogether(table))
    if s.get("langkah"):
        head = ["Langkah", "Uraian", "Pelaksana", "Waktu baku", "Dikerjakan", "Rata-rata", "Menunggu", "Dikerjakan sendiri", "Melebihi"]
        rows = [[_p(h, st["kepala"]) for h in head]] + [
            [_p(l["langkah"], st["kecil"]), _p(l["uraian"], st["kecil"]), _p(l["pelaksana"], st["kecil"]),
             _p(teks_durasi(l["waktu_baku_menit"]), st["kecil"]), _p(l["jumlah"], st["kecil"]),
             _p(teks_durasi(l["rata_rata_menit"]), st["kecil"]), _p(teks_durasi(l["rata_rata_tunggu_menit"]), st["kecil"]),
             _p(teks_durasi(l["rata_rata_kerja_menit"]), st["kecil"]), _p(l["terlambat"], st["kecil"])]
            for l in s["langkah"]
        ]
        fractions = [0.06, 0.34, 0.1, 0.09, 0.07, 0.1, 0.09, 0.09, 0.06]
        table = Table(rows, colWidths=[f * width for f in fractions], repeatRows=1)
        table.setStyle(TableStyle(_grid()))
        flow += [_p("Waktu per langkah", st["sub"]), table]
    if s.get("pelaksana"):
        rows = [[_p(h, st["kepala"]) for h in ("Pelaksana", "Kasus", "Langkah", "Jam kerja")]] + [
            [_p(p["nama"] or p["pelaksana"], st["kecil"]), _p(p["kasus"], st["kecil"]), _p(p["langkah"], st["kecil"]),
             _p(jam(p["menit"] or 0), st["kecil"])]
            for p in s["pelaksana"]
        ]
        table = Table(rows, colWidths=[0.4 * width, 0.12 * width, 0.12 * width, 0.12 * width], repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(_grid()))
        flow += [_p("Beban kerja per pelaksana", st["sub"]), table]
    return flow


def render(
    doc: dict, agregat: dict[str, SopAggregate], corpus: Corpus, *, kop: dict, kalender: str, kertas: str = "f4"
) -> bytes:
    """The PDF bytes of the form and each SOP's analytics."""
    from sopap.render.pdf import fonts
    from sopap.render.pdf.kop import kop as draw_kop
    from sopap.render.pdf.paper import find_paper as paper

    fonts.register()
    st = _styles()
    size = paper(kertas)
    margin = 12 * mm
    width = size.lebar - 2 * margin
    out = io.BytesIO()
    pdf = SimpleDocTemplate(
        out, pagesize=size.ukuran, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin,
        title="Monitoring Pelaksanaan SOP AP", author=kop.get("instansi", ""), creator="sopap monitor",
        invariant=1,
    )
    story: list = [draw_kop(kop.get("pemerintah", ""), kop.get("instansi", ""), width, skala=0.8), Spacer(0, 3 * mm)]
    story += [_p("MONITORING PELAKSANAAN SOP AP", st["judul"]), Spacer(0, 2 * mm)]
    meta = (
        f"Periode: {periode_teks(doc['periode'])}. Log: {', '.join(doc['log'])} ({doc['peristiwa']} peristiwa, "
        f"{len(doc['kasus'])} kasus). Berjalan dengan baik bila sekurang-kurangnya {angka(100 * doc['ambang'], 0)}% "
        f"kasus sesuai. Waktu kerja: {kalender}."
    )
    story += [_p(meta, st["kecil"]), Spacer(0, 3 * mm), _form(doc, st, width)]
    if doc["baris_rusak"]:
        story += [Spacer(0, 3 * mm), _p(f"{len(doc['baris_rusak'])} baris log tidak dapat dibaca dan tidak ikut diperiksa "
                                       "(rinciannya di pemantauan.json).", st["kecil"])]
    for s in doc["sop"]:
        story += _sop_section(s, plots(agregat[s["sop"]], corpus, doc["ambang"]), st, width)
    pdf.build(story)
    return out.getvalue()
