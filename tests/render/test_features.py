"""Feature generation: `sopap features`, the kit in features/, its Gherkin."""

from __future__ import annotations

import dataclasses
import shutil

import pytest
from gherkin.parser import Parser

from sopap.cli import main
from sopap.cli.features import generate
from sopap.conformance import steps
from sopap.model.paths import case_file_after, path_to
from sopap.model.sop import Cabang, Corpus, Pelaksana
from sopap.render.features import KINDS, FeatureError, feature_of, kit_files, stale_files, write_kit
from sopap.render.features.gherkin import render
from sopap.sphinxext.project import Project
from support import KORPUS
from support.conformance import ROOTS, corpus


def _parsed(text: str) -> dict:
    return Parser().parse(text)["feature"]


def _scenarios(feature: dict) -> list[tuple[dict, set[str]]]:
    """(scenario, tags incl. rule and feature tags) of a parsed feature."""
    ftags = {t["name"] for t in feature["tags"]}
    out = []
    for child in feature["children"]:
        if "scenario" in child:
            out.append((child["scenario"], ftags | {t["name"] for t in child["scenario"]["tags"]}))
        elif "rule" in child:
            rtags = {t["name"] for t in child["rule"]["tags"]}
            for c in child["rule"]["children"]:
                out.append((c["scenario"], ftags | rtags | {t["name"] for t in c["scenario"]["tags"]}))
    return out


@pytest.mark.korpus
def test_committed_features_are_up_to_date(tmp_path, capsys):
    """`make test` fails when features/ no longer matches the SOP sources, naming the command."""
    project = Project(KORPUS, build_dir=tmp_path / "_build")
    code = generate(project, KORPUS / "features", check=True)
    assert code == 0, capsys.readouterr().err


@pytest.mark.korpus
def test_the_committed_matrix_page_is_that_of_the_committed_kit():
    """`make test` fails, naming the command, when features/ changed and the
    handbook's matrix page was not made again from it (the full comparison of
    its results is in tests/conformance/test_mutants.py)."""
    from sopap.cli.conform import PAGE, kit_digest, page_kit

    text = (KORPUS / PAGE).read_text(encoding="utf-8")
    assert page_kit(text) == kit_digest(KORPUS / "features"), (
        f"{PAGE.as_posix()} tidak dibuat dari features/ yang di-commit: jalankan `make handbook` lalu commit "
        f"features/ dan {PAGE.as_posix()}"
    )


def test_check_names_stale_files_and_features_fixes_them(tmp_path, capsys):
    root = tmp_path / "proyek"
    shutil.copytree(ROOTS / "test-keputusan", root)
    assert main(["features", "--check", "--project", str(root)]) == 1
    err = capsys.readouterr().err
    assert "tidak mutakhir" in err and "sop-keputusan.feature" in err and "sopap.json" in err
    assert not (root / "features").exists()  # --check writes nothing

    assert main(["features", "--project", str(root)]) == 0
    assert "1 fitur (26 skenario) ditulis ke features/" in capsys.readouterr().out
    # the kit, and the build's manifest (hidden, not committed: .gitignore)
    listed = sorted(p.name for p in (root / "features").iterdir())
    assert listed == [".sopap-keys", "README.txt", "sop-keputusan.feature", "sopap.json"]
    assert main(["features", "--check", "--project", str(root)]) == 0

    source = root / "sop-keputusan.md"
    source.write_text(source.read_text(encoding="utf-8").replace("Dokumen 3", "Dokumen 3 diparaf"), encoding="utf-8")
    (root / "features" / "usang.feature").write_text("# language: id\n", encoding="utf-8")
    assert main(["features", "--check", "--project", str(root)]) == 1
    err = capsys.readouterr().err
    assert "sop-keputusan.feature" in err and "usang.feature" in err
    assert "jalankan `make handbook` (atau `sopap features`) lalu commit features/" in err


@pytest.mark.korpus
def test_generation_is_deterministic_and_every_file_is_official_gherkin():
    first, second = kit_files(corpus(KORPUS)), kit_files(corpus(KORPUS))
    assert first == second
    features = {n: t for n, t in first.items() if n.endswith(".feature")}
    assert sorted(features) == sorted(f"{sop.id}.feature" for sop in corpus(KORPUS))
    for name, text in features.items():
        assert text.startswith("# language: id\n# sopap: fitur uji kesesuaian\n")
        feature = _parsed(text)
        assert feature["language"] == "id" and feature["keyword"] == "Fitur"
        assert {t["name"] for t in feature["tags"]} == {f"@sop-{name.removesuffix('.feature')}"}
        background = feature["children"][0]["background"]
        assert background["keyword"] == "Latar Belakang"
        assert [s["keyword"] for s in background["steps"]] == ["Jika ", "Dan "]
        assert "Jika SOP" in text and "Ketika " in text and "Maka " in text


