"""The synthetic corpus of the benchmarks: valid, deterministic, realistic."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sopap.model.flow import is_back_edge
from sopap.sphinxext.project import Project
from support import PROJECT

sys.path.insert(0, str(PROJECT))

from benchmarks.generator import generate, rename, roman  # noqa: E402


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_same_files_other_seed_other_files(tmp_path):
    generate(tmp_path / "a", 8, seed=7)
    generate(tmp_path / "b", 8, seed=7)
    generate(tmp_path / "c", 8, seed=8)
    a, b, c = (_files(tmp_path / x) for x in "abc")
    assert a == b
    assert a.keys() == c.keys() or a != c
    assert a != c


def test_roman_numerals():
    assert [roman(n) for n in (1, 4, 9, 14, 40, 48, 90, 400, 500, 1994)] == [
        "I", "IV", "IX", "XIV", "XL", "XLVIII", "XC", "CD", "D", "MCMXCIV"
    ]
    with pytest.raises(ValueError):
        roman(0)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("sintetis")
    korpus = generate(root, 24, seed=3)
    result = Project(root, build_dir=root / "_build").run("html", root / "_build" / "html", strict=True, warning_stream=None)
    return korpus, result


def test_builds_without_a_warning(built):
    korpus, result = built
    assert result.ok and result.warnings == []
    assert len(result.app.env.domains["sop"].corpus()) == len(korpus.sops) == 24


def test_shapes_are_those_of_real_sops(built):
    korpus, result = built
    corpus = result.app.env.domains["sop"].corpus()
    for sop in corpus:
        assert 7 <= len(sop.langkah) <= 20
        assert 3 <= len(sop.pelaksana) <= 7
        assert {step.pelaksana for step in sop.langkah} == {p.id for p in sop.pelaksana}
        assert sum(len(step.uraian) for step in sop.langkah) / len(sop.langkah) > 80  # long texts
        assert len(sop.identitas.dasar_hukum) >= 3
    steps = [step for sop in corpus for step in sop.langkah]
    decisions = [(sop, step) for sop in corpus for step in sop.langkah if step.cabang]
    assert decisions, "some SOPs have decisions"
    assert any(is_back_edge(sop, step.nomor, step.cabang.tidak.ke) for sop, step in decisions)
    assert any(step.rincian for step in steps) and any(step.keterangan for step in steps)
    assert any(sop.catatan for sop in corpus)
    by_id = {s.id: s for s in korpus.sops}
    assert all(by_id[sop.id].nama == sop.nama and by_id[sop.id].langkah == len(sop.langkah) for sop in corpus)


def test_sops_link_to_each_other(built):
    korpus, result = built
    html = result.app.outdir
    target = korpus.get(korpus.sasaran)
    target_page = f"{Path(target.docname).name}.html#sop-{target.id}"
    referrers = [s for s in korpus.sops if target.id in s.keterkaitan]
    assert referrers and any(s.bidang == target.bidang for s in referrers)
    for s in referrers:
        page = (html / f"{s.docname}.html").read_text(encoding="utf-8")
        assert f'class="sopap-terkait" href="{target_page}"' in page
    roles = [s for s in korpus.sops if target.id in s.peran]
    assert roles and all(target.nama in (html / f"{s.docname}.html").read_text(encoding="utf-8") for s in roles)
    consumers = [s for s in korpus.sops if target.id in s.masukan_dari]
    assert consumers
    page = (html / f"{consumers[0].docname}.html").read_text(encoding="utf-8")
    assert f"{target.nama}, langkah" in page  # Alur dokumen traces the input to the target
    guide = (html / "docs" / "rujukan.html").read_text(encoding="utf-8")
    assert all(f"sop-{sop_id}" in guide for sop_id in korpus.rujukan)


def test_rename_edits_title_and_nama_only(tmp_path):
    korpus = generate(tmp_path, 6, seed=1)
    path = korpus.source(korpus.sasaran)
    before = path.read_text(encoding="utf-8")
    rename(korpus, korpus.sasaran, korpus.nama_baru)
    after = path.read_text(encoding="utf-8")
    assert after.count(korpus.nama_baru) == 2
    assert after.replace(korpus.nama_baru, korpus.get(korpus.sasaran).nama) == before
