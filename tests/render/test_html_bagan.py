"""Flowchart geometry without a browser: resolved with arbitrary row heights
and column widths, the pieces must still join (tests/support/flowcheck.py)."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from sopap.model.sop import Arah, Cabang, Identitas, Langkah, Pelaksana, Simbol, Sop
from sopap.render.html.bagan import ATAS, KEPALA, UKURAN, layout
from support.flowcheck import check

BORDER = 1.0


def resolve(sop: Sop, widths: list[float], heights: list[float]) -> dict:
    """Page coordinates of every piece, as Chromium lays the table out."""
    bagan = layout(sop)
    lefts, x = [], 0.0
    for w in widths:
        lefts.append(x)
        x += w + BORDER
    tops, y = [], 0.0
    for h in heights:
        tops.append(y)
        y += h + BORDER

    def cell(r, c):
        return {"left": lefts[c], "top": tops[r], "right": lefts[c] + widths[c], "bottom": tops[r] + heights[r]}

    def point(p, r, c):
        box = cell(r, c)
        centre = (box["left"] + box["right"]) / 2
        px = {"kiri": box["left"] - BORDER, "kanan": box["right"] + BORDER}.get(p.x.ref, centre + p.x.d)
        py = box["bottom"] + BORDER if p.y.ref == "bawah" else box["top"] - BORDER + p.y.d
        return [px, py]

    steps = []
    for lam in bagan.lambang:
        box = cell(lam.baris, lam.kolom)
        centre = (box["left"] + box["right"]) / 2
        top = box["top"] - BORDER + ATAS
        step = sop.langkah[lam.baris]
        steps.append({
            "n": lam.nomor,
            "row": {"left": 0, "right": x, "top": tops[lam.baris], "bottom": tops[lam.baris] + heights[lam.baris]},
            "symbol": {"left": centre - lam.lebar / 2, "right": centre + lam.lebar / 2, "top": top, "bottom": top + lam.tinggi},
            "kind": f"sopap-simbol sopap-simbol-{lam.jenis.value}",
            "cell": box,
            "headers": f"sop-{sop.id}-pelaksana-{step.pelaksana}",
        })
    columns = [
        {"id": f"sop-{sop.id}-pelaksana-{p.id}", "left": lefts[i], "right": lefts[i] + widths[i]}
        for i, p in enumerate(sop.pelaksana)
    ]
    segments = [
        {"dari": s.dari, "ke": s.ke, "a": point(s.a, s.baris, s.kolom), "b": point(s.b, s.baris, s.kolom)}
        for s in bagan.segmen
    ]
    heads = []
    for k in bagan.kepala:
        tx, ty = point(k.ujung, k.baris, k.kolom)
        half, length = KEPALA * 0.65, KEPALA  # as simbol._head draws it
        rect = {
            "bawah": (tx - half, ty - length, tx + half, ty),
            "atas": (tx - half, ty, tx + half, ty + length),
            "kiri": (tx, ty - half, tx + length, ty + half),
            "kanan": (tx - length, ty - half, tx, ty + half),
        }[k.arah]
        heads.append({"dari": k.dari, "ke": k.ke, "arah": k.arah, "left": rect[0], "top": rect[1], "right": rect[2], "bottom": rect[3]})
    table = {"left": -BORDER, "top": -BORDER, "right": x, "bottom": y}
    return {"steps": steps, "columns": columns, "segments": segments, "heads": heads, "table": table}


ACTORS = tuple(Pelaksana(f"p{i}", f"Pelaksana {i}") for i in range(5))


def make_sop(cols: list[int], decisions: dict[int, tuple[int, int]], jumps: dict[int, int] | None = None) -> Sop:
    """Steps 1..n in the given actor columns; decisions: step -> (ya, tidak)."""
    jumps = jumps or {}
    n = len(cols)
    steps = []
    for i, col in enumerate(cols, start=1):
        cabang = None
        if i in decisions:
            ya, tidak = decisions[i]
            cabang = Cabang(Arah(ya, "Ya"), Arah(tidak, "Tidak lengkap"))
            nxt = (ya, tidak)
            simbol = Simbol.BELAH_KETUPAT
        else:
            nxt = (jumps[i],) if i in jumps else ((i + 1,) if i < n else ())
            simbol = Simbol.KAPSUL if i in (1, n) else Simbol.KOTAK
        steps.append(Langkah(nomor=i, uraian=f"Langkah {i}", pelaksana=f"p{col}", berikutnya=nxt, cabang=cabang, simbol=simbol))
    return Sop("uji", "Uji", "I", "Dinas", "UJI", Identitas(), ACTORS, tuple(steps))


CASES = {
    "lurus": make_sop([0, 0, 0, 0], {}),
    "siku": make_sop([0, 2, 1, 4, 3], {}),
    "balik-sekolom": make_sop([0, 1, 1, 2], {3: (4, 2)}),
    "balik-lintas-kolom": make_sop([0, 3, 1, 2, 4], {3: (4, 2)}),
    "balik-ke-kanan": make_sop([1, 4, 0, 3, 2], {3: (4, 2)}),
    "loncat-maju": make_sop([0, 1, 2, 1, 3, 0], {2: (3, 5)}),
    "dua-keputusan": make_sop([0, 2, 1, 3, 2, 1, 0], {3: (4, 2), 5: (6, 1)}),
    "berikutnya": make_sop([0, 1, 2, 3, 2], {}, jumps={2: 4}),
}


def test_cases_join_at_minimum_sizes():
    for name, sop in CASES.items():
        bagan = layout(sop)
        m = resolve(sop, list(bagan.lebar_kolom), list(bagan.tinggi_baris))
        assert not check(sop, m), (name, check(sop, m))


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_cases_join_whatever_the_sizes(data):
    for name, sop in CASES.items():
        bagan = layout(sop)
        widths = [w + data.draw(st.floats(0, 300)) for w in bagan.lebar_kolom]
        heights = [h + data.draw(st.floats(0, 600)) for h in bagan.tinggi_baris]
        problems = check(sop, resolve(sop, widths, heights))
        assert not problems, (name, problems)


def test_checker_sees_a_broken_arrow():
    """The checker is not blind: moving one piece breaks the chain."""
    sop = CASES["siku"]
    bagan = layout(sop)
    m = resolve(sop, list(bagan.lebar_kolom), list(bagan.tinggi_baris))
    m["segments"][1]["a"][1] += 5
    assert any("terputus" in p or "tersambung" in p for p in check(sop, m))


def test_checker_sees_a_symbol_in_the_wrong_column():
    sop = CASES["siku"]
    bagan = layout(sop)
    m = resolve(sop, list(bagan.lebar_kolom), list(bagan.tinggi_baris))
    m["steps"][1]["headers"] = "sop-uji-pelaksana-p0"
    assert any("kolom" in p for p in check(sop, m))


def test_symbols_are_the_permenpan_ones():
    sop = CASES["dua-keputusan"]
    kinds = {lam.nomor: lam.jenis for lam in layout(sop).lambang}
    assert kinds[1] is Simbol.KAPSUL and kinds[7] is Simbol.KAPSUL
    assert kinds[3] is Simbol.BELAH_KETUPAT and kinds[5] is Simbol.BELAH_KETUPAT
    assert {kinds[n] for n in (2, 4, 6)} == {Simbol.KOTAK}
    assert set(UKURAN) == set(Simbol)


def test_columns_widen_for_lanes_and_labels():
    plain = layout(CASES["lurus"]).lebar_kolom
    loop = layout(CASES["balik-sekolom"]).lebar_kolom
    assert max(loop) > max(plain)


def test_back_edge_labels_and_lane():
    sop = CASES["balik-sekolom"]
    bagan = layout(sop)
    labels = {(lb.dari, lb.ke): lb for lb in bagan.label}
    assert labels[(3, 4)].cabang == "ya" and labels[(3, 2)].cabang == "tidak"
    assert labels[(3, 2)].baris_teks == ("Tidak", "lengkap")
    # the back-edge runs through the row between 2 and 3 only in a lane, off the centre line
    lane = [s for s in bagan.segmen if (s.dari, s.ke) == (3, 2) and s.a.x == s.b.x and s.a.x.ref == "tengah"]
    assert lane and all(abs(s.a.x.d) > UKURAN[Simbol.KOTAK][0] / 2 for s in lane)


def test_geometry_is_a_pure_function_of_the_model():
    sop = CASES["dua-keputusan"]
    assert layout(sop) == layout(dataclasses.replace(sop))
