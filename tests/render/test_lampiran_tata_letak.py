"""Lampiran of SOPs chosen to stress the layout (tests/roots/test-tata-letak):
several decisions, two loops back to the same step, a decision at a page
break, long branch labels, nine pelaksana columns, forty steps, waktu that
could not be read, a draft and a lampiran without a numeral.

Every lampiran passes every check of :func:`support.lampiran_check.periksa`
on F4 and A4 (among them: no label on a rule or a line, no two flow lines
closer than 3 pt over more than 10 pt, no line through a symbol, every
arrowhead on its own point, connectors paired across every page break, no
lone last step), and chosen pages match reviewed reference images.
"""

from __future__ import annotations

import io
from collections import defaultdict
from pathlib import Path

import pytest

from sopap.model.sop import Corpus, Sop
from sopap.render.pdf.order import file_name_of
from sopap.sphinxext.project import Project
from support import TESTS
from support.lampiran_check import TITIK, edges, periksa
from support.lampiran_pdf import (
    bandingkan_referensi,
    di_tepi,
    kepala_panah,
    norm,
    open_pdf,
    simbol,
    tabel,
    tanpa_tanda_air,
)

REFERENSI = TESTS / "lampiran-referensi"
SOP_IDS = ["sop-dua-putaran", "sop-batas-halaman", "sop-sembilan-pelaksana", "sop-empat-puluh"]


def _build(root: Path, tmp: Path, paper: str) -> tuple[Path, Corpus]:
    project = Project(root, build_dir=tmp / "_build")
    out = tmp / "pdf"
    result = project.run("lampiran", out, overrides={"sopap_lampiran_paper": paper}, warning_stream=io.StringIO())
    assert result.ok, result.warnings
    return out, project.load_corpus(warning_stream=io.StringIO())


@pytest.fixture(scope="session", params=["f4", "a4"])
def tata_letak(request, rootdir, tmp_path_factory):
    out, corpus = _build(rootdir / "test-tata-letak", tmp_path_factory.mktemp(f"tata-letak-{request.param}"), request.param)
    return out, corpus, request.param


def _file(out: Path, sop: Sop) -> Path:
    return out / file_name_of(sop)


@pytest.mark.parametrize("sop_id", SOP_IDS)
def test_every_check_holds(tata_letak, sop_id):
    out, corpus, paper = tata_letak
    sop = corpus.get(sop_id)
    periksa(_file(out, sop), sop, paper)


def test_two_loops_back_to_the_same_step_end_in_their_own_arrowheads(tata_letak):
    out, corpus, paper = tata_letak
    sop = corpus.get("sop-dua-putaran")
    into_2 = [e for e in edges(sop) if e[1] == 2]
    assert sorted(x for x, _, _ in into_2) == [1, 3, 5]  # the flow in, and two loops back
    found = periksa(_file(out, sop), sop, paper)
    page = found["page_of"][2]
    assert {found["page_of"][n] for n in (1, 3, 5)} == {page}
    with open_pdf(_file(out, sop)) as pdf:
        p = pdf.pages[page - 1]
        t = tabel(p, len(sop.pelaksana) + 6)
        top, bottom = t.baris[2]
        (box,) = [s.kotak for s in simbol(p) if top <= s.cy <= bottom]
        tips = [tip for tip in kepala_panah(p) if di_tepi(tip, box)]
    assert len(tips) == 3 and len({(round(x), round(y)) for x, y in tips}) == 3, tips


def test_a_decision_at_a_page_break(tata_letak):
    """The decision of sop-batas-halaman ends or starts a page; its branch to
    the other page goes through a pair of connectors."""
    out, corpus, paper = tata_letak
    sop = corpus.get("sop-batas-halaman")
    found = periksa(_file(out, sop), sop, paper)
    page_of = found["page_of"]
    by_page = defaultdict(list)
    for nomor, page in page_of.items():
        by_page[page].append(nomor)
    ends = {min(steps) for steps in by_page.values()} | {max(steps) for steps in by_page.values()}
    decisions = [s.nomor for s in sop.langkah if s.cabang]
    at_break = [n for n in decisions if n in ends and any(page_of[n] != page_of[t] for t in sop.langkah_by_nomor(n).berikutnya)]
    assert at_break, (page_of, decisions)
    pairs = [sorted(s for _, s in places) for places in found["labels"].values()]
    assert any(at_break[0] in pair for pair in pairs), pairs


