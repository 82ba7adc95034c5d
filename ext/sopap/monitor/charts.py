"""The analytics plots, drawn once as reportlab drawings.

The PDF embeds a drawing as vector graphics; the HTML inlines the same
drawing rendered by reportlab's SVG renderer (text escaped by it), so both
outputs show the same plot. Two shapes cover every plot: horizontal bars
(one row per step, pelaksana or deviation) with an optional marker per row,
and vertical bars (months, or a histogram of cycle times) with an optional
level line.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from sopap.model.sop import Sop
from sopap.monitor.aggregate import SopAggregate
from sopap.monitor.checker import NAMA_KODE
from sopap.render.numbers import angka

FONT = "LiberationSans"
LEBAR = 500.0
BIRU = colors.HexColor("#3b6ea8")
BIRU_MUDA = colors.HexColor("#a9c4e4")
MERAH = colors.HexColor("#b03a2e")
ABU = colors.HexColor("#666666")
HIJAU = colors.HexColor("#2e7d4f")
_ids = itertools.count(1)


@dataclass
class Baris:
    """One row of a horizontal bar plot: label, stacked parts, marker."""

    label: str
    parts: Sequence[float]
    marker: float | None = None
    note: str = ""


def _text(d: Drawing, x: float, y: float, text: str, size: float = 7.5, anchor: str = "start", color=colors.black) -> None:
    d.add(String(x, y, text, fontName=FONT, fontSize=size, textAnchor=anchor, fillColor=color))


def _clip(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def mendatar(
    judul: str, rows: Sequence[Baris], satuan: str, legend: Sequence[tuple[str, object]], marker_label: str = ""
) -> Drawing:
    """Horizontal bars, one per row, parts stacked; a red tick for a marker."""
    row_h, top, left, right = 16.0, 34.0, 150.0, 60.0
    height = top + row_h * max(1, len(rows)) + 24
    d = Drawing(LEBAR, height)
    _text(d, 0, height - 12, judul, 9)
    peak = max([sum(r.parts) for r in rows] + [r.marker or 0 for r in rows] + [1e-9])
    scale = (LEBAR - left - right) / peak
    fills = [c for _, c in legend] or [BIRU]
    for i, row in enumerate(rows):
        y = height - top - (i + 1) * row_h + 3
        _text(d, left - 4, y + 3, _clip(row.label), anchor="end")
        x = left
        for value, fill in zip(row.parts, itertools.cycle(fills)):
            if value > 0:
                d.add(Rect(x, y, value * scale, row_h - 6, fillColor=fill, strokeColor=None))
                x += value * scale
        _text(d, x + 3, y + 3, row.note, 7, color=ABU)
        if row.marker is not None:
            mx = left + row.marker * scale
            d.add(Line(mx, y - 2, mx, y + row_h - 4, strokeColor=MERAH, strokeWidth=1.5))
    d.add(Line(left, 18, left, height - top + 2, strokeColor=ABU, strokeWidth=0.5))
    _text(d, left, 8, f"0 {satuan}", 7, color=ABU)
    _text(d, LEBAR - right, 8, f"{angka(peak, 1)} {satuan}", 7, anchor="end", color=ABU)
    _legend(d, [*legend, *([(marker_label, MERAH)] if marker_label else [])], height - 24)
    return d


def tegak(
    judul: str, labels: Sequence[str], values: Sequence[float], satuan: str, level: float | None = None,
    level_label: str = "", highlight: Sequence[bool] | None = None,
) -> Drawing:
    """Vertical bars over labelled slots; an optional level line across."""
    height, bottom, left, top = 200.0, 34.0, 40.0, 40.0
    d = Drawing(LEBAR, height)
    _text(d, 0, height - 12, judul, 9)
    peak = max([*values, level or 0, 1e-9])
    plot_h = height - bottom - top
    slot = (LEBAR - left - 10) / max(1, len(values))
    step = max(1, len(labels) // 12)
    for i, (label, value) in enumerate(zip(labels, values)):
        x = left + i * slot
        fill = MERAH if highlight and highlight[i] else BIRU
        d.add(Rect(x + slot * 0.15, bottom, slot * 0.7, plot_h * value / peak, fillColor=fill, strokeColor=None))
        if i % step == 0:
            _text(d, x + slot / 2, bottom - 10, label, 6.5, anchor="middle")
    d.add(Line(left, bottom, LEBAR - 10, bottom, strokeColor=ABU, strokeWidth=0.5))
    _text(d, left - 3, bottom - 2, "0", 7, anchor="end", color=ABU)
    _text(d, left - 3, bottom + plot_h - 2, angka(peak, 1 if peak < 10 else 0), 7, anchor="end", color=ABU)
    _text(d, 0, bottom + plot_h / 2, satuan, 7, color=ABU)
    if level is not None:
        y = bottom + plot_h * level / peak
        d.add(Line(left, y, LEBAR - 10, y, strokeColor=MERAH, strokeWidth=1, strokeDashArray=[3, 2]))
        _legend(d, [(level_label, MERAH)], height - 24)
    return d


def _legend(d: Drawing, items, y: float) -> None:
    x = 0.0
    for label, fill in items:
        if not label:
            continue
        d.add(Rect(x, y, 8, 6, fillColor=fill, strokeColor=None))
        _text(d, x + 11, y, label, 7)
        x += 20 + len(label) * 4.2


# -- the plots of one SOP -------------------------------------------------------------


def siklus(a: SopAggregate, standar_menit: float) -> Drawing:
    """Histogram of cycle times (working hours) with the sum of standards."""
    hours = [m / 60 for m in a.siklus]
    standard = standar_menit / 60
    top = max([*hours, standard, 1.0])
    bins = 12
    width = top / bins
    counts = [0] * bins
    for h in hours:
        counts[min(bins - 1, int(h / width))] += 1
    labels = [angka(width * (i + 0.5), 0 if width * bins >= 24 else 1) for i in range(bins)]
    over = [width * (i + 1) > standard for i in range(bins)]
    d = tegak("Waktu siklus per kasus (jam kerja, kasus yang selesai)", labels, counts, "kasus", highlight=over)
    return _with_standard(d, standard / top)


def _with_standard(d: Drawing, share: float) -> Drawing:
    """A vertical line at the sum of standards, on a histogram."""
    left, bottom = 40.0, 34.0
    x = left + (LEBAR - left - 10) * min(1.0, share)
    d.add(Line(x, bottom, x, d.height - 40, strokeColor=MERAH, strokeWidth=1.5))
    _legend(d, [("jumlah waktu baku", MERAH)], d.height - 24)
    return d


def per_langkah(a: SopAggregate, sop: Sop) -> Drawing:
    """Mean time per step (waiting and working where mulai is known) against its standard."""
    rows = []
    for step in sop.langkah:
        figures = a.langkah.get(step.nomor)
        standard = step.waktu.menit / 60 if step.waktu else None
        if figures is None or figures.total.rata is None:
            rows.append(Baris(f"{step.nomor}. {step.ringkasan}", [], standard, "tidak ada data"))
            continue
        total = figures.total.rata / 60
        if figures.tunggu.n and figures.kerja.n:
            wait, work = figures.tunggu.rata / 60, figures.kerja.rata / 60
            parts = [wait * total / (wait + work), work * total / (wait + work)] if wait + work > 0 else [0, total]
        else:
            parts = [0, total]
        rows.append(Baris(f"{step.nomor}. {step.ringkasan}", parts, standard, f"{angka(total, 1)} jam"))
    return mendatar(
        "Rata-rata waktu per langkah (jam kerja) terhadap waktu baku",
        rows, "jam", [("menunggu", BIRU_MUDA), ("dikerjakan", BIRU)], "waktu baku",
    )


def per_bulan(a: SopAggregate, ambang: float) -> Drawing:
    months = sorted(a.bulan)
    shares = [100 * a.bulan[m][1] / a.bulan[m][0] for m in months]
    return tegak(
        "Kasus sesuai per bulan (% dari kasus yang berakhir di bulan itu)",
        months, shares, "%", level=100 * ambang, level_label=f"ambang {angka(100 * ambang, 0)}%",
        highlight=[s < 100 * ambang for s in shares],
    )


def pelaksana(a: SopAggregate, names: dict[str, str]) -> Drawing:
    rows = [
        Baris(names.get(pid, pid), [who.menit / 60], None, f"{who.kasus} kasus, {who.langkah} langkah")
        for pid, who in sorted(a.pelaksana.items(), key=lambda kv: -kv[1].menit)
    ]
    return mendatar("Beban kerja per pelaksana (jam kerja)", rows, "jam", [("jam kerja", BIRU)])


def penyimpangan(a: SopAggregate, limit: int = 8) -> Drawing:
    rows = [
        Baris(f"{NAMA_KODE[kode]}" + (f", langkah {nomor}" if nomor is not None else ""), [float(n)], None, str(n))
        for (kode, nomor), n in a.utama(limit)
    ]
    return mendatar("Penyimpangan terbanyak (jumlah temuan)", rows or [Baris("tidak ada", [])], "temuan", [("temuan", MERAH)])


def svg(d: Drawing) -> str:
    """The drawing as an inline ``<svg>`` element (ids unique in the page)."""
    text = renderSVG.drawToString(d)
    text = text[text.index("<svg") :]
    n = next(_ids)
    text = text.replace('id="clip"', f'id="sopap-clip-{n}"').replace("url(#clip)", f"url(#sopap-clip-{n})")
    text = text.replace('id="group"', f'id="sopap-grafik-{n}"')
    text = re.sub(r"<title>.*?</title>\s*<desc>.*?</desc>", "", text, flags=re.S)
    text = text.replace("font-family: LiberationSans", "font-family: 'Liberation Sans', Arial, sans-serif")
    return text.replace('<svg width="', '<svg class="sopap-grafik" role="img" width="', 1)
