"""Every check that holds for any lampiran, read back from its PDF.

:func:`periksa` runs them all on one lampiran file and its SOP: page size,
page numbers and the Paraf Koordinasi on every page, the cover and identity
page, the procedure table (headers, every step's text in order and once,
nothing out of its cell), no word alone on the last line of the kop,
cover title or Keputusan block, one symbol per step in its actor's column,
paired off-page connectors, arrow heads touching a shape, decision labels
on the decision's page, and the signature after the last row.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sopap.model.sop import Sop
from sopap.render.pdf.paper import find_paper
from support.lampiran_pdf import (
    TabelHalaman,
    aturan,
    di_tepi,
    garis_alir,
    huruf_label,
    kepala_panah,
    konektor,
    kotak_menyentuh_bentuk,
    kotak_menyentuh_segmen,
    norm,
    open_pdf,
    paraf_top,
    simbol,
    tabel,
    tanpa_tanda_air,
)

#: The dotted blank of a cell that could not be read on the signed original.
TITIK = "." * 12
#: Two flow lines (or a line and a rule) may not run closer than this ...
JARAK_GARIS = 3.0
#: ... along each other for more than this.
SEJAJAR_MAKS = 10.0
#: Least room between a symbol or connector and the rules of its row.
RUANG_BARIS = 4.0
#: Least room between the table (or signature) and the Paraf Koordinasi box.
RUANG_PARAF = 5 * 72 / 25.4


def _daftar(items) -> str:
    items = [i for i in items if i]
    return " ".join(f"- {i}" for i in items) if len(items) > 1 else " ".join(items)


def kolom_harapan(sop: Sop) -> dict[int, str]:
    """Expected body text per column (index into the table's columns): an
    empty cell noted as illegible shows a dotted blank."""
    n = len(sop.pelaksana)
    blank = {(c.langkah, c.medan) for c in sop.catatan if c.jenis.value == "tidak-terbaca" and c.langkah}

    def cell(step, medan: str, text: str) -> str:
        return TITIK if not text and (step.nomor, medan) in blank else text

    uraian = []
    for step in sop.langkah:
        parts = [step.uraian] if step.uraian else []
        parts += [f"{chr(ord('a') + i)}. {item}" for i, item in enumerate(step.rincian)]
        uraian.append(" ".join(parts))
    return {
        0: " ".join(str(s.nomor) for s in sop.langkah),
        1: " ".join(uraian),
        2 + n: " ".join(cell(s, "kelengkapan", _daftar(s.kelengkapan)) for s in sop.langkah),
        3 + n: " ".join(cell(s, "waktu", s.waktu.teks() if s.waktu else "") for s in sop.langkah),
        4 + n: " ".join(cell(s, "output", _daftar(s.output)) for s in sop.langkah),
        5 + n: " ".join(s.keterangan for s in sop.langkah if s.keterangan),
    }


def rapat(text: str) -> str:
    """Text without whitespace: list marks may or may not be followed by a
    space in the extraction, the words and their order must match."""
    return re.sub(r"\s+", "", text)


def edges(sop: Sop) -> list[tuple[int, int, str | None]]:
    result = []
    for step in sop.langkah:
        if step.cabang:
            result += [(step.nomor, step.cabang.ya.ke, step.cabang.ya.label)]
            result += [(step.nomor, step.cabang.tidak.ke, step.cabang.tidak.label)]
        else:
            result += [(step.nomor, t, None) for t in step.berikutnya]
    return result


@dataclass
class _Bacaan:
    """What the checks share: the SOP, its pages, their text and tables."""

    sop: Sop
    path: Path
    pages: list
    texts: list[str]
    tables: dict[int, TabelHalaman] = field(default_factory=dict)
    page_of: dict[int, int] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.sop.pelaksana)


def periksa(path: Path, sop: Sop, paper: str = "f4") -> dict:
    """Every check that holds for any lampiran; returns what it found."""
    with open_pdf(path) as pdf:
        pages = [tanpa_tanda_air(p) for p in pdf.pages]
        bacaan = _Bacaan(sop, path, pages, [norm(p.extract_text()) for p in pages])
        _every_page(bacaan, paper)
        _cover_and_identity(bacaan)
        for page in pages[:2]:
            assert not kata_sendirian(page), ("kata sendirian di baris terakhir", kata_sendirian(page))
        _procedure_tables(bacaan)
        _symbols(bacaan)
        labels, crossing = _connectors(bacaan)
        _arrows(bacaan, crossing)
        _decision_labels(bacaan)
        _signature(bacaan)
        _no_lone_last_step(bacaan)
        for number, t in bacaan.tables.items():
            _labels_clear(t, bacaan.n, number)
            _lines_apart(t, number)
            _shapes_clear_of_rules(t, number)
            _room_above_paraf(t, number)
        return {"pages": len(pages), "page_of": bacaan.page_of, "labels": labels, "texts": bacaan.texts}


def _every_page(b: _Bacaan, paper: str) -> None:
    size = find_paper(paper)
    total = len(b.pages)
    for number, (page, text) in enumerate(zip(b.pages, b.texts), start=1):
        assert (round(page.width, 1), round(page.height, 1)) == (round(size.lebar, 1), round(size.tinggi, 1))
        assert f"Halaman {number} dari {total}" in text
        assert "Paraf Koordinasi" in text
        for name in b.sop.paraf_koordinasi:
            assert norm(name) in text, (b.path.name, number, name)
        assert "PEMERINTAH" in text  # the kop line


def _cover_and_identity(b: _Bacaan) -> None:
    sop, texts, pages = b.sop, b.texts, b.pages
    assert "STANDAR OPERASIONAL PROSEDUR" in texts[0] and norm(sop.nama.upper()) in texts[0]
    assert "LAMPIRAN" in texts[0]
    if sop.lampiran:
        assert f"LAMPIRAN {sop.lampiran}" in texts[0]
    assert "Nomor SOP" in texts[1] and norm(sop.nama) in texts[1]
    half = pages[1].width / 2
    left = norm(pages[1].within_bbox((0, 0, half, pages[1].height)).extract_text())
    right = norm(pages[1].within_bbox((half, 0, pages[1].width, pages[1].height)).extract_text())
    for item in sop.identitas.dasar_hukum + sop.identitas.keterkaitan + sop.identitas.peringatan:
        assert rapat(item) in rapat(left), item
    for item in sop.identitas.kualifikasi_pelaksana + sop.identitas.peralatan_perlengkapan:
        assert rapat(item) in rapat(right), item


def kata_sendirian(page) -> list[str]:
    """Words left alone on the last line of a block of capitals (the kop,
    the cover title, the Keputusan block): "BEKASI" under "... ANAK KOTA"."""
    lines: dict[tuple[float, float], list[dict]] = defaultdict(list)
    for w in page.extract_words(extra_attrs=["size"]):
        lines[(round(w["top"]), round(w["size"], 1))].append(w)
    found = []
    for (top, size), words in lines.items():
        if len(words) != 1 or not (words[0]["text"].isalpha() and words[0]["text"].isupper()):
            continue
        w = words[0]
        above = [
            ws for (t, s), ws in lines.items()
            if s == size and 0 < top - t <= 1.6 * size and len(ws) >= 2
            and all(x["text"].isupper() for x in ws if x["text"].isalpha())
            and min(x["x0"] for x in ws) - size <= w["x0"] and w["x1"] <= max(x["x1"] for x in ws) + size
        ]
        if above:
            found.append(w["text"])
    return found


def _procedure_tables(b: _Bacaan) -> None:
    sop, n = b.sop, b.n
    for number, page in enumerate(b.pages, start=1):
        t = tabel(page, 6 + n)
        if t is not None:
            b.tables[number] = t
    tables = b.tables
    assert tables and min(tables) == 3 and sorted(tables) == list(range(3, 3 + len(tables)))
    found_text: dict[int, list[str]] = defaultdict(list)
    for number, t in tables.items():
        _header(t, sop)
        for column in (0, 1, 2 + n, 3 + n, 4 + n, 5 + n):
            found_text[column].append(t.teks_kolom(column))
        for nomor in t.baris:
            assert nomor not in b.page_of, f"step {nomor} on two pages"
            b.page_of[nomor] = number
        _inside_cells(t, n)
    assert sorted(b.page_of) == [s.nomor for s in sop.langkah]
    # every step's uraian, kelengkapan, waktu, output: in order and once
    for column, expected in kolom_harapan(sop).items():
        assert rapat(" ".join(found_text[column])) == rapat(expected), (b.path.name, column)


def _header(t: TabelHalaman, sop: Sop) -> None:
    """The two-row header on every procedure page."""
    n = len(sop.pelaksana)
    assert t.teks_kepala(0) == "No."
    assert t.teks_kepala(1) == "Uraian Prosedur"
    assert t.teks_kepala_rentang(2, 1 + n) == "Pelaksana"
    assert t.teks_kepala_rentang(2 + n, 4 + n) == "Mutu Baku"
    for i, actor in enumerate(sop.pelaksana):
        # wrapped at word boundaries: the words come back whole
        assert t.teks_kepala(2 + i, baris_kedua=True) == norm(actor.nama), actor
    assert t.teks_kepala(2 + n, baris_kedua=True) == "Persyaratan / Kelengkapan"
    assert t.teks_kepala(3 + n, baris_kedua=True) == "Waktu"
    assert t.teks_kepala(4 + n, baris_kedua=True) == "Output"
    assert t.teks_kepala(5 + n) == "Keterangan"


def _inside_cells(t: TabelHalaman, n: int) -> None:
    """Nothing sticks out of its cell: every character lies inside the cell
    its centre is in (the spanned header cells count as one)."""
    spans = [(0, 0), (1, 1), (2, 1 + n), (2 + n, 4 + n), (5 + n, 5 + n)]
    for char in t.page.chars:
        if not (t.kepala_atas <= char["top"] and char["bottom"] <= t.bawah):
            continue
        column = t.kolom_dari_x((char["x0"] + char["x1"]) / 2)
        assert column >= 0, char
        first = last = column
        if char["bottom"] <= t.kepala_tengah:
            first, last = next((a, b) for a, b in spans if a <= column <= b)
        elif 2 <= column < 2 + n and t.kepala_bawah < char["top"]:
            continue  # flowchart labels are drawn over the actor cells
        assert t.kolom[first] - 0.5 <= char["x0"] and char["x1"] <= t.kolom[last + 1] + 0.5, char


def _symbols(b: _Bacaan) -> None:
    """One symbol per step row, in its actor's column, of the right kind."""
    per_step: dict[int, list] = defaultdict(list)
    for number, t in b.tables.items():
        for s in simbol(t.page):
            nomor = t.baris_dari_y(s.cy)
            assert nomor is not None, f"symbol outside the step rows on page {number}"
            per_step[nomor].append((t.kolom_dari_x(s.cx), s.jenis))
    for step in b.sop.langkah:
        assert per_step[step.nomor] == [(2 + b.sop.kolom(step.pelaksana), step.simbol.value)], step.nomor


def _connectors(b: _Bacaan) -> tuple[dict, list]:
    """Off-page connectors: one pair per edge crossing a page, same label,
    each inside the row of its step."""
    labels: dict[str, list[tuple[int, int | None]]] = defaultdict(list)
    for number, t in b.tables.items():
        for c in konektor(t.page):
            assert c.label, f"connector without label on page {number}"
            labels[c.label].append((number, t.baris_dari_y(c.cy)))
    page_of = b.page_of
    crossing = [(x, y) for x, y, _ in edges(b.sop) if page_of[x] != page_of[y]]
    assert len(labels) == len(crossing)
    for x, y in crossing:
        assert any(sorted(places) == sorted([(page_of[x], x), (page_of[y], y)]) for places in labels.values()), (
            x,
            y,
            dict(labels),
        )
    return dict(labels), crossing


def _arrows(b: _Bacaan, crossing: list) -> None:
    """One head per edge on one page, two per crossing edge (into the
    connector, out of it); each head touches a symbol or connector."""
    heads = 0
    for number, t in b.tables.items():
        shapes = [s.kotak for s in simbol(t.page)] + [c.kotak for c in konektor(t.page)]
        for tip in kepala_panah(t.page):
            heads += 1
            assert any(di_tepi(tip, box) for box in shapes), (number, tip)
    assert heads == len(edges(b.sop)) + len(crossing)


def _decision_labels(b: _Bacaan) -> None:
    """Decision labels on the decision's page (word by word: a long label
    wraps, and its lines sit beside the other label's)."""
    for step in b.sop.langkah:
        if step.cabang:
            page_words = set(b.texts[b.page_of[step.nomor] - 1].split())
            for arah in (step.cabang.ya, step.cabang.tidak):
                assert set(arah.label.split()) <= page_words, (step.nomor, arah.label)


def _signature(b: _Bacaan) -> None:
    """The signatory after the last row."""
    sop = b.sop
    if sop.penandatangan:
        last = b.tables[max(b.tables)]
        below = norm(last.page.within_bbox((0, last.bawah, last.page.width, last.page.height)).extract_text())
        assert rapat(sop.penandatangan.jabatan.upper() + ",") in rapat(below)
        assert norm(sop.penandatangan.nama) in below


# -- geometry: what an official checks by eye ---------------------------------------
def _labels_clear(t: TabelHalaman, n: int, number: int) -> None:
    """No branch label touches a rule, a flow line, an arrowhead, a symbol or a connector."""
    chars = huruf_label(t, n)
    if not chars:
        return
    rules = aturan(t)
    lines = [s for line in garis_alir(t.page) for s in line]
    heads = [
        (o["x0"], o["top"], o["x1"], o["bottom"])
        for o in t.page.curves
        if o["linewidth"] == 0.8 and o.get("fill")
    ]
    shapes = [*simbol(t.page), *konektor(t.page)]
    for char in chars:
        box = (char["x0"], char["top"], char["x1"], char["bottom"])
        where = (number, char["text"], [round(v, 1) for v in box])
        assert not any(kotak_menyentuh_segmen(box, r) for r in rules), ("label di atas garis tabel", where)
        assert not any(kotak_menyentuh_segmen(box, s) for s in lines), ("label di atas garis alir", where)
        assert not any(kotak_menyentuh_segmen(box, h, tol=0.5) for h in heads), ("label di atas kepala panah", where)
        assert not any(kotak_menyentuh_bentuk(box, s) for s in shapes), ("label di atas simbol", where)


def _parallel(a, b) -> tuple[float, float] | None:
    """(gap, length run side by side) of two axis-parallel segments, or None if not parallel."""
    av, bv = abs(a[0] - a[2]) < 0.01, abs(b[0] - b[2]) < 0.01
    ah, bh = abs(a[1] - a[3]) < 0.01, abs(b[1] - b[3]) < 0.01
    if av and bv:
        gap = abs(a[0] - b[0])
        lo, hi = max(min(a[1], a[3]), min(b[1], b[3])), min(max(a[1], a[3]), max(b[1], b[3]))
    elif ah and bh:
        gap = abs(a[1] - b[1])
        lo, hi = max(min(a[0], a[2]), min(b[0], b[2])), min(max(a[0], a[2]), max(b[0], b[2]))
    else:
        return None
    return gap, hi - lo


def _lines_apart(t: TabelHalaman, number: int) -> None:
    """No two flow lines closer than 3 pt over more than 10 pt (each back-edge
    on its own track), none running along a table rule, and no two arrowheads
    on one point."""
    lines = garis_alir(t.page)
    for i, first in enumerate(lines):
        for second in lines[i + 1 :]:
            for a in first:
                for b in second:
                    found = _parallel(a, b)
                    if found and found[0] < JARAK_GARIS and found[1] > SEJAJAR_MAKS:
                        raise AssertionError(("dua garis alir berimpit", number, a, b, found))
    rules = aturan(t)
    for line in lines:
        for a in line:
            for r in rules:
                found = _parallel(a, r)
                if found and found[0] < JARAK_GARIS and found[1] > SEJAJAR_MAKS:
                    raise AssertionError(("garis alir menyusuri garis tabel", number, a, r, found))
    shapes = [*simbol(t.page), *konektor(t.page)]
    for line in lines:
        for a in line:
            box = (min(a[0], a[2]), min(a[1], a[3]), max(a[0], a[2]), max(a[1], a[3]))
            for shape in shapes:
                assert not kotak_menyentuh_bentuk(box, shape, tol=1.0), ("garis alir menembus simbol", number, a, shape)
    tips = kepala_panah(t.page)
    for i, (x, y) in enumerate(tips):
        for u, v in tips[i + 1 :]:
            assert abs(x - u) + abs(y - v) >= JARAK_GARIS, ("dua kepala panah berimpit", number, (x, y))


def _shapes_clear_of_rules(t: TabelHalaman, number: int) -> None:
    """Symbols and connectors keep room to the rules of their row."""
    for shape in [*simbol(t.page), *konektor(t.page)]:
        x0, top, x1, bottom = shape.kotak
        row = t.baris_dari_y((top + bottom) / 2)
        assert row is not None, (number, shape)
        row_top, row_bottom = t.baris[row]
        room = min(top - row_top, row_bottom - bottom)
        assert room >= RUANG_BARIS, ("simbol terlalu dekat dengan garis baris", number, row, round(room, 1))


def _room_above_paraf(t: TabelHalaman, number: int) -> None:
    """The table (and the signature under it) end well above the Paraf Koordinasi box."""
    limit = paraf_top(t.page) + 8  # the box's top rule
    lowest = max([t.bawah] + [c["bottom"] for c in t.page.chars if t.bawah < c["top"] < limit])
    assert limit - lowest >= RUANG_PARAF, ("terlalu dekat dengan kotak paraf", number, round(limit - lowest, 1))


def _no_lone_last_step(b: _Bacaan) -> None:
    """The last page is never one step and the signature after a page that
    could have shared its steps: the steps of the last two pages are shared out."""
    if len(b.tables) < 2 or b.sop.penandatangan is None:
        return
    pages = sorted(b.tables)
    last, before = b.tables[pages[-1]], b.tables[pages[-2]]
    if len(last.baris) == 1 and len(before.baris) >= 2:
        # one more step would have fitted beside it: the row above it plus the
        # signature's room, within the page the last step stands on
        step = next(iter(last.baris))
        top, bottom = before.baris[max(before.baris)]
        page_bottom = paraf_top(last.page) - RUANG_PARAF
        lowest = max(c["bottom"] for c in last.page.chars if c["top"] < page_bottom)
        assert lowest + (bottom - top) > page_bottom, ("langkah terakhir sendirian di halaman terakhir", step)