def test_long_branch_labels_wrap_inside_one_actor_cell(tata_letak):
    """Long labels wrap onto several lines and stay inside the actor columns
    (periksa checks they touch no rule, line or symbol)."""
    out, corpus, paper = tata_letak
    sop = corpus.get("sop-batas-halaman")
    step = sop.langkah_by_nomor(6)
    found = periksa(_file(out, sop), sop, paper)
    with open_pdf(_file(out, sop)) as pdf:
        page = pdf.pages[found["page_of"][6] - 1]
        t = tabel(page, len(sop.pelaksana) + 6)
        left, right = t.kolom[2], t.kolom[2 + len(sop.pelaksana)]
        words = [w for w in page.extract_words() if left < w["x0"] and w["x1"] < right and w["top"] > t.kepala_bawah]
    for label in (step.cabang.ya.label, step.cabang.tidak.label):
        mine = [w for w in words if w["text"] in label.split()]
        assert {w["text"] for w in mine} == set(label.split()), (label, mine)
        assert len({round(w["top"]) for w in mine}) >= 2, mine


def test_nine_pelaksana_columns_draft_without_numeral(tata_letak):
    """Nine actor columns; the draft keeps saying who still has to initial,
    its paraf cells stay empty, and its kop line leaves dots for the number."""
    out, corpus, paper = tata_letak
    sop = corpus.get("sop-sembilan-pelaksana")
    assert len(sop.pelaksana) == 9 and not sop.lampiran
    path = _file(out, sop)
    periksa(path, sop, paper)
    with open_pdf(path) as pdf:
        for page in pdf.pages:
            text = norm(page.extract_text())
            assert "BELUM TERBACA" not in text.upper()
            mark = "".join(c["text"] for c in page.chars if abs(c["matrix"][1]) > 0.1 and c["size"] <= 100)
            assert mark == "belum diparaf Kabid Uji", mark
            plain = norm(tanpa_tanda_air(page).extract_text())
            assert "LAMPIRAN ...................." in plain
            assert "Nama Pemaraf" not in plain  # recorded, but never printed
            words = tanpa_tanda_air(page).extract_words()
            title = next(w for w in words if w["text"] == "Koordinasi")
            box = {w["text"] for w in words if w["top"] > title["bottom"] and w["x0"] > page.width / 2}
            assert box == {"Kabag", "Organisasi", "Kabid", "Uji"}, box


def test_forty_steps_and_unreadable_waktu(tata_letak):
    """Forty steps over several pages; a waktu that could not be read shows a
    dotted blank to be filled in, not an empty cell."""
    out, corpus, paper = tata_letak
    sop = corpus.get("sop-empat-puluh")
    assert len(sop.langkah) == 40
    found = periksa(_file(out, sop), sop, paper)
    assert found["pages"] >= 6
    unreadable = {c.langkah for c in sop.catatan if c.medan == "waktu"}
    assert unreadable == {12, 27}
    with open_pdf(_file(out, sop)) as pdf:
        for nomor in unreadable:
            page = pdf.pages[found["page_of"][nomor] - 1]
            t = tabel(page, len(sop.pelaksana) + 6)
            top, bottom = t.baris[nomor]
            n = len(sop.pelaksana)
            cell = page.within_bbox((t.kolom[3 + n], top, t.kolom[4 + n], bottom))
            assert norm(cell.extract_text()) == TITIK


HALAMAN_REFERENSI = [
    ("061-sop-dua-putaran.pdf", 3),
    ("062-sop-batas-halaman.pdf", 3),
    ("062-sop-batas-halaman.pdf", 4),
    ("063-sop-empat-puluh.pdf", 4),
    ("tanpa-nomor-sop-sembilan-pelaksana.pdf", 1),
    ("tanpa-nomor-sop-sembilan-pelaksana.pdf", 3),
]


@pytest.mark.parametrize(("name", "page"), HALAMAN_REFERENSI)
def test_visual_regression(tata_letak, name, page, tmp_path):
    out, _, paper = tata_letak
    if paper != "f4":
        pytest.skip("gambar acuan dibuat pada kertas F4")
    bandingkan_referensi(out / name, page, REFERENSI / f"{Path(name).stem}-{page}.png", tmp_path)
