"""Reading a lampiran PDF back: pages, the procedure table, symbols, connectors.

Independent of the renderer: columns and rows are found from the grid lines
(stroke width 0.5), step rows from the numbers in the No. column, symbols,
connectors and arrows from their own stroke widths (1.2, 1.0, 0.8).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

GARIS_TABEL = 0.5
GARIS_SIMBOL = 1.2
GARIS_KONEKTOR = 1.0
GARIS_PANAH = 0.8


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _round(v: float) -> float:
    return round(v, 1)


@dataclass
class Simbol:
    jenis: str  # kapsul | kotak | belah-ketupat
    cx: float
    cy: float  # top-based, like pdfplumber
    kotak: tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass
class Konektor:
    label: str
    cx: float
    cy: float
    kotak: tuple[float, float, float, float]


@dataclass
class TabelHalaman:
    """The procedure table as found on one page."""

    page: pdfplumber.page.Page
    kolom: list[float]  # x boundaries, left to right
    garis: list[float]  # y of horizontal grid lines, top to bottom
    kepala_bawah: float  # y of the header's bottom line
    baris: dict[int, tuple[float, float]]  # step -> (top, bottom)

    @property
    def bawah(self) -> float:
        return max(b for _, b in self.baris.values())

    def teks_kolom(self, index: int, slack: float = 0.5) -> str:
        """Body text of one column, only characters wholly inside it."""
        x0, x1 = self.kolom[index], self.kolom[index + 1]
        box = (x0 - slack, self.kepala_bawah, x1 + slack, self.bawah + slack)
        return norm(self.page.within_bbox(box).extract_text())

    @property
    def kepala_atas(self) -> float:
        return self.garis[0]

    @property
    def kepala_tengah(self) -> float:
        """The line between the two header rows (under Pelaksana, Mutu Baku)."""
        middle = [y for y in self.garis if self.kepala_atas < y < self.kepala_bawah]
        assert len(middle) == 1, middle
        return middle[0]

    def teks_kepala(self, index: int, baris_kedua: bool = False) -> str:
        """Header text over column ``index``: both header rows, or the second."""
        x0, x1 = self.kolom[index], self.kolom[index + 1]
        top = self.kepala_tengah if baris_kedua else self.kepala_atas
        box = (x0 - 0.5, top, x1 + 0.5, self.kepala_bawah)
        return norm(self.page.within_bbox(box).extract_text())

    def teks_kepala_rentang(self, first: int, last: int) -> str:
        """First header row over columns ``first`` .. ``last`` (a spanned cell)."""
        box = (self.kolom[first] - 0.5, self.kepala_atas, self.kolom[last + 1] + 0.5, self.kepala_tengah)
        return norm(self.page.within_bbox(box).extract_text())

    def kolom_dari_x(self, x: float) -> int:
        for i in range(len(self.kolom) - 1):
            if self.kolom[i] <= x < self.kolom[i + 1]:
                return i
        return -1

    def baris_dari_y(self, y: float) -> int | None:
        for nomor, (top, bottom) in self.baris.items():
            if top <= y <= bottom:
                return nomor
        return None


def paraf_top(page) -> float:
    words = [w for w in page.extract_words() if w["text"] == "Paraf"]
    assert words, f"no Paraf Koordinasi box on page {page.page_number}"
    return max(w["top"] for w in words) - 8


def tabel(page, ncols: int) -> TabelHalaman | None:
    """The procedure table on ``page`` (None on pages without one)."""
    if "Uraian Prosedur" not in norm(page.extract_text()):
        return None
    limit = paraf_top(page)
    grid = [ln for ln in page.lines if ln["linewidth"] == GARIS_TABEL and ln["bottom"] <= limit]
    xs = sorted({_round(ln["x0"]) for ln in grid if _round(ln["x0"]) == _round(ln["x1"])})
    ys = sorted({_round(ln["top"]) for ln in grid if _round(ln["top"]) == _round(ln["bottom"])})
    assert len(xs) == ncols + 1, f"page {page.page_number}: {len(xs)} column lines, expected {ncols + 1}"
    numbers = [
        w
        for w in page.extract_words()
        if xs[0] < w["x0"] and w["x1"] < xs[1] and w["text"].isdigit() and w["top"] > ys[0]
    ]
    assert numbers, f"page {page.page_number}: table without step rows"
    head_bottom = max(y for y in ys if y <= min(w["top"] for w in numbers))
    rows = {}
    for w in numbers:
        top = max(y for y in ys if y <= w["top"])
        bottom = min(y for y in ys if y >= w["bottom"])
        rows[int(w["text"])] = (top, bottom)
    return TabelHalaman(page, xs, ys, head_bottom, rows)


def simbol(page) -> list[Simbol]:
    found = []
    for o in page.rects:
        if o["linewidth"] == GARIS_SIMBOL and o["stroke"]:
            found.append(Simbol("kotak", *_centre(o), _box(o)))
    for o in page.curves:
        if o["linewidth"] == GARIS_SIMBOL and o["stroke"]:
            kind = "belah-ketupat" if len(o["pts"]) == 5 else "kapsul"
            found.append(Simbol(kind, *_centre(o), _box(o)))
    return found


def konektor(page) -> list[Konektor]:
    found = []
    for o in page.curves:
        if o["linewidth"] == GARIS_KONEKTOR and o["stroke"]:
            inside = page.within_bbox((o["x0"], o["top"], o["x1"], o["bottom"]))
            label = "".join(c["text"] for c in inside.chars)
            found.append(Konektor(label, *_centre(o), _box(o)))
    return found


def kepala_panah(page) -> list[tuple[float, float]]:
    """Tips of the arrowheads (filled triangles) on ``page``."""
    return [o["pts"][0] for o in page.curves if o["linewidth"] == GARIS_PANAH and o["fill"] and len(o["pts"]) == 4]


def _centre(o) -> tuple[float, float]:
    return (o["x0"] + o["x1"]) / 2, (o["top"] + o["bottom"]) / 2


def _box(o) -> tuple[float, float, float, float]:
    return (o["x0"], o["top"], o["x1"], o["bottom"])


def di_tepi(point: tuple[float, float], box: tuple[float, float, float, float], tol: float = 1.5) -> bool:
    """True when ``point`` lies on (or within ``tol`` of) the border of ``box``."""
    x, y = point
    x0, top, x1, bottom = box
    inside = x0 - tol <= x <= x1 + tol and top - tol <= y <= bottom + tol
    deep = x0 + tol < x < x1 - tol and top + tol < y < bottom - tol
    return inside and not deep


def tanda_air(obj) -> bool:
    """A character of the DRAF watermark (drawn in translucent red)."""
    colour = obj.get("non_stroking_color")
    return obj.get("object_type") == "char" and isinstance(colour, tuple) and len(colour) == 3 and colour[0] > 0.5 > colour[1]


def tanpa_tanda_air(page):
    """The page as read without the DRAF watermark's characters."""
    return page.filter(lambda obj: not tanda_air(obj))


