"""Every check that holds for any lampiran, read back from its PDF.

:func:`periksa` runs them all on one lampiran file and its SOP: page size,
page numbers and the Paraf Koordinasi on every page, the cover and identity
page, the procedure table (headers, every step's text in order and once,
nothing out of its cell), one symbol per step in its actor's column,
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
from support.lampiran_pdf import TabelHalaman, di_tepi, kepala_panah, konektor, norm, open_pdf, simbol, tabel


def _daftar(items) -> str:
    items = [i for i in items if i]
    return " ".join(f"- {i}" for i in items) if len(items) > 1 else " ".join(items)


def kolom_harapan(sop: Sop) -> dict[int, str]:
    """Expected body text per column (index into the table's columns)."""
    n = len(sop.pelaksana)
    uraian = []
    for step in sop.langkah:
        parts = [step.uraian] if step.uraian else []
        parts += [f"{chr(ord('a') + i)}. {item}" for i, item in enumerate(step.rincian)]
        uraian.append(" ".join(parts))
    return {
        0: " ".join(str(s.nomor) for s in sop.langkah),
        1: " ".join(uraian),
        2 + n: " ".join(_daftar(s.kelengkapan) for s in sop.langkah),
        3 + n: " ".join(s.waktu.teks() for s in sop.langkah if s.waktu),
        4 + n: " ".join(_daftar(s.output) for s in sop.langkah),
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


def _upright(obj: dict) -> bool:
    return obj.get("object_type") != "char" or abs(obj["matrix"][1]) <= 0.1


def upright(page):
    """The page without its rotated text: a DRAF watermark is drawn across
    the layout, and its letters would mix with the words beneath it."""
    return page.filter(_upright)


def periksa(path: Path, sop: Sop, paper: str = "f4") -> dict:
    """Every check that holds for any lampiran; returns what it found."""
    with open_pdf(path) as pdf:
        # a DRAF's watermark is drawn across the page, rotated: not part of the text laid out
        pages = [upright(page) for page in pdf.pages]
        bacaan = _Bacaan(sop, path, pages, [norm(p.extract_text()) for p in pages])
        _every_page(bacaan, paper)
        _cover_and_identity(bacaan)
        _procedure_tables(bacaan)
        _symbols(bacaan)
        labels, crossing = _connectors(bacaan)
        _arrows(bacaan, crossing)
        _decision_labels(bacaan)
        _signature(bacaan)
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