@pytest.mark.korpus
@pytest.mark.parametrize("root", [KORPUS, ROOTS / "test-keputusan"], ids=["korpus", "keputusan"])
def test_every_step_gets_its_scenarios(root):
    for sop in corpus(root):
        scenarios = _scenarios(_parsed(render(feature_of(sop))))
        kinds = {}
        for scenario, tags in scenarios:
            step = next((int(t[9:]) for t in tags if t.startswith("@langkah-")), None)
            kind = next(t[1:] for t in tags if t[1:] in set(KINDS))
            kinds.setdefault(step, []).append((kind, scenario))
        assert sorted(k for k, _ in kinds[None]) == ["kasus-lengkap", "kasus-lengkap", "kasus-serentak"], sop.id
        for step in sop.langkah:
            got = [k for k, _ in kinds[step.nomor]]
            supply = case_file_after(sop, path_to(sop, step.nomor)).supply_for(step)
            if step.keputusan:  # one scenario per branch and one without an answer, instead of a positive one
                assert (got.count("keputusan"), got.count("keputusan-kosong"), got.count("positif")) == (2, 1, 0)
            else:
                assert got.count("positif") == 1 and "keputusan" not in got, (sop.id, step.nomor)
            assert got.count("urutan-salah") == 1, (sop.id, step.nomor)
            assert got.count("pelaksana-salah") == 1
            assert got.count("kelengkapan-kurang") == len(supply)
            for kind in ("waktu", "waktu-terlambat", "waktu-kalender"):
                assert got.count(kind) == (step.waktu is not None)
            # every other role of the SOP, one row each of one outline
            (outline,) = [sc for k, sc in kinds[step.nomor] if k == "pelaksana-salah"]
            rows = [r["cells"][0]["value"] for r in outline["examples"][0]["tableBody"]]
            own = sop.pelaksana_by_id(step.pelaksana).nama
            assert rows == [p.nama for p in sop.pelaksana if p.nama != own], (sop.id, step.nomor)


def test_a_decision_gets_both_branches():
    (sop,) = corpus(ROOTS / "test-keputusan")
    text = render(feature_of(sop))
    assert 'Skenario: Langkah 3 dengan keputusan "ya" (Lengkap) berlanjut ke langkah 4' in text
    assert 'Skenario: Langkah 3 dengan keputusan "tidak" (Tidak lengkap) berlanjut ke langkah 2' in text
    assert "Maka langkah 3 ditolak dengan alasan INVALID_DECISION" in text
    branch = text.split('keputusan "tidak" (Tidak lengkap) berlanjut ke langkah 2')[1].split("Skenario:")[0]
    assert 'Dan langkah 2 siap untuk "Kabid Uji"' in branch
    # step 4 is reached through the decision: its set-up names the branch
    rule4 = text.split("Aturan: Langkah 4")[1]
    assert "Jika langkah berikut sudah selesai:\n" in rule4 and "| 3       | ya        |" in rule4


@pytest.mark.korpus
def test_the_vocabulary_is_small_and_fixed():
    """One set of sentences for every SOP: no definitions generated per SOP."""
    from pytest_bdd.steps import step_function_context_registry

    ours = [c for c in list(step_function_context_registry.values()) if c.step_func.__module__ == steps.__name__]
    assert 10 <= len(ours) <= 20
    assert len([n for n in vars(steps) if n.startswith("pytestbdd_stepdef_")]) == len(ours)
    kinds = {"Context": "given", "Action": "when", "Outcome": "then"}
    seen = set()
    for root in (KORPUS, ROOTS / "test-keputusan"):
        for name, text in kit_files(corpus(root)).items():
            if not name.endswith(".feature"):
                continue
            feature = _parsed(text)
            for scenario in [feature["children"][0]["background"], *(sc for sc, _ in _scenarios(feature))]:
                kind = None
                for s in scenario["steps"]:
                    kind = kinds.get(s["keywordType"], kind)
                    matches = [c for c in ours if c.type == kind and c.parser.is_matching(s["text"])]
                    assert len(matches) == 1, (name, s["text"])
                    seen.add(id(matches[0]))
    assert len(seen) == len(ours)  # and every sentence is used