def bandingkan_referensi(pdf: Path, page: int, reference: Path, work: Path) -> None:
    """Page ``page`` of ``pdf`` rendered by pdftoppm at 30 dpi against a
    reviewed reference image; ``SOPAP_PERBARUI_REFERENSI=1`` rewrites the
    reference instead (then look at it before committing)."""
    import os
    import subprocess

    import pytest
    from PIL import Image, ImageChops

    stem = work / f"{pdf.stem}-{page}"
    subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    actual = Image.open(f"{stem}.png").convert("L")
    if os.environ.get("SOPAP_PERBARUI_REFERENSI"):
        reference.parent.mkdir(exist_ok=True)
        actual.save(reference, optimize=True)
        pytest.skip("referensi diperbarui")
    expected = Image.open(reference).convert("L")
    assert actual.size == expected.size
    diff = ImageChops.difference(actual, expected)
    changed = sum(count for value, count in enumerate(diff.histogram()) if value > 48)
    # identical on one machine; a little room for another poppler's antialiasing,
    # less than one missing symbol outline
    assert changed / (actual.width * actual.height) < 0.0002, f"{changed} pixels differ"


def open_pdf(path: Path):
    return pdfplumber.open(str(path))


# -- flow lines, rules and labels, for the geometric checks ------------------------
Segmen = tuple[float, float, float, float]  # x0, y0, x1, y1 (top-based), axis-parallel


def garis_alir(page) -> list[list[Segmen]]:
    """Every flow line (an arrow without its head) as its straight pieces, one list per line."""
    found = []
    for o in [*page.lines, *page.curves]:
        if o["linewidth"] != GARIS_PANAH or o.get("fill") or not o.get("stroke", True):
            continue
        pts = o["pts"]
        found.append([(a[0], a[1], b[0], b[1]) for a, b in zip(pts, pts[1:]) if a != b])
    return found


def aturan(t: TabelHalaman) -> list[Segmen]:
    """The table's rules (grid lines) on the page, as segments."""
    limit = paraf_top(t.page)
    return [
        (ln["x0"], ln["top"], ln["x1"], ln["bottom"])
        for ln in t.page.lines
        if ln["linewidth"] == GARIS_TABEL and ln["bottom"] <= limit
    ]


def huruf_label(t: TabelHalaman, n: int) -> list[dict]:
    """Characters drawn over the actor cells below the header, but the
    connectors' letters: the branch labels."""
    connectors = [c.kotak for c in konektor(t.page)]
    left, right = t.kolom[2], t.kolom[2 + n]
    found = []
    for char in t.page.chars:
        if not (left < char["x0"] and char["x1"] < right and char["top"] > t.kepala_bawah):
            continue
        cx, cy = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        if any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in connectors):
            continue
        found.append(char)
    return found


def kotak_menyentuh_segmen(box: tuple[float, float, float, float], s: Segmen, tol: float = 0.3) -> bool:
    """Whether an axis-parallel segment enters a box (shrunk by ``tol``)."""
    x0, top, x1, bottom = box
    sx0, sx1 = sorted((s[0], s[2]))
    sy0, sy1 = sorted((s[1], s[3]))
    return sx1 > x0 + tol and sx0 < x1 - tol and sy1 > top + tol and sy0 < bottom - tol


def kotak_menyentuh_bentuk(box: tuple[float, float, float, float], shape: Simbol | Konektor, tol: float = 0.3) -> bool:
    """Whether a box overlaps a symbol or connector (a diamond by its own outline)."""
    x0, top, x1, bottom = box
    sx0, stop, sx1, sbottom = shape.kotak
    if x1 <= sx0 + tol or x0 >= sx1 - tol or bottom <= stop + tol or top >= sbottom - tol:
        return False
    if getattr(shape, "jenis", "") != "belah-ketupat":
        return True
    cx, cy = (sx0 + sx1) / 2, (stop + sbottom) / 2
    a, b = (sx1 - sx0) / 2, (sbottom - stop) / 2
    dx = 0.0 if x0 <= cx <= x1 else min(abs(x0 - cx), abs(x1 - cx))
    dy = 0.0 if top <= cy <= bottom else min(abs(top - cy), abs(bottom - cy))
    return dx / a + dy / b < 1 - tol / min(a, b)