def test_text_from_sources_is_escaped_in_every_gherkin_place():
    (sop,) = corpus(ROOTS / "test-keputusan")
    nasty_doc = 'Surat | "A" \\ B\n# bukan komentar @bukan-tag'
    steps_ = list(sop.langkah)
    steps_[0] = dataclasses.replace(steps_[0], kelengkapan=(nasty_doc,), uraian="Skenario: bukan skenario\nAturan: juga bukan")
    steps_[1] = dataclasses.replace(steps_[1], kelengkapan=("Dokumen 1", "Lampiran | pipa"))
    pelaksana = tuple(
        Pelaksana(p.id, 'Kabid "Uji" | B') if p.id == "kabid" else p for p in sop.pelaksana
    )
    weird = dataclasses.replace(sop, langkah=tuple(steps_), pelaksana=pelaksana, nama="Fitur: # SOP @aneh")
    files = kit_files(Corpus((weird,)))  # validates: same scenarios, steps and cells after parsing
    feature = _parsed(files["sop-keputusan.feature"])
    cells = {
        c["value"]
        for scenario, _ in _scenarios(feature)
        for s in scenario["steps"]
        for r in s.get("dataTable", {"rows": []})["rows"]
        for c in r["cells"]
    }
    assert 'Surat | "A" \\ B # bukan komentar @bukan-tag' in cells
    assert "Lampiran | pipa" in cells
    texts = {s["text"] for scenario, _ in _scenarios(feature) for s in scenario["steps"]}
    assert 'Kabid "Uji" | B" menyelesaikan langkah 2' in " ".join(texts)
    assert len(_scenarios(feature)) == len(feature_of(weird).all_scenarios())


def test_a_broken_rendering_is_refused_and_nothing_is_written(tmp_path, monkeypatch):
    folder = tmp_path / "features"
    write_kit(folder, {"lama.feature": "# language: id\n"})
    import sopap.render.features.kit as kit

    monkeypatch.setattr(kit, "render", lambda f: render(f).replace("  Skenario:", "  Skenario", 1))
    with pytest.raises(FeatureError, match="sop-keputusan.feature"):
        write_kit(folder, kit_files(corpus(ROOTS / "test-keputusan")))
    assert [p.name for p in folder.iterdir()] == ["lama.feature"]


def test_stale_files_lists_missing_changed_and_extra(tmp_path):
    folder = tmp_path / "f"
    write_kit(folder, {"a.feature": "x", "b.feature": "y"})
    assert stale_files(folder, {"a.feature": "x", "b.feature": "y"}) == []
    (folder / "c.feature").write_text("z")
    assert stale_files(folder, {"a.feature": "x2", "b.feature": "y", "d.feature": "w"}) == ["a.feature", "c.feature", "d.feature"]


def test_decision_labels_with_quotes_stay_in_titles_only():
    (sop,) = corpus(ROOTS / "test-keputusan")
    steps_ = list(sop.langkah)
    cab = steps_[2].cabang
    steps_[2] = dataclasses.replace(
        steps_[2], cabang=Cabang(dataclasses.replace(cab.ya, label='Ya "lengkap"'), cab.tidak)
    )
    text = kit_files(Corpus((dataclasses.replace(sop, langkah=tuple(steps_)),)))["sop-keputusan.feature"]
    assert 'dengan keputusan "ya" (Ya "lengkap") berlanjut ke langkah 4' in text
    assert 'menyelesaikan langkah 3 dengan keputusan "ya"' in text


def test_the_kit_digest_is_the_committed_files_only(tmp_path):
    """The build's own record (.sopap-keys, ignored by git) is not the kit: a
    fresh clone, which has none, finds the committed matrix page up to date."""
    from sopap.cli.conform import kit_digest

    (tmp_path / "a.feature").write_text("# language: id\n", encoding="utf-8")
    before = kit_digest(tmp_path)
    (tmp_path / ".sopap-keys").write_text("x 1 a.feature\n", encoding="utf-8")
    assert kit_digest(tmp_path) == before
    (tmp_path / "b.feature").write_text("# language: id\n", encoding="utf-8")
    assert kit_digest(tmp_path) != before
